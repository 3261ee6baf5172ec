// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Switchboard::Bench::HttpHead {

//! The value of header name (any case) in an HTTP header section; empty when absent.
QByteArray value(QByteArrayView head, QByteArrayView name);

} // namespace Switchboard::Bench::HttpHead
