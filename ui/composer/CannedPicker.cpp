// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedPicker.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace Switchboard::Ui {

namespace {
constexpr int ResponseIndexRole = Qt::UserRole + 1;
} // namespace

CannedPicker::CannedPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("cannedPicker"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Canned responses"));
    m_filter->setObjectName(QStringLiteral("cannedFilter"));
    m_filter->setPlaceholderText(tr("Type to filter canned responses"));
    m_filter->setAccessibleName(tr("Filter canned responses"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("cannedList"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    // Arrow keys and Enter work from the filter, so the hands never leave the typing position.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CannedPicker::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &CannedPicker::choose);
}

void CannedPicker::setResponses(const QList<Policy::CannedResponse> &responses)
{
    m_responses = responses;
    applyFilter(m_filter->text());
}

void CannedPicker::popup(QWidget *anchor)
{
    m_filter->clear();
    applyFilter({});
    resize(qMax(anchor->window()->width() / 2, 420), fontMetrics().lineSpacing() * 14);
    QPoint pos = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        if (pos.y() + height() > available.bottom())
            pos.setY(anchor->mapToGlobal(QPoint(0, 0)).y() - height());
        pos.setX(qBound(available.left(), pos.x(), available.right() - width()));
    }
    move(pos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CannedPicker::applyFilter(const QString &filter)
{
    m_list->clear();
    const QString needle = filter.trimmed();
    for (qsizetype i = 0; i < m_responses.size(); ++i) {
        const Policy::CannedResponse &response = m_responses.at(i);
        if (!needle.isEmpty() && !response.title.contains(needle, Qt::CaseInsensitive)
            && !response.body.contains(needle, Qt::CaseInsensitive))
            continue;
        const QString preview = response.body.simplified();
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(response.title, preview));
        item->setData(ResponseIndexRole, int(i));
        item->setToolTip(response.body);
        m_list->addItem(item);
    }
    if (m_list->count() == 0) {
        auto *item
            = new QListWidgetItem(m_responses.isEmpty() ? tr("No canned responses for this channel")
                                                        : tr("Nothing matches “%1”").arg(needle));
        item->setFlags(Qt::NoItemFlags);
        m_list->addItem(item);
        return;
    }
    m_list->setCurrentRow(0);
}

void CannedPicker::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const int index = item->data(ResponseIndexRole).toInt();
    hide();
    Q_EMIT chosen(m_responses.at(index));
}

bool CannedPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Switchboard::Ui
