// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteLook.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace Switchboard::Ui {

namespace {

// The one colour not taken from the palette: notes must never look like replies, in a light theme
// or a dark one. Amber reads as "internal" and stays distinct from selection blue and error red.
const QColor NoteColor(0xf5, 0xb7, 0x00);
const QColor NoteTextColor(0x24, 0x1a, 0x00);
// How much amber tints the editor's own background, so text keeps the palette's contrast.
constexpr qreal NoteTint = 0.28;

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
        base.greenF() * (1 - amount) + tint.greenF() * amount,
        base.blueF() * (1 - amount) + tint.blueF() * amount);
}

} // namespace

void NoteLook::styleBanner(QLabel *banner)
{
    banner->setAutoFillBackground(true);
    banner->setContentsMargins(8, 4, 8, 4);
    QFont font = banner->font();
    font.setBold(true);
    banner->setFont(font);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, NoteColor);
    palette.setColor(QPalette::WindowText, NoteTextColor);
    banner->setPalette(palette);
}

void NoteLook::applyToEditor(QWidget *editor, const QPalette &window, bool note)
{
    QPalette palette = window;
    if (note)
        palette.setColor(QPalette::Base, blend(window.color(QPalette::Base), NoteColor, NoteTint));
    editor->setPalette(palette);
}

} // namespace Switchboard::Ui
