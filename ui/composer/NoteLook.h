// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QPalette;
class QWidget;

namespace Switchboard::Ui {

//! How an internal note looks in the composer, so it never passes for a reply: an amber banner,
//! and the editor's background tinted amber while keeping the palette's text colour.
class NoteLook
{
public:
    //! Styles the banner (amber, dark text, bold) once.
    static void styleBanner(QLabel *banner);
    //! Gives the editor the window's palette, tinted amber for a note; call again on every
    //! palette change, since the window palette is read afresh.
    static void applyToEditor(QWidget *editor, const QPalette &window, bool note);
};

} // namespace Switchboard::Ui
