#!/usr/bin/env bash
# Refreshes data/ from the public catalogues: fetches each catalogue of data/import/fetch.json (import --fetch
# --write, the others kept when one is down), runs the tests on the result and writes the change as Markdown.
# The scheduled workflow (.github/workflows/refresh-data.yml) runs it and opens a pull request with data/ and the
# report; run it by hand the same way. Exit status: 0 when data/ is refreshed and the tests pass, 1 when a
# catalogue failed (the others are written, and the report says which), 2 when the tests fail on the new data.
#
# Settings (environment): REFRESH_REPORT, the report's path (default target/refresh-report.md);
# REFRESH_IMPORT, the importer command (default: the packaged jar's "import"); REFRESH_TEST, the test command
# (default: ./mvnw -B verify); REFRESH_DATA, the data folder (default data).
set -uo pipefail
cd "$(dirname "$0")/.."

report="${REFRESH_REPORT:-target/refresh-report.md}"
data="${REFRESH_DATA:-data}"
mkdir -p "$(dirname "$report")"

if [ -z "${REFRESH_IMPORT:-}" ]; then
  ./mvnw -B -q -DskipTests package || exit 2
  REFRESH_IMPORT="java -jar $(ls target/llm-compare-*.jar | grep -v original | head -1) import"
fi

fetched=0
# shellcheck disable=SC2086 # the command is words on purpose
$REFRESH_IMPORT --fetch --write --allow-partial --data="$data" --report="$report" || fetched=$?
if [ "$fetched" -gt 1 ]; then
  echo "refresh: the importer could not run (exit $fetched)" >&2
  exit 2
fi

# shellcheck disable=SC2086
if ! ${REFRESH_TEST:-./mvnw -B verify}; then
  printf '\n**The tests fail on the refreshed data**: do not merge before they pass.\n' >> "$report"
  exit 2
fi
printf '\nThe tests pass on the refreshed data.\n' >> "$report"
exit "$fetched"
