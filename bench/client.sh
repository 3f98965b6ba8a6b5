#!/usr/bin/env bash
# Generated-client check, run on demand (never part of ./mvnw verify): generates a TypeScript client
# (openapi-generator 7.25.0, typescript-fetch) from a running service's /q/openapi, compiles it with
# bench/client/smoke.ts under `tsc --strict`, and runs the smoke flow against the service: a profile
# with every section, a PATCH with nulls, a résumé import read back, a job, a candidate patched with
# nulls, lists of candidates and activities — every value the wire sends must reach the typed model.
#   bench/client.sh [BASE_URL]    (default http://localhost:8080; start the service first, e.g. ./mvnw quarkus:dev)
#   API_KEY=...                   (default: the dev account's key that quarkus:dev creates)
# Needs a JDK, Node.js ≥ 20 and npm; the generator comes from Maven Central, TypeScript from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_URL=${1:-http://localhost:8080}
OUT=target/client-check
GENERATOR=org.openapitools:openapi-generator-cli:7.25.0
mkdir -p "$OUT"
./mvnw -B -q dependency:copy -Dartifact=$GENERATOR -DoutputDirectory="$OUT" -Dmdep.stripVersion=true
curl -sf "$BASE_URL/q/openapi?format=json" -o "$OUT/openapi.json"
rm -rf "$OUT/gen" "$OUT/dist"
java -jar "$OUT/openapi-generator-cli.jar" generate -g typescript-fetch -i "$OUT/openapi.json" -o "$OUT/gen" \
  > "$OUT/generate.log" 2>&1 || { cat "$OUT/generate.log"; exit 1; }
if grep -q ERROR "$OUT/generate.log"; then
  grep -A3 ERROR "$OUT/generate.log"
  echo "openapi-generator reported errors (above)" >&2
  exit 1
fi
cp bench/client/smoke.ts bench/client/tsconfig.json bench/client/package.json "$OUT/"
(cd "$OUT" && npm install --silent --no-audit --no-fund > npm.log 2>&1) || { cat "$OUT/npm.log"; exit 1; }
(cd "$OUT" && npx tsc -p .)
BASE_URL="$BASE_URL" node "$OUT/dist/smoke.js" docs/examples/maya-okonkwo.md
