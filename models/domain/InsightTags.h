// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

//! The tags agents put on conversations for the supervisors' insights. Conversations may carry
//! other, free-form tags too; only these are counted.
namespace Switchboard::Domain::InsightTags {

inline const QStringList &all()
{
    static const QStringList tags{QStringLiteral("product_feedback"),
        QStringLiteral("testimonial_candidate"), QStringLiteral("competitor_mention"),
        QStringLiteral("sales_opportunity"), QStringLiteral("complaint")};
    return tags;
}

} // namespace Switchboard::Domain::InsightTags
