#!/usr/bin/env bash
# What including an ineq header costs beyond the headers it includes: for each header, the
# compile time of a translation unit that includes it, against one that includes exactly the
# non-ineq headers it reaches (for a module header of the standard-library modules, its
# standard headers alone; for <ineq/ineq.hpp>, the standard headers plus Eigen's and
# range-v3's). CPU time (perf stat task-clock, mean of the runs), so a busy machine skews it
# less than wall time does.
#
# Usage: bench/include_cost.sh [runs] [header...]
#        (default: 5 runs; ineq/measures/gini.hpp ineq/measures.hpp ineq/region.hpp ineq/ineq.hpp)
# Environment: CXX (default g++), CXXFLAGS (default -std=c++20 -O2).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
shift || true
headers=("$@")
[ ${#headers[@]} -gt 0 ] || headers=(ineq/measures/gini.hpp ineq/measures.hpp ineq/region.hpp ineq/ineq.hpp)
cxx=${CXX:-g++}
read -r -a flags <<< "${CXXFLAGS:--std=c++20 -O2}"
includes=(-Iinclude -isystem /usr/include/eigen3)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The non-ineq headers a header reaches through ineq's own includes, one per line.
reached() {
    python3 - "$1" <<'EOF'
import pathlib, re, sys
include = re.compile(r'^[ \t]*#[ \t]*include[ \t]*<([^>]+)>', re.MULTILINE)
seen, outside, todo = set(), set(), [sys.argv[1]]
while todo:
    h = todo.pop()
    if h in seen:
        continue
    seen.add(h)
    for target in include.findall(pathlib.Path("include", h).read_text(encoding="utf-8")):
        if target.startswith("ineq/"):
            todo.append(target)
        else:
            outside.add(target)
print("\n".join(sorted(outside)))
EOF
}

# Mean CPU milliseconds to compile a translation unit.
cpu_ms() {
    perf stat -r "$runs" -x, -e task-clock "$cxx" "${flags[@]}" "${includes[@]}" -c "$1" -o "$tmp/tu.o" \
        2>&1 >/dev/null | awk -F, '$3 == "task-clock" { printf "%.0f", $1 }'
}

printf '%s %s, CPU time (perf stat task-clock), mean of %s runs\n\n' "$cxx" "${flags[*]}" "$runs"
printf '| %-26s | %-44s | %9s | %9s | %6s |\n' 'header' 'against' 'header ms' 'alone ms' 'ratio'
printf '|%s|%s|%s:|%s:|%s:|\n' "$(printf -- '-%.0s' {1..28})" "$(printf -- '-%.0s' {1..46})" \
    "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..7})"
for header in "${headers[@]}"; do
    mapfile -t outside < <(reached "$header")
    printf '#include <%s>\nint main() { return 0; }\n' "$header" > "$tmp/header.cpp"
    printf '#include <%s>\n' "${outside[@]}" > "$tmp/alone.cpp"
    printf 'int main() { return 0; }\n' >> "$tmp/alone.cpp"
    with=$(cpu_ms "$tmp/header.cpp")
    alone=$(cpu_ms "$tmp/alone.cpp")
    n_std=0
    n_other=0
    for h in "${outside[@]}"; do
        case $h in Eigen/* | range/*) n_other=$((n_other + 1)) ;; *) n_std=$((n_std + 1)) ;; esac
    done
    label="its $n_std standard headers"
    [ "$n_other" -eq 0 ] || label="$label + $n_other Eigen/range-v3"
    printf '| %-26s | %-44s | %9s | %9s | %6s |\n' "<$header>" "$label" "$with" "$alone" \
        "$(awk -v a="$with" -v b="$alone" 'BEGIN { printf "%.2f", a / b }')"
done
