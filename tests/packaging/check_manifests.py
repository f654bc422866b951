#!/usr/bin/env python3
"""Checks the package-manager files that CI cannot run (vcpkg and Conan are not in Debian).

    tests/packaging/check_manifests.py [repository root]

- the version is the same in CMakeLists.txt (project(ineq VERSION ...)), vcpkg.json and
  ports/ineq/vcpkg.json (conanfile.py reads it from CMakeLists.txt);
- both vcpkg.json files are laid out as `vcpkg format-manifest` writes them: fields in its
  order, dependencies and features sorted by name, two-space JSON, one item per line;
- the root manifest has a builtin-baseline (a full commit hash) and the features tests,
  benchmarks and examples;
- conanfile.py and test_package/conanfile.py are valid Python;
- the modules agree: the ineq_add_module lines of CMakeLists.txt (each module's ineq
  dependencies and packages) are the `_modules` table of conanfile.py, whose requirements are
  the packages the modules use; every package a module uses (but the thread library) is a
  dependency of one feature of the vcpkg port, which hides it from ineq's configure when off
  (CMAKE_DISABLE_FIND_PACKAGE_<package> in the portfile) and is a default feature, while the
  port's core needs no library; the root vcpkg.json (for contributors, who build every module)
  depends on all of them.

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


# A package as CMake finds it, as vcpkg names its port and as Conan names its recipe.
PACKAGES = {
    "Eigen3": ("eigen3", "eigen"),
    "range-v3": ("range-v3", "range-v3"),
    "nlohmann_json": ("nlohmann-json", "nlohmann_json"),
    "Threads": (None, None),  # the platform's thread library
}


def cmake_modules(cmake: str, problems: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """{module: (ineq dependencies, packages)} from the ineq_add_module lines of CMakeLists.txt."""
    modules = {}
    for m in re.finditer(r"^ineq_add_module\(([^)]*)\)", cmake, re.MULTILINE):
        words = m.group(1).split()
        name, deps, packages, current = words[0], [], [], None
        for w in words[1:]:
            if w in ("DEPS", "PACKAGES"):
                current = deps if w == "DEPS" else packages
            elif current is None:
                problems.append(f"CMakeLists.txt: ineq_add_module({m.group(1)}): {w} is neither DEPS nor PACKAGES")
            else:
                current.append(w)
        modules[name] = (deps, packages)
    if "core" not in modules:
        problems.append("CMakeLists.txt: no ineq_add_module(core)")
    return modules


def conan_modules(recipe: str, problems: list[str]) -> tuple[dict, dict, set[str]]:
    """conanfile.py's `_modules` and `_package_requires` tables and the names it requires."""
    tree = ast.parse(recipe, "conanfile.py")
    tables = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("_modules", "_package_requires"):
                tables[node.targets[0].id] = ast.literal_eval(node.value)
    for name in ("_modules", "_package_requires"):
        if name not in tables:
            problems.append(f"conanfile.py: no {name} table")
    required = set(re.findall(r"self\.requires\(\s*\"([^/\"]+)/", recipe))
    return tables.get("_modules", {}), tables.get("_package_requires", {}), required


def check_modules(root: pathlib.Path, manifest: dict, port: dict, problems: list[str]) -> None:
    modules = cmake_modules((root / "CMakeLists.txt").read_text(encoding="utf-8"), problems)
    used = sorted({p for _, packages in modules.values() for p in packages})
    for p in used:
        if p not in PACKAGES:
            problems.append(f"CMakeLists.txt: package {p} has no vcpkg or Conan name in check_manifests.py")
    used = [p for p in used if p in PACKAGES]

    conan, conan_requires, required = conan_modules((root / "conanfile.py").read_text(encoding="utf-8"), problems)
    normal = {m: (sorted(d), sorted(p)) for m, (d, p) in modules.items()}
    conan_normal = {m: (sorted(d), sorted(p)) for m, (d, p) in conan.items()}
    if normal != conan_normal:
        for m in sorted(set(normal) | set(conan_normal)):
            if normal.get(m) != conan_normal.get(m):
                problems.append(f"module {m}: CMakeLists.txt has (DEPS, PACKAGES) {normal.get(m)}, "
                                f"conanfile.py _modules {conan_normal.get(m)}")
    wanted = {PACKAGES[p][1] for p in used if PACKAGES[p][1]}
    if required != wanted:
        problems.append(f"conanfile.py: requires {sorted(required)}, the modules use {sorted(wanted)}")
    for p in used:
        conan_name = PACKAGES[p][1]
        if conan_name and conan_requires.get(p, "").split("::")[0] != conan_name:
            problems.append(f"conanfile.py: _package_requires[{p!r}] is {conan_requires.get(p)!r}, "
                            f"expected {conan_name}::<component>")

    portfile = (root / "ports/ineq/portfile.cmake").read_text(encoding="utf-8")
    features = port.get("features", {})
    library_deps = [dependency_name(d) for d in port.get("dependencies", [])
                    if not (isinstance(d, dict) and d.get("host"))]
    if library_deps:
        problems.append(f"ports/ineq/vcpkg.json: the core depends on {library_deps}; "
                        "the standard-library modules need no library")
    defaults = port.get("default-features", [])
    for name in features:
        if name not in defaults:
            problems.append(f"ports/ineq/vcpkg.json: feature {name} is not a default feature "
                            "(a plain install gives every module)")
    for p in used:
        vcpkg_name = PACKAGES[p][0]
        if vcpkg_name is None:
            continue
        owners = [f for f, v in features.items()
                  if vcpkg_name in [dependency_name(d) for d in v.get("dependencies", [])]]
        if len(owners) != 1:
            problems.append(f"ports/ineq/vcpkg.json: {vcpkg_name} is a dependency of the features {owners}, "
                            "expected exactly one")
            continue
        if not re.search(rf"^\s*{re.escape(owners[0])}\s+CMAKE_DISABLE_FIND_PACKAGE_{re.escape(p)}\s*$",
                         portfile, re.MULTILINE):
            problems.append(f"ports/ineq/portfile.cmake: no INVERTED_FEATURES line "
                            f"`{owners[0]} CMAKE_DISABLE_FIND_PACKAGE_{p}`")

    root_deps = sorted(dependency_name(d) for d in manifest.get("dependencies", []))
    expected = sorted(PACKAGES[p][0] for p in used if PACKAGES[p][0])
    if root_deps != expected:
        problems.append(f"vcpkg.json: dependencies {root_deps}, the modules use {expected}")


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
    if not problems:
        check_modules(root, manifest, port, problems)

    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"package manifests: version {version} everywhere, vcpkg manifests in format-manifest layout, "
          "the modules and their packages the same in CMakeLists.txt, conanfile.py and the vcpkg port")
    return 0


if __name__ == "__main__":
    sys.exit(main())
