#!/usr/bin/env bash
# CI-only checks run after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== the bundled example (first README command)"
node bin/gherkin-bridge.js coverage --cwd examples/kickoff
echo "== gherkin-bridge reports on itself, every format"
node .ci/check-reports.mjs
