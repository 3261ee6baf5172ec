// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthDetector.h"

#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

namespace {

// Where the sentence around position pos starts and ends.
std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype pos, qsizetype end)
{
    auto isStop = [](QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\n'; };
    qsizetype s = pos;
    while (s > 0 && !(isStop(text.at(s - 1)) && (s == text.size() || text.at(s).isSpace())))
        --s;
    qsizetype e = end;
    while (e < text.size()
        && !(isStop(text.at(e)) && (e + 1 == text.size() || text.at(e + 1).isSpace())))
        ++e;
    return {s, e};
}

} // namespace

void HealthDetector::find(const QString &text, QList<Finding> &out)
{
    // Words that name nothing but a medical matter. Words with everyday meanings too
    // ("operation", "condition", "diagnosis", "disabled") are left out on purpose.
    static const QRegularExpression terms = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:)"
        // English
        R"(diabet(?:es|ic)|cancer|tumou?r|chemo(?:therapy)?|radiotherapy|pregnan(?:t|cy)|)"
        R"(miscarriage|epilep(?:sy|tic)|asthma(?:tic)?|depression|bipolar|schizophreni[ac]|)"
        R"(dementia|alzheimer'?s?|parkinson'?s?|multiple\s+sclerosis|autis(?:m|tic)|)"
        R"(heart\s+attack|heart\s+condition|dialysis|insulin|antidepressants?|allerg(?:y|ic)|)"
        R"(coeliac|celiac|mental\s+health|medical\s+condition|surgery|hip\s+replacement|)"
        R"(hepatitis|tuberculosis|HIV(?:[\s\-]positive)?|)"
        // German
        R"(Diabetiker(?:in)?|Krebs(?:erkrankung)?|Chemotherapie|Bestrahlung|schwanger|)"
        R"(Schwangerschaft|Fehlgeburt|Epilepsie|Depressionen?|Angststörung|Demenz|)"
        R"(Multiple\s+Sklerose|Autismus|Herzinfarkt|Schlaganfall|Dialyse|Allergie|Zöliakie|)"
        R"(HIV-positiv|)"
        // French
        R"(diabète|diabétique|tumeur|chimio(?:thérapie)?|radiothérapie|enceinte|grossesse|)"
        R"(fausse\s+couche|épilep(?:sie|tique)|asthme|dépression|démence|sclérose\s+en\s+plaques|)"
        R"(autisme|infarctus|dialyse|insuline|antidépresseurs?|allergie|maladie\s+cœliaque|)"
        R"(séropositi(?:f|ve)|)"
        // Spanish
        R"(diabétic[oa]|cáncer|quimio(?:terapia)?|radioterapia|embarazad[oa]|embarazo|)"
        R"(aborto\s+espontáneo|epilepsia|epiléptic[oa]|asma|depresión|demencia|alzhéimer|)"
        R"(párkinson|esclerosis\s+múltiple|autismo|infarto|ictus|diálisis|insulina|)"
        R"(antidepresivos?|alergia|celiaquía|seropositiv[oa]|VIH|TDAH|ADHS|ADHD)"
        R"()\b)"));
    // The customer addressed in any of the four languages.
    static const QRegularExpression addressed = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:you|your|you're|yours|Sie|Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihnen|du|dein|deine|)"
        R"(deiner|dir|dich|vous|votre|vos|tu|ton|ta|tes|toi|usted|su|sus|tus|te|estás|eres)\b)"));
    // A surname ("Herr Krebs") is no diagnosis.
    static const QRegularExpression honorific = DetectorSupport::compile(
        QStringLiteral(R"(\b(?:Herr|Frau|Mr|Mrs|Ms|Dr|M\.|Mme|Sr|Sra)\.?\s+$)"));
    // Fund-raising and research mention the illness, not the customer.
    static const QRegularExpression cause = DetectorSupport::compile(QStringLiteral(
        R"(^\s*(?:research|charity|awareness|Forschung|Hilfe|recherche|investigación))"));
    for (auto it = terms.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart();
        if (honorific.match(text.mid(qMax<qsizetype>(0, start - 6), qMin<qsizetype>(start, 6)))
                .hasMatch())
            continue;
        if (cause.match(text.mid(m.capturedEnd(), 16)).hasMatch())
            continue;
        const auto [s, e] = sentenceAround(text, start, m.capturedEnd());
        if (!DetectorSupport::matchesWithin(addressed, text, s, e))
            continue;
        out.append(DetectorSupport::finding(FindingKind::Health, start, m.capturedEnd(),
            QStringLiteral("health or medical detail")));
    }
}

} // namespace Switchboard::Policy
