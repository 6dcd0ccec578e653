#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer, nightly) of each entry point of the core, one
# target after another, at the lowest CPU priority and one process at a time, so the machine
# stays usable. Prints the executions each target reached.
#
#   scripts/fuzz.sh [seconds-per-target] [target ...]      (npm run fuzz -- 600 extract)
#   scripts/fuzz.sh --runs 10000000 --no-trace-compares 36000 value_tree
#
# `--runs N` stops a target after N executions (or the seconds, whichever comes first).
# `--no-trace-compares` builds without libFuzzer's compare tracing, about twice the
# executions per second: for long runs over a grown corpus, where finding new magic values
# matters less than volume. It builds into its own directory, so the two builds coexist.
#
# Inputs found grow fuzz/corpus-work/<target> (not committed); `fuzz/corpus/<target>` is the
# kept, minimized corpus (`scripts/fuzz.sh --cmin` refreshes it from both) and a crash is
# written to fuzz/artifacts/<target>/: move it to fuzz/regressions/<target>/ with the fix, and
# `cargo test --test fuzz_corpus` replays both directories without nightly.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

all_targets=(json_text value_tree csv_batch ndjson_batch extract feeds)
cmin=false
runs=()
flags=(--release --debug-assertions --sanitizer none)
while [ $# -gt 0 ]; do
  case "$1" in
    --cmin) cmin=true ;;
    --runs) runs=("-runs=$2"); shift ;;
    --no-trace-compares) flags+=(--no-trace-compares --target-dir "$PWD/fuzz/target/no-trace-compares") ;;
    *) break ;;
  esac
  shift
done
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# (flags above) No sanitizer: the crate has no unsafe code, and without ASan each run is about
# twice as fast. Debug assertions on, so an arithmetic overflow is a crash, not a wrapped number.
nice -n 19 cargo +nightly fuzz build "${flags[@]}"

summary=()
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus-work/$target" "fuzz/corpus/$target" "fuzz/artifacts/$target"
  if $cmin; then
    # libFuzzer's merge keeps the smallest set of inputs that covers what all of them cover;
    # by edges only (no hit counters), which keeps the committed corpus a few hundred KB.
    rm -rf "fuzz/corpus-min/$target" && mkdir -p "fuzz/corpus-min/$target"
    nice -n 19 cargo +nightly fuzz run "${flags[@]}" "$target" "fuzz/corpus-min/$target" "fuzz/corpus/$target" \
      "fuzz/corpus-work/$target" -- -merge=1 -use_counters=0 -max_len=8192 2>&1 | grep -E '^MERGE-OUTER: [0-9]+ new files' || true
    rm -rf "fuzz/corpus/$target" && mv "fuzz/corpus-min/$target" "fuzz/corpus/$target"
    continue
  fi
  log="fuzz/artifacts/$target/last-run.log"
  printf '\n== %s for %ss\n' "$target" "$seconds"
  status=0
  nice -n 19 cargo +nightly fuzz run "${flags[@]}" "$target" "fuzz/corpus-work/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" "${runs[@]}" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    >"$log" 2>&1 || status=$?
  tail -n 4 "$log"
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  verdict=$([ $status -eq 0 ] && echo 'no crash' || echo "CRASH (exit $status), see $log and fuzz/artifacts/$target/")
  summary+=("$(printf '%-13s %12s executions in %ss: %s' "$target" "$executions" "$seconds" "$verdict")")
done

$cmin && exit 0
printf '\n== executions per target\n'
printf '%s\n' "${summary[@]}"
