// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace Switchboard::Hub::Csv {

//! RFC 4180 text, UTF-8 with CRLF line ends: a header row of `columns`, then one line per row
//! object with its members in that order (null and absent members empty). Text that a
//! spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
//! leading apostrophe: customers write much of what is exported.
QByteArray write(const QStringList &columns, const QJsonArray &rows);

//! One cell's text, quoted when it must be and defused when it would be a formula.
QString cell(const QJsonValue &value);

} // namespace Switchboard::Hub::Csv
