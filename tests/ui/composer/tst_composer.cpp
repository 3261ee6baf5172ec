// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer driven through the keyboard as an agent drives it: sending, notes, length limits,
// channel choice, canned responses, conflicts from the hub and drafts kept per conversation.
#include "composer/Composer.h"
#include "composer/OverrideDialog.h"
#include "composer/PolicyHighlighter.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Switchboard;
using Domain::ChannelKind;
using Domain::Id;
using Ui::Composer;

namespace {

constexpr Id EmailConversation = 10;
constexpr Id XPostConversation = 11;
constexpr Id SmsConversation = 12;
constexpr Id CallConversation = 13;

Domain::Conversation conversation(Id id, ChannelKind channel, const QString &subject, Id last)
{
    Domain::Conversation c;
    c.id = id;
    c.customerId = 1;
    c.channel = channel;
    c.subject = subject;
    c.lastMessageId = last;
    return c;
}

Ui::ComposerContext context(Id on, Id lastSeen = 0)
{
    Ui::ComposerContext context;
    context.customer.id = 1;
    context.customer.name = QStringLiteral("Ana María López");
    context.conversations = {
        conversation(
            EmailConversation, ChannelKind::Email, QStringLiteral("Refund for order 4411"), 100),
        conversation(
            XPostConversation, ChannelKind::XPost, QStringLiteral("Where is my parcel?"), 200),
        conversation(SmsConversation, ChannelKind::Sms, QString(), 300),
        conversation(
            CallConversation, ChannelKind::Voice, QStringLiteral("Call about delivery"), 400),
    };
    context.conversationId = on;
    context.agent.id = 3;
    context.agent.name = QStringLiteral("Sam Okafor");
    context.lastMessageId = lastSeen;
    return context;
}

Domain::Message missed(Id id, const QString &author, const QString &body, Domain::MessageKind kind)
{
    Domain::Message message;
    message.id = id;
    message.conversationId = EmailConversation;
    message.authorName = author;
    message.body = body;
    message.kind = kind;
    message.createdAt = QDateTime(QDate(2024, 5, 14), QTime(9, 41 + int(id % 10)), Qt::UTC);
    return message;
}

} // namespace

class ComposerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlEnterSendsReply();
    void noteMode();
    void xCountsCjkDouble();
    void smsShowsSegments();
    void replyOnAnotherChannel();
    void callsTakeNoTextReply();
    void cannedResponses();
    void shippedCannedResponses();
    void conflictSendAnyway();
    void conflictRevise();
    void conflictDiscard();
    void draftsPerConversation();
    void accessibleNames();
    void guardrailsHighlightFindings();
    void visibilityAlwaysShown();
    void overrideOnlyForPermittedRole();
    void overrideNeedsReason();
    void moveToPrivateExisting();
    void moveToPrivateNewConversation();
    void moveToPrivateTemplateFromCannedResponses();
    void noteMasksCardNumbers();
    void rejectedReplyStaysVisible();

private:
    template <typename T> T *child(const char *name)
    {
        T *widget = m_composer->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPlainTextEdit *editor() { return child<QPlainTextEdit>("editor"); }
    void type(const QString &text) { QTest::keyClicks(editor(), text); }
    //! Types one character beyond ASCII, as an input method would deliver it.
    void typeUnicode(const QString &character)
    {
        QTest::sendKeyEvent(QTest::Click, editor(), Qt::Key_unknown, character, Qt::NoModifier);
    }
    void ctrlEnter() { QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier); }
    void shortcut(Qt::Key key)
    {
        QTest::keyClick(editor(), key, Qt::ControlModifier | Qt::ShiftModifier);
    }

    Composer *m_composer = nullptr;
};

void ComposerTest::init()
{
    m_composer = new Composer;
    m_composer->resize(640, 320);
    m_composer->setContext(context(EmailConversation, 105));
    m_composer->show();
    m_composer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_composer));
    m_composer->focusEditor();
    QTRY_VERIFY(editor()->hasFocus());
}

void ComposerTest::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void ComposerTest::ctrlEnterSendsReply()
{
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    QSignalSpy notes(m_composer, &Composer::noteRequested);
    auto *send = child<QPushButton>("sendButton");
    QVERIFY(!send->isEnabled()); // nothing written yet

    ctrlEnter();
    QCOMPARE(replies.size(), 0);

    type(QStringLiteral("Hello Ana"));
    QTest::keyClick(editor(), Qt::Key_Return); // a plain Return is a new line
    type(QStringLiteral("It is on its way."));
    QVERIFY(send->isEnabled());
    QCOMPARE(replies.size(), 0);
    ctrlEnter();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).value<Id>(), EmailConversation);
    QCOMPARE(replies.at(0).at(1).toString(), QStringLiteral("Hello Ana\nIt is on its way."));
    // The agent has seen message 105, newer than the conversation's stored last message.
    QCOMPARE(replies.at(0).at(2).value<Id>(), Id(105));
    QVERIFY(editor()->toPlainText().isEmpty());
    QCOMPARE(notes.size(), 0);

    // Ctrl+Enter from the keypad, and a newer message seen in the meantime.
    m_composer->setLastMessageId(EmailConversation, 107);
    // A message of another conversation says nothing about this one.
    m_composer->setLastMessageId(SmsConversation, 999);
    type(QStringLiteral("One more thing"));
    QTest::keyClick(editor(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).at(2).value<Id>(), Id(107));
}

void ComposerTest::noteMode()
{
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    QSignalSpy notes(m_composer, &Composer::noteRequested);
    auto *banner = child<QLabel>("noteBanner");
    auto *send = child<QPushButton>("sendButton");
    const QColor replyBase = editor()->palette().color(QPalette::Base);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_composer->property("mode").toString(), QStringLiteral("reply"));

    shortcut(Qt::Key_N);
    QVERIFY(m_composer->isNoteMode());
    QVERIFY(child<QToolButton>("noteModeButton")->isChecked());
    QCOMPARE(m_composer->property("mode").toString(), QStringLiteral("note"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Internal note — never sent to the customer"));
    QVERIFY(editor()->palette().color(QPalette::Base) != replyBase);
    QCOMPARE(editor()->accessibleName(), QStringLiteral("Internal note text"));
    QCOMPARE(send->text().remove(QLatin1Char('&')), QStringLiteral("Add note"));

    type(QStringLiteral("Customer prefers email."));
    ctrlEnter();
    QCOMPARE(replies.size(), 0);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).at(0).value<Id>(), EmailConversation);
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("Customer prefers email."));

    shortcut(Qt::Key_N);
    QVERIFY(!m_composer->isNoteMode());
    QVERIFY(!banner->isVisible());
    QCOMPARE(editor()->palette().color(QPalette::Base), replyBase);
}

void ComposerTest::xCountsCjkDouble()
{
    m_composer->setContext(context(XPostConversation));
    auto *counter = child<QLabel>("lengthCounter");
    auto *send = child<QPushButton>("sendButton");
    auto *warning = child<QLabel>("visibilityLabel");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().startsWith(QStringLiteral("Public — anyone can see this reply")));

    editor()->setPlainText(QString(139, QChar(0x4E2D)));
    typeUnicode(QStringLiteral(u"文"));
    QCOMPARE(counter->text(), QStringLiteral("280 / 280"));
    QVERIFY(!counter->property("over").toBool());
    QVERIFY(send->isEnabled());

    typeUnicode(QStringLiteral(u"字"));
    QCOMPARE(counter->text(), QStringLiteral("282 / 280"));
    QVERIFY(counter->property("over").toBool());
    QVERIFY(counter->palette().color(QPalette::WindowText)
        != m_composer->palette().color(QPalette::WindowText));
    QVERIFY(!send->isEnabled());
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    ctrlEnter();
    QCOMPARE(replies.size(), 0);

    // A note is not a post: no public warning (the note banner says who sees it) and no limit.
    shortcut(Qt::Key_N);
    QVERIFY(!warning->isVisible());
    QVERIFY(child<QLabel>("noteBanner")->isVisible());
    QVERIFY(send->isEnabled());
    QVERIFY(!counter->property("over").toBool());
}

void ComposerTest::smsShowsSegments()
{
    m_composer->setContext(context(SmsConversation));
    auto *counter = child<QLabel>("lengthCounter");
    type(QStringLiteral("Hi"));
    QCOMPARE(counter->text(), QStringLiteral(u"2 / 1,600 · SMS segments: 1"));
    editor()->setPlainText(QString(161, QLatin1Char('a')));
    QCOMPARE(counter->text(), QStringLiteral(u"161 / 1,600 · SMS segments: 2"));
    editor()->setPlainText(QStringLiteral(u"Danke schön 🙂"));
    QVERIFY(counter->text().endsWith(QLatin1String("SMS segments: 1 (Unicode)")));
}

void ComposerTest::replyOnAnotherChannel()
{
    auto *selector = child<QComboBox>("targetSelector");
    // The four conversations, then a new X direct message: an X post's author can always be
    // written to privately.
    QCOMPARE(selector->count(), 5);
    QCOMPARE(selector->itemText(4), QStringLiteral("New X dm conversation"));
    QCOMPARE(m_composer->targetConversationId(), EmailConversation);
    QVERIFY(selector->currentText().contains(QLatin1String("Refund for order 4411")));
    QCOMPARE(child<QLabel>("visibilityLabel")->property("visibility").toString(),
        QStringLiteral("private"));

    // Keyboard only: Alt+T is the selector's buddy label, then arrow down twice to SMS.
    QTest::keyClick(m_composer, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(selector->hasFocus());
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(m_composer->targetConversationId(), XPostConversation);
    QCOMPARE(child<QLabel>("visibilityLabel")->property("visibility").toString(),
        QStringLiteral("public"));
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(m_composer->targetConversationId(), SmsConversation);
    QCOMPARE(child<QLabel>("visibilityLabel")->text(),
        QStringLiteral("Private — only the customer sees this reply"));

    QSignalSpy replies(m_composer, &Composer::replyRequested);
    m_composer->focusEditor();
    type(QStringLiteral("Texting you the tracking link."));
    ctrlEnter();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).value<Id>(), SmsConversation);
    QCOMPARE(replies.at(0).at(2).value<Id>(), Id(300));
}

void ComposerTest::callsTakeNoTextReply()
{
    m_composer->setContext(context(CallConversation));
    type(QStringLiteral("Anything"));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(child<QLabel>("statusLabel")
                ->text()
                .contains(QLatin1String("Calls take no written reply")));
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    ctrlEnter();
    QCOMPARE(replies.size(), 0);

    // A note about the call is fine.
    QSignalSpy notes(m_composer, &Composer::noteRequested);
    shortcut(Qt::Key_N);
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    ctrlEnter();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).at(0).value<Id>(), CallConversation);
}

void ComposerTest::cannedResponses()
{
    Policy::CannedResponses responses;
    responses.append(Policy::CannedResponses::parse(R"({"responses": [
        {"title": "Greeting", "body": "Hi {customer.first_name}, I'm {agent.first_name}. "},
        {"title": "Order status", "body": "Your order {order.id} ships today."},
        {"title": "Short", "body": "On it!", "channels": ["sms"]}
    ]})"));
    QCOMPARE(responses.all().size(), 3);
    m_composer->setCannedResponses(responses);

    type(QStringLiteral(">> "));
    shortcut(Qt::Key_C);
    auto *filter = child<QLineEdit>("cannedFilter");
    auto *list = child<QListWidget>("cannedList");
    QTRY_VERIFY(filter->isVisible());
    QCOMPARE(list->count(), 2); // the SMS-only one is not offered on email
    QTest::keyClicks(filter, QStringLiteral("greet"));
    QCOMPARE(list->count(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(!filter->isVisible());
    QCOMPARE(editor()->toPlainText(), QStringLiteral(">> Hi Ana, I'm Sam. "));
    QVERIFY(child<QLabel>("statusLabel")->text().isEmpty());
    QTRY_VERIFY(editor()->hasFocus());

    // Arrow keys from the filter; an unknown placeholder stays and is pointed out.
    shortcut(Qt::Key_C);
    QTRY_VERIFY(filter->isVisible());
    QVERIFY(filter->text().isEmpty());
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(filter, Qt::Key_Enter);
    QCOMPARE(editor()->toPlainText(),
        QStringLiteral(">> Hi Ana, I'm Sam. Your order {order.id} ships today."));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QLatin1String("{order.id}")));

    // Escape closes without inserting.
    child<QToolButton>("cannedButton")->click();
    QTRY_VERIFY(filter->isVisible());
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!filter->isVisible());
    QVERIFY(editor()->toPlainText().endsWith(QLatin1String("ships today.")));

    m_composer->setContext(context(SmsConversation));
    shortcut(Qt::Key_C);
    QTRY_VERIFY(filter->isVisible());
    QCOMPARE(list->count(), 3);
    QTest::keyClick(filter, Qt::Key_Escape);
}

void ComposerTest::shippedCannedResponses()
{
    QStringList errors;
    const Policy::CannedResponses responses = Composer::loadCannedResponses({}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(responses.all().size() >= 5);
}

void ComposerTest::conflictSendAnyway()
{
    QSignalSpy resend(m_composer, &Composer::resendConflict);
    auto *panel = m_composer->findChild<QWidget *>(QStringLiteral("conflictPanel"));
    QVERIFY(panel && !panel->isVisible());

    m_composer->showConflict({7, QStringLiteral("Your refund is on its way."),
        {missed(106, QStringLiteral("Ana María López"), QStringLiteral("Actually, I found it!"),
             Domain::MessageKind::Inbound),
            missed(108, QStringLiteral("Priya"), QStringLiteral("I already refunded this one."),
                Domain::MessageKind::Note)},
        QStringLiteral("The customer wrote since")});
    QVERIFY(panel->isVisible());
    QVERIFY(m_composer->hasConflict());
    const auto labels = panel->findChildren<QLabel *>(QStringLiteral("missedMessage"));
    QCOMPARE(labels.size(), 2);
    QVERIFY(labels.at(0)->text().contains(QStringLiteral(u"Ana María López")));
    QVERIFY(labels.at(0)->text().contains(QLatin1String("Actually, I found it!")));
    QVERIFY(labels.at(1)->text().contains(QLatin1String("internal note")));
    QVERIFY(labels.at(1)->text().contains(QLatin1String("09:49")));

    QTest::mouseClick(
        panel->findChild<QPushButton *>(QStringLiteral("sendAnywayButton")), Qt::LeftButton);
    QCOMPARE(resend.size(), 1);
    QCOMPARE(resend.at(0).at(0).value<qint64>(), qint64(7));
    QCOMPARE(resend.at(0).at(1).value<Id>(), Id(108));
    QCOMPARE(resend.at(0).at(2).toString(), QStringLiteral("Your refund is on its way."));
    QVERIFY(!panel->isVisible());
    QVERIFY(!m_composer->hasConflict());
}

void ComposerTest::conflictRevise()
{
    QSignalSpy discarded(m_composer, &Composer::discardConflict);
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    m_composer->showConflict({9, QStringLiteral("Refund sent."),
        {missed(109, QString(), QStringLiteral("Hello?"), Domain::MessageKind::Inbound)}, {}});
    auto *panel = m_composer->findChild<QWidget *>(QStringLiteral("conflictPanel"));
    QVERIFY(panel->findChildren<QLabel *>(QStringLiteral("missedMessage"))
                .at(0)
                ->text()
                .contains(QLatin1String("Customer")));

    QTest::mouseClick(
        panel->findChild<QPushButton *>(QStringLiteral("reviseButton")), Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Refund sent."));
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded.at(0).at(0).value<qint64>(), qint64(9));
    QTRY_VERIFY(editor()->hasFocus());

    // The revised reply answers the message the agent has now read.
    type(QStringLiteral(" Sorry for the wait!"));
    ctrlEnter();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toString(), QStringLiteral("Refund sent. Sorry for the wait!"));
    QCOMPARE(replies.at(0).at(2).value<Id>(), Id(109));
}

void ComposerTest::conflictDiscard()
{
    QSignalSpy discarded(m_composer, &Composer::discardConflict);
    QSignalSpy resend(m_composer, &Composer::resendConflict);
    m_composer->showConflict({11, QStringLiteral("x"), {}, {}});
    QTest::mouseClick(
        m_composer->findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(resend.size(), 0);
    QVERIFY(!m_composer->hasConflict());
    QVERIFY(editor()->toPlainText().isEmpty());
}

void ComposerTest::draftsPerConversation()
{
    type(QStringLiteral("Draft for the email"));
    m_composer->setContext(context(XPostConversation));
    QVERIFY(editor()->toPlainText().isEmpty());
    QCOMPARE(m_composer->targetConversationId(), XPostConversation);
    shortcut(Qt::Key_N);
    type(QStringLiteral("Note about the post"));

    m_composer->setContext(context(EmailConversation));
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Draft for the email"));
    QVERIFY(!m_composer->isNoteMode());
    m_composer->setContext(context(XPostConversation));
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Note about the post"));
    QVERIFY(m_composer->isNoteMode());

    // A refreshed context for the same conversation keeps what is being written.
    m_composer->setContext(context(XPostConversation, 201));
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Note about the post"));

    // Sent drafts are gone.
    ctrlEnter();
    m_composer->setContext(context(EmailConversation));
    m_composer->setContext(context(XPostConversation));
    QVERIFY(editor()->toPlainText().isEmpty());
    QVERIFY(!m_composer->isNoteMode());
}

void ComposerTest::accessibleNames()
{
    m_composer->showConflict(
        {1, QStringLiteral("x"), {missed(1, {}, {}, Domain::MessageKind::Inbound)}, {}});
    const auto widgets = m_composer->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Scroll bars and the parts Qt builds inside its own widgets are named by Qt.
        if (widget->focusPolicy() == Qt::NoFocus || widget->inherits("QScrollBar")
            || widget->objectName().startsWith(QLatin1String("qt_"))
            || widget->inherits("QComboBoxListView"))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
            qPrintable(QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
    }
}

namespace {

const QString Card = QStringLiteral("4111 1111 1111 1111");

//! Answers the override dialog once it opens: checks OK is disabled while the reason is blank,
//! then types reason (if any) and presses OK, or cancels.
void answerOverride(const QString &reason, bool *okDisabledWhileBlank)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<Ui::OverrideDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("overrideOk"));
        auto *field = dialog->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"));
        *okDisabledWhileBlank = !ok->isEnabled();
        QTest::keyClicks(field, QStringLiteral("   "));
        *okDisabledWhileBlank = *okDisabledWhileBlank && !ok->isEnabled();
        if (reason.isEmpty()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(field, reason);
        if (ok->isEnabled())
            ok->click();
    });
}

} // namespace

void ComposerTest::guardrailsHighlightFindings()
{
    m_composer->setContext(context(XPostConversation));
    auto *send = child<QPushButton>("sendButton");
    auto *findings = child<QListWidget>("findingsList");
    QVERIFY(!findings->isVisible());

    type(
        QStringLiteral("Your card ") + Card + QStringLiteral(" is blocked, call +44 20 7946 0958"));
    const QList<QTextEdit::ExtraSelection> marks = editor()->extraSelections();
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).cursor.selectionStart(), 10);
    QCOMPARE(marks.at(0).cursor.selectionEnd(), 29);
    QCOMPARE(
        marks.at(0).format.background().color().rgb(), Ui::PolicyHighlighter::BlockColor.rgb());
    QCOMPARE(marks.at(0).format.toolTip(), QStringLiteral("Card number — never send card numbers"));
    QCOMPARE(marks.at(1).cursor.selectionStart(), 47);
    QCOMPARE(marks.at(1).cursor.selectionEnd(), 63);
    QCOMPARE(marks.at(1).format.background().color().rgb(), Ui::PolicyHighlighter::WarnColor.rgb());
    QVERIFY(findings->isVisible());
    QCOMPARE(findings->count(), 2);
    QVERIFY(findings->item(0)->text().contains(
        QStringLiteral("Card number — never send card numbers")));
    QVERIFY(findings->item(1)->text().startsWith(QLatin1String("Check: Phone number")));
    QVERIFY(!send->isEnabled());
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QLatin1String("Card number")));
    // An agent below the override role never sees the override.
    QVERIFY(!child<QPushButton>("overrideButton")->isVisible());
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    ctrlEnter();
    QCOMPARE(replies.size(), 0);

    // Fixed: the card number goes, the warning stays and does not hold the reply back.
    QTextCursor cursor(editor()->document());
    cursor.setPosition(10);
    cursor.setPosition(30, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCOMPARE(editor()->extraSelections().size(), 1);
    QCOMPARE(m_composer->checkResult().verdict, Policy::Verdict::Warn);
    QVERIFY(send->isEnabled());
    QVERIFY(child<QLabel>("statusLabel")->text().isEmpty());
    ctrlEnter();
    QCOMPARE(replies.size(), 1);
    QVERIFY(editor()->extraSelections().isEmpty());
    QVERIFY(!findings->isVisible());
}

void ComposerTest::visibilityAlwaysShown()
{
    auto *visibility = child<QLabel>("visibilityLabel");
    auto *banner = child<QLabel>("noteBanner");
    QVERIFY(visibility->isVisible());
    QCOMPARE(visibility->text(), QStringLiteral("Private — only the customer sees this reply"));
    m_composer->setContext(context(XPostConversation));
    QVERIFY(visibility->isVisible());
    QCOMPARE(visibility->text(),
        QStringLiteral("Public — anyone can see this reply on X post, and it stays findable"));
    QCOMPARE(visibility->property("visibility").toString(), QStringLiteral("public"));
    // The public line looks different from the private one.
    const QColor publicBack = visibility->palette().color(QPalette::Window);
    m_composer->setContext(context(SmsConversation));
    QVERIFY(visibility->palette().color(QPalette::Window) != publicBack);
    // In note mode the note banner says who sees it: one of the two is always on screen.
    shortcut(Qt::Key_N);
    QVERIFY(!visibility->isVisible());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Internal note — never sent to the customer"));
}

void ComposerTest::overrideOnlyForPermittedRole()
{
    Ui::ComposerContext supervisor = context(XPostConversation);
    supervisor.agent.role = Domain::Role::Supervisor;
    m_composer->setContext(supervisor);
    auto *overrideButton = child<QPushButton>("overrideButton");
    QVERIFY(!overrideButton->isVisible()); // nothing blocks yet
    type(QStringLiteral("Card ") + Card);
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(overrideButton->isVisible());
    QVERIFY(m_composer->canOverride());

    // The hub says only admins may override: a supervisor no longer sees it.
    m_composer->setPolicy(Policy::ReplyPolicy(), Domain::Role::Admin);
    QVERIFY(!m_composer->canOverride());
    QVERIFY(!overrideButton->isVisible());
    m_composer->setPolicy(Policy::ReplyPolicy(), Domain::Role::Supervisor);
    QVERIFY(overrideButton->isVisible());

    QSignalSpy overrides(m_composer, &Composer::overrideReplyRequested);
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    bool okDisabled = false;
    answerOverride(QStringLiteral("Customer asked for it in public"), &okDisabled);
    overrideButton->click();
    QVERIFY(okDisabled);
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(replies.size(), 0);
    QCOMPARE(overrides.at(0).at(0).value<Id>(), XPostConversation);
    QCOMPARE(overrides.at(0).at(1).toString(), QStringLiteral("Card ") + Card);
    QCOMPARE(overrides.at(0).at(3).toString(), QStringLiteral("Customer asked for it in public"));
    QVERIFY(editor()->toPlainText().isEmpty());
}

void ComposerTest::overrideNeedsReason()
{
    Ui::ComposerContext admin = context(EmailConversation);
    admin.agent.role = Domain::Role::Admin;
    m_composer->setContext(admin);
    type(QStringLiteral("Your PIN is 4821"));
    QVERIFY(child<QPushButton>("overrideButton")->isVisible());
    QSignalSpy overrides(m_composer, &Composer::overrideReplyRequested);
    bool okDisabled = false;
    answerOverride(QString(), &okDisabled); // cancelled: no reason, nothing sent
    m_composer->overrideAndSend();
    QVERIFY(okDisabled);
    QCOMPARE(overrides.size(), 0);
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Your PIN is 4821"));
}

void ComposerTest::moveToPrivateExisting()
{
    Ui::ComposerContext onX = context(XPostConversation, 205);
    onX.customer.identities = {{1, Domain::IdentityKind::Email, QStringLiteral("ana@example.net")}};
    m_composer->setContext(onX);
    auto *move = child<QPushButton>("moveToPrivateButton");
    QVERIFY(move->isVisible());
    type(QStringLiteral("Your IBAN GB82 WEST 1234 5698 7654 32 is on file."));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());

    QSignalSpy replies(m_composer, &Composer::replyRequested);
    shortcut(Qt::Key_V);
    // The short public reply goes on the post, answering what the agent saw there.
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).value<Id>(), XPostConversation);
    QCOMPARE(replies.at(0).at(1).toString(), QStringLiteral("We've sent you a private message."));
    QCOMPARE(replies.at(0).at(2).value<Id>(), Id(205));
    // The customer's open email conversation takes the text, which is fine in private.
    QCOMPARE(m_composer->targetConversationId(), EmailConversation);
    QCOMPARE(editor()->toPlainText(),
        QStringLiteral("Your IBAN GB82 WEST 1234 5698 7654 32 is on file."));
    QCOMPARE(child<QLabel>("visibilityLabel")->property("visibility").toString(),
        QStringLiteral("private"));
    QVERIFY(!move->isVisible());
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    ctrlEnter();
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).at(0).value<Id>(), EmailConversation);
}

void ComposerTest::moveToPrivateTemplateFromCannedResponses()
{
    // Without a canned response of that id, the built-in text; with one, the team's; the
    // team's own file comes after the shipped one and wins; a text set by the application wins
    // over both.
    QCOMPARE(m_composer->moveToPrivateTemplate(), Composer::defaultMoveToPrivateTemplate());
    Policy::CannedResponses canned = Composer::loadCannedResponses();
    m_composer->setCannedResponses(canned);
    QCOMPARE(m_composer->moveToPrivateTemplate(), Composer::defaultMoveToPrivateTemplate());
    canned.append(Policy::CannedResponses::parse(R"({"responses": [{"id": "move_to_private",
        "title": "Moved to private", "body": "{customer.first_name}, see your private messages."}]})"));
    m_composer->setCannedResponses(canned);

    Ui::ComposerContext onX = context(XPostConversation, 205);
    onX.customer.identities = {{1, Domain::IdentityKind::Email, QStringLiteral("ana@example.net")}};
    m_composer->setContext(onX);
    type(QStringLiteral("Let's continue by email."));
    QSignalSpy replies(m_composer, &Composer::replyRequested);
    shortcut(Qt::Key_V);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toString(), QStringLiteral("Ana, see your private messages."));

    m_composer->setMoveToPrivateTemplate(QStringLiteral("Set by the application."));
    QCOMPARE(m_composer->moveToPrivateTemplate(), QStringLiteral("Set by the application."));
    m_composer->setMoveToPrivateTemplate(QString());
    QCOMPARE(m_composer->moveToPrivateTemplate(),
        QStringLiteral("{customer.first_name}, see your private messages."));
}

void ComposerTest::moveToPrivateNewConversation()
{
    Ui::ComposerContext onFacebook;
    onFacebook.customer.id = 7;
    onFacebook.customer.name = QStringLiteral("Ana María López");
    onFacebook.conversations = {
        conversation(21, ChannelKind::FacebookComment, QStringLiteral("Comment on our post"), 500)};
    onFacebook.conversationId = 21;
    onFacebook.agent.id = 3;
    m_composer->setContext(onFacebook);
    m_composer->setMoveToPrivateTemplate(
        QStringLiteral("Hi {customer.first_name}, check your inbox."));
    auto *selector = child<QComboBox>("targetSelector");
    QCOMPARE(selector->count(), 2);
    QCOMPARE(selector->itemText(1), QStringLiteral("New Messenger conversation"));
    type(QStringLiteral("Your account number is 12345678, sort code 20-00-00."));

    QSignalSpy replies(m_composer, &Composer::replyRequested);
    QSignalSpy starts(m_composer, &Composer::conversationStartRequested);
    child<QPushButton>("moveToPrivateButton")->click();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toString(), QStringLiteral("Hi Ana, check your inbox."));
    QCOMPARE(selector->currentIndex(), 1);
    QCOMPARE(m_composer->targetConversationId(), Id(0));
    QVERIFY(m_composer->target()->isNew());
    ctrlEnter();
    QCOMPARE(starts.size(), 1);
    QCOMPARE(starts.at(0).at(0).value<Id>(), Id(7));
    QCOMPARE(starts.at(0).at(1).value<ChannelKind>(), ChannelKind::Messenger);
    QCOMPARE(starts.at(0).at(2).toString(),
        QStringLiteral("Your account number is 12345678, sort code 20-00-00."));
    QCOMPARE(starts.at(0).at(3).value<Id>(), Id(21));
    QVERIFY(starts.at(0).at(4).toString().isEmpty());
    QCOMPARE(replies.size(), 1);
}

void ComposerTest::noteMasksCardNumbers()
{
    shortcut(Qt::Key_N);
    QSignalSpy notes(m_composer, &Composer::noteRequested);
    type(QStringLiteral("Customer read out ") + Card);
    // Marked, but a note is not held back: it is masked.
    QCOMPARE(editor()->extraSelections().size(), 1);
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(child<QListWidget>("findingsList")->item(0)->text().contains(QLatin1String("masked")));
    ctrlEnter();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("Customer read out 4111 11** **** 1111"));
}

void ComposerTest::rejectedReplyStaysVisible()
{
    Ui::ComposerContext supervisor = context(XPostConversation);
    supervisor.agent.role = Domain::Role::Supervisor;
    m_composer->setContext(supervisor);
    Ui::RejectedInfo rejected;
    rejected.outboxId = 9;
    rejected.draft = QStringLiteral("Card ") + Card;
    rejected.code = QStringLiteral("policy_blocked");
    rejected.reason = QStringLiteral("the reply policy blocks this reply: a payment card number");
    rejected.channel = ChannelKind::XPost;
    m_composer->showRejected(rejected);
    QVERIFY(m_composer->hasRejected());
    QVERIFY(child<QWidget>("rejectedPanel")->isVisible());
    QCOMPARE(child<QLabel>("rejectedReason")->text(),
        QStringLiteral("The reply policy blocks it: Card number — never send card numbers"));
    QVERIFY(child<QPushButton>("rejectedOverrideButton")->isVisible());

    QSignalSpy overrides(m_composer, &Composer::overrideRejected);
    bool okDisabled = false;
    answerOverride(QStringLiteral("Confirmed with the customer"), &okDisabled);
    child<QPushButton>("rejectedOverrideButton")->click();
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.at(0).at(0).toLongLong(), 9);
    QCOMPARE(overrides.at(0).at(1).toString(), QStringLiteral("Confirmed with the customer"));
    QVERIFY(!m_composer->hasRejected());

    // An agent gets the reply back to fix it; the outbox item goes.
    m_composer->setContext(context(EmailConversation));
    rejected.channel = ChannelKind::Email;
    m_composer->showRejected(rejected);
    QVERIFY(!child<QPushButton>("rejectedOverrideButton")->isVisible());
    QSignalSpy dropped(m_composer, &Composer::discardRejected);
    child<QPushButton>("rejectedEditButton")->click();
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(editor()->toPlainText(), rejected.draft);
    QVERIFY(!child<QWidget>("rejectedPanel")->isVisible());
}

QTEST_MAIN(ComposerTest)
#include "tst_composer.moc"
