// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRecords.h"

#include "CustomerPanel.h"
#include "MergeCustomersDialog.h"
#include "SplitCustomerDialog.h"
#include "item/CustomerDirectory.h"

namespace Switchboard::Ui {

using namespace Domain;

CustomerRecords::CustomerRecords(CustomerPanel *panel, QWidget *dialogParent)
    : QObject(panel)
    , m_dialogParent(dialogParent)
{
    connect(panel, &CustomerPanel::mergeRequested, this, &CustomerRecords::askMerge);
    connect(panel, &CustomerPanel::splitRequested, this, &CustomerRecords::askSplit);
}

void CustomerRecords::setDirectory(const Item::CustomerDirectory *directory)
{
    m_directory = directory;
}

void CustomerRecords::setCustomer(Id customerId)
{
    m_customerId = customerId;
}

void CustomerRecords::askMerge()
{
    if (!m_directory)
        return;
    const auto customer = m_directory->customer(m_customerId);
    if (!customer)
        return;
    // Modal but not blocking: the event loop (and sync) keep running while it is open.
    auto *dialog = new MergeCustomersDialog(*customer, *m_directory, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id kept = customer->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, kept] {
        if (dialog->mergedId() > 0)
            Q_EMIT mergeRequested(kept, dialog->mergedId());
    });
    dialog->open();
}

void CustomerRecords::askSplit()
{
    if (!m_directory)
        return;
    const auto customer = m_directory->customer(m_customerId);
    if (!customer)
        return;
    auto *dialog = new SplitCustomerDialog(
        *customer, m_directory->conversations(customer->id), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id id = customer->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        Q_EMIT splitRequested(
            id, dialog->identityIds(), dialog->conversationIds(), dialog->newName());
    });
    dialog->open();
}

} // namespace Switchboard::Ui
