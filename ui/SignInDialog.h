// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Switchboard::Ui {

//! Hub address, user name and password. The caller signs in and reports back with
//! setError() or accept(); the dialog stays open (and busy) meanwhile.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    //! Prefills the fields; with both given the password field gets the focus.
    void prefill(const QString &hubUrl, const QString &username);
    QString hubUrl() const;
    QString username() const;
    QString password() const;
    void setError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const QString &hubUrl, const QString &username, const QString &password);

private:
    void updateButton();

    QLineEdit *m_hub;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Switchboard::Ui
