#!/usr/bin/env bash
# Click-redirect throughput against a bare Vert.x route answering the same 302, measured side by
# side in one run on the same server process (tracking-service with tracking.benchmark.baseline=true),
# and a check that every redirect's click reached the database.
#
#   bench/redirect.sh [SECONDS_PER_ROUND] [ROUNDS] [CONNECTIONS]     (defaults 10 3 64)
#
# BENCH_JAVA_OPTS adds JVM options to the service (e.g. a flight recording); BENCH_JAR runs another
# build of tracking-service; BENCH_THREADS=1 also prints the CPU per request of the service's threads and PostgreSQL's processes,
# and the WAL written per click.
#
# Uses its own PostgreSQL instance ('bench', port 55434) with production-like durability.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/scripts/lib.sh"
cd "$PLATFORM_ROOT"

SECONDS_PER_ROUND="${1:-10}"
ROUNDS="${2:-3}"
CONNECTIONS="${3:-64}"
PG_PORT_BENCH=55434
HTTP_PORT=18482
MANAGEMENT_PORT=20482
GRPC_PORT=19482
CODE=BenchLink0001
LINK_ID=0b000000-0000-4000-8000-000000000001
WARM_CODE=BenchWarm0001
JAR=${BENCH_JAR:-tracking-service/target/quarkus-app/quarkus-run.jar}

if ! command -v wrk >/dev/null; then
  is_root || die "wrk is missing: apt-get install wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
ensure_maven
[ -f "$JAR" ] || mvn -B -q package -DskipTests -pl proto,tracking-service

SERVICE_PID=""
cleanup() {
  [ -z "$SERVICE_PID" ] || { kill -TERM "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
  pg_stop bench || true
}
trap cleanup EXIT

pg_wipe bench
# Durable as in production (fsync, synchronous commit), with memory for its working set as a
# production server would have rather than the 128 MB default.
PG_SERVER_OPTS="-c shared_buffers=1GB -c max_wal_size=4GB -c min_wal_size=2GB" pg_start bench "$PG_PORT_BENCH"
# A server that has run for a while: its shared buffers are in memory (a new one faults in a zeroed page
# for each buffer it first uses) and its WAL files are recycled at checkpoints (a new one fills a
# 16 MB file with zeros before each segment). A table as large as the buffers, read into them, does both.
log "warming PostgreSQL's buffers and WAL files"
pg_psql "$PG_PORT_BENCH" tracking -q -c "create extension if not exists pg_prewarm" \
  -c "create table warm_filler as select g, repeat('x', 200) as pad from generate_series(1, 4500000) g" \
  -c "select pg_prewarm('warm_filler')" -c "drop table warm_filler" -c "checkpoint" >/dev/null
PG_HOST=127.0.0.1 PG_PORT=$PG_PORT_BENCH PG_USER=$PLATFORM_DB_USER \
  java -Xmx512m ${BENCH_JAVA_OPTS:-} -Dtracking.benchmark.baseline=true -Dquarkus.http.port=$HTTP_PORT -Dquarkus.grpc.server.port=$GRPC_PORT -Dquarkus.management.port=$MANAGEMENT_PORT \
  -jar "$JAR" >"$PLATFORM_STATE/bench/tracking.log" 2>&1 &
SERVICE_PID=$!
wait_until 90 "tracking-service" curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" || die "see $PLATFORM_STATE/bench/tracking.log"
pg_psql "$PG_PORT_BENCH" tracking -q -c "insert into tracking_link (id, code, brand_id, campaign_id, creator_id, destination_url, redirect_url, created_at)
  select id, code, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'https://shop.northwind.example/winter',
         'https://shop.northwind.example/winter?utm_source=demo', now()
  from (values ('$LINK_ID'::uuid, '$CODE'), (gen_random_uuid(), '$WARM_CODE')) as l(id, code)"

UA='Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1'
# CPU time in clock ticks: of the given processes, and of the whole machine (busy, all cores).
proc_ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}'))); done; echo "$t"; }
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
pg_pids() { local pm; pm=$(head -1 "$(pg_dir bench)/data/postmaster.pid"); echo "$pm" $(pgrep -P "$pm"); }
ticks() { echo "$(proc_ticks "$SERVICE_PID") $(proc_ticks $(pg_pids)) $(busy_ticks)"; }
# CPU ticks of the service's threads by name (numbers dropped, so a pool's threads add up) and of
# PostgreSQL's processes by role ("name ticks" lines). A process that ends within a round (an
# autovacuum worker) is not among them.
thread_ticks() {
  local t p
  for t in /proc/"$SERVICE_PID"/task/*; do
    [ -r "$t/stat" ] && printf '%s %s\n' "$(tr -d '0-9 ' <"$t/comm")" "$(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
  done
  for p in $(pg_pids); do
    [ -r "/proc/$p/stat" ] && printf 'pg:%s %s\n' "$(tr '\0' ' ' <"/proc/$p/cmdline" | awk '{print ($1 == "postgres:" ? ($2 == "'"$PLATFORM_DB_USER"'" ? "backend" : $2) : "postmaster")}')" \
      "$(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')"
  done
} 2>/dev/null
thread_cpu() { thread_ticks | awk '{s[$1] += $2} END {for (n in s) print n, s[n]}'; }

# The writer's backlog (clicks queued, not yet taken by a write); past tracking.clicks.max-backlog the
# redirect waits for the writer, so the rounds measure the pace at which clicks are also stored.
pending_clicks() { curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/metrics" | awk '/^tracking_clicks_pending/ {printf "%d", $2}'; }
backlog_empty() { [ "$(pending_clicks)" = 0 ]; }

# Prints "requests_per_second total_requests cpu" for one wrk round, cpu being the cores the service,
# PostgreSQL and everything else (mostly wrk) kept busy, and the CPU microseconds per request of each.
round() {
  local out before after threads_before
  [ -z "${BENCH_THREADS:-}" ] || threads_before=$(thread_cpu)
  before=$(ticks)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" -H "User-Agent: $UA" "$1")
  after=$(ticks)
  local rps total
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); total=$(awk '/requests in/ {print $1}' <<<"$out")
  [ -z "${BENCH_THREADS:-}" ] || awk -v n="$total" -v hz="$(getconf CLK_TCK)" 'NR == FNR {b[$1] = $2; next}
    {d = ($2 - b[$1]) / hz / n * 1e6; if (d >= 0.05) printf "  %-28s %5.1f us per request\n", $1, d}' \
    <(echo "$threads_before") <(thread_cpu) | sort -k2 -gr | sed "1i\\  service threads and PostgreSQL processes, $1:" >&2
  echo "$rps $total $(awk -v b="$before" -v a="$after" -v s="$SECONDS_PER_ROUND" -v n="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(b, x); split(a, y); jvm = (y[1] - x[1]) / hz; pg = (y[2] - x[2]) / hz; rest = (y[3] - x[3]) / hz - jvm - pg
    printf "service %.2f, PostgreSQL %.2f, rest %.2f cores; per request %.1f + %.1f + %.1f us", jvm / s, pg / s, rest / s, jvm / n * 1e6, pg / n * 1e6, rest / n * 1e6 }')"
}

# The next round starts on an idle database: no click of the last one is still being written, and a
# checkpoint (as a running server makes every few minutes) has recycled the WAL files it wrote.
settle() {
  wait_until 120 "the click backlog to drain" backlog_empty || die "clicks are not being stored"
  pg_psql "$PG_PORT_BENCH" tracking -q -c "checkpoint"
}

# WAL written (records, full-page images, bytes) since the server started.
wal_stats() { pg_psql "$PG_PORT_BENCH" tracking -tAF' ' -c "select wal_records, wal_fpi, wal_bytes from pg_stat_wal"; }
wal_per_click() {
  awk -v b="$1" -v a="$2" -v n="$3" 'BEGIN {split(b, x, " "); split(a, y, " ");
    printf "  WAL per click: %.2f records, %.3f full-page images, %.0f bytes\n", (y[1] - x[1]) / n, (y[2] - x[2]) / n, (y[3] - x[3]) / n}'
}

# Two rounds of each before measuring: after one, the JIT compiler was still at work in the first
# measured round (a microsecond per request more than in the later ones).
log "warm-up"
for _ in 1 2; do
  round "http://127.0.0.1:$HTTP_PORT/bench/baseline/warm" >/dev/null 2>&1
  round "http://127.0.0.1:$HTTP_PORT/r/$WARM_CODE" >/dev/null 2>&1
  settle
done

baseline=(); redirect=(); redirected=0
for i in $(seq "$ROUNDS"); do
  read -r rps _ cpu < <(round "http://127.0.0.1:$HTTP_PORT/bench/baseline/x")
  baseline+=("$rps")
  log "round $i: baseline $rps req/s ($cpu)"
  [ -z "${BENCH_THREADS:-}" ] || wal_before=$(wal_stats)
  read -r rps total cpu < <(round "http://127.0.0.1:$HTTP_PORT/r/$CODE")
  [ -z "${BENCH_THREADS:-}" ] || wal_per_click "$wal_before" "$(wal_stats)" "$total" >&2
  redirect+=("$rps"); redirected=$((redirected + total))
  log "round $i: redirect $rps req/s ($cpu); clicks queued at its end: $(pending_clicks)"
  settle
done

# A graceful stop drains the click queue; then every redirect must have its click stored.
kill -TERM "$SERVICE_PID"; wait "$SERVICE_PID" || true; SERVICE_PID=""
stored=$(pg_psql "$PG_PORT_BENCH" tracking -tAc "select count(*) from click where link_id = '$LINK_ID'")

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
b=$(median "${baseline[@]}"); r=$(median "${redirect[@]}")
ratio=$(awk -v r="$r" -v b="$b" 'BEGIN {printf "%.2f", r / b}')
cat <<REPORT

redirect throughput, $ROUNDS rounds of ${SECONDS_PER_ROUND}s, $CONNECTIONS connections, $(nproc) cores (wrk, PostgreSQL and the service share them)
  bare Vert.x 302 (median):         $b req/s
  /r/{code} with click (median):    $r req/s
  ratio:                            $ratio  (target >= 0.75)
  clicks stored / redirects served: $stored / $redirected
REPORT
# wrk does not count the requests still in flight when a round ends, so a few more clicks than counted is right.
[ "$stored" -ge "$redirected" ] || die "clicks were lost"
