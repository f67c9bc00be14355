#!/usr/bin/env bash
# Real-browser test: starts the packaged app on a fresh H2 database and drives Tasklist and Cockpit
# with Debian's Chromium: every script in src/test/browser/ (shared steps in lib.mjs), in name order,
# against the same app. Expects `mvn package` to have built the jar.
#
#   bash .ci/browser-test.sh            # PORT (default 8089), HEALTH_TIMEOUT (s, default 300), JAVA_OPTS
#   BROWSER_TESTS="mall.mjs zh.mjs" bash .ci/browser-test.sh     # only these scripts
#
# Screenshots and the app log go to target/browser/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/huifang-0.1.0-SNAPSHOT.jar"
PORT="${PORT:-8089}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-300}"
OUT="$ROOT/target/browser"
LOG="$OUT/app.log"

cd "$ROOT"
[ -f "$JAR" ] || { echo "browser-test: $JAR is missing: run mvn package first" >&2; exit 1; }

# Chromium from Debian (never a browser download), and a CJK font so screenshots show the Chinese text
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
if ! { command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; }; then pkgs+=(fonts-wqy-zenhei); fi
if [ "${#pkgs[@]}" -gt 0 ]; then
  echo "browser-test: installing ${pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

if [ ! -d node_modules/playwright-core ]; then
  echo "browser-test: npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "browser-test: port $PORT is already in use; set PORT to a free one" >&2
  exit 1
fi

pw="$(openssl rand -hex 12)"
tmp="$(mktemp -d -t huifang-browser.XXXXXX)"
mkdir -p "$OUT"
: >"$LOG"
app_pid=""

cleanup() {
  local rc=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  if [ "$rc" -ne 0 ]; then
    echo "browser-test: FAILED (exit $rc); last 100 lines of $LOG:" >&2
    tail -n 100 "$LOG" >&2 || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# a fresh working directory, so ./data (the H2 file database) is new
echo "browser-test: starting $JAR on port $PORT in $tmp"
(
  cd "$tmp"
  # shellcheck disable=SC2086
  # office hours around the clock (equal opening and closing times), so the complaint path does not depend
  # on the wall-clock time (C2: outside office hours the control center registers a complaint first)
  HUIFANG_ADMIN_PASSWORD="$pw" PORT="$PORT" exec java ${JAVA_OPTS:-} -jar "$JAR" \
    --huifang.office-hours.opens=00:00 --huifang.office-hours.closes=00:00
) >"$LOG" 2>&1 &
app_pid=$!

start=$SECONDS
until curl -fsS --max-time 5 "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "browser-test: the app exited before it was healthy" >&2
    exit 1
  fi
  if [ $((SECONDS - start)) -ge "$HEALTH_TIMEOUT" ]; then
    echo "browser-test: the app was not UP on /actuator/health after ${HEALTH_TIMEOUT}s" >&2
    exit 1
  fi
  sleep 2
done
echo "browser-test: app UP after $((SECONDS - start))s"

rm -f "$OUT"/*.png
for script in "$ROOT"/src/test/browser/*.mjs; do
  [ "$(basename "$script")" = lib.mjs ] && continue
  if [ -n "${BROWSER_TESTS:-}" ] && [[ " $BROWSER_TESTS " != *" $(basename "$script") "* ]]; then continue; fi
  echo "browser-test: $(basename "$script")"
  HUIFANG_URL="http://localhost:$PORT" HUIFANG_PASSWORD="$pw" node "$script"
done
