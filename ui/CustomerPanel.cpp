// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerPanel.h"

#include "AnalysisPresentation.h"
#include "ChannelPresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Switchboard::Ui {

using namespace Domain;

namespace {

QString identityLabel(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Email:
        return CustomerPanel::tr("Email");
    case IdentityKind::Phone:
        return CustomerPanel::tr("Phone");
    case IdentityKind::X:
        return CustomerPanel::tr("X");
    case IdentityKind::Facebook:
        return CustomerPanel::tr("Facebook");
    case IdentityKind::Instagram:
        return CustomerPanel::tr("Instagram");
    case IdentityKind::WhatsApp:
        return CustomerPanel::tr("WhatsApp");
    }
    return {};
}

QString statusLabel(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return CustomerPanel::tr("open");
    case ConversationStatus::Pending:
        return CustomerPanel::tr("pending");
    case ConversationStatus::Resolved:
        return CustomerPanel::tr("resolved");
    }
    return {};
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_identities(new QListWidget(this))
    , m_tags(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_analysisHeading(heading(tr("Analysis"), this))
    , m_analysis(new QLabel(this))
    , m_conversations(new QListWidget(this))
    , m_recordTools(new QWidget(this))
    , m_split(new QPushButton(tr("S&plit…"), m_recordTools))
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_tags->setWordWrap(true);
    m_identities->setAccessibleName(tr("Customer identities"));
    m_conversations->setAccessibleName(tr("Customer conversations"));
    m_identities->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(heading(tr("Identities"), this));
    layout->addWidget(m_identities);
    layout->addWidget(heading(tr("Tags"), this));
    layout->addWidget(m_tags);
    layout->addWidget(heading(tr("Notes"), this));
    layout->addWidget(m_notes);
    m_analysis->setObjectName(QStringLiteral("conversationAnalysis"));
    m_analysis->setWordWrap(true);
    m_analysis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_analysisHeading);
    layout->addWidget(m_analysis);
    layout->addWidget(heading(tr("Conversations"), this));
    layout->addWidget(m_conversations, 1);
    auto *merge = new QPushButton(tr("&Merge with…"), m_recordTools);
    merge->setObjectName(QStringLiteral("mergeCustomerButton"));
    merge->setToolTip(tr("Another record of this person becomes part of this customer"));
    m_split->setObjectName(QStringLiteral("splitCustomerButton"));
    m_split->setToolTip(tr("Move identities and conversations that belong to someone else to "
                           "a new customer"));
    auto *tools = new QHBoxLayout(m_recordTools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(merge);
    tools->addWidget(m_split);
    tools->addStretch(1);
    layout->addWidget(m_recordTools);
    m_recordTools->setVisible(false);
    connect(merge, &QPushButton::clicked, this, &CustomerPanel::mergeRequested);
    connect(m_split, &QPushButton::clicked, this, &CustomerPanel::splitRequested);
    connect(m_conversations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong());
    });
    setCustomer(std::nullopt, {}, 0);
}

void CustomerPanel::setCustomer(const std::optional<Customer> &customer,
    const QList<Conversation> &conversations, Id currentConversation)
{
    m_identities->clear();
    m_conversations->clear();
    m_hasCustomer = customer.has_value();
    m_recordTools->setVisible(m_recordToolsShown && m_hasCustomer);
    // A split needs two things to separate.
    m_split->setEnabled(customer && customer->identities.size() + conversations.size() > 1);
    const auto current = std::find_if(conversations.cbegin(), conversations.cend(),
        [currentConversation](const Conversation &c) { return c.id == currentConversation; });
    const bool analysed = customer && current != conversations.cend() && current->analysis;
    m_analysisHeading->setVisible(analysed);
    m_analysis->setVisible(analysed);
    m_analysis->setText(
        analysed ? AnalysisPresentation::describe(*current->analysis, current->priority) : QString());
    if (!customer) {
        m_name->setText(tr("No customer selected"));
        m_details->clear();
        m_tags->clear();
        m_notes->clear();
        return;
    }
    m_name->setText(customer->name);
    m_details->setText(customer->language.isEmpty()
            ? tr("Customer since %1")
                  .arg(QLocale().toString(customer->createdAt.date(), QLocale::ShortFormat))
            : tr("Language: %1").arg(QLocale(customer->language).nativeLanguageName()));
    for (const Identity &identity : customer->identities)
        m_identities->addItem(
            QStringLiteral("%1: %2").arg(identityLabel(identity.kind), identity.value));
    m_tags->setText(
        customer->tags.isEmpty() ? tr("None") : customer->tags.join(QStringLiteral(", ")));
    m_notes->setText(customer->notes.isEmpty() ? tr("None") : customer->notes);
    for (const Conversation &conversation : conversations) {
        auto *item = new QListWidgetItem(ChannelPresentation::icon(conversation.channel),
            QStringLiteral("%1 — %2").arg(conversation.subject, statusLabel(conversation.status)),
            m_conversations);
        item->setData(Qt::UserRole, conversation.id);
        item->setToolTip(tr("%1 · priority %2")
                             .arg(ChannelPresentation::name(conversation.channel),
                                 AnalysisPresentation::priorityName(conversation.priority)));
        if (conversation.id == currentConversation)
            m_conversations->setCurrentItem(item);
    }
}

void CustomerPanel::setRecordTools(bool shown)
{
    m_recordToolsShown = shown;
    m_recordTools->setVisible(shown && m_hasCustomer);
}

} // namespace Switchboard::Ui
