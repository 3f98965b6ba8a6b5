#!/usr/bin/env bash
# Parser fuzzing (on demand, never in CI): Jazzer fuzzes each extractor for the budget set on its
# @FuzzTest (60 s) — PDF, DOCX, RTF, then plain text and Markdown — in
# src/test/java/dev/vitae/resume/parser/ExtractorFuzzTest.java. An input that makes a parse throw
# anything but a ResumeParseException, or run past its deadline, stops the run and is written to
# src/test/resources/dev/vitae/resume/parser/ExtractorFuzzTestInputs/<test>/crash-…: from then on
# `./mvnw verify` replays it as an ordinary test, failing until the parser is fixed; keep it.
#   bench/fuzz.sh [TEST...]      (default: pdf docx rtf text)
set -euo pipefail
cd "$(dirname "$0")/.."
TESTS=${*:-pdf docx rtf text}
for test in $TESTS; do
  echo "== fuzzing $test"
  JAZZER_FUZZ=1 ./mvnw -B -q test -Dtest="ExtractorFuzzTest#$test" -Dsurefire.failIfNoSpecifiedTests=false
done
