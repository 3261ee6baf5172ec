# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# switchboard-hub %post: as %systemd_post: on first install apply the system's preset policy.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
if [ "$1" -eq 1 ]; then
    systemctl --no-reload preset switchboard-hub.service >/dev/null 2>&1 || :
fi
exit 0
