// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetectorSupport.h"

namespace Switchboard::Policy {

QRegularExpression DetectorSupport::compile(const QString &pattern, bool caseInsensitive)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(pattern, options);
    Q_ASSERT_X(re.isValid(), "DetectorSupport::compile", qPrintable(re.errorString()));
    re.optimize();
    return re;
}

bool DetectorSupport::matchesWithin(
    const QRegularExpression &re, const QString &text, qsizetype from, qsizetype to)
{
    from = qMax<qsizetype>(0, from);
    to = qMin(to, text.size());
    if (from >= to)
        return false;
    const QRegularExpressionMatch match = re.match(text, from);
    return match.hasMatch() && match.capturedStart() < to;
}

Finding DetectorSupport::finding(
    QLatin1StringView kind, qsizetype start, qsizetype end, const QString &message)
{
    Finding out;
    out.kind = QString(kind);
    out.start = int(start);
    out.end = int(end);
    out.message = message;
    return out;
}

} // namespace Switchboard::Policy
