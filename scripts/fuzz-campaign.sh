#!/usr/bin/env bash
# A longer fuzzing campaign than CI's: an optimised (-O2) clang build with ASan and UBSan, each
# target run on the corpus kept in tests/fuzz/corpus/<target>/ plus its seeds, then that corpus
# minimised again with -merge=1 so it stays small. Prints runs, exec/s, coverage (cov, ft) and
# corpus size per target; a crash is kept in build/fuzz-campaign/crashes/<target>/.
#
#   scripts/fuzz-campaign.sh [--seconds N] [--runs N] [--jobs N] [--no-merge] [TARGET...]
#
#   --seconds N   time per target (default 300)
#   --runs N      stop a target after N executions (default: no limit)
#   --jobs N      how many targets run at once (default 1)
#   --no-merge    leave tests/fuzz/corpus/ as it is
#   TARGET        e.g. ws_url or fuzz_ws_url (default: every target in tests/fuzz/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=300
runs=-1
jobs=1
merge=1
targets=()
while (($#)); do
    case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --no-merge) merge=0; shift ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz-campaign: unknown option $1" >&2; exit 2 ;;
    *) targets+=("${1#fuzz_}"); shift ;;
    esac
done
build=build/fuzz-campaign
if ((${#targets[@]} == 0)); then
    for source in tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        targets+=("${name#fuzz_}")
    done
fi
for t in "${targets[@]}"; do
    [[ -f tests/fuzz/fuzz_$t.cpp ]] || { echo "fuzz-campaign: no target fuzz_$t in tests/fuzz/" >&2; exit 2; }
done

echo "== Building $build (clang, -O2, ASan + UBSan)"
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWSBENCH_FUZZ=ON \
    >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}"

# Runs one target; writes its summary line to $build/runs/<t>/summary.
campaign() {
    local t=$1
    local bin=$build/tests/fuzz/fuzz_$t
    local work=$build/runs/$t
    local kept=tests/fuzz/corpus/$t
    local seeds=tests/fuzz/seeds/$t
    local crashes=$build/crashes/$t
    rm -rf "$work"
    mkdir -p "$work/new" "$kept" "$seeds" "$crashes"
    local status=0
    "$bin" -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$work/new" "$kept" "$seeds" >"$work/fuzz.log" 2>&1 || status=$?
    local execs speed cov ft
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -n 1)
    cov=$(grep -oE 'cov: [0-9]+' "$work/fuzz.log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -oE 'ft: [0-9]+' "$work/fuzz.log" | tail -n 1 | cut -d' ' -f2)
    if ((status != 0)); then
        local input
        input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$work/fuzz.log" | tail -n 1)
        {
            grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$work/fuzz.log" | head -n 5
            echo "CRASH in fuzz_$t after ${execs:-?} runs (exit $status)."
            echo "  input:     ${input:-none written, see $work/fuzz.log}"
            echo "  log:       $work/fuzz.log"
            echo "  reproduce: $bin ${input:-INPUT}"
        } >"$work/crash"
    fi
    if ((merge)); then
        # Minimise what is kept to the inputs that add coverage beyond the seeds.
        local merged=$work/merged
        mkdir -p "$merged"
        cp "$seeds"/* "$merged"/ 2>/dev/null || true
        "$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 "$merged" "$kept" "$work/new" \
            >"$work/merge.log" 2>&1 || echo "fuzz_$t: merge failed, see $work/merge.log" >&2
        for seed in "$seeds"/*; do
            [[ -e $seed ]] && rm -f "$merged/$(basename "$seed")"
        done
        rm -rf "$kept"
        mv "$merged" "$kept"
    fi
    local files bytes
    files=$(find "$kept" -type f | wc -l)
    bytes=$(du -sb "$kept" | cut -f1)
    printf '%-18s %10s %9s %7s %7s %7s %9s\n' "$t" "${execs:-?}" "${speed:-?}" "${cov:-?}" \
        "${ft:-?}" "$files" "$bytes" >"$work/summary"
}

echo "== Fuzzing ${#targets[@]} target(s), ${seconds}s each$( ((runs > 0)) && echo " or $runs runs"), $jobs at once"
running=0
for t in "${targets[@]}"; do
    campaign "$t" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

echo
printf '%-18s %10s %9s %7s %7s %7s %9s\n' target runs exec/s cov ft files bytes
failed=0
for t in "${targets[@]}"; do
    cat "$build/runs/$t/summary" 2>/dev/null || echo "$t: no summary (see $build/runs/$t/)"
done
for t in "${targets[@]}"; do
    if [[ -f $build/runs/$t/crash ]]; then
        echo
        cat "$build/runs/$t/crash"
        failed=1
    fi
done
((merge)) && echo && echo "Corpus minimised in tests/fuzz/corpus/ ($(du -sh --apparent-size tests/fuzz/corpus | cut -f1) in all)."
exit $failed
