#!/usr/bin/env bash
# The campaign page's first load in Chromium (gateway/.../bench/CampaignPageBenchmark): the dashboard
# benchmark's campaign (100 creators × 20 posts with figures), each round a new browser with an empty
# cache signing in and landing on the campaign; prints the time to the creators' table drawn and the
# bytes fetched from the gateway. Starts its own test PostgreSQL and Keycloak like ./platform test.
#
#   bench/campaign-page.sh [CREATORS] [POSTS_PER_CREATOR] [ROUNDS]     (defaults 100 20 7)
set -euo pipefail
cd "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
./platform test -pl proto,campaign-service,tracking-service,payout-service,gateway -DskipITs \
  -Dtest=CampaignPageBenchmark -Dtest.excluded-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.creators="${1:-100}" -Dbench.posts="${2:-20}" -Dbench.rounds="${3:-7}" 2>&1 \
  | grep -E 'built|PAGE|ERROR|FAIL|Tests run:' || true
