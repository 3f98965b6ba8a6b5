#!/usr/bin/env bash
# Lints the OpenAPI document a running service serves, on demand (never part of ./mvnw verify):
# Spectral with the spectral:oas ruleset and Redocly with its recommended rules, both from the npm
# registry (Node.js and npx needed). Start the service first, e.g. with the README's first command.
#   bench/lint-openapi.sh [BASE_URL]     (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
out=target/openapi-lint
rm -rf "$out" && mkdir -p "$out"
curl -fsS "$BASE/q/openapi?format=json" -o "$out/openapi.json" \
  || { echo "no OpenAPI document at $BASE/q/openapi: start the service first (./mvnw quarkus:dev)" >&2; exit 2; }
echo 'extends: ["spectral:oas"]' > "$out/.spectral.yaml"
status=0
echo "== Spectral (spectral:oas)"
(cd "$out" && npx --yes @stoplight/spectral-cli@6 lint --fail-severity error openapi.json) || status=1
echo "== Redocly (recommended)"
(cd "$out" && npx --yes @redocly/cli@2 lint --extends recommended openapi.json) || status=1
exit $status
