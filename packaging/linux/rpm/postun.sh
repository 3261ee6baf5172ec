# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# switchboard-hub %postun: as %systemd_postun_with_restart. Data and user stay after an erase.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 1 ]; then
        systemctl try-restart switchboard-hub.service >/dev/null 2>&1 || :
    fi
fi
exit 0
