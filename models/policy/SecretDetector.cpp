// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretDetector.h"

#include "policy/DetectorSupport.h"

#include <QSet>

namespace Switchboard::Policy {

namespace {

// The three families decide what a value must look like: a code has digits, a password has a
// digit, a symbol or a capital, a security answer may be any word.
const QString Keywords = QStringLiteral(
    R"((?:(?<pw>pass(?:word|code|phrase)s?|PIN(?:[\s\-]?code)?|Passwort|Kennwort|Geheimzahl|)"
    R"(Einmalpasswort|mot\s+de\s+passe|code\s+(?:PIN|secret|confidentiel)|contraseña|)"
    R"(clave(?:\s+de\s+acceso)?|c[óo]digo\s+PIN|TAN)|)"
    R"((?<code>(?:one[\s\-]time|verification|security|access|authentication|login|)"
    R"(sign[\s\-]in|2FA|two[\s\-]factor|OTP)\s+code|OTP|Bestätigungscode|Einmalcode|)"
    R"(Sicherheitscode|Verifizierungscode|Zugangscode|Anmeldecode|Freischaltcode|)"
    R"(code\s+(?:à\s+usage\s+unique|de\s+vérification|de\s+sécurité|d['’]accès|de\s+connexion)|)"
    R"(c[óo]digo\s+(?:de\s+un\s+solo\s+uso|de\s+verificación|de\s+seguridad|de\s+acceso))|)"
    R"((?<generic>code|c[óo]digo)|)"
    R"((?<ans>security\s+answer|answer\s+to\s+(?:your|the)\s+security\s+question|)"
    R"(memorable\s+(?:word|answer)|mother['’]s\s+maiden\s+name|Sicherheitsantwort|)"
    R"(Antwort\s+auf\s+(?:Ihre|deine|die)\s+Sicherheitsfrage|)"
    R"(Geburtsname\s+(?:Ihrer|deiner)\s+Mutter|)"
    R"(réponse\s+(?:à\s+(?:votre|ta|la)\s+question\s+(?:secrète|de\s+sécurité)|secrète)|)"
    R"(nom\s+de\s+jeune\s+fille\s+de\s+(?:votre|ta)\s+mère|)"
    R"(respuesta\s+(?:a\s+(?:tu|su|la)\s+pregunta\s+(?:de\s+seguridad|secreta)|secreta)|)"
    R"(apellido\s+de\s+soltera\s+de\s+(?:tu|su)\s+madre)))");
const QString Value = QStringLiteral(R"((?<val>[^\s"“”„«»‘’']{3,64}))");
const QString Quote = QStringLiteral(R"((?:[„"“«‘'‚»]\s*)?)");

enum class Family { Password, Code, GenericCode, Answer };

Family familyOf(const QRegularExpressionMatch &m)
{
    if (m.capturedStart(QStringLiteral("pw")) >= 0)
        return Family::Password;
    if (m.capturedStart(QStringLiteral("code")) >= 0)
        return Family::Code;
    if (m.capturedStart(QStringLiteral("generic")) >= 0)
        return Family::GenericCode;
    return Family::Answer;
}

// Words that follow "your password is" when nothing is being given out.
bool isStopword(const QString &word)
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral(
            "the a an not now still also case-sensitive incorrect wrong invalid correct required "
            "expired reset changed sent printed shown valid empty blank too very only being "
            "different same your our my this that there here on in at for with what which "
            "stored encrypted hidden private personal secret protected saved needed mandatory "
            "optional locked blocked unique personal never always "
            "falsch ungültig abgelaufen korrekt richtig nicht noch jetzt geändert zurückgesetzt "
            "erforderlich gesperrt der die das ein eine ihr ihre nur immer nie "
            "incorrect incorrecte erroné erronée invalide expiré correct obligatoire pas le la "
            "les un une votre modifié réinitialisé bloqué toujours jamais personnel "
            "incorrecta incorrecto errónea erróneo inválida inválido caducada caducado correcta "
            "obligatoria no el los una tu su bloqueada bloqueado cambiada siempre nunca personal")
                                     .split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    }();
    return words.contains(word.toLower());
}

bool looksLikeSecret(const QString &value, Family family)
{
    if (isStopword(value))
        return false;
    bool digit = false;
    bool symbol = false;
    bool upper = false;
    for (QChar c : value) {
        digit = digit || c.isDigit();
        upper = upper || c.isUpper();
        symbol = symbol || (!c.isLetterOrNumber() && c != u'-');
    }
    switch (family) {
    case Family::Code:
        return digit;
    case Family::GenericCode: {
        // A plain "code" is a one-time code only as four to eight digits; "code QQ-12-34" is
        // a location, "code FR14 …" a reference.
        static const QRegularExpression digits
            = DetectorSupport::compile(QStringLiteral(R"(^\d{4,8}$)"));
        return digits.match(value).hasMatch();
    }
    case Family::Password:
        return digit || symbol || upper;
    case Family::Answer:
        return true;
    }
    return false;
}

// A discount, error, postal or booking code is no secret: it sits right before "code" or
// right after it.
bool isOtherCode(const QString &text, qsizetype keywordStart, qsizetype valueStart)
{
    static const QRegularExpression qualifier = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:discount|promo(?:tional|tion)?|voucher|coupon|gift|error|postal|zip|post|)"
        R"(tracking|booking|confirmation|reference|order|product|item|sort|routing|bank|area|)"
        R"(Rabatt|Gutschein|Fehler|Post|Aktion|Bank|)"
        R"(réduction|erreur|suivi|réservation|commande|banque|guichet|)"
        R"(descuento|promocional|seguimiento|reserva|cupón|regalo|pedido)\b)"));
    return DetectorSupport::matchesWithin(qualifier, text, keywordStart - 24, valueStart);
}

} // namespace

void SecretDetector::find(const QString &text, QList<Finding> &out)
{
    // "<keyword> [up to four words] is|:|lautet|est|es … <value>"
    static const QRegularExpression stated
        = DetectorSupport::compile(QStringLiteral(R"(\b)") + Keywords
            + QStringLiteral(R"(\b(?:\s+[^\s:=]+){0,4}?\s*(?:\b(?:is|are|was|will\s+be|)"
                             R"(has\s+been\s+(?:re)?set\s+to|set\s+to|to|ist|lautet|wurde\s+auf|)"
                             R"(est|sera|es|será|se\s+ha\s+restablecido\s+a)\b|[:=])[\s:]*)"
                             R"((?:(?:now|jetzt|nun|maintenant|désormais|ahora)\s+)?)")
            + Quote + Value);
    // "<keyword> 550921": without a verb the value must hold digits.
    static const QRegularExpression bare
        = DetectorSupport::compile(QStringLiteral(R"(\b)") + Keywords
            + QStringLiteral(R"([\s#]+(?<val>(?=[a-z\-]*\d)[a-z0-9][a-z0-9\-]{3,11})(?![\w\-]))"));
    // "<value> is your login code"
    static const QRegularExpression reversed = DetectorSupport::compile(
        QStringLiteral(R"((?<![^\s"“„«‘'])(?<val>[^\s"“”„«»‘’']{4,64})\s+(?:is|ist|est|es)\s+)"
                       R"((?:your|Ihr|Ihre|votre|ton|ta|tu|su)\s+(?:[\w\-]+\s+){0,3}?)")
        + Keywords + QStringLiteral(R"(\b)"));
    // "use <value> as your verification code"
    static const QRegularExpression used = DetectorSupport::compile(
        QStringLiteral(R"(\b(?:use|utilisez|utilise|usa|utiliza|utilice|verwenden\s+Sie|)"
                       R"(nutzen\s+Sie)\s+)")
        + Value
        + QStringLiteral(R"(\s+(?:as|comme|como|als)\s+(?:your|votre|ton|ta|tu|su|Ihr|Ihre|)"
                         R"(Ihren)\s+(?:[\w\-]+\s+){0,2}?)")
        + Keywords + QStringLiteral(R"(\b)"));

    const QString valueGroup = QStringLiteral("val");
    auto take = [&](const QRegularExpression &re) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            qsizetype start = m.capturedStart(valueGroup);
            qsizetype end = m.capturedEnd(valueGroup);
            // Sentence punctuation after the value is not part of it.
            while (end > start && QStringLiteral(".,;:)").contains(text.at(end - 1)))
                --end;
            if (end - start < 3)
                continue;
            const QString value = text.mid(start, end - start);
            const Family family = familyOf(m);
            if (!looksLikeSecret(value, family))
                continue;
            if ((family == Family::Code || family == Family::GenericCode)
                && isOtherCode(text, m.capturedStart(), start))
                continue;
            bool known = false;
            for (const Finding &f : std::as_const(out))
                known = known || (f.kind == FindingKind::Secret && f.start < end && start < f.end);
            if (!known)
                out.append(DetectorSupport::finding(FindingKind::Secret, start, end,
                    QStringLiteral("password, PIN, one-time code or security answer")));
        }
    };
    take(stated);
    take(bare);
    take(reversed);
    take(used);
}

} // namespace Switchboard::Policy
