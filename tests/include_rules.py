#!/usr/bin/env python3
"""Checks the include graph of the public headers against the architecture (docs/architecture.md).

    tests/include_rules.py [--root DIR]     check DIR (default: include/ next to tests/)
    tests/include_rules.py --self-test      run the rules on small trees with known answers

Every `#include` in every header under <root>/ineq is read (comments removed, every
conditional branch counted) and must obey these rules; each breach is printed as
`file:line: #include <...>: rule: explanation` and the exit status is 1.

  layers      error.hpp and concepts.hpp use only the standard library; detail/ adds only
              error.hpp and concepts.hpp; stats/ (the inference layer) adds only detail/;
              measures/ and region/ add only detail/ and stats/; every module above adds stats/;
              patent/ adds region/; panel/ adds measures/, region/, patent/;
              network/ and spatial/ add panel/ and the layers below it (not each other);
              the views (views.hpp, views/) add patent/, region/, measures/ and panel/;
              io/ adds every module (it is the top layer).
              Umbrella headers (<module>.hpp) include only their own module;
              ineq.hpp includes anything of ours but io.
  io          nothing outside io/ (and its umbrella io.hpp) includes ineq/io/ or ineq/io.hpp:
              the library stays I/O-free, ineq::io is a separate target.
  detail      no module reaches into another module's detail/ (the top-level detail/ is shared).
  eigen       Eigen only in panel/, network/ and spatial/.
  range-v3    range-v3 only in the views.
  no-io       no stream or file I/O headers (<iostream>, <fstream>, <sstream>, <cstdio>, ...)
              outside io/.
  posix       POSIX headers (<unistd.h>, <sys/mman.h>, <iconv.h>, ...) only in io/.
  nlohmann    <nlohmann/json.hpp> only in io/boundaries.hpp and io/detail/boundaries.hpp.
  known       every other include is a standard library header; quoted includes, relative
              paths and anything from examples/ or tests/ are refused; an ineq header that is
              included exists.
  cycle       the headers of ineq include each other without a cycle.

A header in a place the rules do not know (a new module or top-level header) is reported
too (rule `unknown-place`): give it a rule here deliberately.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
import tempfile

# The C++20 standard library headers (including the C compatibility <cxxx> headers).
STANDARD_HEADERS = frozenset("""
algorithm any array atomic barrier bit bitset charconv chrono codecvt compare complex concepts
condition_variable coroutine deque exception execution expected filesystem format forward_list
fstream functional future initializer_list iomanip ios iosfwd iostream istream iterator latch
limits list locale map memory memory_resource mutex new numbers numeric optional ostream queue
random ranges ratio regex scoped_allocator semaphore set shared_mutex source_location span
sstream stack stdexcept stop_token streambuf string string_view syncstream system_error thread
tuple type_traits typeindex typeinfo unordered_map unordered_set utility valarray variant
vector version
cassert cctype cerrno cfenv cfloat cinttypes climits clocale cmath csetjmp csignal cstdarg
cstddef cstdint cstdio cstdlib cstring ctime cuchar cwchar cwctype
""".split())

# Stream and file I/O: reading and writing belongs to io/ and examples/ (docs/architecture.md).
IO_HEADERS = frozenset("""
iostream istream ostream fstream sstream spanstream syncstream iomanip streambuf filesystem
print cstdio stdio.h
""".split())

# POSIX headers ineq::io uses (mapping a file, iconv); nothing else in include/ may.
POSIX_HEADERS = frozenset("""
fcntl.h iconv.h sys/mman.h sys/stat.h sys/types.h unistd.h
""".split())

# The only headers that may include nlohmann-json (the boundary reader).
NLOHMANN_USERS = frozenset({"ineq/io/boundaries.hpp", "ineq/io/detail/boundaries.hpp"})

# What each place may include besides the standard library (and its own module).
LAYERS = {
    "core": set(),
    "detail": {"core"},
    "stats": {"core", "detail"},
    "measures": {"core", "detail", "stats"},
    "region": {"core", "detail", "stats"},
    "patent": {"core", "detail", "stats", "region"},
    "panel": {"core", "detail", "stats", "measures", "region", "patent", "eigen"},
    "network": {"core", "detail", "stats", "measures", "region", "patent", "panel", "eigen"},
    "spatial": {"core", "detail", "stats", "measures", "region", "patent", "panel", "eigen"},
    "views": {"core", "detail", "stats", "measures", "region", "patent", "panel", "range-v3"},
    "io": {"core", "detail", "stats", "measures", "region", "patent", "panel", "network", "spatial", "views",
           "eigen", "range-v3", "posix", "nlohmann"},
}
MODULES = ("stats", "measures", "region", "patent", "panel", "network", "spatial", "views", "io")
CORE_HEADERS = ("error.hpp", "concepts.hpp")

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]*)[>"]', re.MULTILINE)
COMMENT = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"', re.DOTALL)


def strip_comments(text: str) -> str:
    """Blanks out comments, keeping line breaks (so line numbers stay right) and strings."""

    def blank(m: re.Match[str]) -> str:
        s = m.group(0)
        if s.startswith('"'):
            return s
        return re.sub(r"[^\n]", " ", s)

    return COMMENT.sub(blank, text)


def place_of(rel: str) -> str | None:
    """The place of a header path relative to the root ("ineq/measures/gini.hpp" -> measures)."""
    parts = rel.split("/")
    if len(parts) < 2 or parts[0] != "ineq":
        return None
    if len(parts) == 2:
        name = parts[1]
        if name in CORE_HEADERS:
            return "core"
        if name == "ineq.hpp":
            return "umbrella:ineq"
        stem = name[:-4] if name.endswith(".hpp") else name
        if stem == "views":
            return "views"
        if stem in MODULES:
            return "umbrella:" + stem
        return None
    if parts[1] == "detail":
        return "detail"
    if parts[1] in MODULES:
        return parts[1]
    return None


def classify(target: str) -> str:
    """What an include names: an ineq place, eigen, range-v3, std, or other."""
    if target.startswith("ineq/"):
        return place_of(target) or "ineq-unknown"
    if target.startswith("Eigen/") or target.startswith("unsupported/Eigen/"):
        return "eigen"
    if target.startswith("range/v3/"):
        return "range-v3"
    if target in STANDARD_HEADERS:
        return "std"
    if target in POSIX_HEADERS:
        return "posix"
    if target == "nlohmann/json.hpp" or target.startswith("nlohmann/"):
        return "nlohmann"
    return "other"


def allowed_text(place: str) -> str:
    if place.startswith("umbrella:"):
        module = place.split(":", 1)[1]
        if module == "ineq":
            return "ineq.hpp includes only ineq headers"
        return f"the umbrella ineq/{module}.hpp includes only ineq/{module}/ headers"
    names = {
        "core": "ineq/error.hpp, ineq/concepts.hpp",
        "detail": "ineq/detail/",
        "eigen": "Eigen",
        "range-v3": "range-v3",
        "posix": "POSIX headers",
        "nlohmann": "nlohmann-json (boundaries only)",
    }
    extra = sorted(LAYERS[place])
    listed = ", ".join(names.get(e, f"ineq/{e}/") for e in extra)
    own = "" if place == "core" else f", its own ineq/{place}/"
    return f"{place} may include the standard library{own}" + (f" and {listed}" if listed else " only")


def check_tree(root: pathlib.Path) -> list[tuple[str, int, str, str, str]]:
    """All breaches under root/ineq as (file, line, include, rule, explanation)."""
    problems: list[tuple[str, int, str, str, str]] = []
    headers = sorted(p for p in (root / "ineq").rglob("*") if p.is_file() and p.suffix in (".hpp", ".h"))
    known = {p.relative_to(root).as_posix() for p in headers}
    edges: dict[str, list[tuple[str, int]]] = {h: [] for h in known}

    for path in headers:
        rel = path.relative_to(root).as_posix()
        shown = path.as_posix()
        place = place_of(rel)
        text = strip_comments(path.read_text(encoding="utf-8", errors="replace"))
        if place is None:
            problems.append((shown, 1, "", "unknown-place",
                             f"{rel} is in no place the rules know; add it to tests/include_rules.py"))
            continue
        for m in INCLUDE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            bracket, target = m.group(1), m.group(2).strip()
            spelled = f"#include {bracket}{target}{'>' if bracket == '<' else chr(34)}"

            def report(rule: str, why: str) -> None:
                problems.append((shown, line, spelled, rule, why))

            if bracket == '"' or target.startswith(".") or "/../" in target:
                report("known", "public headers include with <...> and a path from include/, never a relative one")
                continue
            if target.startswith(("examples/", "tests/")) or "/examples/" in target or "/tests/" in target:
                report("known", "nothing in include/ may depend on examples/ or tests/")
                continue
            in_io = place in ("io", "umbrella:io")
            if target in IO_HEADERS:
                if not in_io:
                    report("no-io", "no stream or file I/O in include/ outside ineq/io/: reading and writing "
                                    "belong to ineq::io")
                continue
            kind = classify(target)
            if kind == "posix":
                if not in_io:
                    report("posix", "POSIX headers only in ineq/io/ (the rest of the library is portable C++20)")
                continue
            if kind == "nlohmann":
                if rel not in NLOHMANN_USERS:
                    report("nlohmann", "nlohmann-json only in ineq/io/boundaries.hpp and its detail header, "
                                       "so that the rest of ineq::io does not need it")
                continue
            if (target.startswith("ineq/io/") or target == "ineq/io.hpp") and not in_io:
                report("io", "nothing in the library includes ineq::io (a separate target, the only one "
                             "that reads or writes files)")
                continue
            if kind == "other":
                report("known", "not a standard library header, nor ineq, Eigen or range-v3")
                continue
            if kind == "std":
                continue
            if target.startswith("ineq/"):
                if target not in known:
                    report("known", f"no header {target} under {root.as_posix()}")
                    continue
                edges[rel].append((target, line))
                parts = target.split("/")
                if len(parts) > 3 and parts[2] == "detail" and parts[1] != (place if place in MODULES else ""):
                    report("detail", f"ineq/{parts[1]}/detail/ is internal to {parts[1]}; "
                                     "shared internals belong in ineq/detail/")
                    continue
                if kind == "ineq-unknown":
                    report("known", f"{target} is in no place the rules know")
                    continue
            if place.startswith("umbrella:"):
                module = place.split(":", 1)[1]
                ok = target.startswith("ineq/" if module == "ineq" else f"ineq/{module}/")
                if not ok:
                    report("layers", allowed_text(place))
                continue
            if kind == "eigen" and "eigen" not in LAYERS[place]:
                report("eigen", "Eigen only in panel/, network/ and spatial/ "
                                f"({place} must stay usable with the standard library alone)")
                continue
            if kind == "range-v3" and "range-v3" not in LAYERS[place]:
                report("range-v3", "range-v3 only in the views")
                continue
            if kind in ("eigen", "range-v3"):
                continue
            if kind == place:
                continue
            if kind.startswith("umbrella:") or kind not in LAYERS[place]:
                report("layers", allowed_text(place))

    # cycles among our own headers (depth-first search, one report per cycle found)
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target, line in edges.get(node, []):
            if state.get(target) == 1:
                cycle = stack[stack.index(target):] + [target]
                problems.append(((root / node).as_posix(), line, f"#include <{target}>", "cycle",
                                 "include cycle: " + " -> ".join(cycle)))
            elif target in edges and state.get(target) is None:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if state.get(node) is None:
            visit(node)
    return problems


def run_check(root: pathlib.Path) -> int:
    if not (root / "ineq").is_dir():
        print(f"include_rules: {root}/ineq is not a directory", file=sys.stderr)
        return 2
    problems = check_tree(root)
    for file, line, spelled, rule, why in problems:
        print(f"{file}:{line}: {spelled}: rule {rule}: {why}" if spelled else f"{file}:{line}: rule {rule}: {why}")
    count = len(list((root / "ineq").rglob("*.hpp")))
    if problems:
        print(f"include_rules: {len(problems)} breach(es) in {count} headers under {root}", file=sys.stderr)
        return 1
    print(f"include_rules: {count} headers under {root} follow the include rules")
    return 0


# ---- self-test: small trees whose answers are known by construction ----------------------

GOOD_TREE = {
    "ineq/error.hpp": "#include <stdexcept>\n#include <string>\n",
    "ineq/concepts.hpp": "#include <concepts>\n",
    "ineq/detail/numeric.hpp": "#include <ineq/error.hpp>\n#include <ineq/concepts.hpp>\n#include <vector>\n",
    "ineq/detail/sort.hpp": "#include <vector>\n",
    "ineq/measures/gini.hpp": "#include <ineq/detail/numeric.hpp>\n#include <cmath>\n"
                              "// #include <iostream>  (a comment, not an include)\n"
                              "/* #include <Eigen/Core> */\n",
    "ineq/measures/growth.hpp": "#include <cmath>\n",
    "ineq/region/province.hpp": "#include <ineq/detail/numeric.hpp>\n#include <array>\n",
    "ineq/patent/record.hpp": "#include <ineq/region/province.hpp>\n",
    "ineq/patent/date.hpp": "#include <chrono>\n",
    "ineq/panel/panel.hpp": "#include <Eigen/Core>\n#include <ineq/measures/gini.hpp>\n"
                            "#include <ineq/patent/record.hpp>\n",
    "ineq/network/graph.hpp": "#include <Eigen/SparseCore>\n#include <ineq/panel/panel.hpp>\n",
    "ineq/network/detail/heap.hpp": "#include <vector>\n",
    "ineq/network/degree.hpp": "#include <vector>\n",
    "ineq/network/paths.hpp": "#include <ineq/network/detail/heap.hpp>\n#include <ineq/network/graph.hpp>\n",
    "ineq/views.hpp": "#include <range/v3/view/filter.hpp>\n#include <ineq/patent/record.hpp>\n",
    "ineq/views/sinks.hpp": "#include <ineq/views.hpp>\n#include <ineq/panel/panel.hpp>\n",
    "ineq/measures.hpp": "#include <ineq/measures/gini.hpp>\n",
    "ineq/network.hpp": "#include <ineq/network/graph.hpp>\n#include <ineq/network/paths.hpp>\n",
    "ineq/ineq.hpp": "#include <ineq/measures.hpp>\n#include <ineq/network.hpp>\n#include <ineq/views.hpp>\n",
    "ineq/io/detail/scan.hpp": "#include <cstring>\n#include <sys/mman.h>\n#include <ineq/patent/record.hpp>\n",
    "ineq/io/read.hpp": "#include <fstream>\n#include <ineq/io/detail/scan.hpp>\n#include <ineq/views/sinks.hpp>\n",
    "ineq/io/boundaries.hpp": "#include <nlohmann/json.hpp>\n#include <ineq/network/graph.hpp>\n",
    "ineq/io.hpp": "#include <ineq/io/read.hpp>\n",
}

# (file, an extra line appended to it, the rule that must fire)
BAD_CASES = [
    ("ineq/measures/gini.hpp", "#include <ineq/region/province.hpp>", "layers"),
    ("ineq/measures/gini.hpp", "#include <ineq/network/degree.hpp>", "layers"),
    ("ineq/region/province.hpp", "#include <ineq/patent/date.hpp>", "layers"),
    ("ineq/region/province.hpp", "#include <Eigen/Core>", "eigen"),
    ("ineq/measures/gini.hpp", "#include <range/v3/view/filter.hpp>", "range-v3"),
    ("ineq/detail/numeric.hpp", "#include <ineq/measures/growth.hpp>", "layers"),
    ("ineq/error.hpp", "#include <ineq/detail/sort.hpp>", "layers"),
    ("ineq/patent/record.hpp", "#include <ineq/measures/gini.hpp>", "layers"),
    ("ineq/patent/record.hpp", "#include <ineq/network/detail/heap.hpp>", "detail"),
    ("ineq/panel/panel.hpp", "#include <ineq/network/degree.hpp>", "layers"),
    ("ineq/panel/panel.hpp", "#include <ineq/views.hpp>", "layers"),
    ("ineq/network/graph.hpp", "#include <ineq/measures.hpp>", "layers"),
    ("ineq/network/graph.hpp", "#include <ineq/views/sinks.hpp>", "layers"),
    ("ineq/network/graph.hpp", "#include <ineq/network/paths.hpp>", "cycle"),
    ("ineq/measures.hpp", "#include <ineq/region/province.hpp>", "layers"),
    ("ineq/measures/gini.hpp", "#include <iostream>", "no-io"),
    ("ineq/region/province.hpp", "#  include <fstream>", "no-io"),
    ("ineq/network/graph.hpp", "#include <sstream>", "no-io"),
    ("ineq/patent/record.hpp", "#include <cstdio>", "no-io"),
    ("ineq/measures/gini.hpp", '#include "../detail/numeric.hpp"', "known"),
    ("ineq/panel/panel.hpp", "#include <examples/pipeline/export_format.hpp>", "known"),
    ("ineq/panel/panel.hpp", "#include <tests/study_data.hpp>", "known"),
    ("ineq/measures/gini.hpp", "#include <fmt/format.h>", "known"),
    ("ineq/measures/gini.hpp", "#include <ineq/detail/missing.hpp>", "known"),
    ("ineq/detail/numeric.hpp", "#include <ineq/detail/numeric.hpp>", "cycle"),
    ("ineq/views.hpp", "#include <Eigen/Core>", "eigen"),
    ("ineq/spatial/weights.hpp", "#include <ineq/network/degree.hpp>", "layers"),
    ("ineq/extra.hpp", "#include <vector>", "unknown-place"),
    ("ineq/ineq.hpp", "#include <ineq/io.hpp>", "io"),
    ("ineq/panel/panel.hpp", "#include <ineq/io/read.hpp>", "io"),
    ("ineq/network/graph.hpp", "#include <ineq/io/detail/scan.hpp>", "io"),
    ("ineq/patent/record.hpp", "#include <unistd.h>", "posix"),
    ("ineq/io/read.hpp", "#include <nlohmann/json.hpp>", "nlohmann"),
    ("ineq/io/read.hpp", "#include <fmt/format.h>", "known"),
    ("ineq/io/read.hpp", "#include <ineq/network/detail/heap.hpp>", "detail"),
    ("ineq/io.hpp", "#include <ineq/panel/panel.hpp>", "layers"),
]


def self_test() -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="include_rules.") as tmp:
        base = pathlib.Path(tmp)

        def build(name: str, extra: tuple[str, str] | None) -> pathlib.Path:
            root = base / name
            for rel, text in GOOD_TREE.items():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text, encoding="utf-8")
            if extra is not None:
                rel, line = extra
                target = root / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                old = target.read_text(encoding="utf-8") if target.exists() else ""
                target.write_text(old + line + "\n", encoding="utf-8")
            return root

        good = check_tree(build("good", None))
        if good:
            failures += 1
            print("self-test FAILED: the good tree has breaches:")
            for p in good:
                print("   ", p)
        for i, (rel, line, rule) in enumerate(BAD_CASES):
            found = check_tree(build(f"bad{i}", (rel, line)))
            rules = sorted({p[3] for p in found})
            if rules != [rule]:
                failures += 1
                print(f"self-test FAILED: {rel} + `{line}`: expected rule {rule}, got {rules or 'none'}")
                for p in found:
                    print("   ", p)
            elif not any(p[0].endswith(rel) or (rule == "cycle" and rel in p[4]) for p in found):
                failures += 1
                print(f"self-test FAILED: {rel} + `{line}`: reported against {found[0][0]}")
    total = len(BAD_CASES) + 1
    if failures:
        print(f"include_rules self-test: {failures} of {total} cases failed", file=sys.stderr)
        return 1
    print(f"include_rules self-test: the good tree passes and each of {len(BAD_CASES)} bad includes "
          "fails with its rule")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent / "include",
                        help="the directory that holds ineq/ (default: the repository's include/)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the checker on small trees with a known answer")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    return run_check(args.root)


if __name__ == "__main__":
    sys.exit(main())
