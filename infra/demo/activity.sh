#!/usr/bin/env bash
# Demo activity through the platform's public doors, once (./platform up runs it after the demo
# rows): visitors click Anna's links and the shop reports orders by signed webhook, so the dashboard
# has figures that went through the real pipeline (redirect, attribution, outbox, commission).
#   infra/demo/activity.sh TRACKING_URL
set -euo pipefail
TRACKING="$1"
BRAND=0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01
SECRET=whsec_ZGVtby13ZWJob29rLXNlY3JldC1ub3J0aHdpbmQ=

click() { # prints the click id the shop's landing page would receive
  curl -s -o /dev/null -w '%{redirect_url}' -A 'Mozilla/5.0 (demo)' "$TRACKING/r/$1" | sed 's/.*cp_click=//'
}

webhook() { # signs and posts one order event
  local ts signature
  ts=$(date +%s)
  signature=$(printf '%s.%s' "$ts" "$1" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/.* //')
  curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -H "X-Brand-Id: $BRAND" \
    -H "X-Webhook-Timestamp: $ts" -H "X-Webhook-Signature: sha256=$signature" --data-raw "$1" "$TRACKING/webhooks/orders"
}

reel=$(click DemoReel0001)
click DemoReel0001 >/dev/null
click DemoReel0001 >/dev/null
click DemoWinter01 >/dev/null
sleep 1 # clicks are stored in batches just after the redirect answers
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
webhook "{\"type\":\"order.created\",\"orderId\":\"DEMO-1001\",\"amountMinor\":12000,\"currency\":\"EUR\",\"orderedAt\":\"$now\",\"clickId\":\"$reel\",\"completed\":true}"
webhook "{\"type\":\"order.created\",\"orderId\":\"DEMO-1002\",\"amountMinor\":8000,\"currency\":\"EUR\",\"orderedAt\":\"$now\",\"discountCode\":\"ANNA15\",\"completed\":true}"
webhook "{\"type\":\"order.refunded\",\"orderId\":\"DEMO-1002\",\"refundId\":\"DEMO-1002-R1\",\"amountMinor\":2000,\"currency\":\"EUR\"}"
