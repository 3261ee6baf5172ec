// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XTextLength.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace Switchboard::Policy {

namespace {

// config/v3.json of twitter-text: the one place these numbers come from.
constexpr int TransformedUrlLength = 23;
constexpr int DefaultWeight = 2;
constexpr int EmojiWeight = 2;
struct WeightRange
{
    char32_t first;
    char32_t last;
};
constexpr WeightRange SingleWeightRanges[] = {{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247}};
// The longest a DNS label may be once IDNA-encoded (RFC 1035); twitter-text refuses longer hosts.
constexpr int MaxLabelLength = 63;

// Country-code TLDs, and the generic TLDs people actually write without a scheme. twitter-text
// embeds IANA's full list of some 1,500 names; these cover the ones customers use in practice,
// and a URL with a scheme and an IDN top-level domain is accepted as twitter-text accepts it.
const char CountryTlds[] = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg "
                           "bh bi bj bm bn bo br bs "
                           "bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy "
                           "cz de dj dk dm do dz ec "
                           "ee eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn "
                           "gp gq gr gs gt gu gw gy "
                           "hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh "
                           "ki km kn kp kr kw ky kz "
                           "la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp "
                           "mq mr ms mt mu mv mw mx "
                           "my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm "
                           "pn pr ps pt pw py qa re "
                           "ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv "
                           "sx sy sz tc td tf tg th "
                           "tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn "
                           "vu wf ws ye yt za zm zw";
const char GenericTlds[]
    = "aero app art asia bank bar bike biz blog book buzz cafe care cat cloud club codes com coop "
      "dev design edu email energy eus events expert fashion finance fit foo fun games gay gmbh "
      "gov guide guru health help host info ink int jobs kim life link live llc load ltd markets "
      "media mil mobi moe money name net network news ngo ninja one online ooo org page pet photo "
      "photography pics pizza plus post pro pub realty reise rocks run sale school services shop "
      "site social software solutions space store studio style support systems team tech tel "
      "today tools top town travel tv university vip wang watch website wiki win work works world "
      "wtf xxx xyz zone";
// Second-level domains that, like t.co, are URLs on their own without a scheme or path.
const char SpecialShortTlds[] = "co tv";

QSet<QString> wordSet(const char *words)
{
    QSet<QString> set;
    const auto list = QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : list)
        set.insert(word);
    return set;
}

const QSet<QString> &countryTlds()
{
    static const QSet<QString> set = wordSet(CountryTlds);
    return set;
}

const QSet<QString> &genericTlds()
{
    static const QSet<QString> set = wordSet(GenericTlds);
    return set;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

bool isIpv4(const QStringList &labels)
{
    if (labels.size() != 4)
        return false;
    for (const QString &label : labels) {
        bool ok = false;
        const int value = label.toInt(&ok);
        if (!ok || value < 0 || value > 255 || label.size() > 3)
            return false;
    }
    return true;
}

//! Whether a host found by the pattern is one twitter-text would link.
bool validHost(const QString &host, bool hasScheme)
{
    const QStringList labels = host.split(QLatin1Char('.'));
    if (hasScheme && isIpv4(labels))
        return true;
    if (labels.size() < 2)
        return false;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (label.isEmpty() || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        // Underscores are tolerated in subdomains only, never in the registered name or TLD.
        if (i >= labels.size() - 2 && label.contains(QLatin1Char('_')))
            return false;
        const QByteArray ace = QUrl::toAce(label);
        if (ace.isEmpty() || ace.size() > MaxLabelLength)
            return false;
    }
    const QString tld = labels.last();
    if (isAscii(tld)) {
        if (XTextLength::isKnownTld(tld))
            return true;
        return hasScheme && tld.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive);
    }
    // Internationalised TLDs (.рф, .پاکستان, .みんな) are linked when a scheme says it is a URL.
    if (!hasScheme)
        return false;
    for (const QChar c : tld) {
        if (!c.isLetterOrNumber() && !c.isMark())
            return false;
    }
    return true;
}

bool isPathChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    // Latin accents and Cyrillic are part of twitter-text's path characters; other scripts end it.
    if ((u >= 0x00c0 && u <= 0x024f && u != 0x00d7 && u != 0x00f7) || (u >= 0x0400 && u <= 0x04ff))
        return true;
    return u == 0x2013 || QStringView(u"!*';:=+,.$/%#[]-_~|&@()").contains(c);
}

bool isPathEnd(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"+-=_#/)").contains(c);
}

bool isQueryChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!?*'@();:&=+$/%#[]-_.,~|").contains(c);
}

bool isQueryEnd(QChar c)
{
    return (c.unicode() < 0x80 && c.isLetterOrNumber()) || QStringView(u"-_&=#/").contains(c);
}

//! Extends end over characters accepted by isChar, then backs off to the last one accepted by
//! isEnd: twitter-text leaves trailing punctuation ("see example.com/a.") outside the URL.
qsizetype scanTail(const QString &text, qsizetype end, bool (*isChar)(QChar), bool (*isEnd)(QChar))
{
    qsizetype scan = end + 1;
    int open = 0;
    while (scan < text.size() && isChar(text.at(scan))) {
        if (text.at(scan) == QLatin1Char('('))
            ++open;
        else if (text.at(scan) == QLatin1Char(')') && --open < 0)
            break; // an unbalanced ")" closes the sentence the URL stood in
        ++scan;
    }
    while (scan > end + 1 && !isEnd(text.at(scan - 1)))
        --scan;
    return scan;
}

bool isEmojiBase(char32_t cp)
{
    return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2190 && cp <= 0x21ff)
        || (cp >= 0x2300 && cp <= 0x23ff) || (cp >= 0x25a0 && cp <= 0x27bf)
        || (cp >= 0x2900 && cp <= 0x297f) || (cp >= 0x2b00 && cp <= 0x2bff) || cp == 0x3030
        || cp == 0x303d || cp == 0x3297 || cp == 0x3299 || cp == 0x203c || cp == 0x2049
        || cp == 0x2122 || cp == 0x2139;
}

//! An emoji sequence of several code points, which counts once; a lone code point is weighed
//! by the ranges, and a letter with combining marks counts each of them.
bool isEmojiSequence(const QList<uint> &cluster)
{
    if (cluster.size() < 2)
        return false;
    if (isEmojiBase(cluster.first()))
        return true;
    for (const uint cp : cluster) {
        // VS16 (emoji presentation), the keycap mark and tag characters make any base an emoji.
        if (cp == 0xfe0f || cp == 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f))
            return true;
    }
    return false;
}

} // namespace

bool XTextLength::isKnownTld(QStringView label)
{
    const QString lower = label.toString().toLower();
    return countryTlds().contains(lower) || genericTlds().contains(lower);
}

int XTextLength::codePointWeight(char32_t codePoint)
{
    for (const auto &range : SingleWeightRanges) {
        if (codePoint >= range.first && codePoint <= range.last)
            return 1;
    }
    return DefaultWeight;
}

QList<XTextLength::UrlRange> XTextLength::urls(const QString &text)
{
    // Scheme, then a dotted host; the lookbehind keeps "@user.com", "#tag.com" and "ab.cd" inside
    // a word from being links, as twitter-text's valid preceding characters do.
    static const QRegularExpression pattern(
        QStringLiteral(u"(?<![A-Za-z0-9@\uFF20$#\uFF03])(https?://)?"
                       u"((?:[\\p{L}\\p{M}\\p{N}_-]+\\.)+[\\p{L}\\p{M}\\p{N}-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<UrlRange> found;
    qsizetype from = 0;
    while (from < text.size()) {
        const QRegularExpressionMatch match = pattern.match(text, from);
        if (!match.hasMatch())
            break;
        const bool hasScheme = match.capturedLength(1) > 0;
        const QString host = match.captured(2);
        const qsizetype start = match.capturedStart(0);
        qsizetype end = match.capturedEnd(0);
        from = end;
        if (!hasScheme) {
            // Without a scheme only ASCII hosts count, and not right after "-", "_", "." or "/".
            if (!isAscii(host))
                continue;
            if (start > 0 && QStringView(u"-_./").contains(text.at(start - 1)))
                continue;
        }
        if (!validHost(host, hasScheme))
            continue;
        if (end + 1 < text.size() && text.at(end) == QLatin1Char(':')
            && text.at(end + 1).isDigit()) {
            ++end;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
        }
        bool hasPath = false;
        if (end < text.size() && text.at(end) == QLatin1Char('/')) {
            end = scanTail(text, end, isPathChar, isPathEnd);
            hasPath = true;
        }
        if (end < text.size() && text.at(end) == QLatin1Char('?')) {
            const qsizetype queryEnd = scanTail(text, end, isQueryChar, isQueryEnd);
            if (queryEnd > end + 1)
                end = queryEnd;
        }
        if (!hasScheme && !hasPath) {
            // "example.de" alone reads as an abbreviation to twitter-text; "t.co" and "www.x.de"
            // are links.
            const QStringList labels = host.split(QLatin1Char('.'));
            const QString tld = labels.last().toLower();
            if (labels.size() == 2 && countryTlds().contains(tld)
                && !QString::fromLatin1(SpecialShortTlds).split(QLatin1Char(' ')).contains(tld))
                continue;
        }
        found.append({start, end - start});
        from = end;
    }
    return found;
}

int XTextLength::weightedLength(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    const QList<UrlRange> links = urls(text);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int length = 0;
    qsizetype pos = 0;
    qsizetype nextLink = 0;
    while (pos < text.size()) {
        if (nextLink < links.size() && links.at(nextLink).start == pos) {
            length += TransformedUrlLength;
            pos += links.at(nextLink).length;
            ++nextLink;
            continue;
        }
        graphemes.setPosition(pos);
        qsizetype end = graphemes.toNextBoundary();
        if (end < 0)
            end = text.size();
        if (nextLink < links.size())
            end = qMin(end, links.at(nextLink).start);
        const QList<uint> cluster = QStringView(text).mid(pos, end - pos).toUcs4();
        if (isEmojiSequence(cluster)) {
            length += EmojiWeight;
        } else {
            for (const uint cp : cluster)
                length += codePointWeight(cp);
        }
        pos = end;
    }
    return length;
}

} // namespace Switchboard::Policy
