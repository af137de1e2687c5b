#!/usr/bin/env bash
# Two app nodes on one PostgreSQL database behind nginx, on loopback only (issue 19, part 3):
#
#   tests/nodes/run-two-nodes.sh
#
#  1. both nodes start at the same moment on an empty database with Database:MigrateOnStartup: the migrations run
#     once (EF's migration lock makes the other node wait) and both answer /healthz;
#  2. the demo is seeded once (a Development start of node A), then both nodes run in Production behind nginx;
#  3. a user signed in through node A is served by node B (the key ring, encrypted with one certificate, is shared);
#  4. writers record hotline calls through the balancer; a third of the way in node A is killed with SIGKILL;
#  5. every accepted write is in the database exactly once, failed requests are counted, and no request started
#     10 s after the kill got a 5xx; the database is then dumped with pg_dump and restored with pg_restore into a
#     new database, and the restored copy holds the same calls.
# Needs: PostgreSQL with the test role of README "Tests on PostgreSQL", nginx (installed from apt when missing and
# root), openssl, python3. Settings (environment): RELIEF_NODES_DIR (/tmp/relief-nodes), RELIEF_NODES_WRITES (600),
# RELIEF_NODES_WRITERS (6). Exit code 0 only when every check holds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${RELIEF_NODES_DIR:-/tmp/relief-nodes}
WRITES=${RELIEF_NODES_WRITES:-600}
WRITERS=${RELIEF_NODES_WRITERS:-6}
PORT_A=5301 PORT_B=5302 PORT_LB=5300
HASH_KEY='relief-nodes-test-only-id-number-hash-key-2026'
DB="relief_nodes_$$"
export PGHOST=localhost PGUSER=relief_test PGPASSWORD=relief_test
FAILED=0
check() { if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; FAILED=1; fi; }

if ! command -v nginx >/dev/null; then
  [[ "$(id -u)" == 0 ]] || { echo "nginx is missing (apt-get install nginx-light)"; exit 2; }
  apt-get install -y -q nginx-light >/dev/null
fi
rm -rf "$WORK" && mkdir -p "$WORK"
echo "== Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), $(psql -d postgres -tAc 'SHOW server_version')"
echo "== Publishing src/Relief.Web (Release)"
dotnet publish "$ROOT/src/Relief.Web" -c Release -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Relief nodes test key ring" \
  -keyout "$WORK/keyring.key" -out "$WORK/keyring.crt" 2>/dev/null
openssl pkcs12 -export -inkey "$WORK/keyring.key" -in "$WORK/keyring.crt" -out "$WORK/keyring.pfx" -passout pass:nodes-test
psql -d postgres -qc "CREATE DATABASE $DB"
CONNECTION="Host=localhost;Database=$DB;Username=relief_test;Password=relief_test"

declare -A PIDS
start_node() { # name port environment [log folder]
  (
    cd "$WORK/app"
    exec env ASPNETCORE_ENVIRONMENT="$3" DOTNET_gcServer=0 dotnet Relief.Web.dll --urls "http://127.0.0.1:$2" \
      --Database:Provider=PostgreSql "--Database:ConnectionString=$CONNECTION" --Database:MigrateOnStartup=true \
      "--Security:IdNumbers:HashKey=$HASH_KEY" \
      "--DataProtection:Certificate:Path=$WORK/keyring.pfx" --DataProtection:Certificate:Password=nodes-test \
      "--Serilog:WriteTo:1:Args:path=$WORK/${4:-logs-$1}/relief-.log"
  ) >>"$WORK/node-$1.log" 2>&1 &
  PIDS[$1]=$!
}
wait_healthy() { # name port
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$2/healthz" 2>/dev/null && return 0
    kill -0 "${PIDS[$1]}" 2>/dev/null || { echo "node $1 stopped:"; tail -20 "$WORK/node-$1.log"; return 1; }
    sleep 1
  done
  return 1
}
stop_node() { kill "${PIDS[$1]}" 2>/dev/null || true; wait "${PIDS[$1]}" 2>/dev/null || true; }
cleanup() {
  for node in "${!PIDS[@]}"; do kill -9 "${PIDS[$node]}" 2>/dev/null || true; done
  [[ -f "$WORK/nginx.pid" ]] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP DATABASE IF EXISTS ${DB}_restored WITH (FORCE)" || true
}
trap cleanup EXIT

echo "== 1. Both nodes start at once on an empty database"
start_node a $PORT_A Production logs-race-a
start_node b $PORT_B Production logs-race-b
wait_healthy a $PORT_A && wait_healthy b $PORT_B || FAILED=1
MIGRATIONS=$(ls "$ROOT/src/Relief.Data.PostgreSql/Migrations" | grep -E '^[0-9]+_.*\.cs$' | grep -vc Designer)
APPLIED=$(psql -d "$DB" -tAc 'SELECT count(*) FROM "__EFMigrationsHistory"')
check "both nodes healthy; $APPLIED migrations applied once each, of $MIGRATIONS" "[[ $APPLIED == $MIGRATIONS ]] && curl -fsS -o /dev/null http://127.0.0.1:$PORT_A/healthz && curl -fsS -o /dev/null http://127.0.0.1:$PORT_B/healthz"
stop_node a; stop_node b

echo "== 2. The demo seeded once (node A in Development), then both nodes in Production behind nginx"
start_node a $PORT_A Development logs-seed
wait_healthy a $PORT_A || exit 1
stop_node a
start_node a $PORT_A Production
start_node b $PORT_B Production
wait_healthy a $PORT_A && wait_healthy b $PORT_B || exit 1
cat >"$WORK/nginx.conf" <<NGINX
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log $WORK/nginx-access.log;
  client_body_temp_path $WORK/nginx-body; proxy_temp_path $WORK/nginx-proxy;
  fastcgi_temp_path $WORK/nginx-fastcgi; uwsgi_temp_path $WORK/nginx-uwsgi; scgi_temp_path $WORK/nginx-scgi;
  upstream relief { server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=30s; server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=30s; }
  server {
    listen 127.0.0.1:$PORT_LB;
    location / {
      proxy_pass http://relief;
      proxy_set_header Host \$host:\$server_port;
      # A refused connection goes to the other node; a POST whose node died mid-request is not repeated (it may have committed).
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
    }
  }
}
NGINX
nginx -c "$WORK/nginx.conf"

echo "== 3-4. Sign-in shared; $WRITES writes from $WRITERS writers through nginx; node A killed with SIGKILL a third of the way"
TAG="nodes$$"
python3 "$ROOT/tests/nodes/write_load.py" "http://127.0.0.1:$PORT_LB" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" \
  "${PIDS[a]}" "$WRITES" "$WRITERS" "$TAG" >"$WORK/report.json"
field() { python3 -c "import json,sys; print(json.load(open('$WORK/report.json'))['$1'])"; }
check "a user signed in through node A is served by node B" "[[ $(field signed_in_on_a_served_by_b) == True ]]"
check "node A is gone" "! kill -0 ${PIDS[a]} 2>/dev/null"
ACCEPTED=$(field accepted)
ROWS=$(psql -d "$DB" -tAc "SELECT count(*) FROM \"HotlineCalls\" WHERE \"Question\" LIKE '$TAG-%'")
DISTINCT=$(psql -d "$DB" -tAc "SELECT count(DISTINCT \"Question\") FROM \"HotlineCalls\" WHERE \"Question\" LIKE '$TAG-%'")
IDS=$(python3 -c "import json; print(','.join(map(str, json.load(open('$WORK/report.json'))['accepted_ids'])) or '0')")
FOUND=$(psql -d "$DB" -tAc "SELECT count(*) FROM \"HotlineCalls\" WHERE \"Id\" IN ($IDS) AND \"Question\" LIKE '$TAG-%'")
echo "  writes $(field writes): accepted $ACCEPTED, failed $(field failed) $(field failed_statuses); rows $ROWS ($DISTINCT distinct); requests started 10 s after the kill: $(field after_kill_requests), of which 5xx $(field after_kill_5xx), failed $(field after_kill_failed)"
check "writes were accepted before and after the kill" "(( ACCEPTED > $WRITES / 2 ))"
check "every accepted write is in the database, exactly once" "[[ $FOUND == $ACCEPTED && $DISTINCT == $ROWS ]]"
check "rows beyond the accepted ones ($((ROWS - ACCEPTED))) are only requests whose answer was lost in the kill" "(( ROWS - ACCEPTED >= 0 && ROWS - ACCEPTED <= $(field failed) ))"
check "no 5xx for requests started 10 s after the kill" "[[ $(field after_kill_5xx) == 0 && $(field after_kill_failed) == 0 ]]"
check "node B served the writes after the kill" "(( $(field after_kill_requests) > 0 ))"

echo "== 5. pg_dump / pg_restore round trip"
pg_dump -Fc -d "$DB" -f "$WORK/relief.dump"
psql -d postgres -qc "CREATE DATABASE ${DB}_restored"
pg_restore -d "${DB}_restored" --no-owner "$WORK/relief.dump"
RESTORED=$(psql -d "${DB}_restored" -tAc "SELECT count(*) FROM \"HotlineCalls\" WHERE \"Question\" LIKE '$TAG-%'")
check "the restored database holds the same $ROWS calls ($(du -h "$WORK/relief.dump" | cut -f1) dump)" "[[ $RESTORED == $ROWS ]]"

# (The start-up race logs one benign error per node: EF reports its first read of a history table that does not exist yet.)
ERRORS=$(cat "$WORK"/logs-b/relief-*.log 2>/dev/null | grep -cE 'responded 5[0-9][0-9]|\[ERR\]|\[FTL\]' || true)
check "node B logged no 5xx and no error ($ERRORS)" "[[ $ERRORS == 0 ]]"
if [[ "$FAILED" == 0 ]]; then echo "== Two-node run passed (logs in $WORK)"; else echo "== Two-node run FAILED (logs in $WORK)"; fi
exit "$FAILED"
