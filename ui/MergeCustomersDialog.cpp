// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCustomersDialog.h"

#include "item/CustomerDirectory.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard::Ui {

using namespace Domain;

namespace {

constexpr int MaxResults = 20;

QString identitiesText(const Customer &customer)
{
    QStringList values;
    for (const Identity &identity : customer.identities)
        values.append(identity.value);
    return values.join(QStringLiteral(", "));
}

} // namespace

MergeCustomersDialog::MergeCustomersDialog(
    const Customer &kept, const Item::CustomerDirectory &directory, QWidget *parent)
    : QDialog(parent)
    , m_kept(kept)
    , m_directory(directory)
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mergeCustomersDialog"));
    setWindowTitle(tr("Merge customers"));
    auto *intro = new QLabel(
        tr("Find the other record of %1 (by name, email address, phone number or handle). It "
           "will become part of this customer: its identities, conversations and calls move "
           "here, and the other record is removed.")
            .arg(kept.name.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_query->setObjectName(QStringLiteral("mergeQuery"));
    m_query->setPlaceholderText(tr("Name, address, number or handle"));
    m_query->setAccessibleName(tr("Find a customer"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("mergeResults"));
    m_results->setAccessibleName(tr("Customers found"));
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_query, &QLineEdit::textChanged, this, &MergeCustomersDialog::find);
    connect(m_results, &QListWidget::currentRowChanged, this, &MergeCustomersDialog::chosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(520, 420);
    chosen();
}

Id MergeCustomersDialog::mergedId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MergeCustomersDialog::find(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        chosen();
        return;
    }
    for (const Customer &customer : m_directory.findCustomers(text, MaxResults + 1)) {
        if (customer.id == m_kept.id || m_results->count() >= MaxResults)
            continue;
        const QString identities = identitiesText(customer);
        auto *item = new QListWidgetItem(
            identities.isEmpty() ? customer.name : tr("%1 — %2").arg(customer.name, identities),
            m_results);
        item->setData(Qt::UserRole, customer.id);
    }
    chosen();
}

void MergeCustomersDialog::chosen()
{
    const Id id = mergedId();
    m_merge->setEnabled(id > 0);
    if (id == 0) {
        m_summary->setText(m_query->text().trimmed().isEmpty() || m_results->count() > 0
                ? tr("Choose the record to merge into %1.").arg(m_kept.name)
                : tr("No other customer in this desktop's records matches."));
        return;
    }
    const auto other = m_directory.customer(id);
    const int conversations = int(m_directory.conversations(id).size());
    m_summary->setText(tr("%1 (%2) will move to %3, with the conversations it has here: %4.")
                           .arg(other ? other->name : QString(),
                               other ? identitiesText(*other) : QString(), m_kept.name)
                           .arg(conversations));
}

} // namespace Switchboard::Ui
