// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Switchboard::Ui {

//! Insights: how often agents tagged conversations with each insight tag, by queue and channel,
//! over a period of days; exported with the conversations as CSV.
class InsightsPage : public QWidget
{
    Q_OBJECT
public:
    //! queueName names a queue id (null: work in no queue).
    explicit InsightsPage(
        std::function<QString(const QJsonValue &)> queueName, QWidget *parent = nullptr);

    //! The period chosen: from the first day's start to the last day's end, local time.
    QDateTime from() const;
    QDateTime to() const;

    void setInsights(const QJsonObject &insights);
    void setError(const QString &reason);
    void setSaved(const QString &file);

public Q_SLOTS:
    void request();

Q_SIGNALS:
    void insightsRequested(const QDateTime &from, const QDateTime &to);
    void exportRequested(const QDateTime &from, const QDateTime &to, const QString &file);

private:
    std::function<QString(const QJsonValue &)> m_queueName;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
};

//! Reports for one day, per agent or per queue: handled, average handle time, average first
//! response, first responses within target; exported as CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);

    //! "agents" or "queues".
    QString kind() const;
    QDate day() const;

    void setReport(const QString &kind, const QJsonObject &report);
    void setError(const QString &reason);
    void setSaved(const QString &file);

public Q_SLOTS:
    void request();

Q_SIGNALS:
    void reportRequested(const QString &kind, const QDate &day);
    void exportRequested(const QString &kind, const QDate &day, const QString &file);

private:
    QComboBox *m_kind;
    QDateEdit *m_day;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace Switchboard::Ui
