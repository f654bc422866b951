#!/usr/bin/env bash
# Static analysis of the public headers: clang-tidy (checks in .clang-tidy) and cppcheck,
# each on one generated translation unit per header under include/ineq/ that includes the
# header twice. Exits non-zero on any finding in include/ (findings in system headers, Eigen
# and range-v3 are not reported). clang-tidy compiles each translation unit with clang and
# the project's warning flags and reports the compiler's warnings (clang-diagnostic-*), so
# this step is also the check that every header compiles on its own with clang++ (CI's
# ineq_header_check target does the same with g++).
#
#   tests/static_analysis.sh [work-dir] [header-glob]
#
# work-dir defaults to build/static_analysis; header-glob (relative to include/, e.g.
# 'ineq/measures/*.hpp') limits the run to some headers. Needs clang-tidy (14 or later)
# and cppcheck (2.10). Uses two parallel jobs.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mkdir -p "${1:-$root/build/static_analysis}" && cd "${1:-$root/build/static_analysis}" && pwd)" ||
    { echo "cannot use ${1:-$root/build/static_analysis} as the work directory" >&2; exit 2; }
glob="${2:-ineq/*}"
jobs="${STATIC_ANALYSIS_JOBS:-2}"
mkdir -p "$work/tu" "$work/out"
rm -f "$work"/out/* "$work"/tu/*

cd "$root/include"
mapfile -t headers < <(find ineq -name '*.hpp' -path "$glob" | sort)
cd "$root"
if [[ ${#headers[@]} -eq 0 ]]; then
    echo "no headers match $glob" >&2
    exit 2
fi

for h in "${headers[@]}"; do
    id="${h//\//_}"
    id="${id%.hpp}"
    printf '#include <%s>\n#include <%s>  // NOLINT(readability-duplicate-include): and twice, as the include guard allows\n' "$h" "$h" >"$work/tu/$id.cpp"
done

flags=(-std=c++20 -I "$root/include" -isystem /usr/include/eigen3
       -Wall -Wextra -Wpedantic -Wshadow -Wconversion)

echo "clang-tidy: ${#headers[@]} headers"
export INEQ_SA_WORK="$work" INEQ_SA_ROOT="$root"
printf '%s\n' "$work"/tu/*.cpp | xargs -P "$jobs" -I{} sh -c '
    tu="$1"; shift
    out="$INEQ_SA_WORK/out/$(basename "$tu" .cpp).tidy"
    clang-tidy --config-file="$INEQ_SA_ROOT/.clang-tidy" --quiet "$tu" -- "$@" >"$out" 2>&1 || true
' sh {} "${flags[@]}"

echo "cppcheck: ${#headers[@]} headers"
printf '%s\n' "$work"/tu/*.cpp | xargs -P "$jobs" -I{} sh -c '
    tu="$1"
    out="$INEQ_SA_WORK/out/$(basename "$tu" .cpp).cppcheck"
    cppcheck --quiet --language=c++ --std=c++20 --enable=warning,style,performance,portability \
        --inline-suppr --suppressions-list="$INEQ_SA_ROOT/.cppcheck-suppressions" \
        --template="{file}:{line}:{column}: {severity}: {message} [{id}]" \
        -I "$INEQ_SA_ROOT/include" -D__GNUC__ -D__cplusplus=202002L "$tu" >"$out" 2>&1 || true
' sh {}

# Findings: clang-tidy "warning:"/"error:" lines and every cppcheck line, in include/ only,
# deduplicated (a header included by several TUs reports once).
findings="$work/findings.txt"
cat "$work"/out/*.tidy "$work"/out/*.cppcheck 2>/dev/null |
    grep -E '^[^ ]*include/ineq/[^:]+:[0-9]+:[0-9]+: (warning|error|style|performance|portability|information)' |
    sed "s|^$root/||" | sort -u >"$findings"
# clang-tidy errors that are not in include/ (a TU that fails to compile) also count.
cat "$work"/out/*.tidy 2>/dev/null | grep -E ': error:' | grep -v 'include/ineq/' | sort -u >>"$findings"

count=$(wc -l <"$findings")
if [[ $count -ne 0 ]]; then
    cat "$findings"
    echo "static analysis: $count finding(s) (list in $findings)"
    exit 1
fi
echo "static analysis: clean (${#headers[@]} headers, clang-tidy and cppcheck)"
