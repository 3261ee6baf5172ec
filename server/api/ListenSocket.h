// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace Switchboard::Hub {

//! Listening sockets that share one address and port (SO_REUSEPORT): each thread that serves
//! HTTP listens on its own, and the kernel spreads new connections over them.
class ListenSocket
{
public:
    //! Whether this platform spreads connections over sockets sharing a port (Linux does; the
    //! BSDs let them share it but hand every connection to one).
    static bool canShare();
    //! A listening, non-blocking socket on address:port; port 0 picks a free one. -1 with a
    //! reason on failure. The caller owns the descriptor (QTcpServer takes it over).
    static qintptr open(const QHostAddress &address, quint16 port, QString *error);
    //! The port a socket is bound to.
    static quint16 port(qintptr descriptor);
    static void close(qintptr descriptor);
};

} // namespace Switchboard::Hub
