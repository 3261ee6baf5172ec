// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpHead.h"

#include <QList>

namespace Switchboard::Bench::HttpHead {

QByteArray value(QByteArrayView head, QByteArrayView name)
{
    for (QByteArrayView line : head.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toByteArray();
    }
    return {};
}

} // namespace Switchboard::Bench::HttpHead
