// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::App {

//! Installs the ui's translation (and Qt's own) for a language; empty means the system's.
//! Returns the language in use ("en" when no translation matched).
QString installTranslations(const QString &language);

} // namespace Switchboard::App
