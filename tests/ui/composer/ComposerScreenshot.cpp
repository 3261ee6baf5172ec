// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the composer for docs/screenshots. Usage:
//   switchboard-composer-screenshot OUT.png [--dark]            two everyday states (a public
//                                                               reply held by a conflict, a note)
//   switchboard-composer-screenshot OUT.png --blocked [--dark]  an agent's public reply the
//                                                               reply policy blocks
#include "ChannelPresentation.h"
#include "Theme.h"
#include "composer/Composer.h"

#include <QApplication>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyleFactory>

using namespace Switchboard;
using Domain::ChannelKind;

namespace {

Domain::Conversation conversation(Domain::Id id, ChannelKind channel, const QString &subject)
{
    Domain::Conversation c;
    c.id = id;
    c.channel = channel;
    c.subject = subject;
    c.lastMessageId = id * 10;
    return c;
}

// An agent's public reply with a card number (blocks) and a personal address (warns).
QPixmap blockedReply(const Ui::Composer::ChannelNamer &channelName)
{
    Ui::ComposerContext context;
    context.customer.id = 7;
    context.customer.name = QStringLiteral("Ana María López");
    context.customer.identities
        = {{1, Domain::IdentityKind::Facebook, QStringLiteral("ana.maria.lopez")}};
    context.agent.id = 3;
    context.agent.name = QStringLiteral("Sam Okafor");
    context.agent.role = Domain::Role::Agent;
    context.conversations = {
        conversation(51, ChannelKind::FacebookComment, QStringLiteral("Comment on our post")),
    };
    context.conversationId = 51;

    Ui::Composer composer;
    composer.setChannelNamer(channelName);
    composer.setCannedResponses(Ui::Composer::loadCannedResponses());
    composer.setContext(context);
    composer.resize(880, 290);
    composer.findChild<QPlainTextEdit *>(QStringLiteral("editor"))
        ->setPlainText(QStringLiteral(
            "Hi Ana, the refund of £42.50 went back to your card 4111 1111 1111 1111 this "
            "morning. I've emailed the receipt to ana.lopez@mail.example as well."));
    composer.show();
    composer.ensurePolished();
    QApplication::processEvents();
    return composer.grab();
}

} // namespace

int main(int argc, char **argv)
{
    const auto channelName
        = [](ChannelKind channel) { return Ui::ChannelPresentation::name(channel); };
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        qWarning("usage: switchboard-composer-screenshot OUT.png [--blocked] [--dark]");
        return 2;
    }
    QApplication::setPalette(
        args.contains(QLatin1String("--dark")) ? Ui::Theme::dark() : Ui::Theme::light());
    if (args.contains(QLatin1String("--blocked")))
        return blockedReply(channelName).save(args.at(1)) ? 0 : 1;

    Ui::ComposerContext context;
    context.customer.name = QStringLiteral("Ana María López");
    context.agent.name = QStringLiteral("Sam Okafor");
    context.conversations = {
        conversation(41, ChannelKind::XPost, QStringLiteral("@acme my parcel is a week late")),
        conversation(42, ChannelKind::Email, QStringLiteral("Refund for order 4411")),
        conversation(43, ChannelKind::WhatsApp, QString()),
    };
    context.conversationId = 41;

    Domain::Message inbound;
    inbound.id = 415;
    inbound.kind = Domain::MessageKind::Inbound;
    inbound.authorName = QStringLiteral("Ana María López");
    inbound.body = QStringLiteral("Never mind, it just arrived! Box is a bit dented though.");
    inbound.createdAt = QDateTime::currentDateTime().addSecs(-90);

    Ui::Composer reply;
    reply.setChannelNamer(channelName);
    reply.setCannedResponses(Ui::Composer::loadCannedResponses());
    reply.setContext(context);
    reply.resize(720, 400);
    reply.showConflict({1, {}, {inbound}, {}});
    reply.findChild<QPlainTextEdit *>(QStringLiteral("editor"))
        ->setPlainText(QStringLiteral(
            "Hi Ana, so sorry about the wait. Your parcel left our depot this morning and should "
            "reach you tomorrow. Tracking: https://track.example.com/p/88412"));

    Ui::Composer note;
    note.setChannelNamer(channelName);
    context.conversationId = 42;
    note.setContext(context);
    note.setNoteMode(true);
    note.resize(720, 220);
    note.findChild<QPlainTextEdit *>(QStringLiteral("editor"))
        ->setPlainText(
            QStringLiteral("Refund approved by Priya. Customer prefers email; do not call "
                           "before 10:00."));

    for (QWidget *widget : {static_cast<QWidget *>(&reply), static_cast<QWidget *>(&note)}) {
        widget->show();
        widget->ensurePolished();
    }
    QApplication::processEvents();

    const QPixmap top = reply.grab();
    const QPixmap bottom = note.grab();
    const int gap = 12;
    QPixmap sheet(qMax(top.width(), bottom.width()), top.height() + gap + bottom.height());
    sheet.setDevicePixelRatio(top.devicePixelRatio());
    sheet.fill(QApplication::palette().color(QPalette::Mid));
    QPainter painter(&sheet);
    painter.drawPixmap(0, 0, top);
    painter.drawPixmap(0, int(top.height() / top.devicePixelRatio()) + gap, bottom);
    painter.end();
    return sheet.save(args.at(1)) ? 0 : 1;
}
