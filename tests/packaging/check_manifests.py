#!/usr/bin/env python3
"""Checks the package-manager files that CI cannot run (vcpkg and Conan are not in Debian).

    tests/packaging/check_manifests.py [repository root]

- the version is the same in CMakeLists.txt (project(ineq VERSION ...)), vcpkg.json and
  ports/ineq/vcpkg.json (conanfile.py reads it from CMakeLists.txt);
- both vcpkg.json files are laid out as `vcpkg format-manifest` writes them: fields in its
  order, dependencies and features sorted by name, two-space JSON, one item per line;
- the root manifest has a builtin-baseline (a full commit hash) and the features tests,
  benchmarks and examples;
- conanfile.py and test_package/conanfile.py are valid Python.

Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import ast
import json
import pathlib
import re
import sys

# The order in which vcpkg format-manifest writes a manifest's fields (vcpkg-tool,
# serialize_manifest in src/vcpkg/sourceparagraph.cpp); "$..." comment fields come first.
TOP_ORDER = ["vcpkg-configuration", "name", "version", "version-semver", "version-date", "version-string",
             "port-version", "maintainers", "contacts", "summary", "description", "homepage",
             "documentation", "license", "supports", "builtin-baseline", "default-features",
             "dependencies", "features", "overrides"]
DEPENDENCY_ORDER = ["name", "host", "default-features", "features", "platform", "version>="]
FEATURE_ORDER = ["description", "supports", "license", "dependencies"]


def ordered(keys: list[str], order: list[str]) -> bool:
    comments = [k for k in keys if k.startswith("$")]
    rest = [k for k in keys if not k.startswith("$")]
    if keys[:len(comments)] != sorted(comments):
        return False
    known = [k for k in rest if k in order]
    return len(known) == len(rest) and known == sorted(known, key=order.index)


def dependency_name(d: str | dict) -> str:
    return d if isinstance(d, str) else d["name"]


def check_manifest(path: pathlib.Path, problems: list[str]) -> dict:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    if text != json.dumps(data, indent=2, ensure_ascii=False) + "\n":
        problems.append(f"{path}: not laid out as two-space JSON with one item per line and a final newline")
    if not ordered(list(data), TOP_ORDER):
        problems.append(f"{path}: fields {list(data)} are not in format-manifest order")

    def deps(where: str, items: list) -> None:
        names = [dependency_name(d) for d in items]
        if names != sorted(names):
            problems.append(f"{path}: {where} dependencies {names} are not sorted by name")
        for d in items:
            if isinstance(d, dict) and not ordered(list(d), DEPENDENCY_ORDER):
                problems.append(f"{path}: {where} dependency {d} has its fields out of order")

    deps("core", data.get("dependencies", []))
    features = data.get("features", {})
    if list(features) != sorted(features):
        problems.append(f"{path}: features {list(features)} are not sorted by name")
    for name, feature in features.items():
        if not ordered(list(feature), FEATURE_ORDER):
            problems.append(f"{path}: feature {name} has its fields out of order")
        deps(f"feature {name}", feature.get("dependencies", []))
    return data


def main() -> int:
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]
    problems: list[str] = []

    cmake = (root / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(\s*ineq\b[^)]*?\bVERSION\s+([0-9][0-9.]*)", cmake)
    version = m.group(1) if m else None
    if version is None:
        problems.append("CMakeLists.txt: no project(ineq VERSION ...)")

    manifest = check_manifest(root / "vcpkg.json", problems)
    port = check_manifest(root / "ports/ineq/vcpkg.json", problems)
    for name, data in (("vcpkg.json", manifest), ("ports/ineq/vcpkg.json", port)):
        if data.get("version") != version:
            problems.append(f"{name}: version {data.get('version')} is not CMakeLists.txt's {version}")

    baseline = manifest.get("builtin-baseline", "")
    if not re.fullmatch(r"[0-9a-f]{40}", baseline):
        problems.append(f"vcpkg.json: builtin-baseline {baseline!r} is not a full commit hash")
    expected = {"benchmarks": ["benchmark"], "examples": ["cli11", "fmt", "libcsv", "nlohmann-json"], "tests": ["doctest"]}
    got = {k: [dependency_name(d) for d in v.get("dependencies", [])] for k, v in manifest.get("features", {}).items()}
    if got != expected:
        problems.append(f"vcpkg.json: features {got}, expected {expected}")

    for recipe in ("conanfile.py", "test_package/conanfile.py"):
        try:
            ast.parse((root / recipe).read_text(encoding="utf-8"), recipe)
        except SyntaxError as e:
            problems.append(f"{recipe}: {e}")

    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"package manifests: version {version} everywhere, vcpkg manifests in format-manifest layout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
