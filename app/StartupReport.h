// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QWidget;

namespace Switchboard::App {

//! --report-startup: says on standard error how long the start took once the inbox first paints
//! with rows, and the memory in use then and a little later, so a slow start on an agent's
//! machine can be measured without a profiler (and the start benchmark can time the real path).
class StartupReport : public QObject
{
    Q_OBJECT
public:
    //! sinceMain: started as main() began.
    explicit StartupReport(QElapsedTimer sinceMain, QObject *parent = nullptr);

    //! Watches the inbox view of window; call when the inbox is shown.
    void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportPainted();

    QElapsedTimer m_sinceMain;
    QPointer<QAbstractItemView> m_view;
    bool m_painted = false;
};

} // namespace Switchboard::App
