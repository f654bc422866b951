#!/usr/bin/env bash
# Runs every libFuzzer target under tests/fuzz/ (clang, libFuzzer + ASan + UBSan) for a
# bounded time on its seed corpus, several targets at once (FUZZ_JOBS, default: the number
# of cores). Exits non-zero if a target does not build, crashes, leaks, trips a sanitizer or
# breaks one of its invariants.
#
#   tests/fuzz/run.sh [seconds-per-target] [work-dir] [binary-dir]
#
# Defaults: 60 seconds per target, work-dir build/fuzz. With a binary-dir (the fuzz targets
# a CMake build made: the `sanitize` preset's build/sanitize/tests/fuzz), the targets are run
# from there and nothing is compiled; without one they are built into work-dir with the
# flags below. Needs clang++ and libclang-rt-14-dev.
# New inputs found during the run go to <build-dir>/corpus/<target>/ (the checked-in
# seeds under tests/fuzz/corpus/ are only read); a crashing input is written to
# <build-dir>/artifacts/ and its path printed.
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${2:-$root/build/fuzz}"
bin="${3:-}"
jobs="${FUZZ_JOBS:-$(nproc)}"
cxx="${CXX_FUZZ:-clang++}"
targets=(applicant region patent_text export_adapter measures)

mkdir -p "$build/artifacts"
flags=(-std=c++20 -g -O1 -fno-omit-frame-pointer
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror
       -I "$root/include" -isystem /usr/include/eigen3)

if [[ -n $bin ]]; then
    for t in "${targets[@]}"; do
        [[ -x "$bin/fuzz.$t" ]] || { echo "no fuzz.$t in $bin: build the fuzz targets first" >&2; exit 2; }
    done
fi
for t in "${targets[@]}"; do
    [[ -n $bin ]] && continue
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

exe() { if [[ -n $bin ]]; then echo "$bin/fuzz.$1"; else echo "$build/fuzz.$1"; fi; }

status=0
for t in "${targets[@]}"; do
    if ! "$(exe "$t")" "$big/line-1mb" "$big/continuation-1mb" >"$build/$t.big.log" 2>&1; then
        echo "FAILED: fuzz.$t on the 1 MB inputs (log: $build/$t.big.log)"
        tail -n 40 "$build/$t.big.log"
        status=1
    fi
done
report() {
    local t=$1 rc=$2
    echo "==== fuzz.$t: ${seconds}s ===="
    if [[ $rc -ne 0 ]]; then
        echo "FAILED: fuzz.$t (log: $build/$t.log)"
        tail -n 60 "$build/$t.log"
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^Done|^#[0-9]+ +DONE' "$build/$t.log" || true
}
# One target's run; its exit status says whether it failed.
fuzz_one() {
    local t=$1 max_len=4096
    mkdir -p "$build/corpus/$t"
    # Names and addresses are short: a smaller max_len keeps the address resolver fast
    # enough to explore (the 1 MB inputs above cover long text).
    [[ $t == region ]] && max_len=512
    "$(exe "$t")" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
        "$build/corpus/$t" "$here/corpus/$t" 2>"$build/$t.log"
}
# FUZZ_JOBS targets at a time; each is reported when it ends (bash >= 5.1: wait -n -p).
declare -A names=()
reap() {
    local pid rc=0
    wait -n -p pid || rc=$?
    report "${names[$pid]}" "$rc"
    unset "names[$pid]"
}
for t in "${targets[@]}"; do
    while [[ ${#names[@]} -ge $jobs ]]; do reap; done
    fuzz_one "$t" &
    names[$!]=$t
done
while [[ ${#names[@]} -gt 0 ]]; do reap; done

if [[ $status -ne 0 ]]; then
    echo "fuzzing found failures"
else
    echo "all fuzz targets ran clean"
fi
exit $status
