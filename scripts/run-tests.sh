#!/usr/bin/env bash
# The whole test suite: formatting, the dependency check, a warnings-as-errors build, every
# CTest label, the packages, and a bounded libFuzzer run of each fuzz target under ASan and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-$(nproc)}
fuzz_seconds=${WSBENCH_FUZZ_SECONDS:-15}
build=build/ci

step() { printf '\n==== %s\n' "$*"; }

step "Formatting (clang-format)"
scripts/check-format.sh

step "Configure"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWSBENCH_WARNINGS_AS_ERRORS=ON >/dev/null
CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWSBENCH_FUZZ=ON >/dev/null

step "Dependencies (every package used is installed by dev.sh)"
scripts/check-deps.sh "$build" build/fuzz

step "Build (warnings are errors)"
cmake --build "$build" -j "$jobs"

step "Packages (DEB, TGZ)"
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null && ls -1 ./*.deb ./*.tar.gz)

step "Tests"
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 300

step "Fuzzing (${fuzz_seconds}s per target, clang, ASan + UBSan)"
cmake --build build/fuzz -j "$jobs"
for target in build/fuzz/tests/fuzz/fuzz_*; do
    name=$(basename "$target")
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    seeds=tests/fuzz/seeds/${name#fuzz_}
    kept=tests/fuzz/corpus/${name#fuzz_} # grown by scripts/fuzz-campaign.sh
    mkdir -p "$kept"
    log=build/fuzz/$name.log
    if ! "$target" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 \
        "$corpus" "$kept" "$seeds" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "FAILED: $name (crash input saved in the working directory)" >&2
        exit 1
    fi
    echo "-- $name: $(grep -E '^Done' "$log")"
done

step "All tests passed"
