// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ui's translations: the compiled catalogues are linked into the program and really change
// what the main window shows, and every .ts file is complete and keeps the placeholders,
// plural forms and keyboard accelerators the code relies on.
#include "Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Switchboard;

namespace {

const QStringList Languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form, or just one
    bool finished = true;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, true};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // Anything but a plain, finished translation counts as not done.
            current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(%L?(\d+|n)|\{[A-Za-z_][A-Za-z0-9_.]*\})"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// The letter after a single '&', lower-cased; empty when the text has no accelerator.
QString accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QStringList menuTitles(Ui::MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString statusText(Ui::MainWindow &window)
{
    QStringList parts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        parts << label->text();
    return parts.join(QLatin1Char(' '));
}

QString childText(Ui::MainWindow &window, const char *objectName)
{
    if (auto *label = window.findChild<QLabel *>(QLatin1String(objectName)))
        return label->text();
    if (auto *button = window.findChild<QAbstractButton *>(QLatin1String(objectName)))
        return button->text();
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void catalogsAreLinkedIn()
    {
        for (const QString &language : Languages)
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/switchboard_%1.qm").arg(language)),
                qPrintable(language));
    }

    void englishInstallsNothing()
    {
        QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
        Ui::MainWindow window;
        QCOMPARE(menuTitles(window),
            (QStringList{QStringLiteral("&Switchboard"), QStringLiteral("&Go"),
                QStringLiteral("&Conversation"), QStringLiteral("&Help")}));
        QVERIFY(statusText(window).contains(QLatin1String("Offline")));
        QCOMPARE(childText(window, "noteBanner"),
            QStringLiteral("Internal note — never sent to the customer"));
    }

    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("goMenu");
        QTest::addColumn<QString>("offline");
        QTest::addColumn<QString>("noteButton");
        // Menu titles that are the same word in English and this language.
        QTest::addColumn<QStringList>("sameAsEnglish");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Gehe zu")
                            << QStringLiteral("Nicht verbunden") << QStringLiteral("Interne Notiz")
                            << QStringList();
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Navigation")
                            << QStringLiteral("Hors ligne") << QStringLiteral("Note interne")
                            << QStringList{QStringLiteral("&Conversation")};
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Ir a")
                            << QStringLiteral("Sin conexión") << QStringLiteral("Nota interna")
                            << QStringList();
    }

    void mainWindowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, goMenu);
        QFETCH(QString, offline);
        QFETCH(QString, noteButton);
        QFETCH(QStringList, sameAsEnglish);

        Ui::MainWindow english;
        const QStringList englishMenus = menuTitles(english);
        const QString englishBanner = childText(english, "noteBanner");

        QCOMPARE(App::installTranslations(language), language);
        Ui::MainWindow window;
        const QStringList menus = menuTitles(window);
        QCOMPARE(menus.size(), englishMenus.size());
        QCOMPARE(menus.at(1), goMenu);
        // "&Switchboard" is the product's name; every other menu title changes, unless the
        // word is the same in both languages.
        for (qsizetype i = 1; i < menus.size(); ++i) {
            if (!sameAsEnglish.contains(englishMenus.at(i)))
                QVERIFY2(menus.at(i) != englishMenus.at(i), qPrintable(menus.at(i)));
        }
        QVERIFY2(statusText(window).contains(offline), qPrintable(statusText(window)));
        QVERIFY(!statusText(window).contains(QLatin1String("Offline")));
        QCOMPARE(childText(window, "noteModeButton"), noteButton);
        const QString banner = childText(window, "noteBanner");
        QVERIFY(!banner.isEmpty());
        QVERIFY2(banner != englishBanner, qPrintable(banner));
    }

    void acceleratorsAreUniquePerMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void acceleratorsAreUniquePerMenu()
    {
        QFETCH(QString, language);
        App::installTranslations(language);
        Ui::MainWindow window;
        QList<QStringList> groups{menuTitles(window)};
        for (QAction *menuAction : window.menuBar()->actions()) {
            QStringList texts;
            for (QAction *action : menuAction->menu()->actions()) {
                if (!action->isSeparator())
                    texts << action->text();
            }
            groups << texts;
        }
        for (const QStringList &texts : groups) {
            QStringList seen;
            for (const QString &text : texts) {
                const QString key = accelerator(text);
                if (key.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(key), qPrintable(texts.join(QLatin1String(" | "))));
                seen << key;
            }
        }
    }

    void catalogsAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void catalogsAreComplete()
    {
        QFETCH(QString, language);
        const QString path
            = QStringLiteral(SWITCHBOARD_TRANSLATIONS_DIR "/switchboard_%1.ts").arg(language);
        const QList<Message> messages = readTs(path);
        QVERIFY2(!messages.isEmpty(), qPrintable(path));
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(message.finished, qPrintable(where));
            const bool plural = message.source.contains(QLatin1String("%n"));
            QCOMPARE_GE(message.translations.size(), 1);
            if (plural)
                QCOMPARE_GE(message.translations.size(), 2);
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                    qPrintable(where + QStringLiteral(" → ") + translation));
                QVERIFY2(
                    accelerator(translation).isEmpty() == accelerator(message.source).isEmpty(),
                    qPrintable(where + QStringLiteral(" → ") + translation));
            }
        }
    }

    void shortcutsStayParsable()
    {
        // tr("Ctrl+F") and friends feed QKeySequence: every language must keep them as they are.
        for (const QString &language : Languages) {
            const QString path
                = QStringLiteral(SWITCHBOARD_TRANSLATIONS_DIR "/switchboard_%1.ts").arg(language);
            static const QRegularExpression keys(
                QStringLiteral(R"(^(Ctrl|Alt|Shift|Meta)(\+\S+)+$)"));
            for (const Message &message : readTs(path)) {
                if (keys.match(message.source).hasMatch())
                    QCOMPARE(message.translations.value(0), message.source);
            }
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
