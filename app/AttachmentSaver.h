// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QMainWindow;

namespace Switchboard::Sync {
class SyncEngine;
}

namespace Switchboard::App {

//! Saves a file that came with a message where the agent chooses: asks for the place (the
//! Downloads folder and the file's own name proposed), has the sync engine fetch and write it,
//! and says in the status bar how it went (a dialog when it failed).
class AttachmentSaver : public QObject
{
    Q_OBJECT
public:
    //! Runs work on the sync engine's thread, if signed in.
    using EngineCall = std::function<void(std::function<void(Sync::SyncEngine &)>)>;

    AttachmentSaver(QMainWindow *window, EngineCall withEngine, QObject *parent = nullptr);

    void save(qint64 messageId, int number, const QString &name);

    //! The name to propose for a file the hub named: no folders, nothing a file system refuses.
    static QString safeFileName(const QString &name);

private:
    QPointer<QMainWindow> m_window;
    EngineCall m_withEngine;
};

} // namespace Switchboard::App
