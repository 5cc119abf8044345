#!/usr/bin/env bash
# Orders from report to commission: signed webhooks and gRPC calls of a shop's service account into
# tracking-service, through the outbox relay into payout-service's ledger, timed until the last
# commission is in the ledger, against inserting the same order rows by SQL with as many
# connections. Then the same with faults: every report sent 3 times and shuffled while
# tracking-service and payout-service are killed (SIGKILL) and restarted; the ledger is compared
# with a SQL recomputation from tracking's order rows. Prints conversions/s, duplicates, missing.
#
#   bench/conversions.sh [ORDERS] [FAULT_ORDERS] [CONNECTIONS]     (defaults 20000 5000 32)
#
# CONNECTIONS is the number of reports in flight at once. The CPU each process spent in the
# measured run is printed per order ("CONVERSIONS cpu"): the load generator, each service,
# PostgreSQL, the machine. Before it, the services are warmed in rounds of BENCH_WARMUP orders
# (10000) until their JIT compilers use at most 10 % of their CPU (at most BENCH_WARMUP_ROUNDS, 40:
# on two shared cores the services go on compiling for minutes; rounds in bench/RESULTS.md).
# BENCH_JFR=true adds each service's 20 hottest methods (a diagnostic: JFR itself makes the JIT
# recompile, so its run's figure is not the platform's).
#
# Uses its own PostgreSQL instance ('conversions', port 55435) and the test Keycloak (port 18081),
# starting it only if it is not running. Holds /tmp/mvn-tests.lock while it runs.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/scripts/lib.sh"
cd "$PLATFORM_ROOT"

ORDERS="${1:-20000}"
FAULT_ORDERS="${2:-5000}"
CONNECTIONS="${3:-32}"
PG_PORT_BENCH=55435

exec 9>/tmp/mvn-tests.lock
flock 9
ensure_maven
STARTED_KEYCLOAK=""
cleanup() {
  pg_stop conversions || true
  [ -z "$STARTED_KEYCLOAK" ] || keycloak_stop test || true
}
trap cleanup EXIT
if ! curl -fsS "$(kc_ready_url "$TEST_KC_PORT")" >/dev/null 2>&1; then
  keycloak_start test "$TEST_KC_PORT" "$TEST_KC_MGMT_PORT"
  STARTED_KEYCLOAK=1
fi
pg_wipe conversions
# PostgreSQL's memory and WAL settings as in production (k8s/overlays/prod/postgres/cluster.yaml).
PG_SERVER_OPTS="-c shared_buffers=512MB -c max_wal_size=4GB ${PG_SERVER_OPTS:-}" pg_start conversions "$PG_PORT_BENCH"
mvn -B -q package -DskipTests -pl proto,campaign-service,tracking-service,payout-service
PG_HOST=127.0.0.1 PG_PORT=$PG_PORT_BENCH PG_USER=$PLATFORM_DB_USER KEYCLOAK_URL=http://127.0.0.1:$TEST_KC_PORT \
  mvn -B test -pl proto,gateway -Dtest=ConversionsBenchmark -Dtest.excluded-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.orders="$ORDERS" -Dbench.fault-orders="$FAULT_ORDERS" -Dbench.connections="$CONNECTIONS" \
  -Dbench.warmup="${BENCH_WARMUP:-10000}" -Dbench.warmup-rounds="${BENCH_WARMUP_ROUNDS:-40}" -Dbench.jfr="${BENCH_JFR:-false}" 2>&1 \
  | grep -E '^(CONVERSIONS|conversions/s|duplicates|missing)|ERROR|FAIL|Tests run:' || true
