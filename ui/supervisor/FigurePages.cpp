// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigurePages.h"

#include "ChannelPresentation.h"
#include "InsightTags.h"
#include "item/BoardTable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Switchboard::Ui {

namespace {

QTableWidget *figureTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    return table;
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

//! A cell that sorts by its number when it has one, by its text otherwise.
class Cell : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(Qt::UserRole);
        const QVariant theirs = other.data(Qt::UserRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        return QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new Cell(text);
    if (sortValue.isValid()) {
        item->setData(Qt::UserRole, sortValue);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QTableWidgetItem *number(const QJsonValue &value)
{
    return value.isDouble() ? cell(QString::number(value.toInteger()), value.toInteger())
                            : cell(QStringLiteral("–"), -1);
}

QTableWidgetItem *seconds(const QJsonValue &value)
{
    if (!value.isDouble())
        return cell(QStringLiteral("–"), -1);
    const qint64 s = value.toInteger();
    return cell(QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')), s);
}

QString csvName(const QString &stem)
{
    return QDir::home().filePath(stem + QStringLiteral(".csv"));
}

QString savedText(const QString &file)
{
    return QCoreApplication::translate("Switchboard::Ui::InsightsPage", "Saved to %1")
        .arg(QDir::toNativeSeparators(file));
}

void fill(QTableWidget *table, const QList<QList<QTableWidgetItem *>> &rows)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, rows.at(r).at(c));
    }
    table->setSortingEnabled(true);
}

} // namespace

InsightsPage::InsightsPage(std::function<QString(const QJsonValue &)> queueName, QWidget *parent)
    : QWidget(parent)
    , m_queueName(std::move(queueName))
    , m_from(dateEdit(QDate::currentDate().addDays(-6), this))
    , m_to(dateEdit(QDate::currentDate(), this))
    , m_table(figureTable({tr("Tag"), tr("Queue"), tr("Channel"), tr("Conversations")}, this))
    , m_status(new QLabel(this))
{
    auto *show = new QPushButton(tr("Show"), this);
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    connect(show, &QPushButton::clicked, this, &InsightsPage::request);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export insights"),
            csvName(QStringLiteral("insights-%1-%2")
                        .arg(m_from->date().toString(Qt::ISODate),
                            m_to->date().toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty()) {
            m_status->setText(tr("Exporting…"));
            Q_EMIT exportRequested(from(), to(), file);
        }
    });
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch();
    period->addWidget(exportCsv);
    m_table->setAccessibleName(tr("Insights"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
}

QDateTime InsightsPage::from() const
{
    return m_from->date().startOfDay();
}

QDateTime InsightsPage::to() const
{
    return qMax(m_from->date(), m_to->date()).addDays(1).startOfDay();
}

void InsightsPage::request()
{
    m_status->setText(tr("Loading…"));
    Q_EMIT insightsRequested(from(), to());
}

void InsightsPage::setInsights(const QJsonObject &insights)
{
    QList<QList<QTableWidgetItem *>> rows;
    for (const QJsonValue &value : insights.value(QLatin1String("counts")).toArray()) {
        const QJsonObject count = value.toObject();
        rows << QList<QTableWidgetItem *>{
            cell(InsightTags::name(count.value(QLatin1String("tag")).toString())),
            cell(m_queueName(count.value(QLatin1String("queue_id")))),
            cell(ChannelPresentation::name(count.value(QLatin1String("channel")).toString())),
            number(count.value(QLatin1String("count")))};
    }
    fill(m_table, rows);
    m_table->sortItems(3, Qt::DescendingOrder);
    QStringList totals;
    const QJsonObject perTag = insights.value(QLatin1String("totals")).toObject();
    for (const QString &tag : InsightTags::all())
        totals << QStringLiteral("%1: %2").arg(InsightTags::name(tag)).arg(perTag.value(tag).toInt());
    m_status->setText(tr("Totals — %1").arg(totals.join(QStringLiteral(", "))));
}

void InsightsPage::setError(const QString &reason)
{
    m_status->setText(tr("Could not load the insights: %1").arg(reason));
}

void InsightsPage::setSaved(const QString &file)
{
    m_status->setText(savedText(file));
}

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_day(dateEdit(QDate::currentDate(), this))
    , m_table(figureTable({tr("Name"), tr("Handled"), tr("Avg. handle time"),
                              tr("Avg. first response"), tr("Answered in target"), tr("SLA")},
          this))
    , m_status(new QLabel(this))
{
    m_kind->addItem(tr("Per agent"), QStringLiteral("agents"));
    m_kind->addItem(tr("Per queue"), QStringLiteral("queues"));
    auto *show = new QPushButton(tr("Show"), this);
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    connect(show, &QPushButton::clicked, this, &ReportsPage::request);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::request);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export report"),
            csvName(QStringLiteral("report-%1-%2").arg(kind(), day().toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty()) {
            m_status->setText(tr("Exporting…"));
            Q_EMIT exportRequested(kind(), day(), file);
        }
    });
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_kind);
    choice->addWidget(new QLabel(tr("Day"), this));
    choice->addWidget(m_day);
    choice->addWidget(show);
    choice->addStretch();
    choice->addWidget(exportCsv);
    m_table->setAccessibleName(tr("Report"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
}

QString ReportsPage::kind() const
{
    return m_kind->currentData().toString();
}

QDate ReportsPage::day() const
{
    return m_day->date();
}

void ReportsPage::request()
{
    m_status->setText(tr("Loading…"));
    Q_EMIT reportRequested(kind(), day());
}

void ReportsPage::setReport(const QString &kind, const QJsonObject &report)
{
    if (kind != this->kind())
        return; // an answer to a choice since changed
    QList<QList<QTableWidgetItem *>> rows;
    for (const QJsonValue &value : report.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        QString name = row.value(QLatin1String("name")).toString();
        if (name.isEmpty() && kind == QLatin1String("queues"))
            name = tr("No queue");
        const QJsonValue attainment = row.value(QLatin1String("sla_attainment"));
        rows << QList<QTableWidgetItem *>{cell(name), number(row.value(QLatin1String("handled"))),
            seconds(row.value(QLatin1String("handle_seconds_avg"))),
            seconds(row.value(QLatin1String("first_response_seconds_avg"))),
            cell(tr("%1 of %2")
                     .arg(row.value(QLatin1String("answered_in_sla")).toInt())
                     .arg(row.value(QLatin1String("answered")).toInt()),
                row.value(QLatin1String("answered_in_sla")).toInt()),
            cell(Item::BoardTable::percent(attainment), attainment.toDouble(-1.0))};
    }
    fill(m_table, rows);
    m_status->setText(tr("%n row(s) for %1", nullptr, int(rows.size()))
                          .arg(QLocale().toString(day(), QLocale::LongFormat)));
}

void ReportsPage::setError(const QString &reason)
{
    m_status->setText(tr("Could not load the report: %1").arg(reason));
}

void ReportsPage::setSaved(const QString &file)
{
    m_status->setText(savedText(file));
}

} // namespace Switchboard::Ui
