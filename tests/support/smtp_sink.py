#!/usr/bin/python3
# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A real SMTP server for the email tests (Debian's python3-aiosmtpd): keeps every message it
# accepts as NNNN.eml plus NNNN.json (envelope, login) in DIR. Recipients starting with
# "refuse" get 550, with "later" 451. With USER and PASSWORD, AUTH is required.
#   smtp_sink.py PORT DIR [USER PASSWORD]
import itertools, json, os, sys, threading
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

port, out = int(sys.argv[1]), sys.argv[2]
user, password = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else (None, None)


class Sink:
    def __init__(self):
        self.numbers = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address.startswith('refuse'):
            return '550 5.1.1 <%s>: mailbox unavailable' % address
        if address.startswith('later'):
            return '451 4.3.0 try again later'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        path = os.path.join(out, '%04d' % next(self.numbers))
        login = session.auth_data.login.decode() if session.auth_data else None
        with open(path + '.json.tmp', 'w') as f:
            json.dump({'mail_from': envelope.mail_from, 'rcpt_tos': envelope.rcpt_tos,
                       'login': login}, f)
        with open(path + '.eml.tmp', 'wb') as f:
            f.write(envelope.original_content)
        os.rename(path + '.json.tmp', path + '.json')
        os.rename(path + '.eml.tmp', path + '.eml')
        return '250 2.0.0 accepted'


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == user.encode() and auth_data.password == password.encode()
    return AuthResult(success=ok, auth_data=auth_data if ok else None)


controller = Controller(Sink(), hostname='127.0.0.1', port=port,
                        authenticator=authenticate if user else None,
                        auth_required=bool(user), auth_require_tls=False)
controller.start()
print('ready', flush=True)
# Runs until the test closes stdin or ends the process.
sys.stdin.read()
controller.stop()
