// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The token vault and the session through a real Secret Service (gnome-keyring in a private
// D-Bus session, see run-with-keyring.sh), and without any keychain at all.
#include "ApiClient.h"
#include "TestHub.h"
#include "store/CachePaths.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"
#include "sync/TokenVault.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <functional>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

QByteArray loadToken(Sync::TokenVault &vault, const QString &account)
{
    QSignalSpy loaded(&vault, &Sync::TokenVault::loaded);
    vault.load(account);
    if (!loaded.wait(20000) && loaded.isEmpty())
        return "<no answer>";
    return loaded.first().at(1).toByteArray();
}

// True if any file under dir contains the bytes.
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenRoundTripsThroughTheKeychain()
    {
        Sync::TokenVault vault(QStringLiteral("Switchboard test"));
        QSignalSpy stored(&vault, &Sync::TokenVault::stored);
        QSignalSpy unavailable(&vault, &Sync::TokenVault::persistenceUnavailable);
        vault.store(QStringLiteral("account-a"), "token-of-a");
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.first().at(1).toBool(), "the keychain refused the token");
        QVERIFY(unavailable.isEmpty());
        QVERIFY(vault.isPersistent());

        // A second vault (a restarted desktop) finds it in the keychain, not in memory.
        Sync::TokenVault restarted(QStringLiteral("Switchboard test"));
        QCOMPARE(loadToken(restarted, QStringLiteral("account-a")), QByteArray("token-of-a"));
        QCOMPARE(loadToken(restarted, QStringLiteral("account-b")), QByteArray());

        QSignalSpy removed(&restarted, &Sync::TokenVault::removed);
        restarted.remove(QStringLiteral("account-a"));
        QVERIFY(removed.wait(20000));
        Sync::TokenVault third(QStringLiteral("Switchboard test"));
        QCOMPARE(loadToken(third, QStringLiteral("account-a")), QByteArray());
    }

    void sessionRestoresFromTheKeychainAndSignsOut()
    {
        TestHub hub;
        QTemporaryDir caches;
        Net::NetworkSettings network;
        network.hubUrl = hub.url();
        Sync::TokenVault vault(QStringLiteral("Switchboard test"));
        QString cacheFile;
        {
            Sync::Session session(vault, caches.path());
            QSignalSpy signedIn(&session, &Sync::Session::signedIn);
            QSignalSpy failed(&session, &Sync::Session::signInFailed);
            session.signIn(network, QStringLiteral("agent1"), QStringLiteral("wrong"));
            QVERIFY(failed.wait(20000));
            QVERIFY(!session.isSignedIn());
            session.signIn(network, QStringLiteral("agent1"), TestHub::password());
            QVERIFY(signedIn.wait(20000));
            QCOMPARE(
                signedIn.first().first().value<Domain::User>().username, QStringLiteral("agent1"));
            QTRY_COMPARE_WITH_TIMEOUT(session.engine()->state(), Sync::SyncState::Live, 30000);
            cacheFile = session.cacheFile();
            QVERIFY(QFile::exists(cacheFile));
            // The token is nowhere on disk in plain text (the keychain encrypts its files).
            const QByteArray token = loadToken(
                vault, Store::CachePaths::accountKey(hub.url(), QStringLiteral("agent1")));
            QCOMPARE(token.size(), 43);
            QVERIFY(!anyFileContains(caches.path(), token));
            QVERIFY(!anyFileContains(QDir::homePath(), token));
        }
        // A restarted desktop: no password needed.
        Sync::TokenVault restartedVault(QStringLiteral("Switchboard test"));
        Sync::Session session(restartedVault, caches.path());
        QSignalSpy signedIn(&session, &Sync::Session::signedIn);
        session.restore(network, QStringLiteral("agent1"));
        QVERIFY(signedIn.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->state(), Sync::SyncState::Live, 30000);

        // Signing out forgets the token and, when asked, the cache.
        QSignalSpy signedOut(&session, &Sync::Session::signedOut);
        QSignalSpy removed(&restartedVault, &Sync::TokenVault::removed);
        session.signOut(true);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!QFile::exists(cacheFile));
        QVERIFY(removed.wait(20000));
        Sync::TokenVault after(QStringLiteral("Switchboard test"));
        QCOMPARE(
            loadToken(after, Store::CachePaths::accountKey(hub.url(), QStringLiteral("agent1"))),
            QByteArray());
        Sync::Session again(after, caches.path());
        QSignalSpy required(&again, &Sync::Session::signInRequired);
        again.restore(network, QStringLiteral("agent1"));
        QVERIFY(required.wait(20000));
    }

    void sessionOnASyncThreadUsesTheVaultOnThisThread()
    {
        // As in the application: the session (and its engine) on a thread of its own, the vault
        // and its keychain jobs on the thread of the main event loop.
        TestHub hub;
        QTemporaryDir caches;
        Net::NetworkSettings network;
        network.hubUrl = hub.url();
        const QString account = Store::CachePaths::accountKey(hub.url(), QStringLiteral("agent1"));
        QThread syncThread;
        syncThread.start();
        auto onSyncThread = [&](Sync::Session *session, std::function<void()> work) {
            QMetaObject::invokeMethod(session, std::move(work), Qt::QueuedConnection);
        };
        // Session signals arrive here queued, where the spies count them.
        QObject here;
        QList<QThread *> vaultThreads;
        auto watch = [&](Sync::TokenVault &vault) {
            auto note = [&vaultThreads] { vaultThreads << QThread::currentThread(); };
            connect(&vault, &Sync::TokenVault::stored, &here, note, Qt::DirectConnection);
            connect(&vault, &Sync::TokenVault::loaded, &here, note, Qt::DirectConnection);
            connect(&vault, &Sync::TokenVault::removed, &here, note, Qt::DirectConnection);
        };
        int destroyed = 0;
        auto startSession = [&](Sync::TokenVault &vault, int &signedIn, int &signedOut) {
            auto *session = new Sync::Session(vault, caches.path());
            session->moveToThread(&syncThread);
            connect(session, &Sync::Session::signedIn, &here, [&signedIn] { ++signedIn; });
            connect(session, &Sync::Session::signedOut, &here, [&signedOut] { ++signedOut; });
            connect(session, &QObject::destroyed, &here, [&destroyed] { ++destroyed; });
            connect(&syncThread, &QThread::finished, session, &QObject::deleteLater);
            return session;
        };

        Sync::TokenVault vault(QStringLiteral("Switchboard test"));
        watch(vault);
        QSignalSpy stored(&vault, &Sync::TokenVault::stored);
        int signedIn = 0;
        int signedOut = 0;
        Sync::Session *session = startSession(vault, signedIn, signedOut);
        onSyncThread(session, [session, network] {
            session->signIn(network, QStringLiteral("agent1"), TestHub::password());
        });
        QTRY_COMPARE_WITH_TIMEOUT(signedIn, 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 20000);
        QVERIFY2(stored.first().at(1).toBool(), "the keychain refused the token");
        QMetaObject::invokeMethod(session, &QObject::deleteLater, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(destroyed, 1, 20000);

        // A restarted desktop restores without a password, then signs out.
        Sync::TokenVault restartedVault(QStringLiteral("Switchboard test"));
        watch(restartedVault);
        signedIn = 0;
        session = startSession(restartedVault, signedIn, signedOut);
        onSyncThread(
            session, [session, network] { session->restore(network, QStringLiteral("agent1")); });
        QTRY_COMPARE_WITH_TIMEOUT(signedIn, 1, 20000);
        QSignalSpy removed(&restartedVault, &Sync::TokenVault::removed);
        onSyncThread(session, [session] { session->signOut(true); });
        QTRY_COMPARE_WITH_TIMEOUT(signedOut, 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QCOMPARE(removed.first().first().toString(), account);
        syncThread.quit();
        syncThread.wait();
        QTRY_COMPARE_WITH_TIMEOUT(destroyed, 2, 20000);

        // Every keychain answer came on this thread, and the token is gone from the keychain.
        QVERIFY(!vaultThreads.isEmpty());
        for (QThread *thread : std::as_const(vaultThreads))
            QCOMPARE(thread, QThread::currentThread());
        Sync::TokenVault after(QStringLiteral("Switchboard test"));
        QCOMPARE(loadToken(after, account), QByteArray());
    }

    void withoutAKeychainTheTokenStaysInMemory()
    {
        // Run by CTest with no D-Bus session bus at all, and a home of its own.
        QTemporaryDir home;
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
        Sync::TokenVault vault(QStringLiteral("Switchboard test"));
        QSignalSpy unavailable(&vault, &Sync::TokenVault::persistenceUnavailable);
        QSignalSpy stored(&vault, &Sync::TokenVault::stored);
        vault.store(QStringLiteral("account-a"), "memory-only-token-0123456789");
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.first().at(1).toBool(), false);
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!vault.isPersistent());
        QCOMPARE(loadToken(vault, QStringLiteral("account-a")),
            QByteArray("memory-only-token-0123456789"));
        QVERIFY(!anyFileContains(QDir::homePath(), "memory-only-token-0123456789"));
        // Gone with the process: a new vault has nothing.
        Sync::TokenVault restarted(QStringLiteral("Switchboard test"));
        QCOMPARE(loadToken(restarted, QStringLiteral("account-a")), QByteArray());
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
