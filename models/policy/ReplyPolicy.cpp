// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyPolicy.h"

#include "policy/BankAccountDetector.h"
#include "policy/CardNumberDetector.h"
#include "policy/DateOfBirthDetector.h"
#include "policy/DocumentNumberDetector.h"
#include "policy/EmailDetector.h"
#include "policy/HealthDetector.h"
#include "policy/IbanDetector.h"
#include "policy/NationalIdDetector.h"
#include "policy/PhoneDetector.h"
#include "policy/PostalAddressDetector.h"
#include "policy/SecretDetector.h"

#include <algorithm>
#include <array>

namespace Switchboard::Policy {

namespace {

// Where two detectors claim the same characters, the one with the stronger check wins: an IBAN's
// mod-97 over a card's Luhn, a card over a phone number, and so on down the list.
constexpr std::array<QLatin1StringView, 13> Precedence{FindingKind::Iban, FindingKind::CardNumber,
    FindingKind::BankAccount, FindingKind::Secret, FindingKind::UsSsn, FindingKind::UkNino,
    FindingKind::DrivingLicence, FindingKind::Passport, FindingKind::DateOfBirth,
    FindingKind::Email, FindingKind::Phone, FindingKind::PostalAddress, FindingKind::Health};

int rank(const QString &kind)
{
    for (size_t i = 0; i < Precedence.size(); ++i) {
        if (kind == Precedence[i])
            return int(i);
    }
    return int(Precedence.size());
}

} // namespace

ReplyPolicy::ReplyPolicy() = default;

ReplyPolicy::ReplyPolicy(PolicyConfig config)
    : m_config(std::move(config))
{
    for (const CustomRule &rule : std::as_const(m_config.rules)) {
        if (const auto expression = rule.compile())
            m_rules.append({rule, rule.kind(), *expression});
    }
}

std::optional<Severity> ReplyPolicy::severityFor(QStringView kind, Domain::Visibility visibility)
{
    if (kind == FindingKind::CardNumber || kind == FindingKind::Secret)
        return Severity::Block;
    if (visibility != Domain::Visibility::Public)
        return std::nullopt;
    if (kind == FindingKind::Email || kind == FindingKind::Phone
        || kind == FindingKind::PostalAddress)
        return Severity::Warn;
    if (kind == FindingKind::Iban || kind == FindingKind::BankAccount || kind == FindingKind::UsSsn
        || kind == FindingKind::UkNino || kind == FindingKind::Passport
        || kind == FindingKind::DrivingLicence || kind == FindingKind::DateOfBirth
        || kind == FindingKind::Health)
        return Severity::Block;
    return std::nullopt;
}

CheckResult ReplyPolicy::check(Domain::ChannelKind channel, const QString &text) const
{
    CheckResult result;
    result.visibility = Domain::visibilityOf(channel);
    const bool isPublic = result.visibility == Domain::Visibility::Public;

    QList<Finding> found;
    // IBANs run on private channels too: they keep their digits from being taken for a card.
    IbanDetector::find(text, found);
    CardNumberDetector::find(text, found);
    SecretDetector::find(text, found);
    if (isPublic) {
        BankAccountDetector::find(text, found);
        NationalIdDetector::find(text, found);
        DocumentNumberDetector::find(text, found);
        DateOfBirthDetector::find(text, found);
        HealthDetector::find(text, found);
        EmailDetector::find(text, found);
        PhoneDetector::find(text, found);
        PostalAddressDetector::find(text, found);
    }

    std::stable_sort(found.begin(), found.end(),
        [](const Finding &a, const Finding &b) { return rank(a.kind) < rank(b.kind); });
    QList<Finding> kept;
    for (Finding &finding : found) {
        const bool claimed = std::any_of(kept.cbegin(), kept.cend(),
            [&finding](const Finding &other) { return other.overlaps(finding); });
        if (claimed)
            continue;
        const QStringView value
            = QStringView(text).sliced(finding.start, finding.end - finding.start);
        if ((finding.kind == FindingKind::Email && m_config.brand.isBrandEmail(value))
            || (finding.kind == FindingKind::Phone && m_config.brand.isBrandPhone(value))
            || (finding.kind == FindingKind::PostalAddress && m_config.brand.isBrandAddress(value)))
            continue;
        kept.append(finding);
    }
    for (Finding &finding : kept) {
        // Checked above for every detector that ran; IBANs on private channels drop out here.
        if (const auto severity = severityFor(finding.kind, result.visibility))
            finding.severity = *severity;
        else
            finding.kind.clear();
    }
    kept.erase(
        std::remove_if(kept.begin(), kept.end(), [](const Finding &f) { return f.kind.isEmpty(); }),
        kept.end());

    for (const CompiledRule &rule : m_rules) {
        if (!rule.rule.appliesTo(channel))
            continue;
        for (auto it = rule.expression.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedLength() == 0)
                continue;
            Finding finding;
            finding.kind = rule.kind;
            finding.severity = rule.rule.severity;
            finding.start = int(m.capturedStart());
            finding.end = int(m.capturedEnd());
            finding.message = rule.rule.name.isEmpty() ? rule.rule.id : rule.rule.name;
            kept.append(finding);
        }
    }

    std::stable_sort(kept.begin(), kept.end(),
        [](const Finding &a, const Finding &b) { return a.start < b.start; });
    result.findings = kept;
    result.verdict = CheckResult::verdictOf(result.findings);
    return result;
}

} // namespace Switchboard::Policy
