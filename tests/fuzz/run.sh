#!/usr/bin/env bash
# Builds every libFuzzer target under tests/fuzz/ with clang (libFuzzer + ASan + UBSan)
# and runs each for a bounded time on its seed corpus. Exits non-zero if a target does
# not build, crashes, leaks, trips a sanitizer or breaks one of its invariants.
#
#   tests/fuzz/run.sh [seconds-per-target] [build-dir]
#
# Defaults: 60 seconds per target, build/fuzz. Needs clang++ and libclang-rt-14-dev.
# New inputs found during the run go to <build-dir>/corpus/<target>/ (the checked-in
# seeds under tests/fuzz/corpus/ are only read); a crashing input is written to
# <build-dir>/artifacts/ and its path printed.
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${2:-$root/build/fuzz}"
cxx="${CXX_FUZZ:-clang++}"
targets=(applicant region patent_text export_adapter measures)

mkdir -p "$build/artifacts"
flags=(-std=c++20 -g -O1 -fno-omit-frame-pointer
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror
       -I "$root/include" -isystem /usr/include/eigen3)

for t in "${targets[@]}"; do
    if [[ ! -x "$build/fuzz.$t" || "$here/$t.cpp" -nt "$build/fuzz.$t" || -n "$(find "$root/include" "$here/fuzz_check.hpp" -newer "$build/fuzz.$t" -print -quit)" ]]; then
        echo "building fuzz.$t"
        "$cxx" "${flags[@]}" "$here/$t.cpp" -o "$build/fuzz.$t"
    fi
done

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Inputs too large to keep in the repository: a 1 MB line of mixed CJK, Latin and
# separators, and 1 MB of bytes 0x80 (continuation bytes only). Each target runs them once.
big="$build/big"
mkdir -p "$big"
python3 - "$big" <<'PY'
import sys
unit = "中国科学院 | Tsinghua University；深圳市南山区|2019-06-20 CN110210173A ".encode()
open(sys.argv[1] + "/line-1mb", "wb").write((unit * (1048576 // len(unit) + 1))[:1048576])
open(sys.argv[1] + "/continuation-1mb", "wb").write(b"\x80" * 1048576)
PY

status=0
for t in "${targets[@]}"; do
    if ! "$build/fuzz.$t" "$big/line-1mb" "$big/continuation-1mb" >"$build/$t.big.log" 2>&1; then
        echo "FAILED: fuzz.$t on the 1 MB inputs (log: $build/$t.big.log)"
        tail -n 40 "$build/$t.big.log"
        status=1
    fi
done
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus/$t"
    echo "==== fuzz.$t: ${seconds}s ===="
    # Names and addresses are short: a smaller max_len keeps the address resolver fast
    # enough to explore (the 1 MB inputs above cover long text).
    max_len=4096
    [[ $t == region ]] && max_len=512
    if ! "$build/fuzz.$t" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
            "$build/corpus/$t" "$here/corpus/$t" 2>"$build/$t.log"; then
        echo "FAILED: fuzz.$t (log: $build/$t.log)"
        tail -n 60 "$build/$t.log"
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^Done|^#[0-9]+ +DONE' "$build/$t.log" || true
done

if [[ $status -ne 0 ]]; then
    echo "fuzzing found failures"
else
    echo "all fuzz targets ran clean"
fi
exit $status
