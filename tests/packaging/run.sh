#!/usr/bin/env bash
# Packaging tests: install ineq into a prefix, then build and run a small consumer that
# obtains ineq in each supported way, and one that compiles with pkg-config alone; and a
# consumer of the standard-library modules (ineq::measures, ineq::region) that builds with
# Eigen and range-v3 out of sight and reads none of their headers.
#
#   tests/packaging/run.sh [work-dir]     (default: a fresh temporary directory)
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cxx=${CXX:-c++}

say() { printf '\n---- packaging: %s ----\n' "$*"; }
fail() { echo "packaging: $*" >&2; exit 1; }

# Eigen and range-v3 hidden from CMake's find_package.
hidden=(-DCMAKE_DISABLE_FIND_PACKAGE_Eigen3=ON -DCMAKE_DISABLE_FIND_PACKAGE_range-v3=ON)
# A header of Eigen or of range-v3 (which installs range/, meta/, concepts/ and std/ folders)
# in a dependency list (-M output, or ninja -t deps).
third_party='/(eigen3|Eigen)/|/include/(range|meta|concepts|std)/'

say "configure, build and install ineq into $work/prefix"
cmake -S "$src" -B "$work/ineq-build" "${generator[@]}" \
    -DINEQ_BUILD_TESTS=OFF -DINEQ_BUILD_EXAMPLES=OFF -DCMAKE_INSTALL_PREFIX="$work/prefix"
cmake --build "$work/ineq-build"
cmake --install "$work/ineq-build"

consumer() {
    local mode=$1
    shift
    say "consumer: $mode"
    cmake -S "$src/tests/packaging/consumer" -B "$work/consumer-$mode" "${generator[@]}" \
        -DINEQ_CONSUME="$mode" "$@"
    cmake --build "$work/consumer-$mode"
    "$work/consumer-$mode/consumer"
}

consumer install -DCMAKE_PREFIX_PATH="$work/prefix"
consumer build_tree -Dineq_DIR="$work/ineq-build"
consumer subdirectory -DINEQ_SOURCE_DIR="$src"
consumer fetchcontent -DINEQ_SOURCE_DIR="$src"

# The standard-library consumer builds, with Eigen and range-v3 unknown to CMake, and its
# object depends on no header of theirs (Ninja keeps the compiler's dependency list).
consumer_std() {
    local mode=$1
    shift
    say "standard-library consumer: $mode, with Eigen and range-v3 hidden"
    cmake -S "$src/tests/packaging/consumer_std" -B "$work/consumer-std-$mode" "${generator[@]}" \
        -DINEQ_CONSUME="$mode" "${hidden[@]}" "$@"
    cmake --build "$work/consumer-std-$mode"
    "$work/consumer-std-$mode/consumer_std"
    if [ ${#generator[@]} -gt 0 ]; then
        local deps
        deps=$(ninja -C "$work/consumer-std-$mode" -t deps)
        grep -q 'ineq/measures/gini.hpp' <<<"$deps" || fail "no ineq header in the consumer's dependencies"
        if grep -E "$third_party" <<<"$deps"; then
            fail "the standard-library consumer ($mode) reads the Eigen or range-v3 headers above"
        fi
        echo "the consumer's object depends on $(grep -c '^ ' <<<"$deps") headers" \
             "($(grep -c '/ineq/' <<<"$deps") of ineq), none of Eigen or range-v3"
    fi
}

consumer_std install -DCMAKE_PREFIX_PATH="$work/prefix"
consumer_std subdirectory -DINEQ_SOURCE_DIR="$src"

say "ineq configured and installed with Eigen and range-v3 hidden: the standard-library modules alone"
rm -rf "$work/prefix-std"
cmake -S "$src" -B "$work/ineq-build-std" "${generator[@]}" "${hidden[@]}" \
    -DINEQ_BUILD_TESTS=OFF -DINEQ_BUILD_EXAMPLES=OFF -DCMAKE_INSTALL_PREFIX="$work/prefix-std"
cmake --install "$work/ineq-build-std"
for module in panel network spatial views; do
    [ ! -e "$work/prefix-std/include/ineq/$module.hpp" ] || fail "ineq/$module.hpp installed without its packages"
    [ ! -e "$work/prefix-std/share/cmake/ineq/ineq-$module-targets.cmake" ] || fail "ineq::$module installed without its packages"
done
consumer_std install -DCMAKE_PREFIX_PATH="$work/prefix-std"
say "find_package(ineq) without components refuses that install, and says why"
if cmake -S "$src/tests/packaging/consumer" -B "$work/consumer-refused" "${generator[@]}" \
        -DCMAKE_PREFIX_PATH="$work/prefix-std" >"$work/consumer-refused.log" 2>&1; then
    fail "find_package(ineq) accepted an install without ineq::ineq"
fi
grep -q 'ineq::ineq was not installed' "$work/consumer-refused.log" || {
    cat "$work/consumer-refused.log"
    fail "find_package(ineq) failed without saying that ineq::ineq was not installed"
}
echo "refused: $(grep -o "ineq::ineq was not installed.*" "$work/consumer-refused.log" | head -n 1)"

say "the install is relocatable: move the prefix and find it again"
rm -rf "$work/moved"
mv "$work/prefix" "$work/moved"
consumer install -DCMAKE_PREFIX_PATH="$work/moved"

say "Conan's test_package against the moved install (it checks that find_package refuses an earlier 0.x minor version)"
cmake -S "$src/test_package" -B "$work/test_package" "${generator[@]}" -DCMAKE_PREFIX_PATH="$work/moved"
cmake --build "$work/test_package"
"$work/test_package/test_package"

say "pkg-config only"
export PKG_CONFIG_PATH="$work/moved/share/pkgconfig"
flags=$(pkg-config --cflags ineq)
echo "pkg-config --cflags ineq: $flags"
include_dir=""
for flag in $flags; do
    case $flag in -I*) include_dir=${flag#-I}; break ;; esac
done
if [ "$(cd "$include_dir" && pwd -P)" != "$(cd "$work/moved/include" && pwd -P)" ]; then
    echo "pkg-config points to $include_dir, not into the moved prefix" >&2
    exit 1
fi
# shellcheck disable=SC2086  # the flags are a word list
"$cxx" -std=c++20 $flags "$src/tests/packaging/consumer/main.cpp" -o "$work/pkgconfig-consumer"
"$work/pkgconfig-consumer"

say "pkg-config, standard-library modules: no Eigen in the flags, no Eigen or range-v3 header read"
std_flags=$(pkg-config --cflags ineq-measures ineq-region)
echo "pkg-config --cflags ineq-measures ineq-region: $std_flags"
case $std_flags in *eigen*) fail "the flags of ineq-measures and ineq-region name Eigen" ;; esac
# shellcheck disable=SC2086
"$cxx" -std=c++20 $std_flags -M "$src/tests/packaging/consumer_std/main.cpp" >"$work/std-deps.txt"
grep -q 'ineq/measures/gini.hpp' "$work/std-deps.txt" || fail "-M lists no ineq header"
if grep -E "$third_party" "$work/std-deps.txt"; then
    fail "<ineq/measures.hpp> or <ineq/region.hpp> reads the Eigen or range-v3 headers above"
fi
# shellcheck disable=SC2086
"$cxx" -std=c++20 $std_flags -o "$work/pkgconfig-consumer-std" "$src/tests/packaging/consumer_std/main.cpp"
"$work/pkgconfig-consumer-std"
# The check can fail: the same -M of the views (range-v3 and, through the panels, Eigen) finds both.
# shellcheck disable=SC2086
printf '#include <ineq/views.hpp>\n' | "$cxx" -std=c++20 $flags -M -x c++ - >"$work/views-deps.txt"
grep -qE '/(eigen3|Eigen)/' "$work/views-deps.txt" || fail "the check misses Eigen in <ineq/views.hpp>"
grep -qE '/include/range/' "$work/views-deps.txt" || fail "the check misses range-v3 in <ineq/views.hpp>"
echo "control: the same check finds Eigen and range-v3 headers in the dependencies of <ineq/views.hpp>"

say "all consumers passed"
