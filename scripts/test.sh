#!/usr/bin/env bash
# `pnpm test`, the README's test command: lint, typecheck, unit and integration
# tests, build, browser tests; then the summary computed from the reporters'
# JSON (scripts/test-summary.mjs), printed whether or not something failed.
# Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# Only this run's reports may count: one left from an earlier run would hide a crash.
rm -rf test-results/reports
status=0
{ pnpm lint && turbo run typecheck test build --concurrency=2 --continue && pnpm test:e2e; } || status=$?
node scripts/test-summary.mjs --exit-status "$status"
summary=$?
# The tests' own status; the summary's if it found a failure that status missed.
if [ "$status" -ne 0 ]; then exit "$status"; fi
exit "$summary"
