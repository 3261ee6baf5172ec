#!/usr/bin/env bash
# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#   scripts/setup.sh demo   install what is missing, build, start the hub with demo data
#   scripts/setup.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
    demo|test) ;;
    *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libcurl4-openssl-dev libsodium-dev libmimalloc-dev libssl3 openssl sqlite3 curl ca-certificates
    dbus dbus-x11 gnome-keyring xvfb xauth qt6-translations-l10n
    dovecot-imapd python3-aiosmtpd
    librsvg2-bin dpkg-dev rpm file systemd desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_dir=${SWITCHBOARD_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" -j"$(nproc)"

if [ "$mode" = test ]; then
    exec ctest --test-dir "$build_dir" --output-on-failure -j2
fi

data=${SWITCHBOARD_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/switchboard-demo}
hub_url=http://127.0.0.1:8080
echo
echo "Starting the hub with demo data in $data"
echo "Every demo user (agent1 .. agent5, supervisor, admin) has the password: switchboard"
"$build_dir/bin/switchboard-hub" --listen 127.0.0.1:8080 --data "$data/hub" --demo &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null; wait "$hub_pid" 2>/dev/null' EXIT INT TERM
for _ in $(seq 100); do
    curl -fsS "$hub_url/healthz" >/dev/null 2>&1 && break
    kill -0 "$hub_pid" 2>/dev/null || { echo "the hub did not start" >&2; exit 1; }
    sleep 0.2
done

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: the hub keeps running at $hub_url (Ctrl+C stops it)."
    wait "$hub_pid"
    exit
fi
echo "Opening the desktop signed in as agent1. Closing it stops the hub."
printf 'switchboard\n' | "$build_dir/bin/switchboard" --hub "$hub_url" --user agent1 \
    --password-stdin --data-dir "$data/desktop"
