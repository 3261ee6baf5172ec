// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The call widgets on their own, on the offscreen platform: the pop-up's buttons, the bar's
// timer and hold state driven by a test clock, and the wrap-up form's rules.
#include "calls/ActiveCallBar.h"
#include "calls/Dispositions.h"
#include "calls/IncomingCallDialog.h"
#include "calls/WrapUpDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Switchboard;
using namespace Switchboard::Ui;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);

Domain::CallRecord ringing()
{
    Domain::CallRecord call;
    call.id = 41;
    call.customerId = 7;
    call.conversationId = 70;
    call.fromNumber = QStringLiteral("+447700900123");
    call.toNumber = QStringLiteral("+442079460000");
    call.agentId = 3;
    call.offeredAt = T0;
    return call;
}

Domain::CallRecord answered()
{
    Domain::CallRecord call = ringing();
    call.answeredAt = T0.addSecs(5);
    return call;
}

template <typename T> T *named(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestCallWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incomingCallShowsTheCallerAndTheirHistory()
    {
        IncomingCallDialog dialog;
        Domain::CallRecord earlier = ringing();
        earlier.id = 12;
        earlier.offeredAt = T0.addDays(-3);
        earlier.answeredAt = earlier.offeredAt.addSecs(4);
        earlier.endedAt = earlier.answeredAt.addSecs(185);
        earlier.durationSeconds = 185;
        earlier.disposition = QStringLiteral("callback_requested");
        Domain::CallRecord missed = ringing();
        missed.id = 13;
        missed.offeredAt = T0.addDays(-1);
        missed.endedAt = missed.offeredAt.addSecs(30);
        Domain::Conversation email;
        email.id = 5;
        email.channel = Domain::ChannelKind::Email;
        email.subject = QStringLiteral("Refund for order 1182");
        email.lastMessageAt = T0.addDays(-2);
        dialog.setCall(
            ringing(), QStringLiteral("Ann Example"), {email}, {ringing(), missed, earlier});

        QCOMPARE(named<QLabel>(&dialog, "callerName")->text(), QStringLiteral("Ann Example"));
        QCOMPARE(named<QLabel>(&dialog, "callerNumber")->text(), QStringLiteral("+447700900123"));
        auto *history = named<QListWidget>(&dialog, "callerHistory");
        // Newest first, the ringing call itself left out.
        QCOMPARE(history->count(), 3);
        QVERIFY(history->item(0)->text().contains(QLatin1String("Missed call")));
        QVERIFY(history->item(1)->text().contains(QLatin1String("Refund for order 1182")));
        QVERIFY(history->item(2)->text().contains(QLatin1String("03:05")));
        QVERIFY(history->item(2)->text().contains(QLatin1String("Callback requested")));

        // An unknown caller: the number is the name, and there is nothing to show yet.
        dialog.setCall(ringing(), QString(), {}, {});
        QCOMPARE(named<QLabel>(&dialog, "callerName")->text(), QStringLiteral("+447700900123"));
        QCOMPARE(history->count(), 1);
    }

    void acceptAndDeclineEmitTheirRequests()
    {
        IncomingCallDialog dialog;
        dialog.setCall(ringing(), QStringLiteral("Ann Example"), {}, {});
        dialog.show();
        QSignalSpy accepted(&dialog, &IncomingCallDialog::acceptRequested);
        QSignalSpy declined(&dialog, &IncomingCallDialog::declineRequested);
        auto *accept = named<QPushButton>(&dialog, "acceptCall");
        auto *decline = named<QPushButton>(&dialog, "declineCall");
        QVERIFY(!accept->accessibleName().isEmpty() && !decline->accessibleName().isEmpty());
        // Neither is the default button: a stray Enter answers nothing.
        QVERIFY(!accept->isDefault() && !accept->autoDefault());
        QVERIFY(!decline->isDefault() && !decline->autoDefault());
        QCOMPARE(accept->text(), QStringLiteral("&Accept"));
        QCOMPARE(decline->text(), QStringLiteral("&Decline"));

        // Keys meant for another window do not reach a button.
        QVERIFY(!accept->hasFocus() && !decline->hasFocus());
        QTest::keyClick(&dialog, Qt::Key_Space);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.size() + declined.size(), 0);
        QVERIFY(dialog.isVisible());

        // Escape does not decline: the caller is still waiting.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(declined.size(), 0);

        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.at(0).at(0).toLongLong(), 41);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        IncomingCallDialog other;
        other.setCall(ringing(), QStringLiteral("Ann Example"), {}, {});
        other.show();
        QSignalSpy otherDeclined(&other, &IncomingCallDialog::declineRequested);
        QTest::mouseClick(named<QPushButton>(&other, "declineCall"), Qt::LeftButton);
        QCOMPARE(otherDeclined.size(), 1);
        QVERIFY(!other.isVisible());
    }

    void altAAcceptsAndAltDDeclines()
    {
        for (const auto key : {Qt::Key_A, Qt::Key_D}) {
            IncomingCallDialog dialog;
            dialog.setCall(ringing(), QStringLiteral("Ann Example"), {}, {});
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QSignalSpy accepted(&dialog, &IncomingCallDialog::acceptRequested);
            QSignalSpy declined(&dialog, &IncomingCallDialog::declineRequested);
            // With the focus on the history, as the pop-up opens.
            QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("callerHistory"))->hasFocus());
            QTest::keyClick(&dialog, key, Qt::AltModifier);
            // A mnemonic animates the click, so the signal comes a moment later.
            QTRY_COMPARE(accepted.size() + declined.size(), 1);
            QCOMPARE(accepted.size(), key == Qt::Key_A ? 1 : 0);
            QCOMPARE(declined.size(), key == Qt::Key_D ? 1 : 0);
        }
    }

    void formatsDurations()
    {
        QCOMPARE(ActiveCallBar::formatDuration(0), QStringLiteral("00:00"));
        QCOMPARE(ActiveCallBar::formatDuration(65), QStringLiteral("01:05"));
        QCOMPARE(ActiveCallBar::formatDuration(3599), QStringLiteral("59:59"));
        QCOMPARE(ActiveCallBar::formatDuration(3723), QStringLiteral("1:02:03"));
        QCOMPARE(ActiveCallBar::formatDuration(-4), QStringLiteral("00:00"));
    }

    void barTimerAdvancesWithTheClock()
    {
        ActiveCallBar bar;
        QDateTime now = T0.addSecs(5 + 65);
        bar.setClock([&now] { return now; });
        bar.setCall(answered(), QStringLiteral("Ann Example"));
        QVERIFY(bar.isVisible() || !bar.isHidden());
        QCOMPARE(bar.timerText(), QStringLiteral("01:05"));
        now = now.addSecs(60);
        bar.tick();
        QCOMPARE(bar.timerText(), QStringLiteral("02:05"));
        QVERIFY(named<QLabel>(&bar, "activeCaller")->text().contains(QLatin1String("Ann Example")));
        // The real ticker redraws by itself; its text always reads as a duration.
        bar.setClock([] { return QDateTime::currentDateTimeUtc(); });
        QVERIFY(QRegularExpression(QStringLiteral("^(\\d+:)?\\d\\d:\\d\\d$"))
                    .match(bar.timerText())
                    .hasMatch());
    }

    void holdTogglesAndPausesTheTimer()
    {
        ActiveCallBar bar;
        QDateTime now = T0.addSecs(5 + 100);
        bar.setClock([&now] { return now; });
        bar.setCall(answered(), QStringLiteral("Ann Example"));
        QSignalSpy holds(&bar, &ActiveCallBar::holdRequested);
        QSignalSpy resumes(&bar, &ActiveCallBar::resumeRequested);
        auto *hold = named<QPushButton>(&bar, "holdCall");
        QCOMPARE(hold->text(), QStringLiteral("Hold"));
        QVERIFY(named<QLabel>(&bar, "onHoldBadge")->isHidden());
        QTest::mouseClick(hold, Qt::LeftButton);
        QCOMPARE(holds.size(), 1);
        QCOMPARE(holds.at(0).at(0).toLongLong(), 41);

        // The hub's answer: on hold since now. The timer stands still while the caller waits.
        Domain::CallRecord held = answered();
        held.onHold = true;
        held.holdStartedAt = now;
        bar.setCall(held, QStringLiteral("Ann Example"));
        QCOMPARE(hold->text(), QStringLiteral("Resume"));
        QVERIFY(!named<QLabel>(&bar, "onHoldBadge")->isHidden());
        QCOMPARE(bar.timerText(), QStringLiteral("01:40"));
        now = now.addSecs(30);
        bar.tick();
        QCOMPARE(bar.timerText(), QStringLiteral("01:40"));

        // The shortcut's action resumes too.
        QCOMPARE(bar.holdAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        bar.holdAction()->trigger();
        QCOMPARE(resumes.size(), 1);

        // Resumed: the 30 s on hold do not count as talk time.
        Domain::CallRecord resumed = answered();
        resumed.heldSeconds = 30;
        bar.setCall(resumed, QStringLiteral("Ann Example"));
        QCOMPARE(hold->text(), QStringLiteral("Hold"));
        QCOMPARE(bar.timerText(), QStringLiteral("01:40"));
        now = now.addSecs(20);
        bar.tick();
        QCOMPARE(bar.timerText(), QStringLiteral("02:00"));
    }

    void transferAndEnd()
    {
        ActiveCallBar bar;
        bar.setCall(answered(), QStringLiteral("Ann Example"));
        Domain::User colleague;
        colleague.id = 9;
        colleague.name = QStringLiteral("Robin Colleague");
        colleague.presence.state = Domain::PresenceState::Available;
        bar.setTransferTargets({colleague});
        QSignalSpy transfers(&bar, &ActiveCallBar::transferRequested);
        QSignalSpy ends(&bar, &ActiveCallBar::endRequested);
        auto *transfer = named<QToolButton>(&bar, "transferCall");
        QVERIFY(transfer->isEnabled());
        const QList<QAction *> targets = transfer->menu()->actions();
        QCOMPARE(targets.size(), 1);
        QVERIFY(targets.at(0)->text().contains(QLatin1String("Robin Colleague")));
        targets.at(0)->trigger();
        QCOMPARE(transfers.size(), 1);
        QCOMPARE(transfers.at(0).at(1).toLongLong(), 9);

        QCOMPARE(bar.endAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+X")));
        QTest::mouseClick(named<QPushButton>(&bar, "endCall"), Qt::LeftButton);
        QCOMPARE(ends.size(), 1);
        QCOMPARE(ends.at(0).at(0).toLongLong(), 41);

        bar.clearCall();
        QVERIFY(bar.isHidden());
        QVERIFY(!bar.endAction()->isEnabled());
        QVERIFY(!bar.holdAction()->isEnabled());
        bar.endAction()->trigger();
        QCOMPARE(ends.size(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        ActiveCallBar bar;
        IncomingCallDialog incoming;
        WrapUpDialog wrapUp;
        for (QWidget *root : std::initializer_list<QWidget *>{&bar, &incoming, &wrapUp}) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
                    || qobject_cast<QListWidget *>(w);
                if (control)
                    QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }

    void wrapUpNeedsADispositionAndSends()
    {
        WrapUpDialog dialog;
        Domain::CallRecord ended = answered();
        ended.endedAt = ended.answeredAt.addSecs(200);
        ended.durationSeconds = 200;
        dialog.setCall(ended, QStringLiteral("Ann Example"));
        dialog.show();
        QSignalSpy sent(&dialog, &WrapUpDialog::wrapUpRequested);
        auto *submit = named<QPushButton>(&dialog, "submitWrapUp");
        auto *disposition = named<QComboBox>(&dialog, "disposition");
        QVERIFY(!submit->isEnabled());
        QVERIFY(dialog.disposition().isEmpty());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(sent.size(), 0);

        disposition->setCurrentIndex(disposition->findData(QStringLiteral("callback_requested")));
        QVERIFY(submit->isEnabled());
        auto *notes = named<QPlainTextEdit>(&dialog, "wrapUpNotes");
        QTest::keyClicks(notes, QStringLiteral("Call back Monday"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).toLongLong(), 41);
        QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("callback_requested"));
        QCOMPARE(sent.at(0).at(2).toString(), QStringLiteral("Call back Monday"));
        QVERIFY(!dialog.isVisible());
    }

    void dispositionCodesAreWhatTheHubAccepts()
    {
        const QRegularExpression hubRule(QStringLiteral("^[a-z0-9_]{1,40}$"));
        const QList<Dispositions::Entry> all = Dispositions::all();
        QCOMPARE(all.size(), 7);
        QStringList codes;
        for (const auto &entry : all) {
            QVERIFY2(hubRule.match(entry.code).hasMatch(), qPrintable(entry.code));
            QVERIFY(!entry.label.isEmpty());
            codes << entry.code;
        }
        QCOMPARE(codes,
            (QStringList{QStringLiteral("resolved"), QStringLiteral("follow_up"),
                QStringLiteral("escalated"), QStringLiteral("callback_requested"),
                QStringLiteral("wrong_number"), QStringLiteral("no_answer"),
                QStringLiteral("transferred")}));
        QCOMPARE(Dispositions::label(QStringLiteral("voice_mail")), QStringLiteral("Voice mail"));
    }
};

QTEST_MAIN(TestCallWidgets)
#include "tst_call_widgets.moc"
