#!/bin/sh
# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside its own D-Bus session with a freshly unlocked gnome-keyring (Secret
# Service), so keychain tests never touch the desktop's real keyring.
# Usage: run-with-keyring.sh PROGRAM [ARGS...]
set -eu
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
exec dbus-run-session -- sh -c '
    echo -n switchboard-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
