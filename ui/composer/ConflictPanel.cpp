// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Switchboard::Ui {

ConflictPanel::ConflictPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_revise(new QPushButton(tr("&Revise"), this))
    , m_sendAnyway(new QPushButton(tr("Send &anyway"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Reply not sent"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("conflictReason"));

    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("missedMessages"));
    m_messages = new QVBoxLayout(list);
    m_messages->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    scroll->setAccessibleName(tr("Messages that arrived since you started writing"));

    m_revise->setObjectName(QStringLiteral("reviseButton"));
    m_revise->setAccessibleName(tr("Revise the reply"));
    m_revise->setToolTip(
        tr("Put your reply back in the editor to take the new messages into account"));
    m_sendAnyway->setObjectName(QStringLiteral("sendAnywayButton"));
    m_sendAnyway->setAccessibleName(tr("Send the reply anyway"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAccessibleName(tr("Discard the reply"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_sendAnyway);
    buttons->addWidget(m_revise);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(scroll);
    layout->addLayout(buttons);

    connect(
        m_revise, &QPushButton::clicked, this, [this] { settle(&ConflictPanel::reviseRequested); });
    connect(m_sendAnyway, &QPushButton::clicked, this,
        [this] { settle(&ConflictPanel::sendAnywayRequested); });
    connect(m_discard, &QPushButton::clicked, this,
        [this] { settle(&ConflictPanel::discardRequested); });
    hide();
}

void ConflictPanel::settle(void (ConflictPanel::*signal)(const ConflictInfo &))
{
    if (const std::optional<ConflictInfo> conflict = m_conflict) {
        clear();
        Q_EMIT(this->*signal)(*conflict);
    }
}

void ConflictPanel::clear()
{
    m_conflict.reset();
    hide();
}

void ConflictPanel::setConflict(const ConflictInfo &conflict)
{
    m_conflict = conflict;
    show();
    const QList<Domain::Message> &missed = conflict.missed;
    const QString &reason = conflict.reason;
    m_title->setText(tr("Not sent — the conversation moved on while you were writing. New "
                        "messages: %1")
                         .arg(missed.size()));
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    while (QLayoutItem *item = m_messages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    for (const Domain::Message &message : missed) {
        QString author = message.authorName;
        if (author.isEmpty())
            author
                = message.kind == Domain::MessageKind::Inbound ? tr("Customer") : tr("Colleague");
        if (message.kind == Domain::MessageKind::Note)
            author = message.whisperTo != 0 ? tr("%1 (whisper)").arg(author)
                                            : tr("%1 (internal note)").arg(author);
        const QString when = locale.toString(message.createdAt.toLocalTime(), QLocale::ShortFormat);
        auto *label = new QLabel(QStringLiteral("<b>%1</b> · %2<br>%3")
                                     .arg(author.toHtmlEscaped(), when.toHtmlEscaped(),
                                         message.body.toHtmlEscaped().replace(
                                             QLatin1Char('\n'), QLatin1String("<br>"))));
        label->setObjectName(QStringLiteral("missedMessage"));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAccessibleName(tr("%1 at %2: %3").arg(author, when, message.body));
        m_messages->addWidget(label);
    }
    m_messages->addStretch();
    m_revise->setDefault(true);
}

} // namespace Switchboard::Ui
