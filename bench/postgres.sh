# Sourced by the bench scripts: a private PostgreSQL server of their own on 127.0.0.1, in a
# temporary folder that is removed (server stopped) when the script exits.
#
#   start_private_postgres PORT    sets $work (the temporary folder), $bindir, and psql_q/fresh/url_of
#
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql-15).
start_private_postgres() {
  port=$1
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$bindir" ] && [ -x "$bindir/initdb" ] || { echo "bench: no PostgreSQL server binaries (apt-get install postgresql-15)" >&2; exit 2; }
  work=$(mktemp -d /tmp/aicare-bench.XXXXXX)
  chmod 755 "$work"
  trap cleanup_private_postgres EXIT
  mkdir -p "$work/data"
  [ "$(id -u)" = 0 ] && chown postgres "$work/data"
  as_pg "$bindir/initdb" -D "$work/data" -U postgres -A trust >/dev/null
  as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/data/server.log" -w \
    -o "-p $port -k $work/data -c listen_addresses=127.0.0.1" start >/dev/null
  export port PGOPTIONS="-c client_min_messages=warning"
  export -f psql_q fresh
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup_private_postgres() { as_pg "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
url_of() { echo "jdbc:postgresql://127.0.0.1:$port/$1"; }
psql_q() { psql -q -X -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"; }
fresh() { psql_q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
