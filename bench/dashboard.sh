#!/usr/bin/env bash
# The dashboard's one GraphQL request (campaign, goals, 100 creators × 20 posts, each with figures)
# through the gateway and the three services, against the same reads run as SQL straight on the
# services' databases and serialised to JSON, measured alternately in one run (medians, ratio).
# Starts its own test PostgreSQL and Keycloak like ./platform test.
#
#   bench/dashboard.sh [CREATORS] [POSTS_PER_CREATOR] [ROUNDS]     (defaults 100 20 20)
#   BENCH_JFR=/tmp/gateway.jfr bench/dashboard.sh ...   also records the gateway's JVM with Flight Recorder
#   SERVICE_JFR_DIR=/tmp/jfr bench/dashboard.sh ...     and each service's, as /tmp/jfr/<module>.jfr
#   (BENCH_JFR_SETTINGS and SERVICE_JFR_SETTINGS choose a .jfc other than "profile")
#   BENCH_THREADS=1 bench/dashboard.sh ...              shows each JVM's CPU per round by thread, too
#   BENCH_TRACING=1 bench/dashboard.sh ...              tracing on, every request traced: the gateway and the
#                                                       services export their spans over OTLP to the test JVM
#   BENCH_TRACING=0.1 bench/dashboard.sh ...            the share of requests traced as k8s/overlays/prod samples
#                                                       them (the sampler's ratio; ADR 0072)
# One user sends thousands of rounds back to back: the per-user rate limit is raised (still counted).
set -euo pipefail
cd "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
./platform test -pl proto,campaign-service,tracking-service,payout-service,gateway -DskipITs \
  ${BENCH_JFR:+-Dtest.jvm.extra=-XX:StartFlightRecording=filename=$BENCH_JFR,settings=${BENCH_JFR_SETTINGS:-profile}} -Dtest=DashboardBenchmark -Dtest.excluded-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  ${BENCH_THREADS:+-Dbench.threads=true} ${BENCH_TRACING:+-Dplatform.tracing=true -Dplatform.tracing.ratio=$BENCH_TRACING} -Dplatform.graphql.requests-per-second=1000000 -Dbench.creators="${1:-100}" -Dbench.posts="${2:-20}" -Dbench.rounds="${3:-20}" 2>&1 \
  | grep -E 'spans exported|warmed|full-size|DASHBOARD|median round|CPU ms|built|ERROR|FAIL|Tests run:' || true
