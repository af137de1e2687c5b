#!/usr/bin/env bash
# Load test of a Release build of Relief.Web against the province-sized database, on loopback only.
#
#   tests/Relief.Benchmarks/load/run-load.sh [SCALE_DB]        (default /tmp/relief-province.db)
#
# Make the database first:  dotnet run -c Release --project tests/Relief.Benchmarks -- generate --out /tmp/relief-province.db
# The database is copied (the write load changes the copy, never SCALE_DB). Bounded: every wrk run lasts DURATION,
# the write load COUNT visits; the server is stopped on exit, whatever happens. Exit code 0 only when every page
# answered 200 to the signed-in user, no response was 5xx (wrk and the app log), and the visit count is exact.
# Settings (environment): RELIEF_LOAD_DIR (/tmp/relief-load), RELIEF_LOAD_PORT (5199), RELIEF_LOAD_DURATION (10s),
# RELIEF_LOAD_CONNECTIONS (16), RELIEF_LOAD_WRITES (200), RELIEF_LOAD_WRITERS (8).
# The accounts and hash key are the generator's benchmark-only ones: never use them anywhere else.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
SOURCE_DB=${1:-/tmp/relief-province.db}
WORK=${RELIEF_LOAD_DIR:-/tmp/relief-load}
PORT=${RELIEF_LOAD_PORT:-5199}
DURATION=${RELIEF_LOAD_DURATION:-10s}
CONNECTIONS=${RELIEF_LOAD_CONNECTIONS:-16}
WRITES=${RELIEF_LOAD_WRITES:-200}
WRITERS=${RELIEF_LOAD_WRITERS:-8}
BASE="http://127.0.0.1:${PORT}"
PASSWORD='Bench#2024scale'
HASH_KEY='relief-benchmarks-only-id-number-hash-key-2024'
FAILED=0

[[ -f "$SOURCE_DB" ]] || { echo "No database at $SOURCE_DB: run the generate command first." >&2; exit 2; }
if ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing it from apt"
  apt-get install -y wrk >/dev/null
fi

rm -rf "$WORK" && mkdir -p "$WORK/logs"
echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== Publishing src/Relief.Web (Release) and building the benchmarks"
dotnet publish "$ROOT/src/Relief.Web" -c Release -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
dotnet build "$ROOT/tests/Relief.Benchmarks" -c Release --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
cp "$SOURCE_DB" "$WORK/relief.db"
# Production encrypts its key ring with a certificate (README, "Keys"); a throw-away one for this run.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Relief load test key ring" \
  -keyout "$WORK/keyring.key" -out "$WORK/keyring.crt" 2>/dev/null
openssl pkcs12 -export -inkey "$WORK/keyring.key" -in "$WORK/keyring.crt" -out "$WORK/keyring.pfx" -passout pass:load-test

echo "== Starting the app on $BASE (Production, loopback only)"
(
  cd "$WORK/app"
  exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=0 dotnet Relief.Web.dll \
    --urls "$BASE" \
    --Database:Provider=Sqlite \
    "--Database:ConnectionString=Data Source=$WORK/relief.db" \
    "--Security:IdNumbers:HashKey=$HASH_KEY" \
    "--DataProtection:Certificate:Path=$WORK/keyring.pfx" --DataProtection:Certificate:Password=load-test \
    "--Serilog:WriteTo:1:Args:path=$WORK/logs/relief-.log"
) >"$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { echo "The app stopped:"; tail -30 "$WORK/server.log"; exit 1; }
  sleep 1
done
curl -fsS -o /dev/null "$BASE/healthz" || { echo "The app did not answer /healthz in 180 s"; exit 1; }

# Signs in through the real form (antiforgery token + cookie) and prints the auth cookie as a Cookie header value.
sign_in() {
  local jar="$WORK/$1.jar" token
  # The page has two forms (sign-in and the language switch), each with a token for the same cookie: take the first.
  token=$(curl -fsS -c "$jar" "$BASE/Account/SignIn" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
  [[ -n "$token" ]] || { echo "No antiforgery token on the sign-in page" >&2; return 1; }
  curl -fsS -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/SignIn"
  awk '$6 == "Relief.Auth" { print "Relief.Auth=" $7 }' "$jar"
}

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
NAME=$(sqlite3 "$WORK/relief.db" "SELECT Name FROM Households WHERE Id = 1")
SEARCH="/Households?Filter.Search=$(urlencode "$NAME")"

printf '\n%-16s %-44s %10s %10s %10s %8s\n' "user" "page" "req/s" "p50" "p99" "non-2xx"
# Runs wrk on one page as one user; a page that does not answer 200 to that user is a failure (a 302 would be the sign-in page).
load() {
  local who=$1 path=$2 cookie=$3 status out
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  if [[ "$status" == 404 && "${4:-}" == optional ]]; then printf '%-16s %-44s %s\n' "$who" "$path" "(no such page yet)"; return; fi
  if [[ "$status" != 200 ]]; then printf '%-16s %-44s answered %s\n' "$who" "$path" "$status"; FAILED=1; return; fi
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$BASE$path")
  local rps p50 p99 bad
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<<"$out")
  printf '%-16s %-44s %10s %10s %10s %8s\n' "$who" "$path" "$rps" "$p50" "$p99" "${bad:-0}"
  [[ -z "$bad" ]] || FAILED=1
  echo "$out" >>"$WORK/wrk.log"
}

load "anonymous" "/css/site.css" "none=1"
for user in unit-chair province-chair; do
  COOKIE=$(sign_in "$user")
  [[ -n "$COOKIE" ]] || { echo "Sign-in as $user failed"; exit 1; }
  load "$user" "/" "$COOKIE"
  load "$user" "/Dashboard" "$COOKIE" optional
  load "$user" "/Households" "$COOKIE"
  load "$user" "$SEARCH" "$COOKIE"
  load "$user" "/Households?Filter.Level=Extreme&Filter.Category=SeriousIllness" "$COOKIE"
  load "$user" "/Households/Details/1" "$COOKIE"
  load "$user" "/Grants" "$COOKIE" optional
  load "$user" "/Visits" "$COOKIE"
done

echo
echo "== Write load: $WRITES visits from $WRITERS concurrent writers through VisitService, while wrk reads the household list"
COOKIE=$(sign_in unit-officer)
wrk -t1 -c4 -d"$DURATION" -H "Cookie: $COOKIE" "$BASE/Households" >"$WORK/wrk-during-writes.log" &
READER=$!
if dotnet "$ROOT/tests/Relief.Benchmarks/bin/Release/net10.0/Relief.Benchmarks.dll" visit-load --db "$WORK/relief.db" --count "$WRITES" --concurrency "$WRITERS"; then
  :
else
  FAILED=1
fi
wait "$READER" || true
grep -E 'Requests/sec|Non-2xx' "$WORK/wrk-during-writes.log" | sed 's/^/  reads during writes: /'
grep -q 'Non-2xx' "$WORK/wrk-during-writes.log" && FAILED=1

cleanup
trap - EXIT
ERRORS=$(cat "$WORK"/logs/relief-*.log "$WORK/server.log" 2>/dev/null | grep -cE 'responded 5[0-9][0-9]|\[ERR\]|\[FTL\]' || true)
echo "== App log: $ERRORS 5xx responses or errors (logs in $WORK)"
[[ "$ERRORS" == 0 ]] || { grep -hE 'responded 5[0-9][0-9]|\[ERR\]|\[FTL\]' "$WORK"/logs/relief-*.log "$WORK/server.log" | head -5; FAILED=1; }
if [[ "$FAILED" == 0 ]]; then echo "== Load run passed"; else echo "== Load run FAILED"; fi
exit "$FAILED"
