#!/usr/bin/env bash
# API benchmark (run on demand, never in CI). Starts its own PostgreSQL and the packaged service,
# seeds an account, a profile, a job and a candidate, then for each concurrency runs
#   wrk   against GET /api/auto-apply/profiles/{id} and PATCH /api/v1/candidates/{id} (one candidate,
#         so every request waits for the same row lock, and 200 candidates picked at random), and
#   pgbench with the SQL the service issues for each of those requests (same database, same run),
#   wrk   against bench/stack, the fixed stack without vitae, whose resource issues that same SQL and nothing else,
# and prints requests/s, p50/p99 latency, the ratio service ÷ pgbench and the ratio stack ÷ pgbench
# (the most any service on this stack reaches on this machine).
#   bench/api.sh [DURATION_SECONDS] [CONCURRENCIES...]     (default: 10 s; 8 32)
# Needs: wrk and pgbench (Debian packages wrk, postgresql-client), a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
shift || true
CONCURRENCIES=${*:-8 32}
SPREAD=199   # extra candidates for the PATCH spread over many rows
WORK=target/bench
mkdir -p "$WORK"

./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/stack/pom.xml package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=$WORK/cp.txt -Dmdep.includeScope=test
javac -d $WORK/classes -cp "$(cat $WORK/cp.txt)" bench/src/BenchDatabase.java

rm -f $WORK/pg.port
java -cp "$WORK/classes:$(cat $WORK/cp.txt)" BenchDatabase $WORK/pg.port > $WORK/pg.log 2>&1 &
PG_PID=$!
SVC_PID=
STACK_PID=
cleanup() { [ -n "$SVC_PID" ] && kill $SVC_PID 2>/dev/null; [ -n "$STACK_PID" ] && kill $STACK_PID 2>/dev/null; kill $PG_PID 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 60); do [ -s $WORK/pg.port ] && break; sleep 0.5; done
PG_PORT=$(cat $WORK/pg.port)
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres

PORT=18080
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$PG_PORT/postgres \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
QUARKUS_HTTP_PORT=$PORT VITAE_ADMIN_TOKEN=bench QUARKUS_LOG_LEVEL=WARN \
  java -jar target/quarkus-app/quarkus-run.jar > $WORK/service.log 2>&1 &
SVC_PID=$!
STACK_PORT=18082
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$PG_PORT/postgres \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$STACK_PORT \
QUARKUS_LOG_LEVEL=WARN java -jar bench/stack/target/quarkus-app/quarkus-run.jar > $WORK/stack.log 2>&1 &
STACK_PID=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null localhost:$PORT/q/health/ready && break; sleep 0.25; done

BASE=http://localhost:$PORT
KEY=$(curl -sf -X POST $BASE/admin/accounts -H 'X-Admin-Token: bench' -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])')
PROFILE=$(curl -sf -X POST $BASE/api/auto-apply/profiles -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"contact":{"first_name":"Ada","last_name":"Lovelace","email":"ada@example.com"},"memories":["Bench"]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
JOB=$(curl -sf -X POST $BASE/api/v1/jobs -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"title":"Bench job"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
CANDIDATE=$(curl -sf -X POST $BASE/api/v1/candidates -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d "{\"job_id\":$JOB,\"name\":\"Bench\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
# More candidates in the same job, for PATCHes spread over many rows (ids are consecutive).
for i in $(seq 1 $SPREAD); do
  LAST=$(curl -sf -X POST $BASE/api/v1/candidates -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d "{\"job_id\":$JOB,\"name\":\"Bench $i\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
done
[ "$LAST" -eq $((CANDIDATE + SPREAD)) ] || { echo "candidate ids are not consecutive" >&2; exit 1; }
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
ACCOUNT=$(psql -Atc "SELECT account_id FROM api_key WHERE key_hash = '$HASH'")

# The SQL the service runs per request (see ApiKeyFilter, ProfileRepository, CandidateService).
cat > $WORK/get-profile.sql <<SQL
SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = '$HASH' AND revoked_at IS NULL;
SELECT * FROM profile WHERE id = '$PROFILE' AND account_id = '$ACCOUNT';
SQL
patch_sql() { # file first-id last-id
  cat > "$1" <<SQL
\\set rating random(1, 5)
\\set id random($2, $3)
SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = '$HASH' AND revoked_at IS NULL;
BEGIN;
SELECT * FROM candidate WHERE id = :id AND account_id = '$ACCOUNT' FOR UPDATE;
UPDATE candidate SET rating = :rating, updated_at = now(), version = version + 1 WHERE id = :id;
COMMIT;
SELECT * FROM job WHERE account_id = '$ACCOUNT' AND id IN ($JOB);
SQL
}
patch_sql $WORK/patch-candidate.sql $CANDIDATE $CANDIDATE
patch_sql $WORK/patch-spread.sql $CANDIDATE $LAST

STACK=http://localhost:$STACK_PORT
for _ in $(seq 1 120); do curl -sf -o /dev/null -H "X-Api-Key: $KEY" $STACK/api/auto-apply/profiles/$PROFILE && break; sleep 0.25; done

GET_ENV="PROFILE_PATH=/api/auto-apply/profiles/$PROFILE"
ONE_ENV="CANDIDATE_FIRST=$CANDIDATE CANDIDATE_LAST=$CANDIDATE"
SPREAD_ENV="CANDIDATE_FIRST=$CANDIDATE CANDIDATE_LAST=$LAST"

wrk_run() { # script "VAR=value ..." concurrency base-url -> "rps p50 p99"
  local out rps p50 p99
  # shellcheck disable=SC2086 # $2 is a list of assignments
  out=$(env API_KEY=$KEY $2 wrk -t2 -c$3 -d${DURATION}s --latency -s "$1" "$4")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$rps $p50 $p99"
}
pgbench_run() { # file concurrency -> "tps avg_ms"
  local out tps lat
  out=$(pgbench -n -M prepared -c $2 -j 2 -T $DURATION -f "$1" 2>&1)
  tps=$(echo "$out" | awk '/^tps = / {print $3}')
  lat=$(echo "$out" | awk '/^latency average = / {print $4}')
  echo "$tps $lat"
}
row() { # label lua "VAR=value ..." sql concurrency
  local rps p50 p99 tps lat crps cp50 cp99
  read -r rps p50 p99 <<<"$(wrk_run "$2" "$3" "$5" $BASE)"
  read -r tps lat <<<"$(pgbench_run "$4" "$5")"
  read -r crps cp50 cp99 <<<"$(wrk_run "$2" "$3" "$5" $STACK)"
  printf '%-22s %5s %10s %9s %9s %12s %10s %7s %11s %8s\n' "$1" "$5" "$rps" "$p50" "$p99" "$tps" "$lat" \
    "$(printf '%.2f' "$(echo "$rps / $tps" | bc -l)")" "$crps" "$(printf '%.2f' "$(echo "$crps / $tps" | bc -l)")"
}

# Warm up both JVMs.
for url in $BASE $STACK; do
  wrk_run bench/lua/get-profile.lua "$GET_ENV" 8 $url > /dev/null
  wrk_run bench/lua/patch-candidate.lua "$SPREAD_ENV" 8 $url > /dev/null
done

printf '%-22s %5s %10s %9s %9s %12s %10s %7s %11s %8s\n' request conc "svc req/s" "svc p50" "svc p99" \
  "pgbench tps" "pg avg ms" "svc/pg" "stack req/s" "stack/pg"
for c in $CONCURRENCIES; do
  row "GET profile" bench/lua/get-profile.lua "$GET_ENV" $WORK/get-profile.sql $c
  row "PATCH candidate" bench/lua/patch-candidate.lua "$ONE_ENV" $WORK/patch-candidate.sql $c
  row "PATCH $((SPREAD + 1)) candidates" bench/lua/patch-candidate.lua "$SPREAD_ENV" $WORK/patch-spread.sql $c
done
echo "service RSS after the runs: $(( $(ps -o rss= -p $SVC_PID) / 1024 )) MiB"
