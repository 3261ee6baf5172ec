// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace Switchboard::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Switchboard"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/switchboard.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title
        = new QLabel(tr("<b>Switchboard %1</b>").arg(QStringLiteral(SWITCHBOARD_VERSION)), this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    title->setFont(bigger);
    auto *summary = new QLabel(tr("Calls, email and social messages in one place."), this);
    // Both: a program built against one Qt can run on a later one, and support needs to know.
    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    qt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *licence = new QLabel(tr("Free software under the GNU General Public License, version 3 "
                                  "or (at your option) any later version. It comes with no "
                                  "warranty."),
        this);
    licence->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(qt);
    text->addWidget(licence);
    text->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QGridLayout(this);
    layout->addWidget(icon, 0, 0);
    layout->addLayout(text, 0, 1);
    layout->addWidget(buttons, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    setMinimumWidth(440);
}

} // namespace Switchboard::Ui
