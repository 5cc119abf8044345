#!/usr/bin/env bash
# A local PostgreSQL per instance name (dev, test) under .platform/NAME/pg. Sourced by lib.sh.
#
# PostgreSQL refuses to run as root: as root the server runs as the 'postgres' user (or
# 'nobody' when there is none) on a data directory that user owns; as a normal user it
# runs as that user.

PG_BIN="${PG_BIN:-}"

# ensure_postgres_binaries: set PG_BIN to the newest /usr/lib/postgresql/*/bin with initdb+pg_ctl.
ensure_postgres_binaries() {
  if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/pg_ctl" ]; then return 0; fi
  local d found=""
  find_pg_bin() {
    found=""
    while IFS= read -r d; do
      if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/psql" ]; then found="$d"; fi
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
  }
  find_pg_bin
  if [ -z "$found" ]; then
    apt_install postgresql \
      || die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin; install them (e.g. 'sudo apt-get install postgresql') and retry"
    find_pg_bin
    [ -n "$found" ] || die "apt-get installed postgresql but no initdb/pg_ctl under /usr/lib/postgresql/*/bin"
  fi
  PG_BIN="$found"
}

# The OS user that runs the server.
pg_os_user() {
  if is_root; then
    if id -u postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
  else
    id -un
  fi
}

# pg_run CMD...: run a server binary as pg_os_user.
pg_run() {
  if is_root; then runuser -u "$(pg_os_user)" -- "$@"; else "$@"; fi
}

pg_dir() { echo "$PLATFORM_STATE/$1/pg"; }

pg_is_running() {
  local data; data="$(pg_dir "$1")/data"
  [ -f "$data/postmaster.pid" ] || return 1
  ensure_postgres_binaries
  (cd "$(pg_dir "$1")" && pg_run "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1)
}

# pg_start NAME PORT: initdb if needed, start on 127.0.0.1:PORT, create the databases.
# PG_SERVER_OPTS adds server settings ("-c name=value ...").
pg_start() {
  local name="$1" port="$2" t0
  t0=$(now_ms)
  ensure_postgres_binaries
  ensure_state_dir "$name"
  local dir data logf user
  dir="$(pg_dir "$name")"; data="$dir/data"; logf="$dir/server.log"; user="$(pg_os_user)"
  mkdir -p "$dir"
  if is_root; then
    chown "$user:" "$dir"
    [ ! -e "$data" ] || chown -R "$user:" "$data"
    [ ! -e "$logf" ] || chown "$user:" "$logf"
    runuser -u "$user" -- test -w "$dir" \
      || die "user '$user' cannot write to $dir: every parent directory must be traversable (chmod o+x)"
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    rm -rf "$data"
    (cd "$dir" && pg_run "$PG_BIN/initdb" -D "$data" -U "$PLATFORM_DB_USER" --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1) \
      || { cat "$dir/initdb.log" >&2; die "initdb failed for PostgreSQL '$name'"; }
  else
    local have want
    have="$(cat "$data/PG_VERSION")"; want="$("$PG_BIN/pg_ctl" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
    [ "$have" = "$want" ] || die "$data was made by PostgreSQL $have but the binaries are $want: stop it and delete $dir"
  fi

  if pg_is_running "$name"; then
    local running_port
    running_port="$(sed -n 4p "$data/postmaster.pid")"
    [ "$running_port" = "$port" ] || die "PostgreSQL '$name' already runs on port $running_port, not $port"
    log "PostgreSQL '$name' already running on 127.0.0.1:$port"
  else
    local opts="-p $port -c listen_addresses=127.0.0.1"
    # Unix socket paths are limited to ~107 bytes; fall back to TCP only when too long.
    if [ ${#dir} -lt 90 ]; then opts="$opts -k '$dir'"; else opts="$opts -k ''"; fi
    if [ "$name" = test ]; then
      # Throwaway test server: no durability, more connections (every Quarkus app opens pools).
      opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    fi
    # Extra server settings for this start (the benchmarks give theirs production-like memory).
    opts="$opts ${PG_SERVER_OPTS:-}"
    if ! (cd "$dir" && pg_run "$PG_BIN/pg_ctl" -D "$data" -l "$logf" -w -t 60 -o "$opts" start >/dev/null); then
      tail -n 40 "$logf" >&2 || true
      die "PostgreSQL '$name' did not start on 127.0.0.1:$port (log: $logf)"
    fi
  fi

  wait_until 30 "PostgreSQL '$name' on 127.0.0.1:$port" \
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$PLATFORM_DB_USER" -d postgres \
    || { tail -n 40 "$logf" >&2 || true; die "PostgreSQL '$name' is not accepting connections"; }

  local db
  for db in "${PLATFORM_DATABASES[@]}"; do
    if [ -z "$(pg_psql "$port" postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      pg_psql "$port" postgres -q -c "CREATE DATABASE \"$db\"" >/dev/null
    fi
  done
  log "PostgreSQL '$name' ready on 127.0.0.1:$port, user $PLATFORM_DB_USER, databases ${PLATFORM_DATABASES[*]} ($(since "$t0"))"
}

# pg_psql PORT DB ARGS...: psql as the platform superuser over TCP.
pg_psql() {
  local port="$1" db="$2"; shift 2
  ensure_postgres_binaries
  PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$PLATFORM_DB_USER" -d "$db" "$@"
}

# pg_stop NAME: fast shutdown, waits for it.
pg_stop() {
  local name="$1" dir
  dir="$(pg_dir "$name")"
  if pg_is_running "$name"; then
    (cd "$dir" && pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null) \
      || die "could not stop PostgreSQL '$name'"
    log "PostgreSQL '$name' stopped"
  fi
}

# pg_wipe NAME: stop and delete the instance's data.
pg_wipe() {
  pg_stop "$1"
  rm -rf "$(pg_dir "$1")"
}
