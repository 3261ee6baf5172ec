// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListenSocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Switchboard::Hub {

bool ListenSocket::canShare()
{
#if defined(Q_OS_LINUX)
    return true;
#else
    return false;
#endif
}

qintptr ListenSocket::open(const QHostAddress &address, quint16 port, QString *error)
{
#if defined(Q_OS_LINUX)
    const auto fail = [&](int fd, const char *what) {
        *error = QStringLiteral("cannot listen on %1:%2 (%3: %4)")
                     .arg(address.toString())
                     .arg(port)
                     .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return qintptr(-1);
    };
    sockaddr_storage storage{};
    socklen_t length = 0;
    // "Any" listens on IPv6 and IPv4 alike, as QTcpServer does.
    const bool any = address == QHostAddress::Any;
    const bool ipv6 = any || address.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipv6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = any ? Q_IPV6ADDR{} : address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd
        = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(fd, "socket");
    const int on = 1;
    const int off = 0;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0
        || ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0)
        return fail(fd, "setsockopt");
    // As QTcpServer: "any" also takes IPv4, an IPv6 address only IPv6.
    if (ipv6 && ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, any ? &off : &on, sizeof(int)) != 0)
        return fail(fd, "setsockopt");
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0)
        return fail(fd, "bind");
    if (::listen(fd, SOMAXCONN) != 0)
        return fail(fd, "listen");
    return fd;
#else
    Q_UNUSED(address);
    Q_UNUSED(port);
    *error = QStringLiteral("sharing a listening port between threads needs Linux");
    return -1;
#endif
}

quint16 ListenSocket::port(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof(storage);
    if (::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return 0;
    if (storage.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
}

void ListenSocket::close(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
}

} // namespace Switchboard::Hub
