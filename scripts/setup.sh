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
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libcurl4-openssl-dev libsodium-dev libssl3 openssl sqlite3 curl ca-certificates
    dbus dbus-x11 gnome-keyring xvfb xauth
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
echo
echo "Starting the hub with demo data in $data"
echo "Sign in as agent1 .. agent5, supervisor or admin; every demo password is: switchboard"
echo "Stop it with Ctrl+C."
exec "$build_dir/bin/switchboard-hub" --listen 127.0.0.1:8080 --data "$data" --demo
