#!/usr/bin/env bash
# The browser the web app's tests drive (gateway/.../web/*BrowserTest): the Debian chromium package
# at its path, as no browser can be downloaded here (docs/adr/0060-browser-tests.md).
# Sourced by lib.sh.

CHROMIUM=/usr/bin/chromium

ensure_chromium() {
  if [ ! -x "$CHROMIUM" ]; then
    apt_install chromium || die "$CHROMIUM is missing and cannot be installed without root: run 'sudo apt-get install -y chromium'"
  fi
}
