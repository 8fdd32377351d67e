# SQLCipher 4: SQLite with page encryption, under Kontor's store (encrypted at rest, with full-text search).
# Craft's own libs/sqlcipher is version 3, whose defaults and file format version 4 no longer shares; this
# blueprint has a name of its own so that the two never meet. The same release and options as the Flatpak
# manifest's sqlcipher module (packaging/flatpak/org.kontor.Kontor.yml). OpenSSL's libcrypto is the crypto
# provider on every system.
import os

import info
import utils
from CraftCore import CraftCore
from Package.AutoToolsPackageBase import AutoToolsPackageBase
from Package.MakeFilePackageBase import MakeFilePackageBase

# SQLCipher's required defines (the codec, temporary files in memory only, its init and shutdown hooks) and
# FTS5 for the store's search.
DEFINES = [
    "-DSQLITE_HAS_CODEC",
    "-DSQLITE_TEMP_STORE=2",
    "-DSQLITE_EXTRA_INIT=sqlcipher_extra_init",
    "-DSQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown",
    "-DSQLITE_ENABLE_FTS5",
]


class subinfo(info.infoclass):
    def setTargets(self):
        for ver, commit in [("4.9.0", "c7e811b399379c948b423872ad7ba91d2ce38434")]:
            self.svnTargets[ver] = f"https://github.com/sqlcipher/sqlcipher.git||{commit}"
        self.defaultTarget = "4.9.0"
        self.description = "SQLite extension that provides 256 bit AES encryption of database files"
        self.webpage = "https://www.zetetic.net/sqlcipher/"

    def setDependencies(self):
        self.buildDependencies["virtual/base"] = None
        # No Tcl: since SQLite 3.48 its build generates the amalgamation with the jimsh it bundles.
        self.runtimeDependencies["libs/openssl"] = None


def pkgConfigFile(prefix, version, libraryName):
    # What Kontor's CMake looks for: pkg_check_modules(SQLCipher sqlcipher>=3.40). SQLCipher 4.9 is built on
    # SQLite 3.49; the store itself checks PRAGMA cipher_version.
    return (
        f"prefix={prefix}\n"
        "libdir=${prefix}/lib\n"
        "includedir=${prefix}/include\n\n"
        "Name: SQLCipher\n"
        "Description: SQLite with page encryption\n"
        f"Version: {version}\n"
        f"Libs: -L${{libdir}} -l{libraryName}\n"
        "Cflags: -I${includedir}/sqlcipher -DSQLITE_HAS_CODEC\n"
    )


class PackageAutotools(AutoToolsPackageBase):
    """macOS (and any Unix Craft builds on): SQLite's own configure, as SQLCipher's README says."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # configure is SQLite's autosetup script, not autoconf's: nothing to regenerate.
        self.subinfo.options.configure.autoreconf = False
        self.subinfo.options.configure.args += [
            "--with-tempstore=yes",
            "--enable-fts5",
            "--disable-tcl",
            "--disable-static",
            f"CFLAGS={' '.join(DEFINES)} -I{os.path.join(CraftCore.standardDirs.craftRoot(), 'include')}",
            f"LDFLAGS=-L{os.path.join(CraftCore.standardDirs.craftRoot(), 'lib')} -lcrypto",
        ]


class PackageMSVC(MakeFilePackageBase):
    """Windows: SQLite's Makefile.msc, building sqlcipher.dll and sqlcipher.exe instead of sqlite3.*, so that
    they never shadow the SQLite other packages install."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def configure(self):
        return True

    def make(self):
        root = CraftCore.standardDirs.craftRoot()
        options = " ".join(DEFINES + [f"-I{os.path.join(root, 'include')}"])
        return utils.system(
            [
                "nmake",
                "/f",
                "Makefile.msc",
                "sqlcipher.dll",
                "sqlcipher.exe",
                "USE_NATIVE_LIBPATHS=1",
                "SQLITE3DLL=sqlcipher.dll",
                "SQLITE3LIB=sqlcipher.lib",
                "SQLITE3EXE=sqlcipher.exe",
                f"OPTS={options}",
                f"LTLIBPATHS=/LIBPATH:{os.path.join(root, 'lib')}",
                "LTLIBS=libcrypto.lib",
            ],
            cwd=self.sourceDir(),
        )

    def install(self):
        source, target = self.sourceDir(), self.installDir()
        for folder in ["bin", "lib", "lib/pkgconfig", "include/sqlcipher"]:
            utils.createDir(os.path.join(target, folder))
        copies = [
            ("sqlcipher.dll", "bin"),
            ("sqlcipher.exe", "bin"),
            ("sqlcipher.lib", "lib"),
            ("sqlite3.h", "include/sqlcipher"),
            ("sqlite3ext.h", "include/sqlcipher"),
        ]
        for name, folder in copies:
            if not utils.copyFile(os.path.join(source, name), os.path.join(target, folder, name)):
                return False
        with open(os.path.join(target, "lib", "pkgconfig", "sqlcipher.pc"), "wt", encoding="utf-8") as pc:
            pc.write(pkgConfigFile(CraftCore.standardDirs.craftRoot(), self.version, "sqlcipher"))
        return True


if CraftCore.compiler.isMSVC():

    class Package(PackageMSVC):
        pass

else:

    class Package(PackageAutotools):
        pass
