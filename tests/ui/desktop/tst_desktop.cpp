// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program's real widgets, driven with QTest on the offscreen platform, against a
// real hub process with the demo data: sign in, pick a customer, read the timeline, reply and
// see it arrive on a second desktop, write a note that never reaches the channel, reply while
// the hub is down and see it delivered once, restore a session with no keychain at all.
#include "ApiClient.h"
#include "Application.h"
#include "HubProcess.h"
#include "composer/Composer.h"
#include "item/InboxModel.h"
#include "ui/HistoryView.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr int Long = 60000;
const QString DemoPassword = QStringLiteral("switchboard");

QString statusText(Ui::MainWindow *window)
{
    QStringList parts;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        parts << label->text();
    return parts.join(QLatin1Char(' '));
}

// The composer's own editor (the window has other text fields, e.g. the call wrap-up notes).
QPlainTextEdit *composerEditor(Ui::MainWindow *window)
{
    return window->composer()->findChild<QPlainTextEdit *>();
}

QListView *inboxView(Ui::MainWindow *window)
{
    for (QListView *view : window->findChildren<QListView *>()) {
        if (view->accessibleName() == QLatin1String("Inbox"))
            return view;
    }
    return nullptr;
}

// Selects the first inbox row whose conversation takes a text reply (a phone conversation takes
// notes only) and returns its index.
QModelIndex selectReplyableCustomer(QListView *inbox)
{
    QAbstractItemModel *model = inbox->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QStringList channels = index.data(Item::InboxModel::ChannelsRole).toStringList();
        if (!channels.isEmpty() && channels.first() != QLatin1String("voice")) {
            inbox->setCurrentIndex(index);
            return index;
        }
    }
    return {};
}

QJsonArray messagesOf(ApiClient &api, const QString &token, qint64 conversation)
{
    return api
        .get(
            QStringLiteral("/api/v1/conversations/%1/messages?limit=1000").arg(conversation), token)
        .items();
}

// The status bar's notice that the session is kept in memory only, if it is shown.
QLabel *tokenNotice(Ui::MainWindow *window)
{
    auto *label = window->statusBar()->findChild<QLabel *>(QStringLiteral("tokenNotPersistent"));
    return label && label->isVisible() ? label : nullptr;
}

int countBodies(const QJsonArray &messages, const QString &body)
{
    int count = 0;
    for (const QJsonValue &message : messages)
        count += message.toObject().value(QLatin1String("body")).toString() == body;
    return count;
}

} // namespace

class DesktopTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_hubDir;
    std::unique_ptr<HubProcess> m_hub;
    QUrl m_url;

    bool startHub(quint16 port)
    {
        m_hub = std::make_unique<HubProcess>(
            QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--data"), m_hubDir.path(), QStringLiteral("--demo")});
        QString error;
        if (!m_hub->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_url = m_hub->url();
        return true;
    }

    std::unique_ptr<App::Application> desktop(
        const QString &dataDir, const QString &user, bool withPassword = true)
    {
        App::AppOptions options;
        options.hubUrl = m_url.toString();
        options.username = user;
        if (withPassword)
            options.password = DemoPassword;
        options.dataDir = dataDir;
        auto application = std::make_unique<App::Application>(options);
        application->start();
        return application;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startHub(0)); }

    void signInDialogSignsIn()
    {
        QTemporaryDir data;
        App::AppOptions options;
        options.hubUrl = m_url.toString();
        options.username = QStringLiteral("agent1");
        options.dataDir = data.path();
        App::Application application(options);
        application.start();
        Ui::SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = application.window()->findChild<Ui::SignInDialog *>()) && dialog->isVisible(),
            Long);
        // Hub and user prefilled from the command line: the password field has the focus.
        QCOMPARE(dialog->hubUrl(), m_url.toString());
        QCOMPARE(dialog->username(), QStringLiteral("agent1"));
        auto *password = qobject_cast<QLineEdit *>(dialog->focusWidget());
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("wrong password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly) != nullptr
                && !dialog->isHidden() && password->isEnabled(),
            Long);
        QVERIFY(!application.isSignedIn());
        password->clear();
        QTest::keyClicks(password, DemoPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(application.isSignedIn(), Long);
        QTRY_VERIFY_WITH_TIMEOUT(
            application.window()->windowTitle().contains(QLatin1String("Switchboard")), Long);
        QVERIFY(application.window()->windowTitle().contains(QStringLiteral(" — ")));
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(application.window()).contains(QLatin1String("Live")), Long);
    }

    void pickCustomerReadTimelineAndReplyToASecondDesktop()
    {
        // Two desktops signed in at once in one process, each with its own vault on the ui
        // thread and its own sync thread.
        QTemporaryDir agentData;
        QTemporaryDir supervisorData;
        auto agent = desktop(agentData.path(), QStringLiteral("agent1"));
        auto supervisor = desktop(supervisorData.path(), QStringLiteral("supervisor"));
        QTRY_VERIFY_WITH_TIMEOUT(statusText(agent->window()).contains(QLatin1String("Live")), Long);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(supervisor->window()).contains(QLatin1String("Live")), Long);

        // Pick a customer in the inbox whose conversation takes a text reply.
        QListView *inbox = inboxView(agent->window());
        QVERIFY(inbox);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model() && inbox->model()->rowCount() > 0, Long);
        const QModelIndex picked = selectReplyableCustomer(inbox);
        QVERIFY(picked.isValid());
        const QString customerName = picked.data().toString();
        const qint64 conversation = agent->window()->currentConversation();
        QVERIFY(conversation > 0);
        // The history shows the customer's timeline.
        auto *history = agent->window()->findChild<Ui::HistoryView *>();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(history->toPlainText().size() > 40, Long);
        ApiClient api(m_url);
        const QString token = api.login(QStringLiteral("agent1"), DemoPassword);
        const QJsonArray before = messagesOf(api, token, conversation);
        QVERIFY(!before.isEmpty());
        const QString lastBody = before.last().toObject().value(QLatin1String("body")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(history->toPlainText().contains(lastBody.left(20)), Long);

        // Reply with Ctrl+Enter.
        QPlainTextEdit *editor = composerEditor(agent->window());
        QVERIFY(editor);
        const QString reply
            = QStringLiteral("Thanks %1, your refund is on its way.").arg(customerName);
        editor->setFocus();
        // QTest types ASCII only; the name ("Léa", "Müller") goes in as an input method would.
        QTest::keyClicks(editor, QStringLiteral("Thanks "));
        editor->insertPlainText(customerName);
        QTest::keyClicks(editor, QStringLiteral(", your refund is on its way."));
        QCOMPARE(editor->toPlainText(), reply);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            countBodies(messagesOf(api, token, conversation), reply), 1, Long);
        QTRY_VERIFY_WITH_TIMEOUT(history->toPlainText().contains(reply), Long);

        // The supervisor's desktop receives it live.
        supervisor->window()->openCustomer(agent->window()->currentCustomer(), conversation);
        auto *supervisorHistory = supervisor->window()->findChild<Ui::HistoryView *>();
        QVERIFY(supervisorHistory);
        QTRY_VERIFY_WITH_TIMEOUT(supervisorHistory->toPlainText().contains(reply), Long);
    }

    void noteNeverReachesTheChannel()
    {
        QTemporaryDir data;
        auto agent = desktop(data.path(), QStringLiteral("agent1"));
        QTRY_VERIFY_WITH_TIMEOUT(statusText(agent->window()).contains(QLatin1String("Live")), Long);
        QListView *inbox = inboxView(agent->window());
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model() && inbox->model()->rowCount() > 0, Long);
        QVERIFY(selectReplyableCustomer(inbox).isValid());
        const qint64 conversation = agent->window()->currentConversation();
        QPlainTextEdit *editor = composerEditor(agent->window());
        editor->setFocus();
        // Internal-note mode, then send.
        QTest::keyClick(editor, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        const QString note
            = QStringLiteral("Internal: customer is on the VIP list, card ends 4242.");
        QTest::keyClicks(editor, note);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        ApiClient api(m_url);
        const QString token = api.login(QStringLiteral("agent1"), DemoPassword);
        QJsonObject stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &message : messagesOf(api, token, conversation)) {
                    if (message.toObject().value(QLatin1String("body")).toString() == note)
                        stored = message.toObject();
                }
                return !stored.isEmpty();
            }(),
            Long);
        // A note: never queued for delivery to the customer's channel.
        QCOMPARE(stored.value(QLatin1String("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(stored.value(QLatin1String("delivery")).toString(), QStringLiteral("none"));
    }

    void replyWhileTheHubIsDownIsDeliveredOnce()
    {
        QTemporaryDir data;
        auto agent = desktop(data.path(), QStringLiteral("agent1"));
        QTRY_VERIFY_WITH_TIMEOUT(statusText(agent->window()).contains(QLatin1String("Live")), Long);
        QListView *inbox = inboxView(agent->window());
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model() && inbox->model()->rowCount() > 0, Long);
        QVERIFY(selectReplyableCustomer(inbox).isValid());
        const qint64 conversation = agent->window()->currentConversation();

        const quint16 port = quint16(m_url.port());
        m_hub->kill();
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(agent->window()).contains(QLatin1String("Offline")), Long);
        QPlainTextEdit *editor = composerEditor(agent->window());
        editor->setFocus();
        // The composer answers the conversation the window shows.
        QCOMPARE(agent->window()->composer()->targetConversationId(), conversation);
        const QString reply = QStringLiteral("Written while the hub was away.");
        QTest::keyClicks(editor, reply);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(agent->window()).contains(QLatin1String("1 waiting to send")), Long);

        QVERIFY(startHub(port));
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(agent->window()).contains(QLatin1String("Everything sent")), Long);
        QVERIFY2(!statusText(agent->window()).contains(QLatin1String("attention")),
            qPrintable(statusText(agent->window())));
        ApiClient api(m_url);
        const QString token = api.login(QStringLiteral("agent1"), DemoPassword);
        QCOMPARE(countBodies(messagesOf(api, token, conversation), reply), 1);
    }

    void restoredSessionWithoutAKeychainKeepsTheTokenInMemory()
    {
        // No session bus in this test (see CMakeLists.txt): no keychain at all.
        QTemporaryDir data;
        {
            auto first = desktop(data.path(), QStringLiteral("agent1"));
            QTRY_VERIFY_WITH_TIMEOUT(
                statusText(first->window()).contains(QLatin1String("Live")), Long);
            // Saving the token failed: the agent is told it is kept in memory only.
            QTRY_VERIFY_WITH_TIMEOUT(tokenNotice(first->window()), Long);
        }
        // The next start restores the saved session: the keychain fails again, and the token of
        // the last run went with it, so the desktop asks for the password, the user already
        // filled in, and says why.
        auto second = desktop(data.path(), QStringLiteral("agent1"), false);
        Ui::SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = second->window()->findChild<Ui::SignInDialog *>()) && dialog->isVisible(),
            Long);
        QCOMPARE(dialog->username(), QStringLiteral("agent1"));
        QCOMPARE(dialog->hubUrl(), m_url.toString());
        QVERIFY(!second->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(tokenNotice(second->window()), Long);
        QVERIFY(tokenNotice(second->window())->text().contains(QLatin1String("keychain")));

        // Signing in again works, and the notice stays for the rest of the run.
        auto *password = qobject_cast<QLineEdit *>(dialog->focusWidget());
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, DemoPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(second->isSignedIn(), Long);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(second->window()).contains(QLatin1String("Live")), Long);
        QVERIFY(tokenNotice(second->window()));
        QListView *inbox = inboxView(second->window());
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model() && inbox->model()->rowCount() > 0, Long);
    }
};

QTEST_MAIN(DesktopTest)
#include "tst_desktop.moc"
