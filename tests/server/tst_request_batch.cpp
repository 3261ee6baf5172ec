// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Group commit: savepoints in the hub's Database, and the request batch that runs the HTTP
// threads' requests in groups, each request under its own savepoint, answered after the commit.
#include "api/Metrics.h"
#include "api/RequestBatch.h"
#include "api/Router.h"
#include "auth/PasswordHasher.h"
#include "service/EventBus.h"
#include "service/SessionService.h"
#include "storage/Database.h"
#include "storage/SqliteStorage.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Switchboard::Hub;
using namespace Qt::StringLiterals;

//! A router as the hub has one, with no routes yet; bodies up to 1024 bytes.
struct Routing
{
    explicit Routing(SqliteStorage &storage)
        : sessions(storage, bus, hasher, 3600)
    {
    }
    EventBus bus;
    PasswordHasher hasher{PasswordHasher::Cost::Minimum};
    SessionService sessions;
    Metrics metrics;
    Router router{sessions, metrics, 1024};
};

class TestRequestBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_storage;

    Database &db() { return m_storage->database(); }
    void insert(const QString &value)
    {
        db().exec(u"INSERT INTO scratch (v) VALUES (?)"_s, {value});
    }
    //! The rows as another connection sees them: only what was committed.
    QStringList committedRows()
    {
        QStringList out;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
            reader.setDatabaseName(m_dir.filePath(u"hub.sqlite"_s));
            if (!reader.open())
                return {u"cannot open"_s};
            QSqlQuery q(reader);
            q.exec(u"SELECT v FROM scratch ORDER BY v"_s);
            while (q.next())
                out.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(u"reader"_s);
        return out;
    }
    static HttpRequest post(const QString &path, const QByteArray &body)
    {
        HttpRequest r;
        r.method = u"POST"_s;
        r.url = QUrl(u"http://127.0.0.1"_s + path);
        r.body = body;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_storage = std::make_unique<SqliteStorage>(m_dir.filePath(u"hub.sqlite"_s));
        QString error;
        QVERIFY2(m_storage->open(&error), qPrintable(error));
        db().exec(u"DROP TABLE IF EXISTS scratch"_s);
        db().exec(u"CREATE TABLE scratch (v TEXT NOT NULL)"_s);
    }
    void cleanup() { m_storage.reset(); }

    void savepointsUndoOnlyTheirOwnWork()
    {
        QStringList log;
        Transaction group(db());
        db().beginSavepoint();
        insert(u"a"_s);
        db().afterCommit([&] { log.append(u"after a"_s); });
        db().beforeCommit([&] { log.append(u"before a"_s); });
        QVERIFY(db().endSavepoint());
        // Its beforeCommit actions ran as it ended; its afterCommit ones wait for the commit.
        QCOMPARE(log, QStringList{u"before a"_s});

        db().beginSavepoint();
        {
            Transaction inner(db());
            insert(u"b"_s);
            db().afterCommit([&] { log.append(u"after b"_s); });
            db().beforeCommit([&] { log.append(u"before b"_s); });
        } // rolls back
        QVERIFY(!db().endSavepoint());

        db().beginSavepoint();
        {
            Transaction inner(db());
            insert(u"c"_s);
            inner.commit();
        }
        QVERIFY(db().endSavepoint());

        // A beforeCommit action that fails undoes its own savepoint, and the error goes on.
        db().beginSavepoint();
        insert(u"d"_s);
        db().beforeCommit([] { throw StorageError(u"the derived record cannot be written"_s); });
        QVERIFY_THROWS_EXCEPTION(StorageError, db().endSavepoint());

        QVERIFY(db().inTransaction());
        QCOMPARE(committedRows(), QStringList());
        group.commit();
        QCOMPARE(log, (QStringList{u"before a"_s, u"after a"_s}));
        QCOMPARE(committedRows(), (QStringList{u"a"_s, u"c"_s}));
    }

    void whatIsUndoneRunsItsRollbackActionsLatestFirst()
    {
        QStringList undone;
        const auto undo = [&](const QString &what) {
            db().onRollback([&undone, what] { undone.append(what); });
        };
        // Outside a transaction there is nothing to undo.
        undo(u"outside"_s);
        {
            Transaction group(db());
            db().beginSavepoint();
            undo(u"a"_s);
            QVERIFY(db().endSavepoint());

            db().beginSavepoint();
            undo(u"b1"_s);
            {
                Transaction inner(db());
                undo(u"b2"_s);
            } // rolls back: the savepoint is undone as it ends
            QVERIFY(undone.isEmpty());
            QVERIFY(!db().endSavepoint());
            QCOMPARE(undone, (QStringList{u"b2"_s, u"b1"_s}));

            db().beginSavepoint();
            undo(u"c"_s);
            QVERIFY(db().endSavepoint());
            group.commit();
        }
        // Committed: a and c are dropped, never run.
        QCOMPARE(undone, (QStringList{u"b2"_s, u"b1"_s}));

        undone.clear();
        {
            Transaction group(db());
            db().beginSavepoint();
            undo(u"kept"_s);
            QVERIFY(db().endSavepoint());
            undo(u"later"_s);
        } // the group rolls back: everything it kept is undone
        QCOMPARE(undone, (QStringList{u"later"_s, u"kept"_s}));

        undone.clear();
        {
            Transaction group(db());
            undo(u"failed"_s);
            {
                Transaction inner(db());
            } // an inner failure: the commit rolls back
            QVERIFY_THROWS_EXCEPTION(StorageError, group.commit());
        }
        QCOMPARE(undone, QStringList{u"failed"_s});
    }

    void aSavepointNeedsATransaction()
    {
        QVERIFY_THROWS_EXCEPTION(StorageError, db().beginSavepoint());
        QVERIFY(!db().inTransaction());
    }

    void requestsAreAnsweredAfterTheCommitThatCoversThem()
    {
        Routing routing(*m_storage);
        Router &router = routing.router;
        QStringList committed;
        router.add(u"POST"_s, u"/write"_s, Router::Access::Webhook, [&](ApiRequest &r) {
            // Inside the group's transaction already.
            if (!db().inTransaction())
                return ApiResponse::error(500, u"not_grouped"_s, u"no group"_s);
            Transaction tx(db());
            insert(QString::fromUtf8(r.rawBody));
            db().afterCommit([&, v = QString::fromUtf8(r.rawBody)] { committed.append(v); });
            tx.commit();
            return ApiResponse::json(201, QJsonObject{{u"stored"_s, QString::fromUtf8(r.rawBody)}});
        });
        router.add(u"POST"_s, u"/refuse"_s, Router::Access::Webhook, [&](ApiRequest &r) {
            Transaction tx(db());
            insert(QString::fromUtf8(r.rawBody));
            db().afterCommit([&] { committed.append(u"refused"_s); });
            return ApiResponse::error(409, u"conflict"_s, u"refused after writing"_s);
        });
        router.add(
            u"POST"_s, u"/fail"_s, Router::Access::Webhook, [&](ApiRequest &r) -> ApiResponse {
                Transaction tx(db());
                insert(QString::fromUtf8(r.rawBody));
                throw StorageError(u"disk full"_s);
            });

        RequestBatch batch(router, db());
        struct Answer
        {
            int status = 0;
            bool inTransaction = true;
            QStringList committedAtReply;
            QStringList visibleAtReply;
        };
        QList<Answer> answers;
        const auto reply = [&](ApiResponse response) {
            answers.append({response.status, db().inTransaction(), committed, committedRows()});
        };
        QObject gone;
        // Queued before the event loop runs: one group.
        batch.submit(post(u"/write"_s, "a"), this, reply);
        batch.submit(post(u"/refuse"_s, "b"), this, reply);
        batch.submit(post(u"/fail"_s, "c"), this, reply);
        batch.submit(post(u"/write"_s, "x"), &gone, reply);
        batch.submit(post(u"/write"_s, "d"), this, reply);
        // The connections behind it closed: its request is dropped before it runs.
        batch.forget(&gone);
        QTRY_COMPARE(answers.size(), 4);
        QCOMPARE(answers[0].status, 201);
        QCOMPARE(answers[1].status, 409);
        QCOMPARE(answers[2].status, 503);
        QCOMPARE(answers[3].status, 201);
        for (const Answer &a : std::as_const(answers)) {
            // Every answer leaves after the one commit of the group: both writes are durable and
            // their afterCommit actions have run, the refused and failed work is not there.
            QVERIFY(!a.inTransaction);
            QCOMPARE(a.committedAtReply, (QStringList{u"a"_s, u"d"_s}));
            QCOMPARE(a.visibleAtReply, (QStringList{u"a"_s, u"d"_s}));
        }
        QTest::qWait(50);
        QCOMPARE(answers.size(), 4);

        // A later request makes a group of its own.
        batch.submit(post(u"/write"_s, "e"), this, reply);
        QTRY_COMPARE(answers.size(), 5);
        QCOMPARE(answers[4].status, 201);
        QCOMPARE(answers[4].visibleAtReply, (QStringList{u"a"_s, u"d"_s, u"e"_s}));
    }

    void aWebhooksPrepareStepRunsOnTheThreadThatSubmits()
    {
        Routing routing(*m_storage);
        Router &router = routing.router;
        QMutex mutex;
        QList<QThread *> preparedOn;
        router.add(
            u"POST"_s, u"/hook/{id}"_s, Router::Access::Webhook,
            [&](ApiRequest &r) {
                // The step's result, whichever thread ran it.
                const auto &prepared = std::any_cast<const QString &>(r.prepared);
                return ApiResponse::json(200, QJsonObject{{u"prepared"_s, prepared}});
            },
            [&](const HttpRequest &r) {
                QMutexLocker lock(&mutex);
                preparedOn.append(QThread::currentThread());
                return std::any(QString(u"checked "_s + QString::fromUtf8(r.body)));
            });
        router.add(u"POST"_s, u"/plain"_s, Router::Access::Webhook, [&](ApiRequest &r) {
            return ApiResponse::json(200, QJsonObject{{u"has"_s, r.prepared.has_value()}});
        });

        // Only a request for a route with the step, within the size limit, is prepared.
        HttpRequest unmatched = post(u"/hook/x"_s, "a");
        router.prepare(unmatched);
        HttpRequest wrongMethod = post(u"/hook/1"_s, "a");
        wrongMethod.method = u"GET"_s;
        router.prepare(wrongMethod);
        HttpRequest large = post(u"/hook/1"_s, QByteArray(1025, 'a'));
        router.prepare(large);
        QVERIFY(!unmatched.prepared.has_value() && !wrongMethod.prepared.has_value()
            && !large.prepared.has_value());
        QVERIFY(preparedOn.isEmpty());
        QCOMPARE(router.dispatch(large).status, 413);
        QVERIFY(preparedOn.isEmpty());

        // Not prepared (a request that came another way): dispatch runs the step itself, once.
        ApiResponse direct = router.dispatch(post(u"/hook/1"_s, "b"));
        QCOMPARE(direct.status, 200);
        direct.render();
        QCOMPARE(QJsonDocument::fromJson(direct.body)[u"prepared"_s].toString(), u"checked b"_s);
        QCOMPARE(preparedOn, QList<QThread *>{QThread::currentThread()});
        preparedOn.clear();

        // Submitted from another thread: the step runs there, and not again on this one.
        RequestBatch batch(router, db());
        QList<QByteArray> bodies;
        const auto reply = [&](ApiResponse response) {
            response.render();
            bodies.append(response.body);
        };
        std::unique_ptr<QThread> http(QThread::create([&] {
            batch.submit(post(u"/hook/7"_s, "c"), this, reply);
            batch.submit(post(u"/plain"_s, "d"), this, reply);
        }));
        http->start();
        QVERIFY(http->wait(5000));
        QTRY_COMPARE(bodies.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(bodies[0])[u"prepared"_s].toString(), u"checked c"_s);
        QCOMPARE(QJsonDocument::fromJson(bodies[1])[u"has"_s].toBool(), false);
        QCOMPARE(preparedOn, QList<QThread *>{http.get()});
    }
};

QTEST_GUILESS_MAIN(TestRequestBatch)
#include "tst_request_batch.moc"
