#!/usr/bin/env bash
# Crash run (on demand, never in CI): kills the packaged service with kill -9 again and again
# while uploads arrive, restarts it each time, then checks that every import the service accepted
# (answered 202) ended ready, or failed for a reason in the file itself — none lost, none stuck,
# none failed for "begun N times" — and how long jobs interrupted by a kill took to finish after
# the restart.
#   bench/chaos.sh [KILLS] [UPLOADERS]      (default: 30 kills, 3 concurrent uploaders)
# Files: the project's own résumés (src/test/resources/resumes, docs/examples), plus
# ../shared/resumes/dev when it is there. Needs a JDK and psql (Debian package postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${1:-30}
UPLOADERS=${2:-3}
WORK=target/chaos
rm -rf "$WORK" && mkdir -p "$WORK/files"

./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=$WORK/cp.txt -Dmdep.includeScope=test
CP=$(cat $WORK/cp.txt)
javac -d $WORK/classes -cp "$CP" bench/src/BenchDatabase.java
. bench/lib.sh

for f in src/test/resources/resumes/*.{txt,md,rtf} docs/examples/*.{md,txt} ../shared/resumes/dev/*.{pdf,docx,txt,md,rtf}; do
  case "$(basename "$f")" in README*|*LICENSE*) continue ;; esac # the set's notes, not résumés
  [ -f "$f" ] && cp "$f" "$WORK/files/"
done
FILES=("$WORK"/files/*)
echo "files: ${#FILES[@]}"

SVC_PID=
UPLOADER_PIDS=()
cleanup() {
  for p in "${UPLOADER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$SVC_PID" ] && kill -9 "$SVC_PID" 2>/dev/null
  kill $PG_PID 2>/dev/null; wait 2>/dev/null || true
}
trap cleanup EXIT
bench_database
PORT=18090
BASE=http://localhost:$PORT
now_ms() { date +%s%3N; }

start_vitae $PORT chaos
await_ready $BASE
KEY=$(new_api_key $BASE chaos)

uploader() { # n: uploads files at random until killed, noting each accepted profile id
  while true; do
    local f=${FILES[$((RANDOM % ${#FILES[@]}))]}
    local id
    id=$(curl -s --max-time 10 -X POST $BASE/api/auto-apply/profiles/import -H "X-Api-Key: $KEY" \
      -F "file=@$f" -w '\n%{http_code}' 2>/dev/null | awk 'NR==1 {body=$0} NR==2 && $0=="202" {print body}' \
      | sed -nE 's/.*"profile_id":"([^"]+)".*/\1/p') || true
    if [ -n "$id" ]; then echo "$id" >> $WORK/accepted.$1; else sleep 0.2; fi # down, or refused: don't spin
  done
}
for n in $(seq 1 $UPLOADERS); do uploader $n & UPLOADER_PIDS+=($!); done

: > $WORK/interrupted.tsv
for kill in $(seq 1 $KILLS); do
  sleep "$((1 + RANDOM % 3)).$((RANDOM % 10))"
  kill -9 $SVC_PID; wait $SVC_PID 2>/dev/null || true
  RESTART=$(now_ms)
  # The jobs the dead process was working on, with the moment its successor was started.
  psql -Atc "SELECT id FROM import_job WHERE state = 'running'" | sed "s/$/\t$RESTART/" >> $WORK/interrupted.tsv
  start_vitae $PORT chaos
  await_ready $BASE
  echo $(( $(now_ms) - RESTART )) >> $WORK/startups.txt
  printf '\rkill %d/%d' "$kill" "$KILLS"
done
echo
for p in "${UPLOADER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
UPLOADER_PIDS=()

# Everything accepted must end (what is still queued or running after 2 minutes shows below).
(await_drained 120) || true
cat $WORK/accepted.* | sort -u > $WORK/accepted.txt
ACCEPTED=$(wc -l < $WORK/accepted.txt)
psql -Atc "CREATE TEMP TABLE accepted (id uuid);" -c "\\copy accepted FROM '$WORK/accepted.txt'" \
  -c "SELECT coalesce(p.status, 'missing') || CASE WHEN p.import_error IS NULL THEN '' ELSE ': ' || p.import_error END, count(*)
        FROM accepted a LEFT JOIN profile p ON p.id = a.id GROUP BY 1 ORDER BY 2 DESC" > $WORK/outcomes.txt

# Time from each restart to the end of the jobs interrupted by the kill before it.
psql -Atc "CREATE TEMP TABLE interrupted (id uuid, restart_ms bigint);" -c "\\copy interrupted FROM '$WORK/interrupted.tsv'" \
  -c "SELECT count(*), coalesce(round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::text, '-'),
             coalesce(max(ms)::text, '-'), count(*) FILTER (WHERE ms IS NULL)
        FROM (SELECT (EXTRACT(EPOCH FROM j.finished_at) * 1000)::bigint - i.restart_ms AS ms
                FROM interrupted i JOIN import_job j ON j.id = i.id) t" > $WORK/recovery.txt
IFS='|' read -r INTERRUPTED MEDIAN WORST UNFINISHED < <(tail -1 $WORK/recovery.txt)

echo "kills: $KILLS   accepted imports: $ACCEPTED"
echo "outcomes (profile status: import_error, count):"
sed 's/^/  /' $WORK/outcomes.txt
echo "restart to ready (JVM start, migrations checked, parsers warmed up): median $(sort -n $WORK/startups.txt | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
echo "jobs interrupted by a kill: $INTERRUPTED; from restart to finished: median ${MEDIAN} ms, worst ${WORST} ms; unfinished $UNFINISHED"
BAD=$(grep -cE '^(missing|importing)|begun [0-9]+ times' $WORK/outcomes.txt || true)
if [ "$BAD" != 0 ] || [ "$UNFINISHED" != 0 ]; then
  echo "FAIL: an accepted import was lost, is still importing, or failed for its attempts" >&2
  exit 1
fi
echo "PASS"
