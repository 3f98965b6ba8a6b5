#!/usr/bin/env bash
# API benchmark (run on demand, never in CI). Starts its own PostgreSQL and the packaged service,
# seeds an account, a profile, a job and a candidate, then for each concurrency runs
#   wrk   against GET /api/auto-apply/profiles/{id} and PATCH /api/v1/candidates/{id}, and
#   pgbench with the SQL the service issues for each of those requests (same database, same run),
#   wrk   against bench/ceiling, a bare RESTEasy Reactive app issuing that same SQL and nothing else,
# and prints requests/s, p50/p99 latency, the ratio service ÷ pgbench and the ratio ceiling ÷ pgbench
# (what any service on this stack reaches on this machine).
#   bench/api.sh [DURATION_SECONDS] [CONCURRENCIES...]     (default: 10 s; 8 32)
# Needs: wrk and pgbench (Debian packages wrk, postgresql-client), a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
shift || true
CONCURRENCIES=${*:-8 32}
WORK=target/bench
mkdir -p "$WORK"

./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/ceiling/pom.xml package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=$WORK/cp.txt -Dmdep.includeScope=test
javac -d $WORK/classes -cp "$(cat $WORK/cp.txt)" bench/src/BenchDatabase.java

rm -f $WORK/pg.port
java -cp "$WORK/classes:$(cat $WORK/cp.txt)" BenchDatabase $WORK/pg.port > $WORK/pg.log 2>&1 &
PG_PID=$!
SVC_PID=
CEIL_PID=
cleanup() { [ -n "$SVC_PID" ] && kill $SVC_PID 2>/dev/null; [ -n "$CEIL_PID" ] && kill $CEIL_PID 2>/dev/null; kill $PG_PID 2>/dev/null; wait 2>/dev/null || true; }
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
CEIL_PORT=18082
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$PG_PORT/postgres \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$CEIL_PORT \
QUARKUS_LOG_LEVEL=WARN java -jar bench/ceiling/target/quarkus-app/quarkus-run.jar > $WORK/ceiling.log 2>&1 &
CEIL_PID=$!
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
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
ACCOUNT=$(psql -Atc "SELECT account_id FROM api_key WHERE key_hash = '$HASH'")

# The SQL the service runs per request (see ApiKeyFilter, ProfileRepository, CandidateService).
cat > $WORK/get-profile.sql <<SQL
SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = '$HASH' AND revoked_at IS NULL;
SELECT * FROM profile WHERE id = '$PROFILE' AND account_id = '$ACCOUNT';
SQL
cat > $WORK/patch-candidate.sql <<SQL
\set rating random(1, 5)
SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = '$HASH' AND revoked_at IS NULL;
BEGIN;
SELECT * FROM candidate WHERE id = $CANDIDATE AND account_id = '$ACCOUNT' FOR UPDATE;
UPDATE candidate SET rating = :rating, updated_at = now(), version = version + 1 WHERE id = $CANDIDATE;
COMMIT;
SELECT * FROM job WHERE account_id = '$ACCOUNT' AND id IN ($JOB);
SQL

CEIL=http://localhost:$CEIL_PORT
for _ in $(seq 1 120); do curl -sf -o /dev/null -H "X-Api-Key: $KEY" $CEIL/api/auto-apply/profiles/$PROFILE && break; sleep 0.25; done

# Warm up both JVMs.
for url in $BASE $CEIL; do
  API_KEY=$KEY PROFILE_PATH=/api/auto-apply/profiles/$PROFILE wrk -t2 -c8 -d5s -s bench/lua/get-profile.lua $url > /dev/null
  API_KEY=$KEY CANDIDATE_PATH=/api/v1/candidates/$CANDIDATE wrk -t2 -c8 -d5s -s bench/lua/patch-candidate.lua $url > /dev/null
done

wrk_run() { # script path-var path concurrency [base-url] -> "rps p50 p99"
  local out
  out=$(env API_KEY=$KEY "$2=$3" wrk -t2 -c$4 -d${DURATION}s --latency -s "$1" "${5:-$BASE}")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$rps $p50 $p99"
}
pgbench_run() { # file concurrency -> "tps p50_ms"
  local out
  out=$(pgbench -n -M prepared -c $2 -j 2 -T $DURATION -f "$1" 2>&1)
  local tps lat
  tps=$(echo "$out" | awk '/^tps = / {print $3}')
  lat=$(echo "$out" | awk '/^latency average = / {print $4}')
  echo "$tps $lat"
}

row() { # label lua path-var path sql concurrency
  local rps p50 p99 tps lat crps cp50 cp99
  read -r rps p50 p99 <<<"$(wrk_run "$2" "$3" "$4" "$6")"
  read -r tps lat <<<"$(pgbench_run "$5" "$6")"
  read -r crps cp50 cp99 <<<"$(wrk_run "$2" "$3" "$4" "$6" $CEIL)"
  printf '%-16s %5s %10s %9s %9s %12s %10s %8s %10s %9s\n' "$1" "$6" "$rps" "$p50" "$p99" "$tps" "$lat" \
    "$(printf '%.2f' "$(echo "$rps / $tps" | bc -l)")" "$crps" "$(printf '%.2f' "$(echo "$crps / $tps" | bc -l)")"
}
printf '%-16s %5s %10s %9s %9s %12s %10s %8s %10s %9s\n' request conc "svc req/s" "svc p50" "svc p99" \
  "pgbench tps" "pg avg ms" "svc/pg" "ceil req/s" "ceil/pg"
for c in $CONCURRENCIES; do
  row "GET profile" bench/lua/get-profile.lua PROFILE_PATH /api/auto-apply/profiles/$PROFILE $WORK/get-profile.sql $c
  row "PATCH candidate" bench/lua/patch-candidate.lua CANDIDATE_PATH /api/v1/candidates/$CANDIDATE $WORK/patch-candidate.sql $c
done
echo "service RSS after the runs: $(( $(ps -o rss= -p $SVC_PID) / 1024 )) MiB"
