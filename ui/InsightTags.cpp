// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightTags.h"

#include <QCoreApplication>

namespace Switchboard::Ui::InsightTags {

QStringList all()
{
    return {QStringLiteral("product_feedback"), QStringLiteral("testimonial_candidate"),
        QStringLiteral("competitor_mention"), QStringLiteral("sales_opportunity"),
        QStringLiteral("complaint")};
}

QString name(const QString &tag)
{
    if (tag == QLatin1String("product_feedback"))
        return QCoreApplication::translate("InsightTags", "Product feedback");
    if (tag == QLatin1String("testimonial_candidate"))
        return QCoreApplication::translate("InsightTags", "Testimonial candidate");
    if (tag == QLatin1String("competitor_mention"))
        return QCoreApplication::translate("InsightTags", "Competitor mention");
    if (tag == QLatin1String("sales_opportunity"))
        return QCoreApplication::translate("InsightTags", "Sales opportunity");
    if (tag == QLatin1String("complaint"))
        return QCoreApplication::translate("InsightTags", "Complaint");
    return tag;
}

} // namespace Switchboard::Ui::InsightTags
