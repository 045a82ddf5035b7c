#!/usr/bin/env bash
# Load benchmark: builds the jar, starts it with the production JVM settings README recommends,
# loads four pages on loopback with wrk, then serves the same pages' saved bytes with nginx and
# loads them the same way, both asked for and sending gzip. Prints requests/s, p50 and p99 latency and
# the ratio to nginx for each page, then uncached runs (bench/vary.lua: a new query every request), the
# app's start-up time, its peak RSS under load and the page weights, raw and gzipped.
#
# Usage: bench/run.sh [seconds per page, default 15] [connections, default 32]
# Environment: BENCH_ROUNDS (default 3) rounds per page, BENCH_START_RUNS (default 3) timed launches,
# BENCH_JVM_OPTS to try other JVM settings, BENCH_SKIP_BUILD=1 to reuse target/'s jar.
# Needs: Java 17, wrk and nginx (installed with apt-get when missing and running as root).
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
ROUNDS="${BENCH_ROUNDS:-3}"
START_RUNS="${BENCH_START_RUNS:-3}"
APP_PORT=18080
NGINX_PORT=18081
OUT=bench/out
# The production settings README recommends; BENCH_JVM_OPTS replaces them to compare others.
# The Tier4 thresholds keep the optimising compiler (C2) off start-up's one-off code, which on two
# cores competes with start-up itself; code that runs under load still reaches C2 within seconds.
PRODUCTION_JVM_OPTS="-XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xms160m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k \
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

# Start-up is timed over several launches (this kind of machine's speed varies from second to
# second); the last launch stays up for the load runs.
start_app() {
  local start_ns
  start_ns=$(date +%s%N)
  java "${JVM_OPTS[@]}" -XX:SharedArchiveFile="$OUT/app.jsa" -jar "$APP_JAR" --server.port=$APP_PORT \
    >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; tail -20 "$OUT/app.log"; exit 1; }
    sleep 0.05
  done
  READY_TIMES+=($(( ($(date +%s%N) - start_ns) / 1000000 )))
}
READY_TIMES=()
for launch in $(seq "$START_RUNS"); do
  [ -n "${APP_PID:-}" ] && { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
  start_app
done
STARTED=$(grep -o "Started LlmCompareApplication in [0-9.]* seconds" "$OUT/app.log" | grep -o "[0-9.]*" | head -n 1)
READY_MEDIAN=$(printf "%s\n" "${READY_TIMES[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')

# nginx serves the app's own bytes for the same pages, raw and gzipped (gzip_static: both sides send
# the same compressed bytes without compressing per request); the page weight of each, raw and gzipped
LOCATIONS=""
WEIGHTS=""
for page in "${PAGES[@]}"; do
  name=${page%%|*}; path=${page#*|}
  curl -s "http://127.0.0.1:$APP_PORT$path" -o "$OUT/static/$name"
  curl -s -H "Accept-Encoding: gzip" "http://127.0.0.1:$APP_PORT$path" -o "$OUT/static/$name.gz"
  WEIGHTS+="$(printf "%-12s %9s B raw %8s B gzipped" "$name" "$(stat -c %s "$OUT/static/$name")" \
    "$(stat -c %s "$OUT/static/$name.gz")")"$'\n'
  LOCATIONS="$LOCATIONS    location = /$name { default_type text/html; }"$'\n'
done
cat >"$OUT/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  gzip_static on;
  gzip_vary on;
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

to_ms() { # wrk latency (e.g. 537.00us, 2.05ms, 1.02s) -> milliseconds
  awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /[0-9]s$/) v *= 1000; printf "%.2f", v }'
}

run_wrk() { # url seconds -> "rps p50 p99 errors"
  local out rps p50 p99 non2xx errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --latency -H "Accept-Encoding: gzip" "$1")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  errors=$(echo "$out" | awk '/Socket errors/ {print $4+$6+$8+$10}')
  echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${errors:-0} ))"
}

# App and nginx take turns in short rounds, so a slow spell of the machine hits both alike.
# Requests/s: mean of the rounds; p50 and p99: the median round's, and the worst round's p99;
# errors: all rounds.
summarise() { # lines of "rps p50 p99 errors" -> "rps p50 p99 worst-p99 errors"
  local rounds
  rounds=$(grep .)
  median() { awk -v c="$1" '{ print $c }' <<<"$rounds" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  echo "$(awk '{ s += $1 } END { printf "%.0f", s / NR }' <<<"$rounds")" \
    "$(median 2)ms" "$(median 3)ms" "$(awk '{ print $3 }' <<<"$rounds" | sort -n | tail -n 1)ms" \
    "$(awk '{ s += $4 } END { print s }' <<<"$rounds")"
}

echo "Warming up the app..."
for page in "${PAGES[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$APP_PORT${page#*|}" >/dev/null
done

printf "\n%-12s %9s %8s %8s %8s %6s | %9s %8s %8s %8s | %5s\n" page "app r/s" "p50" "p99" "worst99" errors \
  "nginx r/s" "p50" "p99" "worst99" ratio
ROUND_SECONDS=$(( DURATION / ROUNDS > 0 ? DURATION / ROUNDS : 1 ))
for page in "${PAGES[@]}"; do
  name=${page%%|*}; path=${page#*|}
  app_rounds=""; nginx_rounds=""
  for round in $(seq "$ROUNDS"); do
    app_rounds+="$(run_wrk "http://127.0.0.1:$APP_PORT$path" "$ROUND_SECONDS")"$'\n'
    nginx_rounds+="$(run_wrk "http://127.0.0.1:$NGINX_PORT/$name" "$ROUND_SECONDS")"$'\n'
  done
  read -r a_rps a_p50 a_p99 a_worst a_err <<<"$(printf "%s" "$app_rounds" | summarise)"
  read -r n_rps n_p50 n_p99 n_worst n_err <<<"$(printf "%s" "$nginx_rounds" | summarise)"
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.0f%%", 100 * a / n }')
  printf "%-12s %9s %8s %8s %8s %6s | %9s %8s %8s %8s | %5s\n" "$name" "$a_rps" "$a_p50" "$a_p99" "$a_worst" \
    "$a_err" "$n_rps" "$n_p50" "$n_p99" "$n_worst" "$ratio"
done

# Uncached work: every request asks something new (bench/vary.lua), so every answer is computed.
echo
printf "%-12s %9s %8s %8s %6s   (uncached: every request a new query)\n" kind "app r/s" "p50" "p99" errors
for kind in cost api-cost compare models; do
  out=$(BENCH_VARY=$kind wrk -t2 -c"$CONNECTIONS" -d"${ROUND_SECONDS}s" --latency -s bench/vary.lua \
    "http://127.0.0.1:$APP_PORT")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  errors=$(echo "$out" | awk '/Socket errors/ {print $4+$6+$8+$10}')
  printf "%-12s %9s %8s %8s %6s\n" "$kind" "$rps" "${p50}ms" "${p99}ms" "$(( ${non2xx:-0} + ${errors:-0} ))"
done

PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
echo
echo "Page weight (both sides send the gzipped bytes to wrk, which asks for gzip):"
printf "%s" "$WEIGHTS"
echo
echo "Start-up to a healthy /actuator/health: ${READY_MEDIAN} ms median of ${START_RUNS} launches (${READY_TIMES[*]} ms);" \
  "${STARTED:-?} s as Spring reports the last one"
echo "Peak RSS of the app under load: $(( PEAK_RSS_KB / 1024 )) MB (JVM: ${JVM_OPTS[*]} + CDS archive)"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u +%Y-%m-%d)"
