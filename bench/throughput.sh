#!/usr/bin/env bash
# Import throughput (run on demand, never in CI): imports per second from upload to finished, on
# a warm service with several concurrent uploaders, beside parse-only throughput of the same files
# in the same run (bench/src/ParseThroughput.java: as many threads as the parser pool, no HTTP,
# no database) — the most the imports could reach on this machine.
#   bench/throughput.sh [UPLOADERS] [ROUNDS]     (default: 4 uploaders, each uploading every file twice)
# Files: ../shared/resumes/dev and ../shared/resumes/wild-dev when they are beside the clone,
# otherwise the project's own fixtures (written to target/fixtures). Needs a JDK and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
UPLOADERS=${1:-4}
ROUNDS=${2:-2}
WORK=target/throughput
rm -rf "$WORK" && mkdir -p "$WORK"

./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=$WORK/cp.txt -Dmdep.includeScope=test
CP="target/classes:$(cat $WORK/cp.txt)"
javac -d $WORK/classes -cp "$CP" bench/src/BenchDatabase.java bench/src/ParseThroughput.java
. bench/lib.sh

FILES=()
for dir in ../shared/resumes/dev ../shared/resumes/wild-dev; do
  for f in "$dir"/*.{pdf,docx,txt,md,rtf}; do
    case "$(basename "$f")" in README*|*LICENSE*) continue ;; esac # the sets' notes, not résumés
    [ -f "$f" ] && FILES+=("$f")
  done
done
if [ ${#FILES[@]} -eq 0 ]; then
  java -cp "target/test-classes:$CP" dev.vitae.support.WriteFixtures target/fixtures > /dev/null
  for f in target/fixtures/*.{pdf,docx,txt,md,rtf}; do [ -f "$f" ] && FILES+=("$f"); done
fi
TOTAL=$(( ${#FILES[@]} * ROUNDS * UPLOADERS ))
echo "files: ${#FILES[@]}; imports measured: $TOTAL with $UPLOADERS uploaders"

SVC_PID=
cleanup() { [ -n "$SVC_PID" ] && kill $SVC_PID 2>/dev/null; kill $PG_PID 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
bench_database
PORT=18091
BASE=http://localhost:$PORT
start_vitae $PORT bench
await_ready $BASE
KEY=$(new_api_key $BASE bench)

upload_all() { # uploader rounds: uploads every file ROUNDS times, one at a time
  for _ in $(seq 1 "$2"); do
    for f in "${FILES[@]}"; do
      curl -sf -o /dev/null -X POST $BASE/api/auto-apply/profiles/import -H "X-Api-Key: $KEY" -F "file=@$f"
    done
  done
}
now_ms() { date +%s%3N; }

# Warm-up: every file twice, so the JIT has seen every path.
upload_all 0 2
await_drained 60

START=$(now_ms)
START_SQL=$(psql -Atc "SELECT now()")
UPLOADER_PIDS=()
for n in $(seq 1 $UPLOADERS); do upload_all $n $ROUNDS & UPLOADER_PIDS+=($!); done
wait "${UPLOADER_PIDS[@]}"
UPLOADED=$(now_ms)
await_drained 60
read -r DONE_COUNT SECONDS_SQL < <(psql -Atc "SELECT count(*), EXTRACT(EPOCH FROM max(finished_at) - '$START_SQL'::timestamptz)
  FROM import_job WHERE created_at >= '$START_SQL'::timestamptz" | tr '|' ' ')
IMPORTS=$(echo "$DONE_COUNT / $SECONDS_SQL" | bc -l)
UPLOADS=$(echo "$DONE_COUNT * 1000 / ($UPLOADED - $START)" | bc -l)
PARSE=$(java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$WORK/classes:$CP" ParseThroughput "$DONE_COUNT" "${FILES[@]}" 2>/dev/null)
printf 'imports finished: %d in %.1f s\n' "$DONE_COUNT" "$SECONDS_SQL"
printf 'imports/s (upload to finished): %.1f   uploads/s accepted: %.1f   parse-only files/s: %.1f   imports ÷ parse-only: %.2f\n' \
  "$IMPORTS" "$UPLOADS" "$PARSE" "$(echo "$IMPORTS / $PARSE" | bc -l)"
