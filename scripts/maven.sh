#!/usr/bin/env bash
# Maven 3.9 (Quarkus refuses the 3.8 that Debian ships), cached in .tools/. Sourced by lib.sh.

# The machine's own mvn (never ours from .tools), or nothing.
system_mvn() {
  local m
  while IFS= read -r m; do
    case "$m" in "$PLATFORM_TOOLS"/*) continue ;; esac
    printf '%s\n' "$m"; return 0
  done < <(type -ap mvn)
  return 1
}

# ensure_maven: make .tools/apache-maven-$MAVEN_VERSION exist and put it first on PATH.
ensure_maven() {
  local home="$PLATFORM_TOOLS/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$home/bin/mvn" ]; then
    local sys tmp t0
    t0=$(now_ms)
    if ! sys="$(system_mvn)"; then
      apt_install maven || die "Maven $MAVEN_VERSION is not in $home and there is no 'mvn' on PATH to fetch it with; install Maven (e.g. 'sudo apt-get install maven') and retry"
      sys="$(system_mvn)" || die "apt-get installed maven but no mvn is on PATH"
    fi
    log "fetching Maven $MAVEN_VERSION from Maven Central with $sys"
    mkdir -p "$PLATFORM_TOOLS"
    tmp="$(mktemp -d "$PLATFORM_TOOLS/.maven-fetch.XXXXXX")"
    # Run outside the repo so the project's POMs are not involved.
    if ! (cd "$tmp" && "$sys" -q -B dependency:copy \
          "-Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" \
          "-DoutputDirectory=$tmp" >"$tmp/fetch.log" 2>&1 \
        && tar xzf "$tmp/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$tmp"); then
      cat "$tmp/fetch.log" >&2 || true
      rm -rf "$tmp"
      die "could not fetch Maven $MAVEN_VERSION"
    fi
    rm -rf "$home"
    mv "$tmp/apache-maven-$MAVEN_VERSION" "$home"
    rm -rf "$tmp"
    log "Maven $MAVEN_VERSION ready in $home ($(since "$t0"))"
  fi
  export MAVEN_HOME="$home"
  export PATH="$home/bin:$PATH"
}
