#!/usr/bin/env bash
# Résumé-import accuracy, run on demand (never part of ./mvnw verify). Parses every labelled résumé
# (NAME.ext beside NAME.expected.json) of each DIR with the project's parser, offline, and scores
# the result with the team's scorer, overall and per format. The labelled sets and the scorer live
# in the team's workspace beside the clone, not in this repository; without them this says so and stops.
#   bench/score.sh [DIR ...]      (default: ../shared/resumes/dev and ../shared/resumes/wild-dev, those present)
#   SCORER=path/to/score-resumes.py bench/score.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
SCORER=${SCORER:-../shared/tools/score-resumes.py}
if [ ! -f "$SCORER" ]; then
  echo "No scorer at $SCORER (set SCORER=path/to/score-resumes.py); it is part of the team workspace." >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  for dir in ../shared/resumes/dev ../shared/resumes/wild-dev; do
    if [ -d "$dir" ]; then set -- "$@" "$dir"; fi
  done
fi
if [ $# -eq 0 ]; then
  echo "usage: bench/score.sh DIR [DIR ...]  (no labelled set found beside the clone)" >&2
  exit 2
fi
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/score-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/score-classpath.txt)"
for dir in "$@"; do
  out=target/score/$(basename "$dir")
  rm -rf "$out"
  mkdir -p "$out"
  echo "== $dir"
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" dev.vitae.resume.ParseDevSet "$dir" "$out" \
    > "$out.parse.log" 2>&1
  python3 "$SCORER" --outputs "$out" --json-out "$out.json" "$dir" | tail -n 25
  python3 bench/score-by-format.py "$out.json"
done
