#!/usr/bin/env bash
# Prints, for each test of ctest's last run that failed, the lines of its output that say what failed (gtest's
# "Failure" lines and the lines that follow them), at most 40 lines a test. scripts/test.sh calls it after a failed
# ctest run, so that the end of a CI log — often the only part shown — says why, not only which.
# Usage: failed-tests-digest.sh BUILD/Testing/Temporary
set -uo pipefail
dir=${1:?usage: failed-tests-digest.sh BUILD/Testing/Temporary}
failed="$dir/LastTestsFailed.log"
log="$dir/LastTest.log"
[ -f "$failed" ] && [ -f "$log" ] || exit 0
echo
echo "==== what the failed tests said (digest of $log) ===="
while IFS=: read -r _ name; do
  [ -n "$name" ] || continue
  echo "---- $name"
  # The test's block runs from its "Test: NAME" line to "<end of output>"; keep gtest's failure reports.
  awk -v name="$name" '
    $0 ~ /^[0-9]+\/[0-9]+ Test: / { inside = (substr($0, index($0, "Test: ") + 6) == name); keep = 0; next }
    inside && /<end of output>/ { inside = 0 }
    inside && /(Failure|FAILED|error:|Expected|Which is|did not|timed out|Timeout)/ { keep = 12 }
    inside && keep > 0 { print; keep-- }
  ' "$log" | cut -c1-400 | head -40
done <"$failed"
