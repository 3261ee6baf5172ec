// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitCustomerDialog.h"

#include "ChannelPresentation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard::Ui {

using namespace Domain;

namespace {

//! The channels a customer reaches the contact centre on through an identity of this kind.
bool reachesThrough(IdentityKind kind, ChannelKind channel)
{
    switch (kind) {
    case IdentityKind::Email:
        return channel == ChannelKind::Email;
    case IdentityKind::Phone:
        return channel == ChannelKind::Voice || channel == ChannelKind::Sms;
    case IdentityKind::X:
        return channel == ChannelKind::XPost || channel == ChannelKind::XDm;
    case IdentityKind::Facebook:
        return channel == ChannelKind::Messenger || channel == ChannelKind::FacebookComment;
    case IdentityKind::Instagram:
        return channel == ChannelKind::InstagramDm || channel == ChannelKind::InstagramComment;
    case IdentityKind::WhatsApp:
        return channel == ChannelKind::WhatsApp;
    }
    return false;
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return out;
}

} // namespace

SplitCustomerDialog::SplitCustomerDialog(
    const Customer &customer, const QList<Conversation> &conversations, QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_conversationList(conversations)
    , m_identities(new QListWidget(this))
    , m_conversations(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("splitCustomerDialog"));
    setWindowTitle(tr("Split customer"));
    auto *intro = new QLabel(tr("Tick what belongs to someone else. It moves to a new customer; "
                                "everything else stays with %1.")
                                 .arg(customer.name.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_identities->setObjectName(QStringLiteral("splitIdentities"));
    m_identities->setAccessibleName(tr("Identities to move"));
    m_identities->setMaximumHeight(110);
    m_conversations->setObjectName(QStringLiteral("splitConversations"));
    m_conversations->setAccessibleName(tr("Conversations to move"));
    m_name->setObjectName(QStringLiteral("splitName"));
    m_name->setText(customer.name);
    m_name->setAccessibleName(tr("New customer's name"));
    m_summary->setObjectName(QStringLiteral("splitSummary"));
    m_summary->setWordWrap(true);
    for (const Identity &identity : customer.identities) {
        auto *item = new QListWidgetItem(identity.value, m_identities);
        item->setData(Qt::UserRole, identity.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const Conversation &conversation : conversations) {
        auto *item = new QListWidgetItem(ChannelPresentation::icon(conversation.channel),
            QStringLiteral("%1 — %2").arg(
                ChannelPresentation::name(conversation.channel), conversation.subject),
            m_conversations);
        item->setData(Qt::UserRole, conversation.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_split = buttons->addButton(tr("&Split"), QDialogButtonBox::AcceptRole);
    m_split->setObjectName(QStringLiteral("splitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_identities, &QListWidget::itemChanged, this,
        [this](QListWidgetItem *item) { identityToggled(m_identities->row(item)); });
    connect(m_conversations, &QListWidget::itemChanged, this, &SplitCustomerDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &SplitCustomerDialog::update);

    auto *form = new QFormLayout;
    form->addRow(tr("New customer's &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Identities"), this));
    layout->addWidget(m_identities);
    layout->addWidget(new QLabel(tr("Conversations"), this));
    layout->addWidget(m_conversations, 1);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(520, 480);
    update();
}

QList<Id> SplitCustomerDialog::identityIds() const
{
    return checkedIds(m_identities);
}

QList<Id> SplitCustomerDialog::conversationIds() const
{
    return checkedIds(m_conversations);
}

QString SplitCustomerDialog::newName() const
{
    return m_name->text().trimmed();
}

void SplitCustomerDialog::identityToggled(int row)
{
    if (row < 0 || row >= m_customer.identities.size())
        return;
    const IdentityKind kind = m_customer.identities.at(row).kind;
    const Qt::CheckState state = m_identities->item(row)->checkState();
    // The conversations that came through it usually go with it; the supervisor can untick.
    const QSignalBlocker blocker(m_conversations);
    for (int i = 0; i < m_conversationList.size(); ++i) {
        if (reachesThrough(kind, m_conversationList.at(i).channel))
            m_conversations->item(i)->setCheckState(state);
    }
    update();
}

void SplitCustomerDialog::update()
{
    const qsizetype identities = identityIds().size();
    const qsizetype conversations = conversationIds().size();
    const bool nothing = identities == 0 && conversations == 0;
    const bool everything
        = identities == m_identities->count() && conversations == m_conversations->count();
    m_split->setEnabled(!nothing && !everything && !newName().isEmpty());
    if (nothing)
        m_summary->setText(tr("Tick at least one identity or conversation."));
    else if (everything)
        m_summary->setText(tr("Something must stay with %1.").arg(m_customer.name));
    else if (newName().isEmpty())
        m_summary->setText(tr("Give the new customer a name."));
    else
        m_summary->setText(tr("Moving to %1: identities %2 of %3, conversations %4 of %5.")
                               .arg(newName())
                               .arg(identities)
                               .arg(m_identities->count())
                               .arg(conversations)
                               .arg(m_conversations->count()));
}

} // namespace Switchboard::Ui
