// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard::Ui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_hub(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    m_hub->setPlaceholderText(QStringLiteral("https://hub.example.com"));
    m_hub->setAccessibleName(tr("Hub address"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Hub:"), m_hub);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/switchboard.svg")).pixmap(48, 48));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_hub, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QUrl url = QUrl::fromUserInput(hubUrl());
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            setError(
                tr("The hub address must start with https:// (or http:// on a trusted network)."));
            return;
        }
        m_error->hide();
        setBusy(true);
        Q_EMIT signInRequested(hubUrl(), username(), password());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    resize(420, sizeHint().height());
}

void SignInDialog::prefill(const QString &hubUrl, const QString &username)
{
    m_hub->setText(hubUrl);
    m_username->setText(username);
    if (!hubUrl.isEmpty() && !username.isEmpty())
        m_password->setFocus();
    else if (!hubUrl.isEmpty())
        m_username->setFocus();
    else
        m_hub->setFocus();
}

QString SignInDialog::hubUrl() const
{
    return m_hub->text().trimmed();
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    for (QLineEdit *edit : {m_hub, m_username, m_password})
        edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (!busy)
        updateButton();
}

void SignInDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!hubUrl().isEmpty() && !username().isEmpty() && !password().isEmpty());
}

} // namespace Switchboard::Ui
