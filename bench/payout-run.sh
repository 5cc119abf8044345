#!/usr/bin/env bash
# Time of a payout run over a large ledger, from StartPayoutRun until the run is computed (watched
# through WatchPayoutRun), against one SQL query computing the same sums, in one run on its own
# PostgreSQL instance ('bench', port 55434, with production-like memory):
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
PG_SERVER_OPTS="-c shared_buffers=1GB -c max_wal_size=4GB -c min_wal_size=1GB" pg_start bench 55434
# Its own gRPC port (not the fixed test port 9001 of every service's tests), so it can run beside them.
PG_HOST=127.0.0.1 PG_PORT=55434 PG_USER=$PLATFORM_DB_USER \
  mvn -B -q test -pl proto,payout-service -Dtest=PayoutRunBenchmark \
  -Dquarkus.grpc.server.test-port=19434 -Dquarkus.grpc.clients.payout.test-port=19434 -Dtest.excluded-groups=none -Dpayout.run.entries-per-chunk=50000 -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.entries="$ENTRIES" -Dbench.creators="$CREATORS" 2>&1 | grep -vE '^(WARNING|\[INFO\])|INFO  \[' || true
