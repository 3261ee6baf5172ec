// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameCache.h"

namespace Switchboard::Hub {

FrameCache::FrameCache()
{
    m_clear.setSingleShot(true);
    m_clear.setInterval(0);
    QObject::connect(&m_clear, &QTimer::timeout, &m_clear, [this] { m_frames.clear(); });
}

void FrameCache::clear()
{
    m_clear.stop();
    m_frames.clear();
}

QString FrameCache::eventsFrame(const QList<OutgoingEvent> &events)
{
    QByteArray key;
    key.reserve(events.size() * 8);
    for (const OutgoingEvent &e : events)
        key.append(QByteArray::number(e.seq)).append(',');
    const auto it = m_frames.constFind(key);
    if (it != m_frames.cend())
        return *it;

    qsizetype size = 32;
    for (const OutgoingEvent &e : events)
        size += e.json.size() + 1;
    QByteArray frame;
    frame.reserve(size);
    frame.append("{\"type\":\"events\",\"events\":[");
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i)
            frame.append(',');
        frame.append(events[i].json);
    }
    frame.append("]}");
    const QString text = QString::fromUtf8(frame);
    m_frames.insert(key, text);
    if (!m_clear.isActive())
        m_clear.start();
    return text;
}

} // namespace Switchboard::Hub
