// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QIcon>
#include <QString>

namespace Switchboard::Ui {

//! How channels look in the ui: icon and translated name, for a kind or its wire name.
namespace ChannelPresentation {
QIcon icon(Domain::ChannelKind channel);
QIcon icon(const QString &wireName);
QString name(Domain::ChannelKind channel);
QString name(const QString &wireName);
QIcon publicIcon();
QIcon noteIcon();
} // namespace ChannelPresentation

} // namespace Switchboard::Ui
