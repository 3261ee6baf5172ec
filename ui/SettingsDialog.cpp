// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Switchboard::Ui {

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
}

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_notifications(new QCheckBox(tr("Show desktop notifications"), this))
    , m_sound(new QCheckBox(tr("Play a sound with notifications"), this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_language->setAccessibleName(tr("Language"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(values.theme)));
    m_theme->setAccessibleName(tr("Theme"));
    m_notifications->setChecked(values.notifications);
    m_sound->setChecked(values.sound);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_sound);
    auto *hint = new QLabel(tr("A new language applies the next time Switchboard starts."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {m_language->currentData().toString(), m_theme->currentData().toString(),
        m_notifications->isChecked(), m_sound->isChecked()};
}

} // namespace Switchboard::Ui
