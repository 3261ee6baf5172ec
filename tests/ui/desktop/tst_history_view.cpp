// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../models/item/CacheFixture.h"
#include "HistoryView.h"
#include "item/TimelineModel.h"
#include "store/CacheWriter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using Item::TimelineModel;
using Switchboard::Test::CacheFixture;

//! The customer history: why a reply did not reach the customer, the files that came with a
//! message, each a link that saves it, and a supervisor's whisper told apart from a note.
class HistoryViewTest : public QObject
{
    Q_OBJECT

    CacheFixture m_fixture;
    std::unique_ptr<TimelineModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        CacheFixture &f = m_fixture;
        f.write([&](Store::CacheWriter &w, Store::ChangeSet &changes) {
            w.upsertCustomer(f.customer(1, QStringLiteral("Ana Pereira")), changes);
            w.upsertConversation(
                f.conversation(10, 1, ChannelKind::Email, {}, {}, 1), changes);
            w.upsertConversation(
                f.conversation(20, 1, ChannelKind::WhatsApp, {}, {}, 5), changes);
            Message mail = f.message(100, 10, 1, MessageKind::Inbound,
                QStringLiteral("Please see the attached invoice."), 1);
            mail.channelMetadata.insert(QStringLiteral("attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                               {QStringLiteral("name"), QStringLiteral("Rechnung März & Co.pdf")}},
                    QJsonObject{{QStringLiteral("number"), 2},
                        {QStringLiteral("name"), QStringLiteral("photo.jpg")}}});
            w.insertMessage(mail, changes, false);
            Message picture = f.message(101, 20, 1, MessageKind::Inbound, QStringLiteral("[image]"),
                2, ChannelKind::WhatsApp);
            // A provider's link the hub did not keep: named, but nothing to save.
            picture.channelMetadata.insert(QStringLiteral("attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                    {QStringLiteral("name"), QStringLiteral("image")}}});
            w.insertMessage(picture, changes, false);
            Message failed = f.message(102, 20, 1, MessageKind::Reply,
                QStringLiteral("Your replacement router ships today."), 3, ChannelKind::WhatsApp);
            failed.delivery = DeliveryState::Failed;
            failed.deliveryError = QStringLiteral(
                "Re-engagement message: more than 24 hours since the customer last replied "
                "(error 131047)");
            w.insertMessage(failed, changes, false);
            Message waiting = f.message(103, 20, 1, MessageKind::Reply,
                QStringLiteral("Thanks, we are on it."), 4, ChannelKind::WhatsApp);
            waiting.delivery = DeliveryState::Queued;
            waiting.deliveryError = QStringLiteral("WhatsApp answered 503; trying again");
            w.insertMessage(waiting, changes, false);
            Message sent = f.message(104, 20, 1, MessageKind::Reply,
                QStringLiteral("All sorted."), 5, ChannelKind::WhatsApp);
            sent.delivery = DeliveryState::Delivered;
            w.insertMessage(sent, changes, false);
        });
        m_model = std::make_unique<TimelineModel>(m_fixture.readDb());
        new QAbstractItemModelTester(m_model.get(), m_model.get());
        m_model->setCustomer(1);
        QCOMPARE(m_model->rowCount(), 5);
    }

    void theModelCarriesReasonsAndFileNumbers()
    {
        QHash<qint64, QModelIndex> byId;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            byId.insert(index.data(TimelineModel::IdRole).toLongLong(), index);
        }
        QCOMPARE(byId.value(100).data(TimelineModel::AttachmentsRole).toStringList(),
            (QStringList{QStringLiteral("Rechnung März & Co.pdf"), QStringLiteral("photo.jpg")}));
        QCOMPARE(byId.value(100).data(TimelineModel::AttachmentNumbersRole).toList(),
            (QVariantList{1, 2}));
        QCOMPARE(byId.value(101).data(TimelineModel::AttachmentNumbersRole).toList(),
            QVariantList{0});
        QVERIFY(byId.value(102)
                    .data(TimelineModel::DeliveryErrorRole)
                    .toString()
                    .contains(QLatin1String("131047")));
        QVERIFY(!byId.value(103).data(TimelineModel::DeliveryErrorRole).toString().isEmpty());
        QVERIFY(byId.value(104).data(TimelineModel::DeliveryErrorRole).toString().isEmpty());
        // An inbound message has no delivery of its own.
        QVERIFY(byId.value(100).data(TimelineModel::DeliveryErrorRole).toString().isEmpty());
    }

    void showsWhyAReplyDidNotArrive()
    {
        Ui::HistoryView view;
        view.resize(900, 700);
        view.setModel(m_model.get());
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Not delivered: Re-engagement message")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Waiting: WhatsApp answered 503")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Not delivered:")), 1);
        const QString dir = qEnvironmentVariable("SWITCHBOARD_GRAB_DIR");
        if (!dir.isEmpty()) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(QDir(dir).filePath(QStringLiteral("history-delivery.png")));
        }
    }

    void aWhisperIsLabelledForTheAgentAndForSupervisors()
    {
        CacheFixture f;
        constexpr Id agent = 3;
        constexpr Id supervisor = 7;
        f.write([&](Store::CacheWriter &w, Store::ChangeSet &changes) {
            w.upsertUser(f.user(agent, QStringLiteral("Ben Okafor")), changes);
            w.upsertUser(f.user(supervisor, QStringLiteral("Sam Reyes"), Role::Supervisor), changes);
            w.upsertCustomer(f.customer(1, QStringLiteral("Zoë Martin")), changes);
            w.upsertConversation(f.conversation(10, 1, ChannelKind::Email, agent, {}, 4), changes);
            Message asked = f.message(100, 10, 1, MessageKind::Inbound,
                QStringLiteral("My router broke again. I want my money back."), 1);
            asked.authorName = QStringLiteral("Zoë Martin");
            w.insertMessage(asked, changes, false);
            Message note = f.message(101, 10, 1, MessageKind::Note,
                QStringLiteral("Second router this month."), 2);
            note.authorName = QStringLiteral("Ben Okafor");
            w.insertMessage(note, changes, false);
            Message whisper = f.message(102, 10, 1, MessageKind::Note,
                QStringLiteral("Offer the full refund; no need to ask for the router back."), 3);
            whisper.authorUserId = supervisor;
            whisper.authorName = QStringLiteral("Sam Reyes");
            whisper.whisperTo = agent;
            w.insertMessage(whisper, changes, false);
            Message reply = f.message(103, 10, 1, MessageKind::Reply,
                QStringLiteral("Sorry about that, Zoë: the full refund is on its way."), 4);
            reply.authorName = QStringLiteral("Ben Okafor");
            reply.delivery = DeliveryState::Delivered;
            w.insertMessage(reply, changes, false);
        });
        TimelineModel model(f.readDb());
        model.setCustomer(1);
        QCOMPARE(model.rowCount(), 4);

        Ui::HistoryView view;
        view.resize(760, 290);
        view.setModel(&model);
        // A supervisor (or the monitor window) sees whom it went to.
        view.setSignedInUser(supervisor);
        QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Whisper from Sam Reyes to Ben Okafor")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("only you can see this")));
        // The plain note keeps its label; the whisper has its own instead.
        QCOMPARE(text.count(QStringLiteral("Internal note")), 1);

        // The agent it went to is told only they see it.
        view.setSignedInUser(agent);
        text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Whisper from Sam Reyes — only you can see this")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("to Ben Okafor")));
        QCOMPARE(text.count(QStringLiteral("Internal note")), 1);
        QCOMPARE(text.count(QStringLiteral("Whisper from")), 1);
        // A shade of its own besides the words.
        QVERIFY(view.toHtml().contains(QStringLiteral("#ece3fa")));

        const QString dir = qEnvironmentVariable("SWITCHBOARD_GRAB_DIR");
        if (!dir.isEmpty()) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(QDir(dir).filePath(QStringLiteral("history-whisper.png")));
        }
    }

    void aKeptFileIsALinkThatAsksToSaveIt()
    {
        Ui::HistoryView view;
        view.setModel(m_model.get());
        QSignalSpy requested(&view, &Ui::HistoryView::attachmentRequested);
        static const QRegularExpression anchor(
            QStringLiteral("href=\"(switchboard-attachment:[^\"]+)\""));
        QStringList links;
        auto it = anchor.globalMatch(view.toHtml());
        while (it.hasNext())
            links << it.next().captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"));
        // Two files the hub kept; the provider's link is only named.
        QCOMPARE(links.size(), 2);
        for (const QString &link : links)
            Q_EMIT view.anchorClicked(QUrl(link));
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(0).at(0).toLongLong(), qint64(100));
        QCOMPARE(requested.at(0).at(1).toInt(), 1);
        QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("Rechnung März & Co.pdf"));
        QCOMPARE(requested.at(1).at(1).toInt(), 2);
        QCOMPARE(requested.at(1).at(2).toString(), QStringLiteral("photo.jpg"));

        // A link made up elsewhere with no message or number asks for nothing.
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("switchboard-attachment:?number=1")));
        QCOMPARE(requested.size(), 2);
    }
};

QTEST_MAIN(HistoryViewTest)
#include "tst_history_view.moc"
