// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace Switchboard::Ui {

//! Light and dark palettes on the Fusion style, or the platform's own look.
namespace Theme {
enum class Mode { System, Light, Dark };
QPalette light();
QPalette dark();
//! Applies the mode to the whole application.
void apply(Mode mode);
Mode fromName(const QString &name);
QString name(Mode mode);
} // namespace Theme

} // namespace Switchboard::Ui
