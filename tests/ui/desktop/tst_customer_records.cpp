// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's merge and split dialogs over a real cache: what they offer, what they refuse
// to send, and what they hand on. With SWITCHBOARD_GRAB_DIR set they also save how they look.
#include "../../models/item/CacheFixture.h"
#include "MergeCustomersDialog.h"
#include "SplitCustomerDialog.h"
#include "item/CustomerDirectory.h"
#include "store/CacheWriter.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using Switchboard::Test::CacheFixture;
using namespace Switchboard::Ui;

namespace {

void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_GRAB_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

} // namespace

class CustomerRecordsTest : public QObject
{
    Q_OBJECT

    Customer family()
    {
        Customer c = CacheFixture().customer(1, QStringLiteral("Familie Weber"));
        c.identities = {{11, IdentityKind::Email, QStringLiteral("familie@example.de")},
            {12, IdentityKind::Phone, QStringLiteral("+4917612345678")}};
        return c;
    }
    QList<Conversation> conversations()
    {
        CacheFixture f;
        Conversation mail = f.conversation(10, 1, ChannelKind::Email, {}, {}, 3);
        mail.subject = QStringLiteral("Rechnung März");
        Conversation call = f.conversation(20, 1, ChannelKind::Voice, {}, {}, 2);
        call.subject = QStringLiteral("Call from +4917612345678");
        Conversation text = f.conversation(21, 1, ChannelKind::Sms, {}, {}, 1);
        text.subject = QStringLiteral("Rückruf bitte");
        return {mail, call, text};
    }

private Q_SLOTS:
    void splitTicksAnIdentitysConversationsAndRefusesNothingOrEverything()
    {
        SplitCustomerDialog dialog(family(), conversations(), nullptr);
        auto *identities = dialog.findChild<QListWidget *>(QStringLiteral("splitIdentities"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("splitConversations"));
        auto *split = dialog.findChild<QPushButton *>(QStringLiteral("splitButton"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("splitName"));
        QVERIFY(identities && list && split && name);
        QCOMPARE(identities->count(), 2);
        QCOMPARE(list->count(), 3);
        QVERIFY(!split->isEnabled()); // nothing ticked

        identities->item(1)->setCheckState(Qt::Checked); // the phone: calls and texts follow
        QCOMPARE(dialog.identityIds(), QList<Id>{12});
        QCOMPARE(dialog.conversationIds(), (QList<Id>{20, 21}));
        QVERIFY(split->isEnabled());
        list->item(1)->setCheckState(Qt::Unchecked); // the agent keeps the call with the family
        QCOMPARE(dialog.conversationIds(), QList<Id>{21});
        name->setText(QStringLiteral("Jonas Weber"));
        QCOMPARE(dialog.newName(), QStringLiteral("Jonas Weber"));
        dialog.show();
        grab(dialog, QStringLiteral("split-customer.png"));

        name->clear();
        QVERIFY(!split->isEnabled()); // the new customer needs a name
        name->setText(QStringLiteral("Jonas Weber"));
        identities->item(0)->setCheckState(Qt::Checked);
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(!split->isEnabled()); // everything would move
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(split->isEnabled());
    }

    void mergeFindsOtherRecordsAndHandsOnTheChoice()
    {
        CacheFixture cache;
        Customer kept = cache.customer(1, QStringLiteral("Jana Novak"));
        Customer other = cache.customer(2, QStringLiteral("J. Novak"));
        other.identities = {{21, IdentityKind::Phone, QStringLiteral("+420777000111")}};
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(kept, c);
            w.upsertCustomer(other, c);
            w.upsertCustomer(cache.customer(3, QStringLiteral("Someone Else")), c);
            w.upsertConversation(cache.conversation(20, 2, ChannelKind::Voice, {}, {}, 1), c);
        });
        Item::CustomerDirectory directory(cache.readDb());
        MergeCustomersDialog dialog(kept, directory, nullptr);
        auto *query = dialog.findChild<QLineEdit *>(QStringLiteral("mergeQuery"));
        auto *results = dialog.findChild<QListWidget *>(QStringLiteral("mergeResults"));
        auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("mergeSummary"));
        QVERIFY(query && results && merge && summary);
        QVERIFY(!merge->isEnabled());

        query->setText(QStringLiteral("Novak"));
        // The customer on screen is never offered as the other record.
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().contains(QStringLiteral("+420777000111")));
        QCOMPARE(dialog.mergedId(), 0);
        results->setCurrentRow(0);
        QCOMPARE(dialog.mergedId(), 2);
        QVERIFY(merge->isEnabled());
        QVERIFY(summary->text().contains(QStringLiteral("J. Novak")));
        QVERIFY(summary->text().endsWith(QStringLiteral(": 1.")));
        dialog.show();
        grab(dialog, QStringLiteral("merge-customers.png"));

        query->setText(QStringLiteral("nobody-matches-this"));
        QCOMPARE(results->count(), 0);
        QVERIFY(!merge->isEnabled());
    }
};

QTEST_MAIN(CustomerRecordsTest)
#include "tst_customer_records.moc"
