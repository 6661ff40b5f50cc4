#!/usr/bin/env bash
# Installs the system packages the tests drive for real (PostgreSQL 15 server), or says how to.
set -euo pipefail
PG_BIN=/usr/lib/postgresql/15/bin
missing=()
[ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql-15)
id postgres >/dev/null 2>&1 || missing+=(postgresql-15)
[ ${#missing[@]} -eq 0 ] && exit 0
packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system packages for the tests: $packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages
  exit 0
fi
echo "The tests need: $packages. Run:  sudo apt-get install -y $packages   then rerun make test." >&2
exit 1
