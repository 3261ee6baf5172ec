// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "SyncedDesktop.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "service/InboundService.h"
#include "storage/AttachmentRepository.h"
#include "storage/Storage.h"
#include "sync/AttachmentDownload.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

//! Saving a file that came with a message: fetched from a real hub, written whole or not at all.
class TestAttachmentDownload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<SyncedDesktop> m_desktop;
    QTemporaryDir m_dir;
    Domain::Id m_messageId = 0;
    QByteArray m_pdf;

    //! Runs one download and returns (finished, failed) as they were reported.
    QPair<QList<QVariantList>, QStringList> download(Domain::Id message, int number,
        const QString &path)
    {
        Sync::AttachmentDownload *d = m_desktop->engine->downloadAttachment(message, number, path);
        QSignalSpy finished(d, &Sync::AttachmentDownload::finished);
        QSignalSpy failed(d, &Sync::AttachmentDownload::failed);
        QSignalSpy gone(d, &QObject::destroyed);
        if (!gone.wait(10000))
            return {};
        QList<QVariantList> done;
        for (const QVariantList &f : finished)
            done << f;
        QStringList reasons;
        for (const QVariantList &f : failed)
            reasons << f.at(0).toString();
        return {done, reasons};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<TestHub>();
        Hub::InboundMessage in;
        in.channel = Domain::ChannelKind::Email;
        in.sender = Domain::Identity{0, Domain::IdentityKind::Email, QStringLiteral("ana@example.com")};
        in.senderName = QStringLiteral("Ana Pereira");
        in.threadId = QStringLiteral("<invoice-1@example.com>");
        in.providerMessageId = QStringLiteral("<invoice-1@example.com>");
        in.subject = QStringLiteral("Invoice");
        in.body = QStringLiteral("Please see the attached invoice.");
        in.channelMetadata.insert(QStringLiteral("attachments"),
            QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                {QStringLiteral("name"), QStringLiteral("Rechnung März.pdf")},
                {QStringLiteral("content_type"), QStringLiteral("application/pdf")}}});
        const Hub::InboundResult result = m_hub->hub().inbound().receive(in);
        m_messageId = result.message.id;
        // Bytes of every value, so nothing is lost to a text conversion on the way.
        for (int i = 0; i < 70000; ++i)
            m_pdf.append(char(i * 7 % 256));
        m_hub->hub().storage().attachments().insert(m_messageId, 0,
            {QStringLiteral("Rechnung März.pdf"), QStringLiteral("application/pdf"), m_pdf});

        ApiClient api(m_hub->url());
        const QString token = api.login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!token.isEmpty());
        m_desktop = std::make_unique<SyncedDesktop>();
        QVERIFY(m_desktop->open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        m_desktop->start(m_hub->url(), token, m_hub->user(QStringLiteral("supervisor")));
    }

    void savesTheFileAsTheHubKeptIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("Rechnung März.pdf"));
        const auto [done, failed] = download(m_messageId, 1, path);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toString(), path);
        QCOMPARE(done.first().at(1).toLongLong(), qint64(m_pdf.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_pdf);
    }

    void anUnknownFileWritesNothing_data()
    {
        QTest::addColumn<qint64>("message");
        QTest::addColumn<int>("number");
        QTest::newRow("no such file") << qint64(-1) << 2;
        QTest::newRow("no such message") << qint64(999999) << 1;
    }
    void anUnknownFileWritesNothing()
    {
        QFETCH(qint64, message);
        QFETCH(int, number);
        const QString path = m_dir.filePath(QStringLiteral("missing-%1.bin").arg(number));
        const auto [done, failed] = download(message < 0 ? m_messageId : message, number, path);
        QVERIFY(done.isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(!failed.first().isEmpty(), "the agent is told why");
        QVERIFY(!QFile::exists(path));
    }

    void anUnwritablePlaceIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/invoice.pdf"));
        const auto [done, failed] = download(m_messageId, 1, path);
        QVERIFY(done.isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().contains(path), qPrintable(failed.first()));
        QVERIFY(!QFile::exists(path));
    }

    void cleanupTestCase()
    {
        m_desktop.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestAttachmentDownload)
#include "tst_attachment_download.moc"
