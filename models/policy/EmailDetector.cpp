// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDetector.h"

#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

void EmailDetector::find(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression address = DetectorSupport::compile(QStringLiteral(
        R"((?<![\w.+\-])[a-z0-9](?:[a-z0-9._%+\-]*[a-z0-9_%+\-])?@)"
        R"([a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,})"
        R"((?![\w\-]))"));
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append(DetectorSupport::finding(FindingKind::Email, m.capturedStart(), m.capturedEnd(),
            QStringLiteral("email address")));
    }
}

} // namespace Switchboard::Policy
