// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "Router.h"
#include "service/AccessPolicy.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QUrl>

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;

void registerAttachments(Router &router, HubServices &hub)
{
    // Attachments are numbered from 1 in the path (the router's {id} is a positive number);
    // channel_metadata.attachments[].number is that number.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/messages/{id}/attachments/{id}"),
        Access::Agent, [&hub](ApiRequest &r) {
            const auto message = hub.storage.messages().byId(r.ids[0]);
            const auto conversation = message
                ? hub.storage.conversations().byId(message->conversationId)
                : std::nullopt;
            // Whoever may not see the conversation learns nothing, not even that it exists.
            if (!conversation
                || !hub.access.mayReceive(r.user(), hub.access.audienceFor(*conversation)))
                return ApiResponse::fromError(
                    ServiceError::notFound(QStringLiteral("message %1").arg(r.ids[0])));
            const auto attachment = hub.storage.attachments().at(r.ids[0], int(r.ids[1]) - 1);
            if (!attachment)
                return ApiResponse::fromError(ServiceError::notFound(
                    QStringLiteral("attachment %1 of message %2").arg(r.ids[1]).arg(r.ids[0])));
            ApiResponse response;
            response.status = 200;
            response.body = attachment->data;
            // A download, never rendered by a browser in the hub's origin as something else.
            response.contentType = attachment->contentType.isEmpty()
                ? QByteArray("application/octet-stream")
                : attachment->contentType.toLatin1();
            response.addHeader("X-Content-Type-Options", "nosniff");
            response.addHeader("Content-Disposition",
                "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(attachment->fileName));
            return response;
        });
}

} // namespace Switchboard::Hub::Endpoints
