// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisPresentation.h"
#include "CustomerPanel.h"

#include <QDir>
#include <QLabel>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;

//! The hub's analysis of a waiting conversation, as the agent reads it on the customer card.
class AnalysisViewTest : public QObject
{
    Q_OBJECT

    static Analysis angryPost()
    {
        Analysis a;
        a.language = QStringLiteral("en");
        a.sentiment = Sentiment::Negative;
        a.sentimentScore = -9.5;
        a.topic = QStringLiteral("technical_support");
        a.topicKeywords = {QStringLiteral("outage"), QStringLiteral("internet")};
        a.reach = 48200;
        a.reasons = {QStringLiteral("public"), QStringLiteral("very_negative"),
            QStringLiteral("reach_10k")};
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void describesWhatTheHubReadAndWhy()
    {
        const QString text = Ui::AnalysisPresentation::describe(angryPost(), Priority::Urgent);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Priority: Urgent"));
        QCOMPARE(lines.value(1), QStringLiteral("Negative · English"));
        QCOMPARE(lines.value(2), QStringLiteral("Topic: technical support (outage, internet)"));
        QCOMPARE(lines.value(3), QStringLiteral("Reach: 48,200 followers"));
        QCOMPARE(lines.value(4),
            QStringLiteral(
                "Why: public post (+2), very negative (+3), 10,000+ followers (+2)"));
        // A reason this version does not know is shown as the hub named it.
        QCOMPARE(Ui::AnalysisPresentation::reasonText(QStringLiteral("vip_customer")),
            QStringLiteral("vip_customer"));
        Analysis calm;
        QCOMPARE(Ui::AnalysisPresentation::describe(calm, Priority::Normal).split(u'\n').last(),
            QStringLiteral("Why: nothing raised or lowered it"));
    }

    void theCustomerCardShowsTheCurrentConversationsAnalysis()
    {
        Customer customer;
        customer.id = 1;
        customer.name = QStringLiteral("Dana Example");
        customer.identities = {{1, IdentityKind::X, QStringLiteral("2244994945")}};
        Conversation post;
        post.id = 10;
        post.customerId = 1;
        post.channel = ChannelKind::XPost;
        post.subject = QStringLiteral("@northwindtel third internet outage this week");
        post.priority = Priority::Urgent;
        post.analysis = angryPost();
        Conversation mail;
        mail.id = 11;
        mail.customerId = 1;
        mail.subject = QStringLiteral("Contract end date");

        Ui::CustomerPanel panel;
        panel.resize(360, 640);
        auto *label = panel.findChild<QLabel *>(QStringLiteral("conversationAnalysis"));
        QVERIFY(label);
        panel.setCustomer(customer, {post, mail}, 10);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().startsWith(QLatin1String("Priority: Urgent")), qPrintable(label->text()));
        const QString dir = qEnvironmentVariable("SWITCHBOARD_GRAB_DIR");
        if (!dir.isEmpty()) {
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.grab().save(QDir(dir).filePath(QStringLiteral("conversation-analysis.png")));
        }
        // Nothing analysed on the e-mail: no analysis shown, and none left from the post.
        panel.setCustomer(customer, {post, mail}, 11);
        QVERIFY(label->isHidden());
        QVERIFY(label->text().isEmpty());
        panel.setCustomer(std::nullopt, {}, 0);
        QVERIFY(label->isHidden());
    }
};

QTEST_MAIN(AnalysisViewTest)
#include "tst_analysis_view.moc"
