#!/usr/bin/env python3
"""Checks the Flatpak manifest where it cannot be built: its shape, its permissions, and that every library
the CMake build looks for is either in the KDE runtime or built by a module of the manifest.

    check-manifest.py SOURCE_DIR              check packaging/flatpak/<app-id>.yml
    check-manifest.py SOURCE_DIR --self-test  check that broken copies of it are refused
"""
import copy
import pathlib
import re
import sys

import yaml

APP_ID = "org.kontor.Kontor"
MIN_RUNTIME = (6, 8)

# What the build finds in org.kde.Platform/org.kde.Sdk itself.
RUNTIME_PACKAGES = {
    "PkgConfig",
    "Threads",
    "KF6SyntaxHighlighting",
    "KF6XmlGui",
    "KF6ConfigWidgets",
    "KF6CoreAddons",
    "KF6Crash",
    "KF6DBusAddons",
    "KF6WindowSystem",
    "KF6WidgetsAddons",
    "KF6Notifications",
    "KF6NotifyConfig",
    "KF6StatusNotifierItem",
    "KF6Sonnet",
    "KF6IdleTime",
}
RUNTIME_QT_COMPONENTS = {"Core", "Gui", "Widgets", "Network", "WebSockets", "Svg", "Test", "LinguistTools", "DBus"}
# What the build looks for that the runtime lacks, by the name the build uses, and the module that builds it.
MODULE_FOR = {
    "Qt6Keychain": "qtkeychain",
    "qt6keychain": "qtkeychain",
    "gumbo": "gumbo",
    "phonenumber": "libphonenumber",
    "phonenumbers/phonenumberutil.h": "libphonenumber",
    "protobuf": "protobuf",
    "sqlcipher": "sqlcipher",
    "SQLCipher": "sqlcipher",
    "absl": "abseil",
    "KPim6Mime": "kmime",
    "KPim6IMAP": "kimap",
    "KPim6SMTP": "ksmtp",
    # KIMAP's and KSMTP's logins; the runtime has no Cyrus SASL.
    "Sasl2": "cyrus-sasl",
}
# Modules built for another module, and the modules that need them.
NEEDED_BY = {
    "abseil": {"protobuf", "libphonenumber"},
    "protobuf": {"libphonenumber"},
    "cyrus-sasl": {"kimap", "ksmtp"},
    "kmime": {"kimap"},
}
# The store moves to SQLCipher: its module is built even before the build asks for it.
ALWAYS = {"sqlcipher"}

REQUIRED_ARGS = {
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=network",
    "--talk-name=org.freedesktop.Notifications",
    "--talk-name=org.freedesktop.secrets",
}
ALLOWED_ARGS = REQUIRED_ARGS | {"--share=ipc", "--device=dri", "--talk-name=org.kde.StatusNotifierWatcher"}


def cmake_files(source):
    for path in sorted(source.rglob("CMakeLists.txt")) + sorted(source.rglob("*.cmake")):
        parts = path.relative_to(source).parts
        # The tests are not built in the Flatpak; build trees are not sources.
        if parts[0] in {"tests", "build"} or parts[0].startswith("."):
            continue
        yield path


def build_dependencies(source):
    """Each library the build looks for: (name, Qt components, where)."""
    found = []
    for path in cmake_files(source):
        text = re.sub(r"#[^\n]*", "", path.read_text())
        where = str(path.relative_to(source))
        for call, args in re.findall(r"\b(find_package|pkg_check_modules|find_library|find_path)\s*\(([^)]*)\)",
                                     text, re.IGNORECASE):
            words = args.split()
            call = call.lower()
            if call == "find_package":
                components = set()
                if "COMPONENTS" in words:
                    components = {w for w in words[words.index("COMPONENTS") + 1:] if not w.isupper()}
                found.append((words[0], components, where))
            elif call == "pkg_check_modules":
                for word in words[1:]:
                    if word.isupper() or word.startswith("IMPORTED"):
                        continue
                    found.append((re.split(r"[<>=]", word)[0], set(), where))
            elif call == "find_library":
                names = words[words.index("NAMES") + 1:] if "NAMES" in words else words[1:2]
                found.append((names[0], set(), where))
            else:
                found.append((words[1], set(), where))
    return found


def problems(manifest, source):
    out = []
    if manifest.get("app-id") != APP_ID:
        out.append(f"app-id is {manifest.get('app-id')!r}, not {APP_ID!r}")
    if not (source / "packaging" / f"{APP_ID}.desktop").is_file():
        out.append(f"packaging/{APP_ID}.desktop is missing: the desktop file must carry the app id")
    metainfo = source / "packaging" / f"{APP_ID}.metainfo.xml"
    if not metainfo.is_file() or f"<id>{APP_ID}</id>" not in metainfo.read_text():
        out.append(f"packaging/{APP_ID}.metainfo.xml does not have the id {APP_ID}")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        out.append("runtime and sdk must be org.kde.Platform and org.kde.Sdk")
    version = str(manifest.get("runtime-version", ""))
    if not re.fullmatch(r"\d+\.\d+", version) or tuple(map(int, version.split("."))) < MIN_RUNTIME:
        out.append(f"runtime-version {version!r} is older than {MIN_RUNTIME[0]}.{MIN_RUNTIME[1]}")
    if manifest.get("command") != "kontor":
        out.append("command must be kontor")

    args = set(manifest.get("finish-args") or [])
    for arg in sorted(REQUIRED_ARGS - args):
        out.append(f"finish-args lack {arg}")
    for arg in sorted(args - ALLOWED_ARGS):
        out.append(f"finish-args grant {arg}, which Kontor does not need")

    modules = manifest.get("modules") or []
    names = [m.get("name") for m in modules if isinstance(m, dict)]
    if len(names) != len(modules):
        out.append("every module must be written out in the manifest")
    if not names or names[-1] != "kontor":
        out.append("the last module must be kontor")
    for module in modules:
        if not isinstance(module, dict):
            continue
        name = module.get("name")
        if not module.get("buildsystem"):
            out.append(f"module {name} has no buildsystem")
        sources = module.get("sources") or []
        if not sources:
            out.append(f"module {name} has no sources")
        for src in sources:
            kind = src.get("type")
            if kind == "git" and not (src.get("tag") or src.get("commit")):
                out.append(f"module {name}: a git source needs a tag or a commit")
            elif kind == "archive" and not src.get("sha256"):
                out.append(f"module {name}: an archive needs its sha256")
            elif kind not in {"git", "archive", "dir", "patch"}:
                out.append(f"module {name}: unexpected source type {kind!r}")

    needed = set(ALWAYS)
    for dependency, components, where in build_dependencies(source):
        if dependency == "Qt6":
            for component in sorted(components - RUNTIME_QT_COMPONENTS):
                out.append(f"{where} needs Qt6 {component}: check that the KDE runtime has it and list it here")
        elif dependency in RUNTIME_PACKAGES:
            continue
        elif dependency in MODULE_FOR:
            needed.add(MODULE_FOR[dependency])
        else:
            out.append(f"{where} looks for {dependency}: build it as a module or list it as the runtime's")
    for module in sorted(needed):
        if module not in names:
            out.append(f"the build needs {module}, but no module builds it")
    for module, users in NEEDED_BY.items():
        if users & set(names) and module not in names:
            out.append(f"{', '.join(sorted(users & set(names)))} need {module}, but no module builds it")
    order = {name: i for i, name in enumerate(names)}
    for module, users in NEEDED_BY.items():
        for user in users:
            if module in order and user in order and order[module] > order[user]:
                out.append(f"{module} must be built before {user}")
    known = set(MODULE_FOR.values()) | {"kontor"}
    for name in names:
        if name not in known:
            out.append(f"module {name} is built but nothing needs it")
    return out


def self_test(manifest, source):
    """Each broken copy must be refused for the reason it was broken."""
    def without_module(name):
        m = copy.deepcopy(manifest)
        m["modules"] = [x for x in m["modules"] if x.get("name") != name]
        return m

    def changed(key, value):
        m = copy.deepcopy(manifest)
        m[key] = value
        return m

    def with_args(extra, drop=()):
        m = copy.deepcopy(manifest)
        m["finish-args"] = [a for a in m["finish-args"] if a not in drop] + extra
        return m

    def unpinned(name):
        m = copy.deepcopy(manifest)
        for module in m["modules"]:
            if module.get("name") == name:
                for src in module["sources"]:
                    src.pop("tag", None)
                    src.pop("commit", None)
        return m

    cases = [
        ("the manifest as it is", manifest, None),
        ("no qtkeychain", without_module("qtkeychain"), "needs qtkeychain"),
        ("no libphonenumber", without_module("libphonenumber"), "needs libphonenumber"),
        ("no abseil under protobuf", without_module("abseil"), "need abseil"),
        ("no sqlcipher", without_module("sqlcipher"), "needs sqlcipher"),
        ("an old runtime", changed("runtime-version", "6.7"), "older than"),
        ("another app id", changed("app-id", "org.example.Kontor"), "app-id"),
        ("the home folder", with_args(["--filesystem=home"]), "--filesystem=home"),
        ("the whole session bus", with_args(["--socket=session-bus"]), "--socket=session-bus"),
        ("X11 always", with_args(["--socket=x11"]), "--socket=x11"),
        ("no keychain", with_args([], drop=["--talk-name=org.freedesktop.secrets"]), "secrets"),
        ("an unpinned source", unpinned("gumbo"), "tag or a commit"),
    ]
    failures = 0
    for title, candidate, expected in cases:
        found = problems(candidate, source)
        ok = not found if expected is None else any(expected in p for p in found)
        print(f"{'PASS' if ok else 'FAIL'}: {title}" + ("" if ok else f": {found}"))
        failures += not ok
    return failures


def main():
    source = pathlib.Path(sys.argv[1]).resolve()
    manifest = yaml.safe_load((source / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text())
    if sys.argv[2:] == ["--self-test"]:
        return 1 if self_test(manifest, source) else 0
    found = problems(manifest, source)
    for problem in found:
        print(f"FAIL: {problem}")
    if not found:
        print(f"{APP_ID}.yml: {len(manifest['modules'])} modules, every dependency of the build covered")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
