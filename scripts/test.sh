#!/usr/bin/env bash
# The whole test suite on this machine: unit, integration, doc and ui tests of every
# workspace member, then the examples run for real. Prints one closing line,
# `tests: N passed, M failed`, and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
python3 scripts/gen_tables.py --check --quiet || status=1  # nr/, errno/, arity table current
cargo test --workspace --all-targets --no-fail-fast 2>&1 | tee "$log" || status=1
cargo test --workspace --doc --no-fail-fast 2>&1 | tee -a "$log" || status=1

# Examples end by themselves; a failing example fails the suite. `copy` needs SRC and DST:
# tests/tests/copy_example.rs (in the cargo test run above) runs it with real files and
# checks its output, exit status and messages.
for ex in $(ls zcall/examples/*.rs | xargs -n1 basename | sed 's/\.rs$//'); do
    if [ "$ex" = copy ]; then
        echo "== example copy: run by tests/tests/copy_example.rs"
        continue
    fi
    echo "== example $ex"
    cargo run --quiet --example "$ex" || status=1
done

read -r passed failed < <(awk '/^test result: /{
    for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;/) p += $i; if ($(i+1) ~ /^failed;/) f += $i }
} END { print p + 0, f + 0 }' "$log")
echo
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
