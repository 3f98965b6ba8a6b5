#!/usr/bin/env bash
# Start-up time to the first 200 and resident memory, for vitae (JVM mode, migrations included,
# against a fresh database each run) beside, measured in the same run:
#   bench/baseline  a minimal Quarkus REST app on the same platform version, and
#   bench/stack     the fixed stack without vitae (REST, Hibernate Reactive Panache, validator,
#                   OpenAPI, Flyway migrating one table), the floor for any service built on it.
# Run on demand, never in CI.
#   bench/startup.sh [RUNS]     (default 5; the median is reported)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WORK=target/bench
mkdir -p "$WORK"
./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/baseline/pom.xml package -DskipTests
./mvnw -B -q -f bench/stack/pom.xml package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=$WORK/cp.txt -Dmdep.includeScope=test
javac -d $WORK/classes -cp "$(cat $WORK/cp.txt)" bench/src/BenchDatabase.java

now_ms() { date +%s%3N; }
first_200() { # url pid -> ms since start given in $START
  for _ in $(seq 1 2000); do
    if curl -sf -o /dev/null "$1"; then echo $(( $(now_ms) - START )); return; fi
    sleep 0.01
  done
  echo "timeout"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

with_fresh_database() { # name jar url: start the jar against a new embedded PostgreSQL, time it
  rm -f $WORK/pg.port
  java -cp "$WORK/classes:$(cat $WORK/cp.txt)" BenchDatabase $WORK/pg.port > /dev/null 2>&1 &
  local pg=$!
  for _ in $(seq 1 60); do [ -s $WORK/pg.port ] && break; sleep 0.5; done
  START=$(now_ms)
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$(cat $WORK/pg.port)/postgres \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=18080 \
    java -jar "$2" > /dev/null 2>&1 &
  local svc=$!
  first_200 "$3" >> $WORK/$1.times
  sleep 1; echo $(( $(ps -o rss= -p $svc) / 1024 )) >> $WORK/$1.rss
  kill $svc; wait $svc 2>/dev/null || true
  kill $pg; wait $pg 2>/dev/null || true
}

for f in vitae stack base; do : > $WORK/$f.times; : > $WORK/$f.rss; done
for run in $(seq 1 "$RUNS"); do
  with_fresh_database vitae target/quarkus-app/quarkus-run.jar http://localhost:18080/q/health/live
  with_fresh_database stack bench/stack/target/quarkus-app/quarkus-run.jar http://localhost:18080/ready

  START=$(now_ms)
  java -jar bench/baseline/target/quarkus-app/quarkus-run.jar > /dev/null 2>&1 &
  BASE=$!
  first_200 http://localhost:18081/hello >> $WORK/base.times
  sleep 1; echo $(( $(ps -o rss= -p $BASE) / 1024 )) >> $WORK/base.rss
  kill $BASE; wait $BASE 2>/dev/null || true
done
V=$(median < $WORK/vitae.times); S=$(median < $WORK/stack.times); B=$(median < $WORK/base.times)
VR=$(median < $WORK/vitae.rss); SR=$(median < $WORK/stack.rss); BR=$(median < $WORK/base.rss)
printf '%-26s %14s %14s %18s\n' "" "first 200 (ms)" "RSS after (MiB)" "ratio to baseline"
printf '%-26s %14s %14s %18.2f\n' "vitae (JVM)" "$V" "$VR" "$(echo "$V / $B" | bc -l)"
printf '%-26s %14s %14s %18.2f\n' "stack without vitae" "$S" "$SR" "$(echo "$S / $B" | bc -l)"
printf '%-26s %14s %14s %18.2f\n' "baseline REST app" "$B" "$BR" 1
printf 'vitae / stack: %.2f   (runs: %s; java %s)\n' "$(echo "$V / $S" | bc -l)" "$RUNS" \
  "$(java -version 2>&1 | head -1 | cut -d'"' -f2)"
