// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LengthCounter.h"

#include "policy/ChannelLimits.h"

#include <QLocale>

namespace Switchboard::Ui {

using Domain::ChannelKind;

LengthCounter::LengthCounter(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("lengthCounter"));
    setAccessibleName(tr("Reply length"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QString LengthCounter::update(
    std::optional<ChannelKind> channel, const QString &channelName, const QString &text, bool note)
{
    const QLocale locale;
    QString reason;
    QString counter;
    m_over = false;
    if (!channel) {
        // Nothing to count against.
    } else if (note) {
        counter = tr("Length: %1").arg(locale.toString(Policy::ChannelLimits::codePoints(text)));
    } else if (!Policy::ChannelLimits::acceptsText(*channel)) {
        reason = tr("Calls take no written reply: add an internal note or choose another of the "
                    "customer's conversations.");
    } else {
        const Policy::LengthCheck check = Policy::checkLength(*channel, text);
        m_over = check.over;
        if (check.limit == 0)
            counter = tr("Length: %1").arg(locale.toString(check.used));
        else
            counter = tr("%1 / %2").arg(locale.toString(check.used), locale.toString(check.limit));
        if (check.smsSegments > 0) {
            // Segments are what the customer's carrier bills, so they are worth seeing.
            counter += QStringLiteral(u" · ")
                + (check.smsUnicode ? tr("SMS segments: %1 (Unicode)") : tr("SMS segments: %1"))
                      .arg(check.smsSegments);
        }
        if (m_over) {
            reason = tr("Too long for %1 by %2.")
                         .arg(channelName, locale.toString(check.used - check.limit));
        }
    }
    setText(counter);
    setVisible(!counter.isEmpty());
    setProperty("over", m_over);
    setAccessibleDescription(m_over ? tr("Over the limit") : QString());
    QPalette colours = parentWidget() ? parentWidget()->palette() : palette();
    if (m_over) {
        // Errors have no palette role; this red keeps its contrast on light and dark windows.
        const bool dark = colours.color(QPalette::Window).lightness() < 128;
        colours.setColor(
            QPalette::WindowText, dark ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc6, 0x28, 0x28));
    }
    setPalette(colours);
    setToolTip(channel == ChannelKind::XPost
            ? tr("X counts most CJK characters and emoji as two, and every link as 23.")
            : QString());
    return reason;
}

} // namespace Switchboard::Ui
