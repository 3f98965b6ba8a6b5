#!/usr/bin/env bash
# Lints the OpenAPI document the service generates, on demand (never part of ./mvnw verify): Spectral
# with the spectral:oas ruleset and Redocly with its recommended rules, both from the npm registry
# (Node.js and npx needed). The document is read from the packaged application, so no server runs.
#   bench/lint-openapi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
out=target/openapi-lint
rm -rf "$out" && mkdir -p "$out"
unzip -q -o target/quarkus-app/quarkus/generated-bytecode.jar META-INF/quarkus-generated-openapi-doc.JSON -d "$out"
cp "$out/META-INF/quarkus-generated-openapi-doc.JSON" "$out/openapi.json"
echo 'extends: ["spectral:oas"]' > "$out/.spectral.yaml"
status=0
echo "== Spectral (spectral:oas)"
(cd "$out" && npx --yes @stoplight/spectral-cli@6 lint --fail-severity error openapi.json) || status=1
echo "== Redocly (recommended)"
(cd "$out" && npx --yes @redocly/cli@2 lint --extends recommended openapi.json) || status=1
exit $status
