// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Switchboard::Ui {

//! The desktop's preferences: language, theme, notifications and their sound.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        //! A locale name such as "de", or empty for the system language.
        QString language;
        QString theme = QStringLiteral("system");
        bool notifications = true;
        bool sound = false;
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;
    //! The languages the desktop is translated into, as (locale name, native name).
    static QList<QPair<QString, QString>> languages();

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_notifications;
    QCheckBox *m_sound;
};

} // namespace Switchboard::Ui
