// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordText.h"

#include "JsonScanner.h"

namespace Switchboard::Store {

std::optional<QList<QByteArrayView>> RecordText::arrayElements(
    QByteArrayView object, QByteArrayView key, Check check)
{
    QList<QByteArrayView> out;
    bool seen = false;
    JsonScanner scan(object);
    const auto next
        = [check](JsonScanner &s) { return check == Check::Whole ? s.value() : s.skip(); };
    const bool ok = forEachMember(scan, [&](QByteArrayView name, JsonScanner &s) {
        if (name != key)
            return !next(s).isNull();
        if (seen)
            return false;
        seen = true;
        return forEachElement(s, [&](JsonScanner &e) {
            out << next(e);
            return true;
        });
    });
    // An object without the key has no elements under it.
    if (!ok || !scan.atEnd())
        return std::nullopt;
    return out;
}

QList<QByteArrayView> RecordText::timelineMessages(QByteArrayView timeline)
{
    QList<QByteArrayView> out;
    const auto items = arrayElements(timeline, "items");
    if (!items)
        return {};
    for (const QByteArrayView item : *items) {
        QByteArrayView message;
        bool seen = false;
        JsonScanner scan(item);
        const bool ok = forEachMember(scan, [&](QByteArrayView name, JsonScanner &s) {
            if (name != "message") {
                s.value();
                return true;
            }
            if (seen)
                return false;
            seen = true;
            message = s.value();
            return true;
        });
        if (!ok)
            return {};
        out << message;
    }
    return out;
}

} // namespace Switchboard::Store
