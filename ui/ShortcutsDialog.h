// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;

namespace Switchboard::Ui {

//! Help → Keyboard shortcuts: every action that has a shortcut, read from the actions
//! themselves so the list can never drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace Switchboard::Ui
