// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/CannedResponses.h"

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace Switchboard::Ui {

//! A popup to find a canned response by typing part of its title or text; Enter picks it.
class CannedPicker : public QFrame
{
    Q_OBJECT

public:
    explicit CannedPicker(QWidget *parent = nullptr);

    //! The responses on offer (already narrowed to the reply's channel).
    void setResponses(const QList<Policy::CannedResponse> &responses);
    //! Opens below or above anchor with an empty filter and the keyboard in it.
    void popup(QWidget *anchor);

Q_SIGNALS:
    //! A response was picked; the popup has closed.
    void chosen(const Switchboard::Policy::CannedResponse &response);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &filter);
    void choose();

    QList<Policy::CannedResponse> m_responses;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Switchboard::Ui
