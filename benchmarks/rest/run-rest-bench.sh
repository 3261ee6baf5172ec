#!/usr/bin/env bash
# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# REST requests per second of switchboard-hub against nginx serving a static file, on the same
# machine in the same run, measured with wrk using identical settings for every target:
#   1. nginx: a static JSON file the size of a /api/v1/me answer (it is one, saved to disk)
#   2. hub:   GET /healthz                (no authentication)
#   3. hub:   GET /api/v1/me              (bearer token of agent1)
# Everything listens on 127.0.0.1 only and lives in a temporary directory removed on exit.
#
# Usage: run-rest-bench.sh [options] [HUB]
#   HUB                   switchboard-hub to start (default: build/bin/switchboard-hub of this repo)
#   -t, --threads N       wrk threads (default 2)
#   -c, --connections N   wrk connections (default 64)
#   -d, --duration T      wrk duration per target, e.g. 10s (default 10s)
#   -w, --warmup T        unmeasured wrk run per target first, 0 to skip (default 2s)
#   -o, --output FILE     also write the report to FILE
#   -h, --help
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
hub="$repo/build/bin/switchboard-hub"
threads=2
connections=64
duration=10s
warmup=2s
output=

usage() { sed -n '/^# Usage/,/^#   -h/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "run-rest-bench: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        -t|--threads) threads=${2:?}; shift 2 ;;
        -c|--connections) connections=${2:?}; shift 2 ;;
        -d|--duration) duration=${2:?}; shift 2 ;;
        -w|--warmup) warmup=${2:?}; shift 2 ;;
        -o|--output) output=${2:?}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) hub=$1; shift ;;
    esac
done
[[ $threads =~ ^[0-9]+$ && $threads -ge 1 && $threads -le 64 ]] || die "--threads must be 1-64"
[[ $connections =~ ^[0-9]+$ && $connections -ge $threads && $connections -le 10000 ]] \
    || die "--connections must be at least --threads and at most 10000"
[[ $duration =~ ^[0-9]+s$ && ${duration%s} -ge 1 && ${duration%s} -le 600 ]] || die "--duration must be 1s-600s"
[[ $warmup =~ ^[0-9]+s?$ && ${warmup%s} -le 60 ]] || die "--warmup must be 0-60s"
[ -x "$hub" ] || die "no switchboard-hub at $hub (build it, or pass its path)"

missing=
for tool in curl wrk nginx; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    echo "run-rest-bench: missing:$missing" >&2
    echo "install them with: apt-get install -y nginx-light wrk curl" >&2
    exit 2
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d -t switchboard-rest-bench.XXXXXX)
hub_pid=
nginx_pid=
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    # Only the processes this script started, by their ids.
    for pid in $nginx_pid $hub_pid; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# CPU seconds (user + system) of a process and, for nginx, its workers.
cpu_seconds() {
    local total=0 pid ticks
    ticks=$(getconf CLK_TCK)
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] || continue
        # Fields 14 and 15 of proc(5), counted after the parenthesised command name.
        total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
    done
    awk -v t="$total" -v k="$ticks" 'BEGIN { printf "%.2f", t / k }'
}
rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo n/a; }

# --- the hub --------------------------------------------------------------------------------
SWITCHBOARD_DEMO_TRAFFIC_SECONDS=0 "$hub" --listen 127.0.0.1:0 --data "$tmp/hub" --demo >"$tmp/hub.out" 2>"$tmp/hub.log" &
hub_pid=$!
hub_url=
for _ in $(seq 600); do
    hub_url=$(sed -n 's/^switchboard-hub listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$tmp/hub.out")
    [ -n "$hub_url" ] && break
    kill -0 "$hub_pid" 2>/dev/null || { cat "$tmp/hub.log" >&2; die "the hub exited before listening"; }
    sleep 0.1
done
[ -n "$hub_url" ] || die "the hub did not report listening within 60 s"

login=$(curl -sS --max-time 10 -H 'Content-Type: application/json' \
    -d '{"username":"agent1","password":"switchboard"}' "$hub_url/api/v1/auth/login")
token=$(printf '%s' "$login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || die "login as agent1 failed: $login"

# --- nginx with its own configuration ---------------------------------------------------------
# The static file is a real /api/v1/me answer, so both serve the same bytes.
mkdir -p "$tmp/www" "$tmp/nginx"
curl -sS --max-time 10 -f -H "Authorization: Bearer $token" "$hub_url/api/v1/me" >"$tmp/www/me.json"
me_bytes=$(wc -c <"$tmp/www/me.json")
# nginx workers drop root privileges; they must be able to read the document root.
chmod 755 "$tmp" "$tmp/www"
chmod 644 "$tmp/www/me.json"
cores=$(nproc)

start_nginx() {
    local port=$1
    cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
worker_processes $cores;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/json;
    sendfile on;
    tcp_nopush on;
    # The hub keeps a connection for as many requests as the client sends; so does nginx here.
    keepalive_requests 1000000;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        root $tmp/www;
        location = /me.json { add_header Cache-Control no-store; }
    }
}
EOF
    "$nginx_bin" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" &
    nginx_pid=$!
    for _ in $(seq 50); do
        if curl -s -f -o /dev/null --max-time 1 "http://127.0.0.1:$port/me.json"; then return 0; fi
        kill -0 "$nginx_pid" 2>/dev/null || { wait "$nginx_pid" 2>/dev/null || true; nginx_pid=; return 1; }
        sleep 0.1
    done
    return 1
}
nginx_port=
for _ in $(seq 20); do
    port=$((20000 + RANDOM % 20000))
    if ss -Htln "sport = :$port" 2>/dev/null | grep -q .; then continue; fi
    if start_nginx "$port"; then nginx_port=$port; break; fi
done
[ -n "$nginx_port" ] || { cat "$tmp/nginx/error.log" >&2 2>/dev/null; die "nginx did not start on a free port"; }
nginx_workers=$(ps --ppid "$nginx_pid" -o pid= | tr '\n' ' ')

# --- measuring -------------------------------------------------------------------------------
wrk_args=(-t"$threads" -c"$connections" --latency)

# Prints: req/s p50_ms p99_ms avg_ms max_ms non2xx socket_errors cpu_percent
measure() {
    local name=$1 url=$2 header=$3 cpu_pids=$4 before after out
    local hdr=()
    [ -n "$header" ] && hdr=(-H "$header")
    if [ "${warmup%s}" != 0 ]; then
        timeout $(( ${warmup%s} + 30 )) wrk "${wrk_args[@]}" -d"${warmup%s}s" "${hdr[@]}" "$url" >/dev/null
    fi
    before=$(cpu_seconds $cpu_pids)
    out=$(timeout $(( ${duration%s} + 30 )) wrk "${wrk_args[@]}" -d"$duration" "${hdr[@]}" "$url")
    after=$(cpu_seconds $cpu_pids)
    printf '%s\n' "$out" >"$tmp/wrk-$name.txt"
    printf '%s\n' "$out" | awk -v b="$before" -v a="$after" -v d="${duration%s}" '
        function ms(v) {
            if (v ~ /us$/) return v / 1000
            if (v ~ /ms$/) return v + 0
            if (v ~ /m$/) return v * 60000
            if (v ~ /s$/) return v * 1000
            return v
        }
        /^ +Latency / && !avg { avg = ms($2); max = ms($4) }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { non2xx = $NF }
        /Socket errors:/ { errors = $4 + $6 + $8 + $10 }
        END {
            printf "%.0f %.2f %.2f %.2f %.2f %d %d %.0f\n", rps, p50, p99, avg, max,
                non2xx + 0, errors + 0, 100 * (a - b) / d
        }'
}

echo "measuring nginx static file ($me_bytes bytes) ..." >&2
read -r n_rps n_p50 n_p99 n_avg n_max n_bad n_err n_cpu \
    < <(measure nginx "http://127.0.0.1:$nginx_port/me.json" "" "$nginx_pid $nginx_workers")
echo "measuring hub GET /healthz ..." >&2
read -r h_rps h_p50 h_p99 h_avg h_max h_bad h_err h_cpu \
    < <(measure healthz "$hub_url/healthz" "" "$hub_pid")
echo "measuring hub GET /api/v1/me ..." >&2
read -r m_rps m_p50 m_p99 m_avg m_max m_bad m_err m_cpu \
    < <(measure me "$hub_url/api/v1/me" "Authorization: Bearer $token" "$hub_pid")
kill -0 "$hub_pid" 2>/dev/null || die "the hub died during the run; its log: $(tail -5 "$tmp/hub.log")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" 'BEGIN { print (r + 0 >= 0.5) ? "met" : "NOT met" }'; }
healthz_ratio=$(ratio "$h_rps" "$n_rps")
me_ratio=$(ratio "$m_rps" "$n_rps")

report() {
    echo "REST benchmark: switchboard-hub vs nginx static file"
    echo "date:      $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine:   $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    echo "load avg:  $(cut -d' ' -f1-3 /proc/loadavg) (at the end)"
    echo "hub:       $hub (RSS $(rss_mib "$hub_pid") MiB at the end)"
    echo "nginx:     $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), $cores workers, static $me_bytes-byte JSON"
    echo "wrk:       $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2) ${wrk_args[*]} -d$duration" \
        "(warm-up ${warmup%s}s per target, not counted); wrk runs on the same cores"
    echo
    printf '%-28s %10s %8s %8s %8s %8s %8s %7s %7s\n' target "req/s" "p50 ms" "p99 ms" "avg ms" "max ms" \
        "non-2xx" errors "CPU %"
    printf '%-28s %10s %8s %8s %8s %8s %8s %7s %7s\n' "nginx GET /me.json" "$n_rps" "$n_p50" "$n_p99" \
        "$n_avg" "$n_max" "$n_bad" "$n_err" "$n_cpu"
    printf '%-28s %10s %8s %8s %8s %8s %8s %7s %7s\n' "hub GET /healthz" "$h_rps" "$h_p50" "$h_p99" \
        "$h_avg" "$h_max" "$h_bad" "$h_err" "$h_cpu"
    printf '%-28s %10s %8s %8s %8s %8s %8s %7s %7s\n' "hub GET /api/v1/me (bearer)" "$m_rps" "$m_p50" \
        "$m_p99" "$m_avg" "$m_max" "$m_bad" "$m_err" "$m_cpu"
    echo
    echo "hub/nginx: /healthz $healthz_ratio ($(verdict "$healthz_ratio")), /api/v1/me $me_ratio ($(verdict "$me_ratio"))" \
        "- target: at least 0.50"
    echo "(CPU %: server process(es) during the measured run, 100 = one core; non-2xx and errors from wrk)"
}
if [ -n "$output" ]; then
    report | tee "$output"
else
    report
fi
