// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"

#include <QCoreApplication>
#include <QString>

namespace Switchboard::Ui {

//! The hub's analysis of a waiting conversation in the agent's words: the priority, the tone,
//! the language, the topic and its keywords, the reach, and why the priority is what it is.
class AnalysisPresentation
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisPresentation)

public:
    //! Several lines of plain text.
    static QString describe(const Domain::Analysis &analysis, Domain::Priority priority);
    static QString priorityName(Domain::Priority priority);
    static QString sentimentName(Domain::Sentiment sentiment);
    //! A reason code of the hub ("public", "reach_10k" …) with its points; the code itself for
    //! one this version does not know.
    static QString reasonText(const QString &reason);
};

} // namespace Switchboard::Ui
