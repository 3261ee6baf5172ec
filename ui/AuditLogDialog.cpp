// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "composer/FindingText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Switchboard::Ui {

namespace {

enum Column {
    TimeColumn,
    UserColumn,
    ActionColumn,
    ConversationColumn,
    ReasonColumn,
    FindingsColumn
};

QString actionText(const QString &action)
{
    if (action == Domain::AuditAction::ReplyPolicyOverride)
        return AuditLogDialog::tr("Sent a blocked reply");
    if (action == Domain::AuditAction::ReplyPolicyUpdated)
        return AuditLogDialog::tr("Changed the reply policy");
    if (action == Domain::AuditAction::CustomerMerge)
        return AuditLogDialog::tr("Merged two customers");
    if (action == Domain::AuditAction::CustomerSplit)
        return AuditLogDialog::tr("Split a customer");
    return action;
}

} // namespace

AuditLogDialog::AuditLogDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 6, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Conversation"), tr("Reason"), tr("Findings")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 420);
}

void AuditLogDialog::reload()
{
    m_table->setRowCount(0);
    m_shown.clear();
    m_status->setText(tr("Loading…"));
    Q_EMIT fetchRequested(0);
}

void AuditLogDialog::addPage(const QList<Domain::AuditEntry> &entries, qint64 nextAfter)
{
    for (const Domain::AuditEntry &entry : entries)
        addEntry(entry);
    if (nextAfter >= 0) {
        Q_EMIT fetchRequested(nextAfter);
        return;
    }
    m_status->setText(tr("%n entries", nullptr, entryCount()));
}

void AuditLogDialog::addEntry(const Domain::AuditEntry &entry)
{
    if (m_shown.contains(entry.id))
        return;
    m_shown.insert(entry.id);
    QStringList findings;
    for (const QJsonValue &value : entry.details.value(QLatin1String("findings")).toArray()) {
        const QString reason
            = FindingText::reason(value.toObject().value(QLatin1String("kind")).toString());
        if (!findings.contains(reason))
            findings << reason;
    }
    const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    const QString conversation = entry.conversationId
        ? tr("#%1 (%2)")
              .arg(*entry.conversationId)
              .arg(entry.details.value(QLatin1String("channel")).toString())
        : QString();
    // Entries arrive oldest first; a live one is the newest, so rows stay in id order.
    int row = m_table->rowCount();
    while (
        row > 0 && m_table->item(row - 1, TimeColumn)->data(Qt::UserRole).toLongLong() > entry.id)
        --row;
    m_table->insertRow(row);
    const QStringList cells{when, entry.userName, actionText(entry.action), conversation,
        entry.reason, findings.join(QStringLiteral("; "))};
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        m_table->setItem(row, column, item);
    }
    m_table->item(row, TimeColumn)->setData(Qt::UserRole, entry.id);
    m_status->setText(tr("%n entries", nullptr, entryCount()));
}

void AuditLogDialog::setError(const QString &reason)
{
    m_status->setText(tr("The audit log could not be read: %1").arg(reason));
}

} // namespace Switchboard::Ui
