#!/usr/bin/env bash
# Start-up time to the first 200 and resident memory, for vitae (JVM mode, migrations included,
# against a fresh database each run) beside a minimal Quarkus REST app on the same platform version
# (bench/baseline), measured in the same run. Run on demand, never in CI.
#   bench/startup.sh [RUNS]     (default 5; the median is reported)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WORK=target/bench
mkdir -p "$WORK"
./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/baseline/pom.xml package -DskipTests
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

: > $WORK/vitae.times; : > $WORK/vitae.rss; : > $WORK/base.times; : > $WORK/base.rss
for run in $(seq 1 "$RUNS"); do
  rm -f $WORK/pg.port
  java -cp "$WORK/classes:$(cat $WORK/cp.txt)" BenchDatabase $WORK/pg.port > /dev/null 2>&1 &
  PG=$!
  for _ in $(seq 1 60); do [ -s $WORK/pg.port ] && break; sleep 0.5; done
  START=$(now_ms)
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$(cat $WORK/pg.port)/postgres \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=18080 \
    java -jar target/quarkus-app/quarkus-run.jar > /dev/null 2>&1 &
  SVC=$!
  first_200 http://localhost:18080/q/health/live >> $WORK/vitae.times
  sleep 1; echo $(( $(ps -o rss= -p $SVC) / 1024 )) >> $WORK/vitae.rss
  kill $SVC; wait $SVC 2>/dev/null || true
  kill $PG; wait $PG 2>/dev/null || true

  START=$(now_ms)
  java -jar bench/baseline/target/quarkus-app/quarkus-run.jar > /dev/null 2>&1 &
  BASE=$!
  first_200 http://localhost:18081/hello >> $WORK/base.times
  sleep 1; echo $(( $(ps -o rss= -p $BASE) / 1024 )) >> $WORK/base.rss
  kill $BASE; wait $BASE 2>/dev/null || true
done
V=$(median < $WORK/vitae.times); B=$(median < $WORK/base.times)
VR=$(median < $WORK/vitae.rss); BR=$(median < $WORK/base.rss)
printf '%-22s %14s %14s\n' "" "first 200 (ms)" "RSS after (MiB)"
printf '%-22s %14s %14s\n' "vitae (JVM)" "$V" "$VR"
printf '%-22s %14s %14s\n' "baseline REST app" "$B" "$BR"
printf 'start-up ratio vitae / baseline: %.2f   (runs: %s; java %s)\n' "$(echo "$V / $B" | bc -l)" "$RUNS" \
  "$(java -version 2>&1 | head -1 | cut -d'"' -f2)"
