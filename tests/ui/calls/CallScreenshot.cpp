// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the incoming call pop-up for docs/screenshots the way an agent sees it: a demo hub in
// this process, agent1's desktop cache filled by the real sync engine, and a call from a demo
// customer with some history offered to agent1.
// Usage (under xvfb-run): switchboard-call-screenshot OUT.png [--dark]
#include "ApiClient.h"
#include "TestHub.h"
#include "Theme.h"
#include "calls/CallCoordinator.h"
#include "calls/IncomingCallDialog.h"
#include "item/CustomerDirectory.h"
#include "net/HttpClient.h"
#include "service/InboundService.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Storage.h"
#include "store/CacheDatabase.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QHash>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        qWarning("usage: switchboard-call-screenshot OUT.png [--dark]");
        return 2;
    }
    QApplication::setPalette(
        args.contains(QLatin1String("--dark")) ? Ui::Theme::dark() : Ui::Theme::light());

    Test::TestHub::Options options;
    options.demo = true;
    Test::TestHub hub(options);
    Test::ApiClient api(hub.url());
    const QString token = api.login(QStringLiteral("agent1"), QStringLiteral("switchboard"));
    if (token.isEmpty()) {
        qWarning("cannot sign in as agent1");
        return 1;
    }
    const auto me = Domain::User::fromJson(api.get(QStringLiteral("/api/v1/me"), token).json);

    // The demo customer with the most calls who also has a phone number to call from.
    QHash<Domain::Id, int> callsOf;
    for (const auto &call : hub.hub().storage().calls().list(std::nullopt, std::nullopt, 0, 500))
        ++callsOf[call.customerId];
    std::optional<Domain::Customer> caller;
    QString phone;
    int best = 0;
    for (auto it = callsOf.cbegin(); it != callsOf.cend(); ++it) {
        const auto customer = hub.hub().storage().customers().byId(it.key());
        if (!customer || it.value() <= best)
            continue;
        for (const Domain::Identity &identity : customer->identities) {
            if (identity.kind == Domain::IdentityKind::Phone) {
                caller = customer;
                phone = identity.value;
                best = it.value();
            }
        }
    }
    if (!caller) {
        qWarning("the demo data has no customer with calls");
        return 1;
    }

    QTemporaryDir dir;
    Store::CacheDatabase cache;
    if (!cache.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok)
        return 1;
    Net::NetworkSettings network;
    network.hubUrl = hub.url();
    Net::HttpClient http(network);
    Sync::SyncEngine engine(cache, http);
    Item::CustomerDirectory directory(cache);
    QWidget window;
    Ui::CallCoordinator calls(&window);
    calls.attach(&directory, *me);
    QObject::connect(&engine, &Sync::SyncEngine::changed,
        [&](const Store::ChangeSet &changes) { calls.callsChanged(changes.calls); });
    engine.start(network, token.toLatin1(), *me);
    if (!QTest::qWaitFor([&] { return engine.state() == Sync::SyncState::Live; }, 120000))
        return 1;
    engine.noteOpened(caller->id);
    if (!QTest::qWaitFor([&] { return !directory.recentCalls(caller->id).isEmpty(); }, 60000))
        return 1;

    Domain::CallRecord call;
    call.direction = Domain::CallDirection::Inbound;
    call.fromNumber = phone;
    call.toNumber = QStringLiteral("+44 20 7946 0000");
    call.agentId = me->id;
    call.offeredAt = QDateTime::currentDateTimeUtc();
    call = hub.hub().inbound().recordCall(
        call, {0, Domain::IdentityKind::Phone, phone}, caller->name);
    if (!QTest::qWaitFor([&] { return calls.incomingDialog() != nullptr; }, 60000))
        return 1;
    Ui::IncomingCallDialog *dialog = calls.incomingDialog();
    dialog->resize(480, 330);
    QTest::qWait(300);
    if (!dialog->grab().save(args.at(1))) {
        qWarning("cannot write %s", qUtf8Printable(args.at(1)));
        return 1;
    }
    return 0;
}
