// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentSaver.h"

#include "sync/AttachmentDownload.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace Switchboard::App {

AttachmentSaver::AttachmentSaver(QMainWindow *window, EngineCall withEngine, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_withEngine(std::move(withEngine))
{
}

QString AttachmentSaver::safeFileName(const QString &name)
{
    QString out = name;
    // Whatever a sender put in the name, the file lands where the agent chose.
    out.replace(QLatin1Char('\\'), QLatin1Char('/'));
    out = out.section(QLatin1Char('/'), -1);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || QStringLiteral(":*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? tr("attachment") : out;
}

void AttachmentSaver::save(qint64 messageId, int number, const QString &name)
{
    if (!m_window)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save attachment"),
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(safeFileName(name)));
    if (path.isEmpty())
        return;
    const QString shown = QFileInfo(path).fileName();
    m_window->statusBar()->showMessage(tr("Saving %1…").arg(shown));
    QPointer<AttachmentSaver> self(this);
    m_withEngine([self, messageId, number, path, shown](Sync::SyncEngine &engine) {
        Sync::AttachmentDownload *download = engine.downloadAttachment(messageId, number, path);
        if (!self)
            return;
        // Reported on the ui thread (the download lives on the sync thread).
        connect(download, &Sync::AttachmentDownload::finished, self,
            [self, shown](const QString &, qint64 bytes) {
                if (self->m_window)
                    self->m_window->statusBar()->showMessage(
                        tr("Saved %1 (%2)").arg(shown, QLocale().formattedDataSize(bytes)), 10000);
            });
        connect(download, &Sync::AttachmentDownload::failed, self,
            [self, shown](const QString &reason) {
                if (!self->m_window)
                    return;
                self->m_window->statusBar()->clearMessage();
                QMessageBox::warning(self->m_window, tr("Attachment not saved"),
                    tr("%1 could not be saved: %2").arg(shown, reason));
            });
    });
}

} // namespace Switchboard::App
