#!/usr/bin/env bash
# What a service spends verifying a caller's access token per gRPC call, keys cached: a token seen for
# the first time and one already verified, against the bare RS256 check of the JDK in the same run.
# Needs no server: the benchmark signs 5,000 tokens with a key of its own and serves its JWKS itself.
#
#   bench/token-verification.sh
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/scripts/lib.sh"
cd "$PLATFORM_ROOT"
ensure_maven
mvn -B -q -pl proto test -Dtest=TokenVerificationBenchmark -Dtest.excluded-groups=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E 'TOKEN VERIFICATION|ERROR|FAIL' || true
