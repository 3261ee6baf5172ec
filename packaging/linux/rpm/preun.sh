# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# switchboard-hub %preun: as %systemd_preun: on erase (not upgrade) disable and stop the service.
if [ "$1" -eq 0 ]; then
    systemctl --no-reload disable switchboard-hub.service >/dev/null 2>&1 || :
    if [ -d /run/systemd/system ]; then
        systemctl stop switchboard-hub.service >/dev/null 2>&1 || :
    fi
fi
exit 0
