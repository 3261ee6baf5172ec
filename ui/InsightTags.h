// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

//! The tags agents put on conversations for supervisors' insights (docs/api.md §3.16), by their
//! wire names, and how they are named on screen.
namespace Switchboard::Ui::InsightTags {

//! product_feedback, testimonial_candidate, competitor_mention, sales_opportunity, complaint.
QStringList all();
//! The name shown for a tag; other tags as they are.
QString name(const QString &tag);

} // namespace Switchboard::Ui::InsightTags
