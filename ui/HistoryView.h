// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class QAbstractItemModel;

namespace Switchboard::Ui {

//! The history pane: a customer's timeline across channels, rendered as a document. Email HTML
//! is shown with no scripts (the rich-text engine runs none) and no remote content (every
//! resource request is refused), so opening a message never tells a sender it was read.
class HistoryView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    //! A reply's delivery state as the agent reads it ("delivered"); unknown states as sent.
    static QString deliveryLabel(const QString &delivery);
    //! The timeline model to show (an Item::TimelineModel).
    void setModel(QAbstractItemModel *model);
    //! Who is reading: a whisper to them says only they can see it; 0 (a supervisor's monitor)
    //! names the agent each whisper is for.
    void setSignedInUser(qint64 userId);
    //! How a supervisor's whisper is labelled for the reader `me`.
    static QString whisperLabel(
        const QString &author, qint64 whisperTo, const QString &whisperToName, qint64 me);

    //! Removes scripts, styles and other active or remote parts from an email's HTML.
    static QString sanitizeHtml(const QString &html);

Q_SIGNALS:
    //! The agent clicked a file the hub kept with a message (number as the hub serves it).
    void attachmentRequested(qint64 messageId, int number, const QString &name);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void render();
    QString renderEntry(const QModelIndex &index) const;

    QAbstractItemModel *m_model = nullptr;
    qint64 m_me = 0;
    bool m_renderQueued = false;
};

} // namespace Switchboard::Ui
