#!/usr/bin/env bash
# The platform's four services for ./platform up: build, start with demo data, wait, describe.
# Sourced by lib.sh; do not run it.

# name:management-port pairs (health and metrics), in start order (the gateway last: it calls the others).
PLATFORM_SERVICES=(campaign-service:9181 tracking-service:9182 payout-service:9183 gateway:9080)

build_services() {
  log "building the services (mvn package, tests skipped; ./platform test runs them)"
  mvn -B -q package -DskipTests || die "build failed"
}

# start_services: launch every service jar in the background, appending pids to SERVICE_PIDS.
start_services() {
  local entry name port jar jvm logs="$PLATFORM_STATE/dev/logs"
  mkdir -p "$logs"
  for entry in "${PLATFORM_SERVICES[@]}"; do
    name="${entry%%:*}"
    jar="$PLATFORM_ROOT/$name/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || die "$jar is missing: run without --no-build"
    jvm="-Xmx384m"
    # As in k8s/base/gateway.yaml: the gateway's megabyte answers stay young objects.
    [ "$name" != gateway ] || jvm="$jvm -XX:G1HeapRegionSize=4m"
    # The local web app (a dev server on :5173) may call the gateway from its origin; invitations
    # go to campaign-service's own dev mailbox (GreenMail), which logs them.
    # Logs in plain text (JSON is for production; docs/adr/0072).
    DEV_MAILBOX=true CORS_ORIGINS=${CORS_ORIGINS:-http://localhost:5173,http://127.0.0.1:5173} \
      LOG_JSON=false GRAPHQL_UI=true GRAPHQL_INTROSPECTION=true java $jvm -jar "$jar" >"$logs/$name.log" 2>&1 &
    SERVICE_PIDS+=("$!")
  done
  for entry in "${PLATFORM_SERVICES[@]}"; do
    name="${entry%%:*}"; port="${entry##*:}"
    wait_until 120 "$name on :$port" curl -fsS "http://127.0.0.1:$port/q/health/ready" \
      || die "$name did not become ready; see $logs/$name.log"
    log "$name ready (health and metrics on http://127.0.0.1:$port/q)"
  done
  load_demo_data
}

# Demo rows (infra/demo/<database>.sql, idempotent) go in after the services have migrated.
load_demo_data() {
  local db
  for db in "${PLATFORM_DATABASES[@]}"; do
    pg_psql "$DEV_PG_PORT" "$db" -q -f "$PLATFORM_ROOT/infra/demo/$db.sql" >/dev/null
  done
  # Clicks and orders go through the real doors, once: a kept dev database already has them.
  if [ "$(pg_psql "$DEV_PG_PORT" tracking -tAc "select count(*) from customer_order where order_id like 'DEMO-%'")" = 0 ]; then
    "$PLATFORM_ROOT/infra/demo/activity.sh" http://127.0.0.1:8082 || log "demo activity failed (see the tracking-service log)"
  fi
  log "demo data loaded (infra/demo/)"
}

describe_platform() {
  cat >&2 <<EOF2

  GraphQL API:  http://127.0.0.1:8080/graphql      (bearer token required)
  GraphQL UI:   http://127.0.0.1:8080/q/graphql-ui (add the header Authorization: Bearer <token>)
  Keycloak:     $KEYCLOAK_URL  (admin/admin)
  Logs:         $PLATFORM_STATE/dev/logs/
  Mail:         grep -A8 'dev mailbox' $PLATFORM_STATE/dev/logs/campaign-service.log
                (invitations with their join links; redeem with the redeemInvitation mutation)

  A token for the demo brand admin (others: brand.viewer@demo.test, creator@demo.test,
  other.admin@demo.test; password 'demo'):

    TOKEN=\$(curl -s -d grant_type=password -d client_id=platform-web \\
      -d username=brand.admin@demo.test -d password=demo \\
      $KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
    curl -s -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
      -d '{"query":"{ myBrand { name } campaigns(first: 5) { nodes { name status } } }"}' \\
      http://127.0.0.1:8080/graphql

EOF2
}
