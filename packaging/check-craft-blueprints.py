#!/usr/bin/env python3
"""Checks the KDE Craft blueprints that cannot be run here (no Windows or macOS, no Craft).

Usage: check-craft-blueprints.py SOURCE_DIR [--self-test]

Every blueprint must parse; Kontor's must depend on every KDE Framework the build needs on Windows and macOS,
on SQLCipher 4 (libs/sqlcipher4) and never on Craft's plain SQLite or SQLCipher 3, and every blueprint it
names from this repository must exist; libs/sqlcipher4 must build the release the Flatpak manifest pins, at
the same commit. With --self-test, broken copies must be refused.
"""
import ast
import copy
import pathlib
import re
import sys

import yaml

# Craft's blueprint for each KDE Framework the build looks for (find_package(KF6…)).
CRAFT_FRAMEWORK = {
    "KF6SyntaxHighlighting": "kde/frameworks/tier1/syntax-highlighting",
    "KF6CoreAddons": "kde/frameworks/tier1/kcoreaddons",
    "KF6Crash": "kde/frameworks/tier2/kcrash",
    "KF6XmlGui": "kde/frameworks/tier3/kxmlgui",
    "KF6ConfigWidgets": "kde/frameworks/tier3/kconfigwidgets",
    "KF6WidgetsAddons": "kde/frameworks/tier1/kwidgetsaddons",
    "KF6Notifications": "kde/frameworks/tier3/knotifications",
    "KF6NotifyConfig": "kde/frameworks/tier3/knotifyconfig",
    "KF6StatusNotifierItem": "kde/frameworks/tier3/kstatusnotifieritem",
    "KF6WindowSystem": "kde/frameworks/tier1/kwindowsystem",
    "KF6Sonnet": "kde/frameworks/tier1/sonnet",
    "KF6IdleTime": "kde/frameworks/tier1/kidletime",
}
SQLCIPHER = "libs/sqlcipher4"
# SQLite without encryption, and SQLCipher 3: a store of SQLCipher 4 opens with neither.
FORBIDDEN = {"libs/sqlite", "libs/sqlcipher"}
# What Craft lacks, built by the blueprints in packaging/craft.
LOCAL = {"libs/libphonenumber", "libs/gumbo-parser", SQLCIPHER}


def blueprint_files(source):
    return sorted((source / "packaging" / "craft").glob("*/*/*.py"))


def dependencies(tree):
    """The packages a blueprint's setDependencies names: self.runtimeDependencies["x"] = … and build ones."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute)
                        and target.value.attr in {"runtimeDependencies", "buildDependencies"}
                        and isinstance(target.slice, ast.Constant)):
                    found.add(target.slice.value)
    return found


def pinned_targets(tree):
    """version -> commit of every self.svnTargets[version] = f"url||commit" (literal or in a for loop)."""
    pins = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.For) and isinstance(node.iter, ast.List):
            for element in node.iter.elts:
                if isinstance(element, ast.Tuple) and len(element.elts) == 2:
                    version, commit = (e.value for e in element.elts)
                    pins[version] = commit
    return pins


def frameworks_everywhere(source):
    """The KF6 packages the top CMakeLists.txt looks for outside Linux-only blocks."""
    found, linux_only = [], 0
    for line in (source / "CMakeLists.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if re.match(r"if\s*\(.*UNIX AND NOT APPLE", line):
            linux_only += 1
        elif linux_only and re.match(r"endif\s*\(", line):
            linux_only -= 1
        match = re.match(r"find_package\s*\(\s*(KF6\w+)", line)
        if match and not linux_only:
            found.append(match.group(1))
    return found


def flatpak_sqlcipher(source):
    manifest = yaml.safe_load((source / "packaging" / "flatpak" / "org.kontor.Kontor.yml").read_text())
    for module in manifest["modules"]:
        if isinstance(module, dict) and module.get("name") == "sqlcipher":
            git = module["sources"][0]
            return git.get("tag", "").lstrip("v"), git.get("commit")
    return None, None


def problems(blueprints, source):
    """blueprints: path relative to packaging/craft -> source text."""
    out, trees = [], {}
    for name, text in blueprints.items():
        try:
            trees[name] = ast.parse(text)
        except SyntaxError as error:
            out.append(f"{name} does not parse: {error}")
    kontor = trees.get("kontor/kontor/kontor.py")
    if kontor is None:
        return out + ["kontor/kontor/kontor.py is missing"]
    needs = dependencies(kontor)
    for framework in frameworks_everywhere(source):
        if framework not in CRAFT_FRAMEWORK:
            out.append(f"the build looks for {framework}: name its Craft blueprint in CRAFT_FRAMEWORK and in "
                       "Kontor's blueprint")
        elif CRAFT_FRAMEWORK[framework] not in needs:
            out.append(f"Kontor's blueprint does not depend on {CRAFT_FRAMEWORK[framework]} ({framework})")
    if SQLCIPHER not in needs:
        out.append(f"Kontor's blueprint does not depend on {SQLCIPHER}: the store needs SQLCipher 4")
    for forbidden in sorted(needs & FORBIDDEN):
        out.append(f"Kontor's blueprint depends on {forbidden}, which cannot open the store")
    ours = {str(pathlib.PurePath(name).parent) for name in blueprints}
    for dependency in sorted(needs & LOCAL):
        if dependency not in ours:
            out.append(f"Kontor's blueprint needs {dependency}, which is not in packaging/craft")
    sqlcipher = trees.get("libs/sqlcipher4/sqlcipher4.py")
    if sqlcipher is not None:
        version, commit = flatpak_sqlcipher(source)
        pins = pinned_targets(sqlcipher)
        if pins.get(version) != commit:
            out.append(f"libs/sqlcipher4 pins {pins}, not the Flatpak's {version} at {commit}")
        if not all(v.startswith("4.") for v in pins):
            out.append(f"libs/sqlcipher4 builds {sorted(pins)}, not SQLCipher 4")
    return out


def self_test(blueprints, source):
    kontor = "kontor/kontor/kontor.py"

    def replaced(name, old, new):
        changed = copy.deepcopy(blueprints)
        assert old in changed[name], old
        changed[name] = changed[name].replace(old, new)
        return changed

    sqlcipher = "libs/sqlcipher4/sqlcipher4.py"
    commit = re.search(r'"([0-9a-f]{40})"', blueprints[sqlcipher]).group(1)
    cases = [
        ("the blueprints as they are", blueprints, None),
        ("plain SQLite", replaced(kontor, '"libs/sqlcipher4"', '"libs/sqlite"'), "does not depend on libs/sqlcipher4"),
        ("SQLCipher 3", replaced(kontor, '"libs/sqlcipher4"', '"libs/sqlcipher"'), "cannot open the store"),
        ("no KCrash", replaced(kontor, '"kde/frameworks/tier2/kcrash"', '"kde/frameworks/tier2/kio"'), "KF6Crash"),
        ("another commit", replaced(sqlcipher, commit, "0" * 40), "not the Flatpak's"),
        ("no sqlcipher4 here", {k: v for k, v in blueprints.items() if k != sqlcipher}, "not in packaging/craft"),
        ("a broken blueprint", replaced(sqlcipher, "class subinfo", "class subinfo("), "does not parse"),
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
    craft = source / "packaging" / "craft"
    blueprints = {str(path.relative_to(craft)): path.read_text() for path in blueprint_files(source)}
    if sys.argv[2:] == ["--self-test"]:
        return 1 if self_test(blueprints, source) else 0
    found = problems(blueprints, source)
    for problem in found:
        print(f"FAIL: {problem}")
    if not found:
        print(f"{len(blueprints)} blueprints parse; Kontor's names every framework and SQLCipher 4")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
