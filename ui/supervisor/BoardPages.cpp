// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardPages.h"

#include "PresenceSelector.h"
#include "item/AgentBoardModel.h"
#include "item/QueueBoardModel.h"

#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard::Ui {

namespace {

QTableView *boardView(QSortFilterProxyModel *proxy, int sortRole, QWidget *parent)
{
    proxy->setSortRole(sortRole);
    proxy->setDynamicSortFilter(true);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    return view;
}

//! Colours the queues board's rows by how close their longest wait is to the target.
class BreachColours : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::BackgroundRole && role != Qt::FontRole)
            return QSortFilterProxyModel::data(index, role);
        const auto level = Item::QueueBoardModel::Breach(
            QSortFilterProxyModel::data(index, Item::QueueBoardModel::BreachRole).toInt());
        if (level == Item::QueueBoardModel::Breach::None)
            return {};
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QBrush(level == Item::QueueBoardModel::Breach::Breached ? QColor(0xf8, 0xc4, 0xc0)
                                                                       : QColor(0xfb, 0xe3, 0xa8));
    }
};

} // namespace

AgentsBoardPage::AgentsBoardPage(Item::AgentBoardModel &model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(&model);
    m_view = boardView(m_proxy, Item::AgentBoardModel::SortRole, this);
    m_view->sortByColumn(Item::AgentBoardModel::NameColumn, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Agents"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { showStateMenu(m_view->viewport()->mapToGlobal(pos)); });

    auto *setState = new QPushButton(tr("Set state…"), this);
    setState->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, setState,
        [setState](const QModelIndex &current) { setState->setEnabled(current.isValid()); });
    connect(setState, &QPushButton::clicked, this,
        [this, setState] { showStateMenu(setState->mapToGlobal(QPoint(0, setState->height()))); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto *hint = new QLabel(
        tr("Live: rows change as agents work. Changing an agent's state is recorded in the audit log."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(setState, 0, Qt::AlignLeft);
}

void AgentsBoardPage::showStateMenu(const QPoint &globalPos)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Domain::Id userId = current.data(Item::AgentBoardModel::UserIdRole).toLongLong();
    const QString name = current.siblingAtColumn(Item::AgentBoardModel::NameColumn).data().toString();
    QMenu menu(this);
    menu.setTitle(tr("Set state of %1").arg(name));
    for (const Domain::PresenceState state :
        {Domain::PresenceState::Available, Domain::PresenceState::Busy,
            Domain::PresenceState::Break, Domain::PresenceState::Lunch,
            Domain::PresenceState::Training, Domain::PresenceState::AfterCallWork,
            Domain::PresenceState::Offline}) {
        menu.addAction(PresenceSelector::stateName(state), this, [this, userId, name, state] {
            bool ok = false;
            const QString reason = QInputDialog::getText(this, tr("Set state"),
                tr("Reason for setting %1 to %2 (recorded in the audit log):")
                    .arg(name, PresenceSelector::stateName(state)),
                QLineEdit::Normal, QString(), &ok);
            if (ok)
                Q_EMIT stateRequested(userId, state, reason.trimmed());
        });
    }
    menu.exec(globalPos);
}

QueuesBoardPage::QueuesBoardPage(Item::QueueBoardModel &model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new BreachColours(this))
{
    m_proxy->setSourceModel(&model);
    m_view = boardView(m_proxy, Item::QueueBoardModel::SortRole, this);
    m_view->sortByColumn(Item::QueueBoardModel::LongestWaitColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(tr("Queues"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto *legend = new QLabel(tr("Red: the longest wait has passed the queue's first-response "
                                 "target. Amber: it is past %1 % of it.")
                                  .arg(qRound(Item::QueueBoardModel::NearShare * 100)),
        this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
}

} // namespace Switchboard::Ui
