// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's window: the live boards with their breach colours, insights and reports
// tables, and the agents' insight tags menu. With SWITCHBOARD_GRAB_DIR set it also saves how the
// boards look.
#include "ConversationTagsMenu.h"
#include "item/SupervisorBoard.h"
#include "supervisor/BoardPages.h"
#include "supervisor/FigurePages.h"
#include "supervisor/SupervisorWindow.h"

#include <QAction>
#include <QBrush>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

QString ago(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs);
}

QJsonObject agent(qint64 id, const QString &name, const QString &state, int since,
    const QJsonObject &work, bool onCall, int handled, double occupancy)
{
    return {{u"user_id"_s, id}, {u"name"_s, name}, {u"state"_s, state},
        {u"state_since"_s, ago(since)}, {u"reason"_s, u""_s}, {u"conversations"_s, work},
        {u"on_call"_s, onCall}, {u"handled_today"_s, handled},
        {u"handle_seconds_avg"_s, handled > 0 ? QJsonValue(200 + 17 * handled) : QJsonValue()},
        {u"occupancy"_s, occupancy}};
}

QJsonObject queue(const QJsonValue &id, const QString &name, int waiting, int wait,
    const QString &channel, const QJsonObject &targets, int answered, int inTarget, int abandoned)
{
    return {{u"queue_id"_s, id}, {u"name"_s, name}, {u"waiting"_s, waiting},
        {u"longest_waiting_since"_s, waiting > 0 ? QJsonValue(ago(wait)) : QJsonValue()},
        {u"longest_waiting_channel"_s, waiting > 0 ? QJsonValue(channel) : QJsonValue()},
        {u"sla_seconds"_s, targets}, {u"answered_today"_s, answered},
        {u"answered_in_sla_today"_s, inTarget},
        {u"sla_attainment_today"_s,
            answered > 0 ? QJsonValue(double(inTarget) / answered) : QJsonValue()},
        {u"abandoned_calls_today"_s, abandoned}};
}

QJsonObject board()
{
    const QJsonObject targets{{u"email"_s, 14400}, {u"voice"_s, 30}, {u"whatsapp"_s, 900},
        {u"x_post"_s, 1800}};
    return {{u"head"_s, 100}, {u"day"_s, QDate::currentDate().toString(Qt::ISODate)},
        {u"agents"_s,
            QJsonArray{agent(1, u"Ana Pereira"_s, u"available"_s, 312,
                           {{u"email"_s, 2}, {u"whatsapp"_s, 1}}, false, 14, 0.5),
                agent(2, u"Ben Okafor"_s, u"busy"_s, 95, {{u"voice"_s, 1}}, true, 22, 1.0),
                agent(3, u"Chloé Martin"_s, u"break"_s, 610, {}, false, 9, 0.0),
                agent(4, u"Dario Rossi"_s, u"after_call_work"_s, 40, {{u"voice"_s, 1}}, false, 17,
                    0.25),
                agent(5, u"Elif Yılmaz"_s, u"available"_s, 1800,
                    {{u"x_post"_s, 2}, {u"facebook_comment"_s, 1}}, false, 11, 0.75),
                agent(6, u"Femi Adeyemi"_s, u"offline"_s, 7200, {}, false, 0, 0.0)}},
        {u"queues"_s,
            QJsonArray{queue(QJsonValue(), u""_s, 1, 120, u"email"_s, {}, 0, 0, 0),
                queue(1, u"Collections"_s, 0, 0, u"email"_s, targets, 12, 12, 0),
                queue(2, u"Billing"_s, 4, 16000, u"email"_s, targets, 31, 27, 0),
                queue(3, u"Technical support"_s, 2, 26, u"voice"_s, targets, 48, 41, 3),
                queue(4, u"Social media"_s, 3, 600, u"x_post"_s, targets, 19, 19, 0)}}};
}

void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_GRAB_DIR");
    if (dir.isEmpty())
        return;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestSupervisorWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boardsShowTheSnapshotAndColourBreaches()
    {
        Item::SupervisorBoard supervisorBoard;
        supervisorBoard.applySnapshot(board());
        Ui::SupervisorWindow window(supervisorBoard);
        window.resize(1100, 420);
        QTableView *agents = window.agentsPage()->view();
        QCOMPARE(agents->model()->rowCount(), 6);
        // Sorted by name.
        QCOMPARE(agents->model()->index(0, 0).data().toString(), u"Ana Pereira"_s);
        grab(window, u"supervisor-agents.png"_s);

        window.tabs()->setCurrentWidget(window.queuesPage());
        QTableView *queues = window.queuesPage()->view();
        QCOMPARE(queues->model()->rowCount(), 5);
        QHash<QString, QVariant> background;
        for (int row = 0; row < queues->model()->rowCount(); ++row) {
            const QModelIndex index = queues->model()->index(row, 0);
            background.insert(index.data().toString(), index.data(Qt::BackgroundRole));
        }
        // Billing waited 16,000 s of 14,400; technical support 26 s of 30 (past 80 %); social
        // media 600 of 1,800.
        QCOMPARE(background.value(u"Billing"_s).value<QBrush>().color(), QColor(0xf8, 0xc4, 0xc0));
        QCOMPARE(background.value(u"Technical support"_s).value<QBrush>().color(),
            QColor(0xfb, 0xe3, 0xa8));
        QVERIFY(!background.value(u"Social media"_s).isValid());
        QVERIFY(!background.value(u"No queue"_s).isValid());
        // The longest wait first.
        QCOMPARE(queues->model()->index(0, 0).data().toString(), u"Billing"_s);
        grab(window, u"supervisor-queues.png"_s);
    }

    void figuresFillTheirTables()
    {
        Item::SupervisorBoard supervisorBoard;
        supervisorBoard.applySnapshot(board());
        Ui::SupervisorWindow window(supervisorBoard);
        QSignalSpy insightsAsked(window.insightsPage(), &Ui::InsightsPage::insightsRequested);
        QSignalSpy reportAsked(window.reportsPage(), &Ui::ReportsPage::reportRequested);
        // Each is read when its tab is first shown.
        window.tabs()->setCurrentWidget(window.insightsPage());
        QCOMPARE(insightsAsked.size(), 1);
        QVERIFY(insightsAsked.first().at(0).toDateTime() < insightsAsked.first().at(1).toDateTime());
        window.insightsPage()->setInsights(QJsonObject{
            {u"counts"_s,
                QJsonArray{QJsonObject{{u"tag"_s, u"complaint"_s}, {u"queue_id"_s, 2},
                               {u"channel"_s, u"email"_s}, {u"count"_s, 4}},
                    QJsonObject{{u"tag"_s, u"sales_opportunity"_s}, {u"queue_id"_s, QJsonValue()},
                        {u"channel"_s, u"whatsapp"_s}, {u"count"_s, 11}}}},
            {u"totals"_s, QJsonObject{{u"complaint"_s, 4}, {u"sales_opportunity"_s, 11}}}});
        auto *insights = window.insightsPage()->findChild<QTableWidget *>();
        QVERIFY(insights);
        QCOMPARE(insights->rowCount(), 2);
        // Most used first, by count as a number; queues by name.
        QCOMPARE(insights->item(0, 0)->text(), u"Sales opportunity"_s);
        QCOMPARE(insights->item(0, 1)->text(), u"No queue"_s);
        QCOMPARE(insights->item(1, 1)->text(), u"Billing"_s);

        window.tabs()->setCurrentWidget(window.reportsPage());
        QCOMPARE(reportAsked.size(), 1);
        QCOMPARE(reportAsked.first().at(0).toString(), u"agents"_s);
        window.reportsPage()->setReport(u"agents"_s,
            QJsonObject{{u"rows"_s,
                QJsonArray{QJsonObject{{u"name"_s, u"Ana Pereira"_s}, {u"handled"_s, 14},
                    {u"handle_seconds_avg"_s, 310}, {u"first_response_seconds_avg"_s, QJsonValue()},
                    {u"answered"_s, 10}, {u"answered_in_sla"_s, 9}, {u"sla_attainment"_s, 0.9}}}}});
        auto *report = window.reportsPage()->findChild<QTableWidget *>();
        QCOMPARE(report->rowCount(), 1);
        QCOMPARE(report->item(0, 2)->text(), u"5:10"_s);
        QCOMPARE(report->item(0, 3)->text(), u"–"_s);
        QCOMPARE(report->item(0, 4)->text(), u"9 of 10"_s);
        QCOMPARE(report->item(0, 5)->text(), u"90 %"_s);
        // An answer for the other kind (asked before a change of mind) is not shown here.
        window.reportsPage()->setReport(u"queues"_s, QJsonObject{{u"rows"_s, QJsonArray{}}});
        QCOMPARE(report->rowCount(), 1);
    }

    void insightTagsKeepTheOtherTags()
    {
        Domain::Conversation conversation;
        conversation.id = 42;
        conversation.tags = {u"vip"_s, u"complaint"_s};
        bool open = true;
        Ui::ConversationTagsMenu menu([&]() -> std::optional<Domain::Conversation> {
            return open ? std::optional(conversation) : std::nullopt;
        });
        QSignalSpy requested(&menu, &Ui::ConversationTagsMenu::tagsRequested);
        QCOMPARE(menu.actions().size(), 5);
        Q_EMIT menu.aboutToShow();
        QAction *complaint = nullptr;
        QAction *feedback = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->data() == u"complaint"_s)
                complaint = action;
            if (action->data() == u"product_feedback"_s)
                feedback = action;
        }
        QVERIFY(complaint && feedback);
        QVERIFY(complaint->isChecked());
        QVERIFY(!feedback->isChecked());
        feedback->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.last().at(0).toLongLong(), 42);
        QCOMPARE(requested.last().at(1).toStringList(),
            (QStringList{u"vip"_s, u"complaint"_s, u"product_feedback"_s}));
        complaint->trigger();
        QCOMPARE(requested.last().at(1).toStringList(), (QStringList{u"vip"_s}));
        // No conversation open: nothing to tag.
        open = false;
        Q_EMIT menu.aboutToShow();
        QVERIFY(!complaint->isEnabled());
    }
};

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisor_window.moc"
