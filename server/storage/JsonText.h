// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

//! JSON text written directly, byte for byte as QJsonDocument::toJson(QJsonDocument::Compact)
//! writes the same values: the first sync's answers hold a million records, and building a
//! QJsonObject for each was most of the hub's share of it (docs/performance.md).
namespace Switchboard::Hub::JsonText {

//! Appends UTF-8 text as a JSON string, escaped as QJsonDocument escapes it (the quote, the
//! backslash and control characters; nothing else). False, with nothing appended, for bytes that
//! are not valid UTF-8: the caller then takes the text through QString and qtJson().
bool appendString(QByteArray &out, const unsigned char *text, qsizetype n);
//! A JSON value through Qt's own writer, for the rare values the fast paths leave to it.
QByteArray qtJson(const QJsonValue &value);
//! WireTime::toJson(WireTime::fromMs(ms)): a quoted time, or null for 0 (no time, as stored).
QByteArray time(qint64 ms);
//! An integer as QJsonDocument writes a QJsonValue(qint64).
void appendInteger(QByteArray &out, qint64 value);

} // namespace Switchboard::Hub::JsonText
