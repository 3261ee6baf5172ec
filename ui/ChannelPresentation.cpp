// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelPresentation.h"

#include <QCoreApplication>

namespace Switchboard::Ui {

using Domain::ChannelKind;

QIcon ChannelPresentation::icon(ChannelKind channel)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(Domain::toWire(channel)));
}

QIcon ChannelPresentation::icon(const QString &wireName)
{
    const auto channel = Domain::fromWire<ChannelKind>(wireName);
    return channel ? icon(*channel) : QIcon();
}

QString ChannelPresentation::name(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Voice:
        return QCoreApplication::translate("Channel", "Phone");
    case ChannelKind::Email:
        return QCoreApplication::translate("Channel", "Email");
    case ChannelKind::Sms:
        return QCoreApplication::translate("Channel", "SMS");
    case ChannelKind::WhatsApp:
        return QCoreApplication::translate("Channel", "WhatsApp");
    case ChannelKind::Messenger:
        return QCoreApplication::translate("Channel", "Messenger");
    case ChannelKind::InstagramDm:
        return QCoreApplication::translate("Channel", "Instagram message");
    case ChannelKind::XDm:
        return QCoreApplication::translate("Channel", "X message");
    case ChannelKind::FacebookComment:
        return QCoreApplication::translate("Channel", "Facebook comment");
    case ChannelKind::InstagramComment:
        return QCoreApplication::translate("Channel", "Instagram comment");
    case ChannelKind::XPost:
        return QCoreApplication::translate("Channel", "X post");
    }
    return {};
}

QString ChannelPresentation::name(const QString &wireName)
{
    const auto channel = Domain::fromWire<ChannelKind>(wireName);
    return channel ? name(*channel) : wireName;
}

QIcon ChannelPresentation::publicIcon()
{
    return QIcon(QStringLiteral(":/icons/public.svg"));
}

QIcon ChannelPresentation::noteIcon()
{
    return QIcon(QStringLiteral(":/icons/note.svg"));
}

} // namespace Switchboard::Ui
