#!/usr/bin/env bash
# Load benchmark: builds the jar, times its start-up against an empty Spring Boot app with the same
# starters (bench/empty-app) on two runtimes, launches interleaved: the default Java 17 with a CDS archive
# and the newest JDK found with an AOT cache (Java 24+). With the app up on the newest runtime and README's
# production JVM settings, it loads four pages on loopback with wrk, then serves the same pages' saved bytes
# with nginx and loads them the same way, both asked for and sending gzip. Prints requests/s, p50 and p99
# latency and the ratio to nginx for each page, then uncached runs (bench/vary.lua: a new query every
# request), a memory run of distinct URLs with the RSS after it, the page weights, raw and gzipped, and
# the start-up times with the last launch's phases.
#
# Usage: bench/run.sh [seconds per page, default 15] [connections, default 32]
# Environment: BENCH_ROUNDS (default 3) rounds per page, BENCH_START_RUNS (default 3) launches per variant,
# BENCH_JVM_OPTS to try other JVM settings, BENCH_SKIP_BUILD=1 to reuse the built jars, BENCH_JAVA_HOME
# for the newer runtime, BENCH_MEMORY_URLS (default 50000) for the memory run.
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

for port in $APP_PORT $NGINX_PORT; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Something already listens on 127.0.0.1:$port: stop it first (the timings would be its own)." >&2
    exit 1
  fi
done
rm -rf "$OUT" && mkdir -p "$OUT/static" "$OUT/nginx"
echo "Building the jars (this project's, and bench/empty-app for the start-up yardstick)..."
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  ./mvnw -q -B package -DskipTests
  ./mvnw -q -B -f bench/empty-app/pom.xml package -DskipTests
fi
JAR=$(ls target/llm-compare-*.jar | grep -v plain | head -n 1)
EMPTY_JAR=bench/empty-app/target/empty-app-0.1.0.jar

# Two runtimes: the default java (17) with a class-data-sharing archive, and the newest JDK found under
# /usr/lib/jvm (or BENCH_JAVA_HOME) with an AOT cache from Java 24 on (JEP 483/514/515). Loads run on the newest.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
JAVA_OLD=$(command -v java)
if [ -n "${BENCH_JAVA_HOME:-}" ]; then
  JAVA_NEW="$BENCH_JAVA_HOME/bin/java"
else
  JAVA_NEW=$(for j in /usr/lib/jvm/*/bin/java; do [ -x "$j" ] && echo "$(java_major "$j") $j"; done | sort -n | tail -n 1 | cut -d' ' -f2)
fi
JAVA_NEW=${JAVA_NEW:-$JAVA_OLD}
RUNTIMES=(old new)
runtime_java() { [ "$1" = old ] && echo "$JAVA_OLD" || echo "$JAVA_NEW"; }

# A training run per app and runtime writes its archive: CDS before Java 24, an AOT cache from 24 on.
# archive_opts app runtime -> the options that use the archive
declare -A ARCHIVE_OPTS
for app in app empty; do
  jar=$([ "$app" = app ] && echo "$JAR" || echo "$EMPTY_JAR")
  java -Djarmode=tools -jar "$jar" extract --destination "$OUT/$app" >/dev/null
  for rt in "${RUNTIMES[@]}"; do
    j=$(runtime_java "$rt"); major=$(java_major "$j")
    extracted=$(ls "$OUT/$app"/*.jar | head -n 1)
    if [ "$major" -ge 24 ]; then
      train=(-XX:AOTCacheOutput="$OUT/$app-$rt.aot"); ARCHIVE_OPTS[$app-$rt]="-XX:AOTCache=$OUT/$app-$rt.aot"
    else
      train=(-XX:ArchiveClassesAtExit="$OUT/$app-$rt.jsa"); ARCHIVE_OPTS[$app-$rt]="-XX:SharedArchiveFile=$OUT/$app-$rt.jsa"
    fi
    "$j" "${JVM_OPTS[@]}" "${train[@]}" -Dspring.context.exit=onRefresh -jar "$extracted" --server.port=$APP_PORT \
      >"$OUT/training-$app-$rt.log" 2>&1 || true
  done
done

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# start app runtime: launches one variant and waits for a healthy /actuator/health; the time goes to
# READY_MS. The variants' launches are interleaved (this kind of machine's speed varies from second to
# second), and the last launch, the app on the newest runtime, stays up for the load runs.
start() {
  local app=$1 rt=$2 start_ns extracted
  extracted=$(ls "$OUT/$1"/*.jar | head -n 1)
  [ -n "${APP_PID:-}" ] && { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
  start_ns=$(date +%s%N)
  # shellcheck disable=SC2086
  "$(runtime_java "$rt")" "${JVM_OPTS[@]}" ${ARCHIVE_OPTS[$app-$rt]} -jar "$extracted" --server.port=$APP_PORT \
    >"$OUT/$app-$rt.log" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "$app did not start on $(runtime_java "$rt"):"; tail -20 "$OUT/$app-$rt.log"; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
}
declare -A READY_TIMES
echo "Timing start-up: ${START_RUNS} rounds of four launches (this app and the empty one, on each runtime)..."
for launch in $(seq "$START_RUNS"); do
  for app in empty app; do
    for rt in "${RUNTIMES[@]}"; do
      [ "$launch" = "$START_RUNS" ] && [ "$app" = app ] && [ "$rt" = new ] && continue
      start "$app" "$rt"; READY_TIMES[$app-$rt]+="$READY_MS "
    done
  done
done
start app new; READY_TIMES[app-new]+="$READY_MS "
# The median of the numbers on standard input, separated by spaces or new lines.
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

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

run_wrk() { # url seconds [more wrk arguments] -> "rps p50 p99 errors"
  local out rps p50 p99 non2xx errors url=$1 seconds=$2
  shift 2
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -H "Accept-Encoding: gzip" "$@" "$url")
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
  round_column() { awk -v c="$1" '{ print $c }' <<<"$rounds"; }
  echo "$(awk '{ s += $1 } END { printf "%.0f", s / NR }' <<<"$rounds")" \
    "$(round_column 2 | median)ms" "$(round_column 3 | median)ms" "$(awk '{ print $3 }' <<<"$rounds" | sort -n | tail -n 1)ms" \
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

# Uncached work: every request asks something new (bench/vary.lua), so every answer is computed. Each
# kind is warmed up first: the JIT compiles code only once it has run a while.
echo
printf "%-12s %9s %8s %8s %6s   (uncached: every request a new query)\n" kind "app r/s" "p50" "p99" errors
for kind in cost api-cost compare models; do
  BENCH_VARY=$kind wrk -t2 -c"$CONNECTIONS" -d5s -s bench/vary.lua "http://127.0.0.1:$APP_PORT" >/dev/null
  read -r rps p50 p99 errors <<<"$(BENCH_VARY=$kind run_wrk "http://127.0.0.1:$APP_PORT" "$DURATION" -s bench/vary.lua)"
  printf "%-12s %9s %8s %8s %6s\n" "$kind" "$rps" "${p50}ms" "${p99}ms" "$errors"
done

# Memory: BENCH_MEMORY_URLS distinct valid URLs in a row (calculator pages, cost JSON and catalogues in
# turn), then the process's RSS, and a reference answer fetched before and after must be the same bytes.
MEMORY_URLS="${BENCH_MEMORY_URLS:-50000}"
REFERENCE="/api/cost?models=gpt-4,llama-2-70b&inputTokens=1000000&outputTokens=1000000"
curl -s "http://127.0.0.1:$APP_PORT$REFERENCE" -o "$OUT/reference-before.json"
echo
echo "Memory: $MEMORY_URLS distinct URLs in a row..."
# wrk has no request count: short runs until enough have been answered (each run starts the counters at
# a random point of a billion, so runs do not repeat each other's URLs)
answered=0; memory_errors=0
while [ "$answered" -lt "$MEMORY_URLS" ]; do
  out=$(BENCH_VARY=mixed wrk -t2 -c16 -d10s -s bench/vary.lua "http://127.0.0.1:$APP_PORT")
  this_run=$(echo "$out" | awk '/requests in/ {print $1}')
  [ "${this_run:-0}" -gt 0 ] || { echo "The app stopped answering after $answered answers:"; tail -20 "$OUT/app-new.log"; exit 1; }
  answered=$(( answered + this_run ))
  memory_errors=$(( memory_errors + $(echo "$out" | awk '/Non-2xx/ {print $NF}') + 0 ))
done
curl -s "http://127.0.0.1:$APP_PORT$REFERENCE" -o "$OUT/reference-after.json"
RSS_AFTER_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
same=$(cmp -s "$OUT/reference-before.json" "$OUT/reference-after.json" && echo "the same bytes" || echo "DIFFERENT")
echo "$answered answers ($memory_errors not 2xx); RSS afterwards $(( RSS_AFTER_KB / 1024 )) MB, peak $(( PEAK_RSS_KB / 1024 )) MB;" \
  "the reference answer before and after: $same"

echo
echo "Page weight (both sides send the gzipped bytes to wrk, which asks for gzip):"
printf "%s" "$WEIGHTS"

echo
echo "Start-up to a healthy /actuator/health, ${START_RUNS} interleaved launches each (ms; JVM: ${JVM_OPTS[*]}):"
for rt in "${RUNTIMES[@]}"; do
  j=$(runtime_java "$rt")
  for app in app empty; do
    printf "  %-5s Java %-3s %-28s median %6s  (%s)\n" "$app" "$(java_major "$j")" "${ARCHIVE_OPTS[$app-$rt]%%=*}" \
      "$(median <<<"${READY_TIMES[$app-$rt]}")" "${READY_TIMES[$app-$rt]% }"
  done
done

# Where the last launch's time went, phase by phase, from the log's timestamps.
echo
echo "Phases of the last launch (this app, Java $(java_major "$JAVA_NEW")):"
awk '
  function ms(line) { split(substr(line, 12, 12), t, /[:.]/); return ((t[1] * 60 + t[2]) * 60 + t[3]) * 1000 + t[4] }
  /Starting LlmCompareApplication/ { start = ms($0) }
  /Root WebApplicationContext: initialization completed/ { web = ms($0) }
  /HHH008540|Processing PersistenceUnitInfo/ { jpa0 = ms($0) }
  /Initialized JPA EntityManagerFactory/ { jpa1 = ms($0) }
  /Successfully applied .* migrations/ { flyway = ms($0) }
  /Loaded data set/ { loaded = ms($0) }
  /Started LlmCompareApplication in/ { done = ms($0); match($0, /process running for [0-9.]+/); running = substr($0, RSTART + 20, RLENGTH - 20)
    match($0, /in [0-9.]+ seconds/); started = substr($0, RSTART + 3, RLENGTH - 11) }
  END {
    printf "  JVM start to Spring Boot                    %6d ms\n", (running - started) * 1000
    printf "  bean definitions, web server (main thread)  %6d ms\n", web - start
    printf "  Flyway migrations done                      %6d ms after start\n", flyway - start
    printf "  Hibernate boot (background thread)          %6d ms\n", jpa1 - jpa0
    printf "  data set in the database, after Hibernate   %6d ms\n", loaded - jpa1
    printf "  data set loaded to ready                    %6d ms\n", done - loaded
    printf "  total, as Spring reports it                 %6d ms\n", started * 1000
  }' "$OUT/app-new.log"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u +%Y-%m-%d)"
