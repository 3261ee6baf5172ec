// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The messages' full-text index built apart from the cache (MessageIndexBuild) and moved into it:
// the result checked by FTS5's own integrity check against the messages table, searches that
// find what a rebuild finds, the messages it was not given indexed on the way in, and an index
// holding a message the cache lacks refused without a change.
#include "../item/CacheFixture.h"
#include "store/CacheError.h"
#include "store/CacheSchema.h"
#include "store/MessageIndexBuild.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace Switchboard;
using namespace Switchboard::Test;
using Store::MessageIndexBuild;
using namespace Qt::StringLiterals;

namespace {

const QStringList Words{u"parcel"_s, u"refund"_s, u"Müller"_s, u"naïve"_s, u"order-42"_s,
    u"delivery"_s, u"kaleidoscope"_s, u"café"_s, u"\"quoted\""_s, u"日本"_s};

// Message `id`'s body: a few of the words, and one of its own.
QString bodyOf(qint64 id)
{
    return u"%1 %2 and %3 unique%4"_s.arg(Words.at(id % Words.size()),
        Words.at((id / 3) % Words.size()), Words.at((id * 7) % Words.size()), QString::number(id));
}

// Stores messages as the first sync does: rows without their full-text entries.
void storeRows(CacheFixture &cache, const QList<qint64> &ids, const QString &padding = {})
{
    cache.writeDb().transaction([&] {
        for (const qint64 id : ids) {
            cache.writeDb().run(
                u"INSERT INTO messages (id, conversation_id, customer_id, kind, "
                u"created_at, body, json) VALUES (?, 1, 1, 'inbound', 0, ?, '{}')"_s,
                {QVariant(id), QVariant(bodyOf(id) + padding)});
        }
    });
}

// FTS5's check of the whole index against the messages table (throws CacheError if they differ).
void checkIndex(Store::CacheDatabase &db)
{
    db.exec(u"INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"_s);
}

QList<qint64> matches(Store::CacheDatabase &db, const QString &query)
{
    QSqlQuery q = db.exec(
        u"SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid"_s, {query});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> shuffled(QList<qint64> ids)
{
    std::shuffle(ids.begin(), ids.end(), *QRandomGenerator::global());
    return ids;
}

QStringList queries()
{
    QStringList q;
    for (const QString &word : Words)
        q << u"\"%1\""_s.arg(QString(word).remove(u'"'));
    q << u"muller"_s << u"naive"_s << u"unique17"_s << u"parcel AND refund"_s
      << u"\"and unique3\""_s;
    return q;
}

// Adopts the scratch database inside a transaction of the cache, as the first sync does: on a
// connection of its own, as FTS5 requires (the fixture's have read the index before).
std::optional<qint64> adopt(CacheFixture &cache, const QString &scratch)
{
    Store::CacheDatabase db;
    if (!db.open(cache.writeDb().path()).ok)
        qFatal("cannot open the cache");
    db.exec(u"ATTACH DATABASE ? AS index_build"_s, {scratch});
    std::optional<qint64> result;
    db.transaction([&] { result = MessageIndexBuild::adopt(db, QLatin1String("index_build")); });
    db.exec(u"DETACH DATABASE index_build"_s);
    return result;
}

} // namespace

class MessageIndexBuildTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anIndexBuiltInAnyOrderBecomesTheCachesIndex()
    {
        CacheFixture cache;
        QList<qint64> ids;
        for (qint64 id = 1; id <= 3000; ++id)
            ids << id * 37 % 100'003;
        storeRows(cache, ids);
        // What a rebuild from the table finds, to compare with.
        cache.write([](Store::CacheWriter &w, Store::ChangeSet &) { w.rebuildMessageIndex(); });
        QHash<QString, QList<qint64>> rebuilt;
        for (const QString &query : queries())
            rebuilt.insert(query, matches(cache.writeDb(), query));
        QVERIFY(!rebuilt.value(u"muller"_s).isEmpty());

        const QString scratch = MessageIndexBuild::scratchPathFor(cache.writeDb().path());
        {
            MessageIndexBuild build(scratch);
            // All but a tenth, in random order: those are left to adopt().
            const QList<qint64> order = shuffled(ids);
            for (qsizetype i = 0; i < order.size(); ++i) {
                if (i % 10 != 0)
                    build.add(order.at(i), bodyOf(order.at(i)));
            }
            QCOMPARE(build.count(), 2700);
            build.finish();
            QCOMPARE(adopt(cache, scratch), std::optional<qint64>(300));
            QVERIFY(QFile::exists(scratch));
        }
        QVERIFY2(!QFile::exists(scratch), "the scratch file goes with the builder");

        checkIndex(cache.writeDb());
        for (const QString &query : queries())
            QCOMPARE(matches(cache.writeDb(), query), rebuilt.value(query));
        // The connections that read before see the new index too (FTS5 notices another
        // connection's commit), and its own size setting is the default again.
        QCOMPARE(matches(cache.readDb(), u"unique37"_s), QList<qint64>({37}));
        QSqlQuery hashSize
            = cache.readDb().exec(u"SELECT v FROM messages_fts_config WHERE k = 'hashsize'"_s);
        QVERIFY(hashSize.next());
        QCOMPARE(hashSize.value(0).toInt(), MessageIndexBuild::DefaultHashBytes);
        hashSize.finish();

        // Messages stored after it are indexed one by one, as always, on top of it.
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.insertMessage(cache.message(200'000, 1, 1, Domain::MessageKind::Inbound,
                                u"kaleidoscope afterwards"_s, 1),
                c, true);
        });
        QCOMPARE(matches(cache.writeDb(), u"afterwards"_s), QList<qint64>({200'000}));
        checkIndex(cache.writeDb());
    }

    // More text than the builder holds before writing it out: several sorted runs, each a
    // segment of its own, merged as FTS5 does.
    void textBeyondWhatIsHeldIsWrittenInSortedRuns()
    {
        CacheFixture cache;
        const QString padding = u" %1"_s.arg(QString(1000, u'x'));
        QList<qint64> ids;
        const qint64 count = MessageIndexBuild::PendingBytes / 1000 + 2000;
        for (qint64 id = 1; id <= count; ++id)
            ids << id;
        storeRows(cache, ids, padding);
        const QString scratch = MessageIndexBuild::scratchPathFor(cache.writeDb().path());
        MessageIndexBuild build(scratch);
        for (const qint64 id : shuffled(ids))
            build.add(id, bodyOf(id) + padding);
        build.finish();
        QCOMPARE(adopt(cache, scratch), std::optional<qint64>(0));
        checkIndex(cache.writeDb());
        QCOMPARE(matches(cache.writeDb(), u"unique1"_s), QList<qint64>({1}));
        QCOMPARE(matches(cache.writeDb(), u"unique%1"_s.arg(count)), QList<qint64>({count}));
    }

    void anIndexHoldingAMessageTheCacheLacksIsRefusedAndChangesNothing()
    {
        CacheFixture cache;
        storeRows(cache, {1, 2, 3});
        cache.write([](Store::CacheWriter &w, Store::ChangeSet &) { w.rebuildMessageIndex(); });
        const QString scratch = MessageIndexBuild::scratchPathFor(cache.writeDb().path());
        MessageIndexBuild build(scratch);
        for (const qint64 id : {1, 2, 3, 4})
            build.add(id, bodyOf(id));
        build.finish();
        QCOMPARE(adopt(cache, scratch), std::nullopt);
        // The cache's own index is as it was: whole, and without the stranger.
        checkIndex(cache.writeDb());
        QCOMPARE(matches(cache.writeDb(), u"unique2"_s), QList<qint64>({2}));
        QVERIFY(matches(cache.writeDb(), u"unique4"_s).isEmpty());
        QSqlQuery left = cache.writeDb().exec(u"SELECT count(*) FROM temp.sqlite_master"_s);
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void aFileLeftByAnEarlierAttemptIsReplaced()
    {
        CacheFixture cache;
        storeRows(cache, {5});
        const QString scratch = MessageIndexBuild::scratchPathFor(cache.writeDb().path());
        QFile leftover(scratch);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half of an earlier index, or anything at all");
        leftover.close();
        MessageIndexBuild build(scratch);
        build.add(5, bodyOf(5));
        build.finish();
        QCOMPARE(adopt(cache, scratch), std::optional<qint64>(0));
        checkIndex(cache.writeDb());
    }

    void aScratchFileThatCannotBeCreatedIsAnError()
    {
        QTemporaryDir dir;
        const QString scratch = dir.filePath(u"missing/folder/cache.sqlite-index-build"_s);
        try {
            MessageIndexBuild build(scratch);
            QFAIL("expected a CacheError");
        } catch (const Store::CacheError &error) {
            QVERIFY2(error.message().contains(scratch), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(MessageIndexBuildTest)
#include "tst_message_index_build.moc"
