# Google's phone number library, which Kontor uses to match customers across channels. Craft does not have it.
import info
from Package.CMakePackageBase import CMakePackageBase


class subinfo(info.infoclass):
    def setTargets(self):
        for ver, commit in [("9.0.35", "aa97ee8d2582a727e150104aea96dc0d79e186ef")]:
            self.svnTargets[ver] = f"https://github.com/google/libphonenumber.git||{commit}"
            self.targetConfigurePath[ver] = "cpp"
        self.defaultTarget = "9.0.35"
        self.description = "Library for parsing, formatting and validating international phone numbers"
        self.webpage = "https://github.com/google/libphonenumber"

    def setDependencies(self):
        self.buildDependencies["virtual/base"] = None
        self.runtimeDependencies["libs/abseil-cpp"] = None
        self.runtimeDependencies["libs/protobuf"] = None
        self.runtimeDependencies["libs/icu"] = None


class Package(CMakePackageBase):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # Only the library: no geocoder data, no Boost (C++ threads instead), the metadata as shipped (its
        # regeneration needs Java), no tests.
        self.subinfo.options.configure.args += [
            "-DBUILD_GEOCODER=OFF",
            "-DREGENERATE_METADATA=OFF",
            "-DUSE_BOOST=OFF",
            "-DUSE_STDMUTEX=ON",
            "-DUSE_ICU_REGEXP=ON",
            "-DBUILD_STATIC_LIB=OFF",
            "-DBUILD_TESTING=OFF",
        ]
