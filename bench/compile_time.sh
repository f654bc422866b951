#!/usr/bin/env bash
# Compile time of each public measures header against a baseline translation unit that
# includes only <vector> and <algorithm>: a user who needs one measure should pay little
# more than the standard library. Targets: <ineq/measures/gini.hpp> within 1.15x the floor
# of the standard headers it needs, <ineq/ineq.hpp> within 1.2x <Eigen/Dense> + range-v3.
#
# Usage: bench/compile_time.sh [runs]   (default 5; the fastest run counts)
# Environment: CXX (default g++), CXXFLAGS (default -O2 -std=c++20).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
cxx=${CXX:-g++}
read -r -a flags <<< "${CXXFLAGS:--O2 -std=c++20}"
includes=(-Iinclude -isystem /usr/include/eigen3)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Seconds (fastest of $runs) to compile a TU holding the given include lines and one function.
time_tu() {
    local tu="$tmp/tu.cpp"
    printf '%s\n' "$@" > "$tu"
    printf 'int main() { return 0; }\n' >> "$tu"
    local best=""
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$cxx" "${flags[@]}" "${includes[@]}" -c "$tu" -o "$tmp/tu.o"
        end=$(date +%s.%N)
        best=$(echo "$start $end ${best:-1e9}" | awk '{d = $2 - $1; print (d < $3 ? d : $3)}')
    done
    echo "$best"
}

baseline=$(time_tu '#include <vector>' '#include <algorithm>')
printf '%s %s, fastest of %s runs\n' "$cxx" "${flags[*]}" "$runs"
printf '| %-40s | %8s | %8s |\n' 'translation unit includes' 'seconds' 'ratio'
printf '|%s|%s:|%s:|\n' "$(printf -- '-%.0s' {1..42})" "$(printf -- '-%.0s' {1..9})" "$(printf -- '-%.0s' {1..9})"
printf '| %-40s | %8.3f | %8.2f |\n' '<vector> + <algorithm> (baseline)' "$baseline" 1
# The floor: the standard headers <ineq/measures/gini.hpp> needs (<cmath> for the checks,
# <stdexcept>/<string> for ineq::domain_error, <charconv> and <system_error> for the messages,
# <iterator> for the range concepts), without <ranges> and without ineq's own code.
row() {
    local label=$1
    shift
    local t
    t=$(time_tu "$@")
    printf '| %-40s | %8.3f | %8.2f |\n' "$label" "$t" "$(echo "$t $baseline" | awk '{print $1 / $2}')"
}
row '+ <cmath>' '#include <vector>' '#include <algorithm>' '#include <cmath>'
row '+ <cmath> <stdexcept>' '#include <vector>' '#include <algorithm>' '#include <cmath>' '#include <stdexcept>'
row 'floor: std headers of gini.hpp' '#include <vector>' '#include <algorithm>' '#include <cmath>' \
    '#include <stdexcept>' '#include <iterator>' '#include <charconv>' '#include <system_error>' \
    '#include <memory>' '#include <bit>'
row '<ranges>' '#include <ranges>'
row '<ineq/error.hpp>' '#include <ineq/error.hpp>'
row '<ineq/concepts.hpp>' '#include <ineq/concepts.hpp>'
# The umbrella header's peer: its two dependencies alone.
row '<Eigen/Dense> + <range/v3/all.hpp>' '#include <Eigen/Dense>' '#include <range/v3/all.hpp>'
for header in include/ineq/measures/*.hpp include/ineq/measures.hpp include/ineq/ineq.hpp; do
    name=${header#include/}
    t=$(time_tu "#include <$name>")
    printf '| %-40s | %8.3f | %8.2f |\n' "<$name>" "$t" "$(echo "$t $baseline" | awk '{print $1 / $2}')"
done
