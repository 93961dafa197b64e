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
# Every step runs even after an earlier one failed, so one run reports every
# failure (a lint error does not hide a failing test); each failure sets status.
pnpm lint || status=$?
turbo run typecheck test --concurrency=2 --continue || status=$?
# The browser tests drive this run's build, so they run only when it succeeded
# (the build takes seconds); if not, the summary names e2e as not run.
{ turbo run build && pnpm test:e2e; } || status=$?
node scripts/test-summary.mjs --exit-status "$status"
summary=$?
# The tests' own status; the summary's if it found a failure that status missed.
if [ "$status" -ne 0 ]; then exit "$status"; fi
exit "$summary"
