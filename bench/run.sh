#!/usr/bin/env bash
# Load benchmark: builds the jar, starts it with the production JVM settings README recommends,
# loads four pages on loopback with wrk, then serves the same pages' saved bytes with nginx and
# loads them the same way. Prints requests/s, p50 and p99 latency and the ratio to nginx for each
# page, plus the app's start-up time and its peak RSS under load.
#
# Usage: bench/run.sh [seconds per run, default 15] [connections, default 32]
# Needs: Java 17, wrk and nginx (installed with apt-get when missing and running as root).
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
APP_PORT=18080
NGINX_PORT=18081
OUT=bench/out
# The production settings README recommends; BENCH_JVM_OPTS replaces them to compare others.
# The Tier4 thresholds keep the optimising compiler (C2) off start-up's one-off code, which on two
# cores competes with start-up itself; code that runs under load still reaches C2 within seconds.
PRODUCTION_JVM_OPTS="-XX:+UseSerialGC -Xms160m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k \
-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 \
-XX:Tier4BackEdgeThreshold=400000"
read -r -a JVM_OPTS <<<"${BENCH_JVM_OPTS:-$PRODUCTION_JVM_OPTS}"

PAGES=(
  "compare|/compare?models=gpt-4,llama-2-70b"
  "cost|/cost?models=gpt-4,gpt-3.5-turbo,llama-2-70b-chat&inputTokens=1000000&outputTokens=1000000"
  "models|/models"
  "api-compare|/api/compare?models=gpt-4,llama-2-70b"
)

for tool in wrk nginx curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing $tool (Debian package)..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx curl >/dev/null
  fi
done

rm -rf "$OUT" && mkdir -p "$OUT/static" "$OUT/nginx"
echo "Building the jar..."
[ -n "${BENCH_SKIP_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
JAR=$(ls target/llm-compare-*.jar | grep -v plain | head -n 1)

# Class Data Sharing archive from a training run: a large part of start-up is class loading.
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
APP_JAR=$(ls "$OUT"/app/*.jar | head -n 1)
java "${JVM_OPTS[@]}" -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$APP_JAR" --server.port=$APP_PORT >"$OUT/training.log" 2>&1 || true

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

START_NS=$(date +%s%N)
java "${JVM_OPTS[@]}" -XX:SharedArchiveFile="$OUT/app.jsa" -jar "$APP_JAR" --server.port=$APP_PORT \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; tail -20 "$OUT/app.log"; exit 1; }
  sleep 0.05
done
READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
STARTED=$(grep -o "Started LlmCompareApplication in [0-9.]* seconds" "$OUT/app.log" | grep -o "[0-9.]*" | head -n 1)

# nginx serves the app's own bytes for the same pages
i=0
LOCATIONS=""
for page in "${PAGES[@]}"; do
  name=${page%%|*}; path=${page#*|}
  curl -s "http://127.0.0.1:$APP_PORT$path" -o "$OUT/static/$name"
  LOCATIONS="$LOCATIONS    location = /$name { default_type text/html; }"$'\n'
  i=$((i + 1))
done
cat >"$OUT/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $PWD/$OUT/nginx;
  proxy_temp_path $PWD/$OUT/nginx;
  fastcgi_temp_path $PWD/$OUT/nginx;
  uwsgi_temp_path $PWD/$OUT/nginx;
  scgi_temp_path $PWD/$OUT/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/static;
$LOCATIONS  }
}
CONF
nginx -c "$PWD/$OUT/nginx/nginx.conf"

run_wrk() { # url -> "rps p50 p99 errors"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
  local rps p50 p99 non2xx errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  errors=$(echo "$out" | awk '/Socket errors/ {print $4+$6+$8+$10}')
  echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${errors:-0} ))"
}

echo "Warming up the app..."
for page in "${PAGES[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$APP_PORT${page#*|}" >/dev/null
done

printf "\n%-12s %10s %9s %9s %7s | %10s %9s %9s | %6s\n" page "app req/s" "app p50" "app p99" errors \
  "nginx r/s" "ngx p50" "ngx p99" ratio
for page in "${PAGES[@]}"; do
  name=${page%%|*}; path=${page#*|}
  read -r a_rps a_p50 a_p99 a_err <<<"$(run_wrk "http://127.0.0.1:$APP_PORT$path")"
  read -r n_rps n_p50 n_p99 n_err <<<"$(run_wrk "http://127.0.0.1:$NGINX_PORT/$name")"
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.0f%%", 100 * a / n }')
  printf "%-12s %10s %9s %9s %7s | %10s %9s %9s | %6s\n" "$name" "$a_rps" "$a_p50" "$a_p99" "$a_err" \
    "$n_rps" "$n_p50" "$n_p99" "$ratio"
done

PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
echo
echo "Start-up: ${STARTED:-?} s as Spring reports it; ${READY_MS} ms from launch to a healthy /actuator/health"
echo "Peak RSS of the app under load: $(( PEAK_RSS_KB / 1024 )) MB (JVM: ${JVM_OPTS[*]} + CDS archive)"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u +%Y-%m-%d)"
