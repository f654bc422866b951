#!/usr/bin/env bash
# Packaging tests: install ineq into a prefix, then build and run a small consumer that
# obtains ineq in each supported way, and one that compiles with pkg-config alone.
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
include_dir=${flags%% *}
include_dir=${include_dir#-I}
if [ "$(cd "$include_dir" && pwd -P)" != "$(cd "$work/moved/include" && pwd -P)" ]; then
    echo "pkg-config points to $include_dir, not into the moved prefix" >&2
    exit 1
fi
# shellcheck disable=SC2086  # the flags are a word list
"$cxx" -std=c++20 $flags "$src/tests/packaging/consumer/main.cpp" -o "$work/pkgconfig-consumer"
"$work/pkgconfig-consumer"

say "all consumers passed"
