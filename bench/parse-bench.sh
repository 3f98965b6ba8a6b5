#!/usr/bin/env bash
# Parse benchmark (run on demand, never in CI): median parse time per résumé and, for PDFs, the
# ratio to plain PDFBox text extraction of the same files, both measured in this one run.
#   bench/parse-bench.sh [DIR]    (default: the team's dev set, ../shared/resumes/dev, when it is
#                                  beside the clone; otherwise the repository's own fixtures,
#                                  written to target/fixtures)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p target/bench-classes
CP="target/classes:$(cat target/bench-classpath.txt)"
DIR=${1:-../shared/resumes/dev}
if [ $# -eq 0 ] && [ ! -d "$DIR" ]; then
  DIR=target/fixtures
  java -cp "target/test-classes:$CP" dev.vitae.support.WriteFixtures "$DIR" > /dev/null
fi
javac -d target/bench-classes -cp "$CP" bench/src/ParseBench.java
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/bench-classes:$CP" ParseBench "$DIR" 2>/dev/null
