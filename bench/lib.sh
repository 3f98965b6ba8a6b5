# Shared by bench/chaos.sh and bench/throughput.sh (sourced, not run): a throw-away embedded
# PostgreSQL, the packaged service against it, and waits on both. Needs $WORK/classes holding
# BenchDatabase and $CP the test class path.

# Starts the database; sets PG_PID and exports PGHOST, PGPORT, PGUSER, PGDATABASE for psql.
bench_database() {
  rm -f "$WORK/pg.port"
  java -cp "$WORK/classes:$CP" BenchDatabase "$WORK/pg.port" > "$WORK/pg.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 60); do [ -s "$WORK/pg.port" ] && break; sleep 0.5; done
  export PGHOST=127.0.0.1 PGPORT=$(cat "$WORK/pg.port") PGUSER=postgres PGDATABASE=postgres
}

# start_vitae PORT ADMIN_TOKEN: starts the packaged service (log appended to $WORK/service.log); sets SVC_PID.
start_vitae() {
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$PGPORT/postgres \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  QUARKUS_HTTP_PORT=$1 VITAE_ADMIN_TOKEN=$2 QUARKUS_LOG_LEVEL=WARN \
    java -jar target/quarkus-app/quarkus-run.jar >> "$WORK/service.log" 2>&1 &
  SVC_PID=$!
}

# await_ready BASE_URL: until readiness answers 200 (at most a minute).
await_ready() {
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$1/q/health/ready" && return; sleep 0.1; done
  echo "the service did not become ready" >&2; exit 1
}

# new_api_key BASE_URL ADMIN_TOKEN: an account's first key.
new_api_key() {
  curl -sf -X POST "$1/admin/accounts" -H "X-Admin-Token: $2" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' | sed -E 's/.*"api_key":"([^"]+)".*/\1/'
}

# await_drained SECONDS: until no import job is queued or running.
await_drained() {
  for _ in $(seq 1 $(( $1 * 10 ))); do
    [ "$(psql -Atc "SELECT count(*) FROM import_job WHERE state IN ('queued', 'running')")" = 0 ] && return
    sleep 0.1
  done
  echo "imports did not finish within $1 s" >&2; exit 1
}
