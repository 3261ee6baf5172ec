// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The item models over a cache filled as the sync engine fills it, each watched by
// QAbstractItemModelTester: lazy paging, filters, sort orders and in-place updates.
#include "CacheFixture.h"
#include "item/AgentsModel.h"
#include "item/ConversationModel.h"
#include "item/InboxModel.h"
#include "item/TimelineModel.h"
#include "store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using Item::InboxModel;
using Switchboard::Test::CacheFixture;

namespace {

constexpr Id Me = 3;
constexpr Id Colleague = 4;

QList<Id> customerIds(const QAbstractItemModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(InboxModel::CustomerIdRole).toLongLong();
    return ids;
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboxPagesLazilyInSlaOrder()
    {
        CacheFixture cache;
        // 250 customers, each with one open conversation of mine; deadlines in shuffled order,
        // and ten without one, which sort last.
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            for (Id id = 1; id <= 250; ++id) {
                writer.upsertCustomer(
                    cache.customer(id, QStringLiteral("Customer %1").arg(id)), changes);
                const QDateTime due
                    = id <= 10 ? QDateTime() : CacheFixture::at(int((id * 37) % 250));
                writer.upsertConversation(
                    cache.conversation(id, id, ChannelKind::Email, Me, due, int(id)), changes);
            }
        });
        InboxModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignedInUser(Me);
        QCOMPARE(model.rowCount(), InboxModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // Soonest deadline first, ties by customer id, no deadline last.
        QDateTime previous;
        for (int row = 0; row < 240; ++row) {
            const QDateTime due = model.index(row).data(InboxModel::SlaDueRole).toDateTime();
            QVERIFY(due.isValid());
            QVERIFY(!previous.isValid() || previous <= due);
            previous = due;
        }
        for (int row = 240; row < 250; ++row)
            QVERIFY(!model.index(row).data(InboxModel::SlaDueRole).toDateTime().isValid());
        const QList<Id> ids = customerIds(model);
        QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), 250);
    }

    void inboxGroupsChannelsPerCustomerAndFilters()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            writer.upsertCustomer(cache.customer(1, QStringLiteral("Jana Müller")), changes);
            writer.upsertCustomer(cache.customer(2, QStringLiteral("Ahmed Khan")), changes);
            writer.upsertCustomer(cache.customer(3, QStringLiteral("Lena Park")), changes);
            writer.upsertConversation(
                cache.conversation(10, 1, ChannelKind::Email, Me, CacheFixture::at(50), 5),
                changes);
            writer.upsertConversation(
                cache.conversation(11, 1, ChannelKind::XPost, Me, CacheFixture::at(20), 30),
                changes);
            writer.upsertConversation(cache.conversation(12, 2, ChannelKind::WhatsApp, std::nullopt,
                                          CacheFixture::at(10), 20),
                changes);
            writer.upsertConversation(
                cache.conversation(13, 3, ChannelKind::Voice, Colleague, CacheFixture::at(5), 40),
                changes);
            writer.upsertConversation(cache.conversation(14, 3, ChannelKind::Email, Me, {}, 1,
                                          ConversationStatus::Resolved),
                changes);
        });
        InboxModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignedInUser(Me);
        // Mine: one row for Jana with both channels, newest first; the resolved one is out.
        QCOMPARE(customerIds(model), QList<Id>{1});
        const QModelIndex jana = model.index(0);
        QCOMPARE(jana.data().toString(), QStringLiteral("Jana Müller"));
        QCOMPARE(jana.data(InboxModel::ChannelsRole).toStringList(),
            (QStringList{QStringLiteral("x_post"), QStringLiteral("email")}));
        QCOMPARE(jana.data(InboxModel::ConversationCountRole).toInt(), 2);
        QCOMPARE(jana.data(InboxModel::SlaDueRole).toDateTime(), CacheFixture::at(20));
        QCOMPARE(jana.data(InboxModel::ConversationIdRole).toLongLong(), 11);

        Store::InboxFilter filter;
        filter.scope = Store::InboxFilter::Scope::Unassigned;
        model.setFilter(filter);
        QCOMPARE(customerIds(model), QList<Id>{2});
        QVERIFY(model.index(0).data(InboxModel::AssigneeIdRole).isNull());

        filter.scope = Store::InboxFilter::Scope::All;
        model.setFilter(filter);
        QCOMPARE(customerIds(model), (QList<Id>{3, 2, 1}));
        filter.sort = Store::InboxFilter::Sort::LastActivity;
        model.setFilter(filter);
        QCOMPARE(customerIds(model), (QList<Id>{3, 1, 2}));
        filter.channel = ChannelKind::Email;
        model.setFilter(filter);
        QCOMPARE(customerIds(model), QList<Id>{1});
        filter.channel.reset();
        filter.statuses = {ConversationStatus::Resolved};
        model.setFilter(filter);
        QCOMPARE(customerIds(model), QList<Id>{3});
    }

    void inboxUpdatesRowsInPlace()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            for (Id id = 1; id <= 5; ++id) {
                writer.upsertCustomer(cache.customer(id, QStringLiteral("C%1").arg(id)), changes);
                writer.upsertConversation(cache.conversation(id, id, ChannelKind::Email, Me,
                                              CacheFixture::at(int(id) * 10), 0),
                    changes);
            }
        });
        InboxModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignedInUser(Me);
        QCOMPARE(customerIds(model), (QList<Id>{1, 2, 3, 4, 5}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);

        // Customer 4's deadline moves to the front.
        auto moved = cache.conversation(4, 4, ChannelKind::Email, Me, CacheFixture::at(1), 1);
        model.applyChanges(cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.upsertConversation(moved, c); }));
        QCOMPARE(customerIds(model), (QList<Id>{4, 1, 2, 3, 5}));
        QCOMPARE(moves.size(), 1);

        // A customer message arrives for 2: unread goes up, the row stays.
        model.applyChanges(cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.insertMessage(
                cache.message(100, 2, 2, MessageKind::Inbound, QStringLiteral("Hello?"), 3), c,
                true);
        }));
        QCOMPARE(model.index(2).data(InboxModel::UnreadRole).toInt(), 1);
        QCOMPARE(model.unreadTotal(), 1);

        // A new customer with the latest deadline is appended; resolving 1 removes it.
        model.applyChanges(cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(cache.customer(6, QStringLiteral("C6")), c);
            w.upsertConversation(
                cache.conversation(6, 6, ChannelKind::Sms, Me, CacheFixture::at(99), 2), c);
        }));
        QCOMPARE(customerIds(model), (QList<Id>{4, 1, 2, 3, 5, 6}));
        auto resolved = cache.conversation(
            1, 1, ChannelKind::Email, Me, CacheFixture::at(10), 5, ConversationStatus::Resolved);
        model.applyChanges(cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertConversation(resolved, c);
        }));
        QCOMPARE(customerIds(model), (QList<Id>{4, 2, 3, 5, 6}));
        // A transfer to a colleague leaves my inbox.
        auto transferred
            = cache.conversation(3, 3, ChannelKind::Email, Colleague, CacheFixture::at(30), 6);
        model.applyChanges(cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertConversation(transferred, c);
        }));
        QCOMPARE(customerIds(model), (QList<Id>{4, 2, 5, 6}));
        QCOMPARE(resets.size(), 0);

        // Marking read clears the count.
        model.applyChanges(
            cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) { w.markRead(2, c); }));
        QCOMPARE(model.unreadTotal(), 0);
    }

    void inboxLeavesRowsBeyondTheLoadedPageToFetchMore()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            for (Id id = 1; id <= 150; ++id) {
                writer.upsertCustomer(cache.customer(id, QStringLiteral("C%1").arg(id)), changes);
                writer.upsertConversation(cache.conversation(id, id, ChannelKind::Email, Me,
                                              CacheFixture::at(int(id)), 0),
                    changes);
            }
        });
        InboxModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignedInUser(Me);
        QCOMPARE(model.rowCount(), 100);
        // Customer 5 now sorts after everything loaded: it leaves, and returns with the next page.
        auto later = cache.conversation(5, 5, ChannelKind::Email, Me, CacheFixture::at(1000), 1);
        model.applyChanges(cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.upsertConversation(later, c); }));
        QCOMPARE(model.rowCount(), 99);
        QVERIFY(!customerIds(model).contains(5));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(customerIds(model).last(), 5);
    }

    void timelineMergesChannelsAndLoadsOlderOnDemand()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            writer.upsertCustomer(cache.customer(1, QStringLiteral("Jana")), changes);
            writer.upsertConversation(
                cache.conversation(1, 1, ChannelKind::Email, Me, {}, 0), changes);
            writer.upsertConversation(
                cache.conversation(2, 1, ChannelKind::WhatsApp, Me, {}, 0), changes);
            for (int i = 1; i <= 240; ++i) {
                const Id conversation = i % 2 ? 1 : 2;
                writer.insertMessage(
                    cache.message(i, conversation, 1, MessageKind::Inbound,
                        QStringLiteral("m%1").arg(i), i,
                        conversation == 1 ? ChannelKind::Email : ChannelKind::WhatsApp),
                    changes, false);
            }
            for (int i = 1; i <= 10; ++i) {
                CallRecord call;
                call.id = i;
                call.customerId = 1;
                call.offeredAt = CacheFixture::at(i * 23);
                call.durationSeconds = 60 * i;
                call.disposition = QStringLiteral("resolved");
                writer.upsertCall(call, changes);
            }
        });
        Item::TimelineModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(1);
        QCOMPARE(model.rowCount(), Item::TimelineModel::PageSize);
        QCOMPARE(model.index(model.rowCount() - 1).data().toString(), QStringLiteral("m240"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("m1"));
        // Oldest first, calls between messages in time order (the call at minute 23 follows m23).
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(Item::TimelineModel::AtRole).toDateTime()
                <= model.index(row).data(Item::TimelineModel::AtRole).toDateTime());
        int calls = 0;
        QSet<QString> channels;
        for (int row = 0; row < model.rowCount(); ++row) {
            calls += model.index(row).data(Item::TimelineModel::TypeRole).toString()
                == QLatin1String("call");
            channels.insert(model.index(row).data(Item::TimelineModel::ChannelRole).toString());
        }
        QCOMPARE(calls, 10);
        QCOMPARE(channels,
            (QSet<QString>{
                QStringLiteral("email"), QStringLiteral("whatsapp"), QStringLiteral("voice")}));

        // A new message is appended in place; nothing is reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.applyChanges(cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.insertMessage(
                cache.message(500, 1, 1, MessageKind::Reply, QStringLiteral("Done."), 600), c,
                false);
        }));
        QCOMPARE(model.rowCount(), 251);
        QCOMPARE(model.index(250).data().toString(), QStringLiteral("Done."));
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(resets.size(), 0);
    }

    void conversationShowsTheOutboxUntilConfirmed()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            writer.upsertCustomer(cache.customer(1, QStringLiteral("Jana")), changes);
            writer.upsertConversation(
                cache.conversation(1, 1, ChannelKind::Email, Me, {}, 0), changes);
            writer.insertMessage(cache.message(1, 1, 1, MessageKind::Inbound,
                                     QStringLiteral("Where is my order?"), 1),
                changes, false);
        });
        Item::ConversationModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.lastMessageId(), 1);

        Store::Outbox outbox(cache.writeDb());
        Store::OutboxItem item;
        model.applyChanges(cache.write([&](Store::CacheWriter &, Store::ChangeSet &c) {
            item = outbox.enqueue(Store::OutboxItem::Kind::Reply, 1, "POST", QStringLiteral("/x"),
                {{QStringLiteral("kind"), QStringLiteral("reply")},
                    {QStringLiteral("body"), QStringLiteral("On its way.")}},
                c);
        }));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex pending = model.index(1);
        QVERIFY(pending.data(Item::ConversationModel::PendingRole).toBool());
        QCOMPARE(pending.data().toString(), QStringLiteral("On its way."));
        QCOMPARE(pending.data(Item::ConversationModel::OutboxStateRole).toString(),
            QStringLiteral("queued"));

        model.applyChanges(cache.write([&](Store::CacheWriter &, Store::ChangeSet &c) {
            outbox.markConflict(item.id, QStringLiteral("1 new message"),
                {cache.message(2, 1, 1, MessageKind::Inbound, QStringLiteral("Hello?"), 2)}, c);
        }));
        QCOMPARE(model.index(1).data(Item::ConversationModel::OutboxStateRole).toString(),
            QStringLiteral("conflict"));
        QCOMPARE(model.index(1).data(Item::ConversationModel::MissedCountRole).toInt(), 1);

        // Confirmed: the pending row gives way to the hub's message, in one change.
        model.applyChanges(cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.insertMessage(
                cache.message(2, 1, 1, MessageKind::Inbound, QStringLiteral("Hello?"), 2), c,
                false);
            w.insertMessage(
                cache.message(3, 1, 1, MessageKind::Reply, QStringLiteral("On its way."), 3), c,
                false);
            outbox.remove(item.id, c);
        }));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.index(2).data(Item::ConversationModel::PendingRole).toBool());
        QCOMPARE(model.index(2).data(Item::ConversationModel::KindRole).toString(),
            QStringLiteral("reply"));
        QCOMPARE(model.lastMessageId(), 3);
    }

    void whispersCarryTheAgentTheyAreFor()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertUser(cache.user(Me, QStringLiteral("Ana Agent")), c);
            w.upsertCustomer(cache.customer(1, QStringLiteral("Zoë")), c);
            w.upsertConversation(cache.conversation(1, 1, ChannelKind::Email, Me, {}, 2), c);
            w.insertMessage(
                cache.message(1, 1, 1, MessageKind::Note, QStringLiteral("a note"), 1), c, false);
        });
        Item::TimelineModel timeline(cache.readDb());
        new QAbstractItemModelTester(&timeline, &timeline);
        timeline.setCustomer(1);
        Item::ConversationModel conversation(cache.readDb());
        new QAbstractItemModelTester(&conversation, &conversation);
        conversation.setConversation(1);
        Message whisper
            = cache.message(2, 1, 1, MessageKind::Note, QStringLiteral("Offer the refund"), 2);
        whisper.whisperTo = Me;
        Store::ChangeSet changes = cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.insertMessage(whisper, c, true); });
        timeline.applyChanges(changes);
        conversation.applyChanges(changes);
        QCOMPARE(timeline.rowCount(), 2);
        QCOMPARE(conversation.rowCount(), 2);
        using Item::TimelineModel;
        QCOMPARE(timeline.index(0).data(TimelineModel::WhisperToRole).toLongLong(), Id(0));
        QVERIFY(timeline.index(0).data(TimelineModel::WhisperToNameRole).toString().isEmpty());
        QCOMPARE(timeline.index(1).data(TimelineModel::WhisperToRole).toLongLong(), Me);
        QCOMPARE(timeline.index(1).data(TimelineModel::WhisperToNameRole).toString(),
            QStringLiteral("Ana Agent"));
        QCOMPARE(
            timeline.index(1).data(TimelineModel::KindRole).toString(), QStringLiteral("note"));
        QCOMPARE(
            conversation.index(0).data(Item::ConversationModel::WhisperToRole).toLongLong(), Id(0));
        QCOMPARE(
            conversation.index(1).data(Item::ConversationModel::WhisperToRole).toLongLong(), Me);
        QVERIFY(timeline.roleNames().values().contains("whisperTo"));
        QVERIFY(conversation.roleNames().values().contains("whisperTo"));

        // The agent renamed: the whisper names them anew.
        QSignalSpy changed(&timeline, &QAbstractItemModel::dataChanged);
        changes = cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertUser(cache.user(Me, QStringLiteral("Ana Pereira")), c);
        });
        timeline.applyChanges(changes);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(timeline.index(1).data(TimelineModel::WhisperToNameRole).toString(),
            QStringLiteral("Ana Pereira"));
    }

    void agentsBoardFollowsPresenceAndLoad()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &writer, Store::ChangeSet &changes) {
            writer.upsertUser(cache.user(Me, QStringLiteral("Jamie")), changes);
            writer.upsertUser(cache.user(Colleague, QStringLiteral("Alex")), changes);
            writer.upsertUser(cache.user(2, QStringLiteral("Sam"), Role::Supervisor), changes);
            writer.upsertCustomer(cache.customer(1, QStringLiteral("Jana")), changes);
            writer.upsertConversation(
                cache.conversation(1, 1, ChannelKind::Email, Me, {}, 0), changes);
            writer.upsertConversation(
                cache.conversation(2, 1, ChannelKind::Sms, Me, {}, 0), changes);
        });
        Item::AgentsModel model(cache.readDb());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alex"));
        QCOMPARE(model.index(1).data(Item::AgentsModel::ActiveConversationsRole).toInt(), 2);

        Event presence;
        presence.seq = 10;
        presence.type = EventType::PresenceChanged;
        presence.at = CacheFixture::at(5);
        presence.data = {{QStringLiteral("user_id"), Colleague},
            {QStringLiteral("presence"),
                QJsonObject{{QStringLiteral("state"), QStringLiteral("break")},
                    {QStringLiteral("reason"), QStringLiteral("coffee")},
                    {QStringLiteral("since"), QStringLiteral("2026-11-23T08:05:00.000Z")}}}};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyChanges(cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.applyEvents({presence}, c); }));
        QCOMPARE(model.index(0).data(Item::AgentsModel::PresenceRole).toString(),
            QStringLiteral("break"));
        QCOMPARE(model.index(0).data(Item::AgentsModel::PresenceReasonRole).toString(),
            QStringLiteral("coffee"));
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
