// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryView.h"

#include "ChannelPresentation.h"
#include "calls/Dispositions.h"
#include "domain/Enums.h"
#include "item/TimelineModel.h"

#include <QAbstractItemModel>
#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>
#include <QUrlQuery>

namespace Switchboard::Ui {

using Item::TimelineModel;

namespace {

const QString OlderLink = QStringLiteral("switchboard:older");
const QString AttachmentScheme = QStringLiteral("switchboard-attachment");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Customer history"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == OlderLink) {
            if (m_model && m_model->canFetchMore({}))
                m_model->fetchMore({});
        } else if (url.scheme() == AttachmentScheme) {
            const QUrlQuery query(url);
            const qint64 message = query.queryItemValue(QStringLiteral("message")).toLongLong();
            const int number = query.queryItemValue(QStringLiteral("number")).toInt();
            if (message > 0 && number > 0)
                Q_EMIT attachmentRequested(message, number,
                    QString::fromUtf8(QByteArray::fromBase64(
                        query.queryItemValue(QStringLiteral("name")).toLatin1(),
                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        } else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")
            || url.scheme() == QLatin1String("mailto")) {
            QDesktopServices::openUrl(url);
        }
    });
}

QVariant HistoryView::loadResource(int type, const QUrl &name)
{
    // Our own icons only; nothing from the network or the file system.
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

QString HistoryView::sanitizeHtml(const QString &html)
{
    QString clean = html;
    static const QRegularExpression blocks(
        QStringLiteral("<(script|style|head|iframe|object|embed|form)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression singles(
        QStringLiteral("<(script|style|iframe|object|embed|link|meta|base|img)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlers(
        QStringLiteral("\\s(on\\w+|style|background|src)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    clean.remove(blocks);
    clean.remove(singles);
    clean.remove(handlers);
    return clean;
}

void HistoryView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        const auto queue = [this] {
            if (m_renderQueued)
                return;
            m_renderQueued = true;
            QTimer::singleShot(0, this, &HistoryView::render);
        };
        connect(m_model, &QAbstractItemModel::modelReset, this, queue);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, queue);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, queue);
        connect(m_model, &QAbstractItemModel::dataChanged, this, queue);
    }
    render();
}

void HistoryView::setSignedInUser(qint64 userId)
{
    if (m_me == userId)
        return;
    m_me = userId;
    render();
}

QString HistoryView::whisperLabel(
    const QString &author, qint64 whisperTo, const QString &whisperToName, qint64 me)
{
    if (whisperTo == me)
        return tr("Whisper from %1 — only you can see this").arg(author);
    return tr("Whisper from %1 to %2")
        .arg(author, whisperToName.isEmpty() ? tr("user %1").arg(whisperTo) : whisperToName);
}

QString HistoryView::deliveryLabel(const QString &delivery)
{
    switch (
        Domain::fromWire<Domain::DeliveryState>(delivery).value_or(Domain::DeliveryState::None)) {
    case Domain::DeliveryState::Queued:
        return tr("queued");
    case Domain::DeliveryState::Sent:
        return tr("sent");
    case Domain::DeliveryState::Delivered:
        return tr("delivered");
    case Domain::DeliveryState::Read:
        return tr("read");
    case Domain::DeliveryState::Failed:
        return tr("not delivered");
    case Domain::DeliveryState::None:
        break;
    }
    return delivery;
}

QString HistoryView::renderEntry(const QModelIndex &index) const
{
    const QLocale locale;
    const QString at = locale.toString(
        index.data(TimelineModel::AtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
    const QString channel = index.data(TimelineModel::ChannelRole).toString();
    const QString channelName = ChannelPresentation::name(channel);
    const bool isPublic
        = index.data(TimelineModel::VisibilityRole).toString() == QLatin1String("public");
    const QString publicMark = isPublic
        ? QStringLiteral(" <img src=\"qrc:/icons/public.svg\" width=\"14\" height=\"14\"> <b "
                         "style=\"color:#e65100\">%1</b>")
              .arg(tr("Public"))
        : QString();
    if (index.data(TimelineModel::TypeRole).toString() == QLatin1String("call")) {
        const int seconds = index.data(TimelineModel::DurationRole).toInt();
        const bool inbound
            = index.data(TimelineModel::DirectionRole).toString() == QLatin1String("inbound");
        QString html
            = QStringLiteral(
                "<table width=\"100%\" cellpadding=\"8\" "
                "style=\"background-color:palette(alternate-base)\"><tr><td>"
                "<img src=\"qrc:/icons/voice.svg\" width=\"16\" height=\"16\"> <b>%1</b> · %2 · %3")
                  .arg(inbound ? tr("Incoming call") : tr("Outgoing call"), at,
                      tr("%1:%2 min").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
        const QString disposition = index.data(TimelineModel::DispositionRole).toString();
        if (!disposition.isEmpty())
            html += QStringLiteral(" · %1 <i>%2</i>")
                        .arg(tr("Disposition:"), Dispositions::label(disposition).toHtmlEscaped());
        const QString notes = index.data(TimelineModel::BodyRole).toString();
        if (!notes.isEmpty())
            html += QStringLiteral("<br>%1").arg(escaped(notes));
        return html + QStringLiteral("</td></tr></table>");
    }
    const QString kind = index.data(TimelineModel::KindRole).toString();
    const bool note = kind == QLatin1String("note");
    const bool inbound = kind == QLatin1String("inbound");
    const qint64 whisperTo = note ? index.data(TimelineModel::WhisperToRole).toLongLong() : 0;
    // A whisper is a note in a shade of its own, and says so in words too.
    const QString background = whisperTo != 0 ? QStringLiteral("#ece3fa")
        : note                                ? QStringLiteral("#fff3c4")
        : inbound                             ? QStringLiteral("palette(base)")
                                              : QStringLiteral("#e3f0fd");
    const QString textColour
        = note || !inbound ? QStringLiteral("#1a1a1a") : QStringLiteral("palette(text)");
    const QString author = index.data(TimelineModel::AuthorRole).toString();
    const QString title = whisperTo != 0 ? whisperLabel(author, whisperTo,
                              index.data(TimelineModel::WhisperToNameRole).toString(), m_me)
                                         : author;
    QString header
        = QStringLiteral("<img src=\"qrc:/icons/%1.svg\" width=\"16\" height=\"16\"> <b>%2</b>")
              .arg(note ? QStringLiteral("note") : channel, title.toHtmlEscaped());
    if (whisperTo == 0)
        header += QStringLiteral(" · ") + (note ? tr("Internal note") : channelName);
    header += QStringLiteral(" · ") + at;
    if (!note)
        header += publicMark;
    const QString delivery = index.data(TimelineModel::DeliveryRole).toString();
    if (!delivery.isEmpty() && delivery != QLatin1String("none")) {
        header += QStringLiteral(" · <i>%1</i>").arg(deliveryLabel(delivery).toHtmlEscaped());
        // Why it waits or failed, in the provider's words: the agent can act on it.
        const QString reason = index.data(TimelineModel::DeliveryErrorRole).toString();
        const bool failed = delivery == QLatin1String("failed");
        if (!reason.isEmpty() && (failed || delivery == QLatin1String("queued")))
            header += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                          .arg(failed ? QStringLiteral("#b00020") : QStringLiteral("#6d4c00"),
                              (failed ? tr("Not delivered: %1") : tr("Waiting: %1"))
                                  .arg(reason)
                                  .toHtmlEscaped());
    }
    const QString html = index.data(TimelineModel::BodyHtmlRole).toString();
    const QString body = html.isEmpty() ? escaped(index.data(TimelineModel::BodyRole).toString())
                                        : sanitizeHtml(html);
    QString attachments;
    const QStringList files = index.data(TimelineModel::AttachmentsRole).toStringList();
    const QVariantList numbers = index.data(TimelineModel::AttachmentNumbersRole).toList();
    QStringList shown;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const int number = i < numbers.size() ? numbers.at(i).toInt() : 0;
        if (number <= 0) {
            shown << files.at(i).toHtmlEscaped();
            continue;
        }
        // A file the hub kept: a link that saves it.
        QUrl link;
        link.setScheme(AttachmentScheme);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("message"),
            QString::number(index.data(TimelineModel::IdRole).toLongLong()));
        query.addQueryItem(QStringLiteral("number"), QString::number(number));
        // Any characters a file name has, without escaping rules to get wrong.
        query.addQueryItem(QStringLiteral("name"),
            QString::fromLatin1(files.at(i).toUtf8().toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        link.setQuery(query);
        shown << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         files.at(i).toHtmlEscaped());
    }
    if (!shown.isEmpty())
        attachments = QStringLiteral("<br><small>%1 %2</small>")
                          .arg(tr("Attachments:"), shown.join(QStringLiteral(", ")));
    return QStringLiteral(
        "<table width=\"100%\" cellpadding=\"8\" "
        "style=\"background-color:%1;color:%2\"><tr><td>%3<br>%4%5</td></tr></table>")
        .arg(background, textColour, header, body, attachments);
}

void HistoryView::render()
{
    m_renderQueued = false;
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    QString html;
    if (m_model && m_model->canFetchMore({}))
        html += QStringLiteral("<p align=\"center\"><a href=\"%1\">%2</a></p>")
                    .arg(OlderLink, tr("Show older history"));
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        html += renderEntry(m_model->index(row, 0)) + QStringLiteral("<p></p>");
    if (rows == 0)
        html = QStringLiteral("<p align=\"center\" style=\"color:gray\">%1</p>")
                   .arg(tr("Select a customer to see their history."));
    // The document's CSS has no palette(); the colours come from the widget's palette instead.
    const QPalette colours = palette();
    html.replace(
        QStringLiteral("palette(alternate-base)"), colours.color(QPalette::AlternateBase).name());
    html.replace(QStringLiteral("palette(base)"), colours.color(QPalette::Base).name());
    html.replace(QStringLiteral("palette(text)"), colours.color(QPalette::Text).name());
    const int previous = bar->value();
    setHtml(html);
    bar->setValue(atBottom ? bar->maximum() : previous);
}

} // namespace Switchboard::Ui
