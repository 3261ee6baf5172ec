// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Switchboard::Ui {

//! Help → About Switchboard: the version (the root project()'s, as the packages carry it), the
//! Qt it was built with and runs on, and the licence — what support asks for first.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Switchboard::Ui
