# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# switchboard-hub %pre: the service user must exist before the configuration is unpacked with
# its group (root:switchboard 0640). Same user as /usr/lib/sysusers.d/switchboard-hub.conf.
getent group switchboard >/dev/null || groupadd -r switchboard
getent passwd switchboard >/dev/null || \
    useradd -r -g switchboard -d /var/lib/switchboard -s /sbin/nologin -c "Switchboard hub" switchboard
exit 0
