// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reply guardrails through the whole desktop program, against a hub in this process: an
// agent's public reply with a card number is marked and cannot be sent; a supervisor overrides
// it with a reason, the reply lands on the hub and the entry shows in the supervisor's audit
// log; "Move to private" on a Facebook comment answers in public and carries the text to a new
// Messenger conversation linked to the comment.
#include "ApiClient.h"
#include "Application.h"
#include "GuardrailScenario.h"
#include "TestHub.h"
#include "composer/Composer.h"
#include "composer/OverrideDialog.h"
#include "ui/AuditLogDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Switchboard;
using namespace Switchboard::Test;
using Domain::ChannelKind;
using Domain::IdentityKind;

namespace {

constexpr int Long = 60000;
const QString Card = QStringLiteral("4111 1111 1111 1111");

bool isLive(Ui::MainWindow *window)
{
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("Live")))
            return true;
    }
    return false;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QStringList bodies(const QJsonArray &messages)
{
    QStringList out;
    for (const QJsonValue &message : messages)
        out << message.toObject().value(QLatin1String("body")).toString();
    return out;
}

// Answers the override dialog the composer is about to open, on the dialog's own event loop.
void answerOverride(const QString &reason)
{
    QTimer::singleShot(0, [reason] {
        auto *dialog = qobject_cast<Ui::OverrideDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "overrideReason"), reason);
        child<QPushButton>(dialog, "overrideOk")->click();
    });
}

} // namespace

class GuardrailFlowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<GuardrailScenario> m_scenario;
    Domain::Conversation m_cardComment;
    Domain::Conversation m_moveComment;
    QTemporaryDir m_agentData;
    QTemporaryDir m_supervisorData;
    std::unique_ptr<App::Application> m_agent;
    std::unique_ptr<App::Application> m_supervisor;

    std::unique_ptr<App::Application> signIn(const QString &user, const QString &dataDir)
    {
        App::AppOptions options;
        options.hubUrl = m_hub->url().toString();
        options.username = user;
        options.password = TestHub::password();
        options.dataDir = dataDir;
        auto application = std::make_unique<App::Application>(options);
        application->start();
        return application;
    }
    // Opens a conversation in the window and waits until the composer writes on it.
    static Ui::Composer *open(App::Application &app, const Domain::Conversation &conversation)
    {
        Ui::MainWindow *window = app.window();
        Ui::Composer *composer = window->composer();
        if (!QTest::qWaitFor(
                [&] {
                    if (composer->targetConversationId() != conversation.id)
                        window->openCustomer(conversation.customerId, conversation.id);
                    return composer->targetConversationId() == conversation.id;
                },
                Long))
            return nullptr;
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return nullptr;
        composer->focusEditor();
        return composer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_scenario = std::make_unique<GuardrailScenario>(*m_hub, *m_api);
        QVERIFY(m_scenario->signIn());
        const Domain::Id agent1 = m_hub->user(QStringLiteral("agent1")).id;
        // Written before the desktops sign in, so the first sync brings them.
        m_cardComment = m_scenario->customerWrites(ChannelKind::FacebookComment,
            IdentityKind::Facebook, QStringLiteral("fb-gui-card"), agent1);
        m_moveComment = m_scenario->customerWrites(ChannelKind::FacebookComment,
            IdentityKind::Facebook, QStringLiteral("fb-gui-move"), agent1);

        m_agent = signIn(QStringLiteral("agent1"), m_agentData.path());
        m_supervisor = signIn(QStringLiteral("supervisor"), m_supervisorData.path());
        QTRY_VERIFY_WITH_TIMEOUT(m_agent->isSignedIn() && isLive(m_agent->window()), Long);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_supervisor->isSignedIn() && isLive(m_supervisor->window()), Long);
    }

    void cleanupTestCase()
    {
        m_agent.reset();
        m_supervisor.reset();
    }

    void agentCannotSendACardNumberInPublic()
    {
        Ui::Composer *composer = open(*m_agent, m_cardComment);
        QVERIFY(composer);
        auto *editor = child<QPlainTextEdit>(composer, "editor");
        const QString text = QStringLiteral("Thanks! I see card %1 on your account.").arg(Card);
        QTest::keyClicks(editor, text);

        // The visibility line, the finding marked in the text and listed, Send disabled.
        QVERIFY(child<QLabel>(composer, "visibilityLabel")->isVisible());
        QVERIFY(
            child<QLabel>(composer, "visibilityLabel")->text().startsWith(QLatin1String("Public")));
        QCOMPARE(composer->checkResult().verdict, Policy::Verdict::Block);
        const int start = int(text.indexOf(Card));
        const QList<QTextEdit::ExtraSelection> marks = editor->extraSelections();
        QVERIFY(
            std::any_of(marks.cbegin(), marks.cend(), [&](const QTextEdit::ExtraSelection &mark) {
                return mark.cursor.selectionStart() == start
                    && mark.cursor.selectionEnd() == start + Card.size();
            }));
        auto *findings = child<QListWidget>(composer, "findingsList");
        QVERIFY(findings->isVisible());
        QCOMPARE(findings->count(), 1);
        QVERIFY(findings->item(0)->text().contains(QLatin1String("Card number")));
        QVERIFY(!child<QPushButton>(composer, "sendButton")->isEnabled());
        QVERIFY(child<QPushButton>(composer, "overrideButton")->isHidden()); // an agent

        // Ctrl+Enter sends nothing: the hub still has the customer's message alone.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(composer->text(), text);
        QCOMPARE(m_scenario->messagesOf(m_cardComment.id).size(), 1);
        editor->clear();
    }

    void supervisorOverridesAndTheAuditLogShowsIt()
    {
        // The audit log open first: the entry must arrive live.
        QAction *auditAction = nullptr;
        for (QAction *action : m_supervisor->window()->findChildren<QAction *>()) {
            if (action->text().contains(QLatin1String("Audit log")))
                auditAction = action;
        }
        QVERIFY(auditAction);
        QTRY_VERIFY_WITH_TIMEOUT(auditAction->isVisible() && auditAction->isEnabled(), Long);
        auditAction->trigger();
        auto *audit = m_supervisor->window()->findChild<Ui::AuditLogDialog *>();
        QVERIFY(audit);
        auto *table = child<QTableWidget>(audit, "auditTable");
        auto *status = child<QLabel>(audit, "auditStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("entries")), Long);
        const int before = table->rowCount();

        Ui::Composer *composer = open(*m_supervisor, m_cardComment);
        QVERIFY(composer);
        const QString text = QStringLiteral("Your card %1 is the one we refunded.").arg(Card);
        const QString reason = QStringLiteral("The customer asked us to confirm it in public");
        QTest::keyClicks(child<QPlainTextEdit>(composer, "editor"), text);
        QVERIFY(!child<QPushButton>(composer, "sendButton")->isEnabled());
        auto *overrideButton = child<QPushButton>(composer, "overrideButton");
        QVERIFY(overrideButton->isVisible() && overrideButton->isEnabled());
        answerOverride(reason);
        overrideButton->click();
        QVERIFY(composer->text().isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(
            bodies(m_scenario->messagesOf(m_cardComment.id)).contains(text), Long);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), before + 1, Long);
        const int row = table->rowCount() - 1;
        QCOMPARE(table->item(row, 1)->text(), m_hub->user(QStringLiteral("supervisor")).name);
        QCOMPARE(table->item(row, 4)->text(), reason);
        QVERIFY(table->item(row, 3)->text().contains(QString::number(m_cardComment.id)));
        QVERIFY(table->item(row, 5)->text().contains(QLatin1String("Card number")));
        audit->close();
    }

    void moveToPrivateAnswersInPublicAndStartsMessenger()
    {
        // Switching from the card comment, where the supervisor wrote last: the public reply
        // must answer this conversation's messages, never that one's.
        Ui::Composer *composer = open(*m_agent, m_moveComment);
        QVERIFY(composer);
        auto *editor = child<QPlainTextEdit>(composer, "editor");
        const QString text = QStringLiteral("Could you tell me the last four digits of your "
                                            "account number, so I can find your bill?");
        QTest::keyClicks(editor, text);
        QVERIFY(child<QPushButton>(composer, "moveToPrivateButton")->isVisible());
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);

        // The public reply on the comment, from the template.
        QTRY_VERIFY_WITH_TIMEOUT(bodies(m_scenario->messagesOf(m_moveComment.id))
                                     .contains(Ui::Composer::defaultMoveToPrivateTemplate()),
            Long);
        // The composer now writes a new Messenger conversation linked to the comment, text kept.
        const auto target = composer->target();
        QVERIFY(target);
        QVERIFY(target->isNew());
        QCOMPARE(target->channel, ChannelKind::Messenger);
        QCOMPARE(target->origin, m_moveComment.id);
        QCOMPARE(composer->text(), text);
        QVERIFY(child<QLabel>(composer, "visibilityLabel")
                    ->text()
                    .startsWith(QLatin1String("Private")));

        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(composer->text().isEmpty());
        std::optional<Domain::Conversation> messenger;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &c : m_scenario->conversationsOf(m_moveComment.customerId)) {
                    if (c.channel == ChannelKind::Messenger)
                        messenger = c;
                }
                return messenger.has_value();
            }(),
            Long);
        QCOMPARE(messenger->originConversationId, std::optional<Domain::Id>(m_moveComment.id));
        QCOMPARE(bodies(m_scenario->messagesOf(messenger->id)), QStringList{text});
    }
};

QTEST_MAIN(GuardrailFlowTest)
#include "tst_guardrail_flow.moc"
