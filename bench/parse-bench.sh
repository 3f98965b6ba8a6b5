#!/usr/bin/env bash
# Parse benchmark (run on demand, never in CI): median parse time per résumé and, for PDFs, the
# ratio to plain PDFBox text extraction of the same files, both measured in this one run.
#   bench/parse-bench.sh [DIR]    (default: ../shared/resumes/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
mkdir -p target/bench-classes
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -d target/bench-classes -cp "$CP" bench/src/ParseBench.java
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/bench-classes:$CP" ParseBench "$@" 2>/dev/null
