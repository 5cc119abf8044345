#!/usr/bin/env bash
# Time of a payout run over a large ledger, against one SQL query computing the same sums, in one
# run on its own PostgreSQL instance ('bench', port 55434):
#
#   bench/payout-run.sh [ENTRIES] [CREATORS]      (defaults 1000000 10000)
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/scripts/lib.sh"
cd "$PLATFORM_ROOT"

ENTRIES="${1:-1000000}"
CREATORS="${2:-10000}"
ensure_maven
trap 'pg_stop bench || true' EXIT
pg_wipe bench
pg_start bench 55434
PG_HOST=127.0.0.1 PG_PORT=55434 PG_USER=$PLATFORM_DB_USER \
  mvn -B -q test -pl proto,payout-service -Dtest=PayoutRunBenchmark -Dtest.excluded-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.entries="$ENTRIES" -Dbench.creators="$CREATORS" 2>&1 | grep -vE '^(WARNING|\[INFO\])|INFO  \[' || true
