// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "TimelineText.h"
#include "domain/JsonReader.h"
#include "service/AccessPolicy.h"
#include "service/PeopleService.h"
#include "storage/CustomerRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonDocument>
#include <QSet>
#include <utility>

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

namespace {

//! Customers per GET /customers/timelines: each answer is built whole in memory.
constexpr int TimelinesPerRequest = 100;

std::optional<QMap<ChannelKind, int>> readCapacity(JsonReader &body)
{
    if (!body.has(QLatin1String("capacity")))
        return std::nullopt;
    QMap<ChannelKind, int> out;
    const QJsonObject caps = body.object(QLatin1String("capacity"));
    for (auto it = caps.begin(); it != caps.end(); ++it) {
        const auto channel = fromWire<ChannelKind>(it.key());
        const double n = it.value().toDouble(-1);
        if (!channel || !it.value().isDouble() || n < 0 || n > 100 || n != int(n)) {
            body.fail(QLatin1String("capacity"),
                QStringLiteral("must map channel kinds (%1) to whole numbers 0-100")
                    .arg(allWireNames<ChannelKind>().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        out.insert(*channel, int(n));
    }
    return out;
}

template <typename T>
std::optional<T> ifPresent(JsonReader &body, QLatin1String key, const std::function<T()> &read)
{
    return body.has(key) ? std::optional<T>(read()) : std::nullopt;
}

ApiResponse presence(HubServices &hub, ApiRequest &r, Id userId)
{
    return RequestHelpers::idempotent(hub, r, [&] {
        JsonReader body(r.body);
        const auto state = body.requiredEnum(QLatin1String("state"), PresenceState::Offline);
        const QString reason = body.optionalString(QLatin1String("reason"));
        if (!body.ok())
            return RequestHelpers::invalid(body);
        const auto user = hub.people.setPresence(r.user(), userId, state, reason);
        return user.ok() ? ApiResponse::json(200, user.value().toJson())
                         : ApiResponse::fromError(user.error());
    });
}

// A timeline's answer: its text is written where it is built (see TimelineText).
ApiResponse timelineAnswer(QByteArray text)
{
    ApiResponse response;
    response.body = std::move(text);
    return response;
}

// The ids of GET /customers/timelines: 1 to TimelinesPerRequest distinct ids, each spelled as
// the canonical whole number (as in a path), separated by commas.
std::optional<QList<Id>> timelineIds(const ApiRequest &r, ApiResponse *error)
{
    const QStringList parts = r.query.queryItemValue(QStringLiteral("ids")).split(QLatin1Char(','));
    QList<Id> ids;
    QSet<Id> seen;
    for (const QString &part : parts) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (!ok || id <= 0 || part != QString::number(id) || seen.contains(id)) {
            ids.clear();
            break;
        }
        seen.insert(id);
        ids << id;
    }
    if (ids.isEmpty() || ids.size() > TimelinesPerRequest) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_parameter"),
            QStringLiteral("ids must list 1 to %1 different customer ids, separated by commas")
                .arg(TimelinesPerRequest),
            QStringLiteral("ids"));
        return std::nullopt;
    }
    return ids;
}

} // namespace

//! Identities or conversations one split may move.
constexpr qsizetype MaxSplitItems = 1000;

void registerPeople(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/users"), Access::Agent,
        [&hub](ApiRequest &) {
            QJsonArray items;
            for (const User &u : hub.storage.users().all())
                items.append(u.toJson());
            return ApiResponse::json(200, {{QStringLiteral("items"), items}});
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/users/{id}"), Access::Agent,
        [&hub](ApiRequest &r) {
            const auto user = hub.storage.users().byId(r.ids[0]);
            return user ? ApiResponse::json(200, user->toJson())
                        : ApiResponse::fromError(
                            ServiceError::notFound(QStringLiteral("user %1").arg(r.ids[0])));
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/users"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                NewUser request;
                request.username = body.requiredString(QLatin1String("username"));
                request.password = body.requiredString(QLatin1String("password"), true);
                request.profile.name = body.optionalString(QLatin1String("name"));
                request.profile.role = body.optionalEnum(QLatin1String("role"), Role::Agent);
                request.profile.skills = body.stringList(QLatin1String("skills"));
                request.profile.languages = body.stringList(QLatin1String("languages"));
                request.profile.capacity = readCapacity(body).value_or(QMap<ChannelKind, int>());
                request.profile.voiceAddress = body.optionalString(QLatin1String("voice_address"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto user = hub.people.createUser(request);
                return user.ok() ? ApiResponse::json(201, user.value().toJson())
                                 : ApiResponse::fromError(user.error());
            });
        });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/users/{id}"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                UserChanges changes;
                changes.name = ifPresent<QString>(body, QLatin1String("name"),
                    [&] { return body.requiredString(QLatin1String("name")); });
                changes.role = ifPresent<Role>(body, QLatin1String("role"),
                    [&] { return body.requiredEnum(QLatin1String("role"), Role::Agent); });
                changes.skills = ifPresent<QStringList>(body, QLatin1String("skills"),
                    [&] { return body.stringList(QLatin1String("skills")); });
                changes.languages = ifPresent<QStringList>(body, QLatin1String("languages"),
                    [&] { return body.stringList(QLatin1String("languages")); });
                changes.capacity = readCapacity(body);
                changes.active = ifPresent<bool>(body, QLatin1String("active"),
                    [&] { return body.requiredBool(QLatin1String("active")); });
                changes.password = ifPresent<QString>(body, QLatin1String("password"),
                    [&] { return body.requiredString(QLatin1String("password"), true); });
                changes.voiceAddress = ifPresent<QString>(body, QLatin1String("voice_address"),
                    [&] { return body.optionalString(QLatin1String("voice_address")); });
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto user = hub.people.updateUser(r.ids[0], changes);
                return user.ok() ? ApiResponse::json(200, user.value().toJson())
                                 : ApiResponse::fromError(user.error());
            });
        });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/me/presence"), Access::Agent,
        [&hub](ApiRequest &r) { return presence(hub, r, r.user().id); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/users/{id}/presence"),
        Access::Supervisor, [&hub](ApiRequest &r) { return presence(hub, r, r.ids[0]); });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/customers"), Access::Agent,
        [&hub](ApiRequest &r) {
            ApiResponse error;
            const auto window = RequestHelpers::pageWindow(r, 500, 100, &error);
            if (!window)
                return error;
            const auto customers = hub.storage.customers().list(
                r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), window->after,
                window->limit);
            return RequestHelpers::page(customers, window->limit);
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/customers/{id}"), Access::Agent,
        [&hub](ApiRequest &r) {
            const auto customer = hub.storage.customers().byId(r.ids[0]);
            return customer ? ApiResponse::json(200, customer->toJson())
                            : ApiResponse::fromError(ServiceError::notFound(
                                QStringLiteral("customer %1").arg(r.ids[0])));
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/customers/{id}/timeline"),
        Access::Agent, [&hub](ApiRequest &r) {
            const auto customer = hub.storage.customers().byId(r.ids[0]);
            if (!customer)
                return ApiResponse::fromError(
                    ServiceError::notFound(QStringLiteral("customer %1").arg(r.ids[0])));
            return timelineAnswer(
                TimelineText(hub.storage, hub.access.messageReader(r.user())).of(*customer));
        });
    // The first sync reads thousands of timelines; one request for many saves a round trip
    // (and the request's handling on both sides) for each.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/customers/timelines"), Access::Agent,
        [&hub](ApiRequest &r) {
            ApiResponse error;
            const auto ids = timelineIds(r, &error);
            if (!ids)
                return error;
            TimelineText timelines(hub.storage, hub.access.messageReader(r.user()));
            // Written into the answer as they are built (the answer grows geometrically), not
            // gathered first and copied again.
            QByteArray answer("{\"items\":[");
            QJsonArray missing;
            bool first = true;
            for (const Id id : *ids) {
                if (const auto customer = hub.storage.customers().byId(id)) {
                    if (!std::exchange(first, false))
                        answer.append(',');
                    answer.append(timelines.of(*customer));
                } else {
                    missing.append(id);
                }
            }
            answer.append("],\"missing\":");
            answer.append(QJsonDocument(missing).toJson(QJsonDocument::Compact));
            answer.append('}');
            return timelineAnswer(std::move(answer));
        });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/customers/{id}"), Access::Agent,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                CustomerChanges changes;
                changes.name = ifPresent<QString>(body, QLatin1String("name"),
                    [&] { return body.requiredString(QLatin1String("name")); });
                changes.language = ifPresent<QString>(body, QLatin1String("language"),
                    [&] { return body.optionalString(QLatin1String("language")); });
                changes.tags = ifPresent<QStringList>(body, QLatin1String("tags"),
                    [&] { return body.stringList(QLatin1String("tags")); });
                changes.notes = ifPresent<QString>(body, QLatin1String("notes"),
                    [&] { return body.optionalString(QLatin1String("notes")); });
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto customer = hub.people.updateCustomer(r.ids[0], changes);
                return customer.ok() ? ApiResponse::json(200, customer.value().toJson())
                                     : ApiResponse::fromError(customer.error());
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/customers/{id}/merge"),
        Access::Supervisor, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                const Id from = body.requiredId(QLatin1String("customer_id"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto customer = hub.people.mergeCustomers(r.user(), r.ids[0], from);
                return customer.ok() ? ApiResponse::json(200, customer.value().toJson())
                                     : ApiResponse::fromError(customer.error());
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/customers/{id}/split"),
        Access::Supervisor, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                CustomerSplit split;
                split.identityIds = body.idList(QLatin1String("identity_ids"), MaxSplitItems);
                split.conversationIds
                    = body.idList(QLatin1String("conversation_ids"), MaxSplitItems);
                split.name = body.optionalString(QLatin1String("name"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto result = hub.people.splitCustomer(r.user(), r.ids[0], split);
                if (!result.ok())
                    return ApiResponse::fromError(result.error());
                return ApiResponse::json(201,
                    {{QStringLiteral("customer"), result.value().customer.toJson()},
                        {QStringLiteral("new_customer"), result.value().newCustomer.toJson()}});
            });
        });
}

} // namespace Switchboard::Hub::Endpoints
