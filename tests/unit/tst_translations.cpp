// The translations: German and French complete (nothing unfinished, every placeholder kept,
// two plural forms), the .ts files in step with the sources (lupdate finds nothing new), the
// English plural forms, the language choice, and the CLI speaking the locale's language.

#include "testpaths.h"
#include "tsfile.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace regionmap;
using namespace regionmap::test;

namespace {

QString tsPath(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/regionmap_%1.ts").arg(language);
}

// Leading and trailing whitespace: texts are joined in code, so a translation keeps them.
QString edges(const QString &text)
{
    int start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    int end = int(text.size());
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.left(start) + QLatin1Char('|') + text.mid(end);
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
}

// Runs regionmap-cli with the given language environment; returns stdout (or stderr).
QString runCli(const QStringList &args, const QString &lang, bool stdErr = false)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    cli.setProcessEnvironment(env);
    cli.start(cliPath(), args);
    if (!cli.waitForFinished(30000)) {
        cli.kill();
        cli.waitForFinished();
        return QStringLiteral("(regionmap-cli did not finish)");
    }
    return QString::fromUtf8(stdErr ? cli.readAllStandardError() : cli.readAllStandardOutput());
}

const TsMessage *findMessage(const TsFile &ts, const QString &context, const QString &prefix)
{
    for (const TsMessage &m : ts.messages) {
        if (m.context == context && m.source.startsWith(prefix))
            return &m;
    }
    return nullptr;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, language);
        const TsFile ts = readTsFile(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.language.startsWith(language));
        QVERIFY2(ts.messages.size() > 500, "the .ts file holds too few messages");

        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(describe(m), m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != 2) {
                problems << QStringLiteral("%1 has %2 plural forms, not 2")
                                .arg(describe(m))
                                .arg(m.translations.size());
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("%1 has an empty translation").arg(describe(m));
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1: the placeholders differ in \"%2\"")
                                    .arg(describe(m), t.left(70));
                else if (edges(t) != edges(m.source))
                    problems << QStringLiteral("%1: the leading or trailing white space differs "
                                               "in \"%2\"")
                                    .arg(describe(m), t.left(70));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                            + problems.mid(0, 25).join(QLatin1Char('\n'))));
    }

    // lupdate, run on the sources as they are now, finds no new text and drops none: a text
    // added or changed without its translations fails here.
    void translationsMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList sources;
        for (const QString &folder : {QStringLiteral("/src"), QStringLiteral("/ui")}) {
            QDirIterator it(
                sourceDir() + folder,
                {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QVERIFY(sources.size() > 50);
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            const QString copy = dir.filePath(QStringLiteral("regionmap_%1.ts").arg(language));
            QVERIFY(QFile::copy(tsPath(language), copy));
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(REGIONMAP_LUPDATE_PATH),
                          QStringList {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                       QStringLiteral("none"), QStringLiteral("-no-ui-lines")}
                              + sources + QStringList {QStringLiteral("-ts"), copy});
            QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
            const QString output = QString::fromLocal8Bit(lupdate.readAll());
            QCOMPARE(lupdate.exitCode(), 0);

            const TsFile before = readTsFile(tsPath(language));
            const TsFile after = readTsFile(copy);
            QStringList fresh;
            for (const TsMessage &m : after.messages) {
                if (!m.type.isEmpty())
                    fresh << describe(m);
            }
            QVERIFY2(fresh.isEmpty(),
                     qPrintable(QStringLiteral("%1: texts without a translation (run the target "
                                               "update_translations, then translate them):\n%2")
                                    .arg(language, fresh.mid(0, 25).join(QLatin1Char('\n')))));
            QVERIFY2(after.messages.size() == before.messages.size(),
                     qPrintable(QStringLiteral("%1: lupdate keeps %2 of %3 messages; some texts "
                                               "are gone from the sources. lupdate said:\n%4")
                                    .arg(language)
                                    .arg(after.messages.size())
                                    .arg(before.messages.size())
                                    .arg(output)));
        }
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("%n file, %1 rows");
        QTest::newRow("en 3") << QStringLiteral("en") << 3 << QStringLiteral("%n files, %1 rows");
        QTest::newRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("%n files, %1 rows");
    }

    // English has a plural file of its own: without it Qt shows "1 file(s)". (The translator
    // picks the form; QCoreApplication::translate then puts the number in for %n.)
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("regionmap_") + language, QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("regionmap::SourcesPage", "%n file(s), %1 rows", nullptr, n),
                 expected);
    }

    // Every plural text has its two English forms: one left out shows "4 region(s)".
    void englishPluralsAreComplete()
    {
        const TsFile ts = readTsFile(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus)
                continue;
            if (!m.type.isEmpty() || m.translations.size() != 2
                || m.translations.at(0).trimmed().isEmpty()
                || m.translations.at(1).trimmed().isEmpty())
                problems << describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // German and French plurals come from the .qm files compiled into the program: singular
    // and plural differ, and French uses its singular for 0 as well.
    void translatedPlurals()
    {
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QTranslator translator;
            QVERIFY(
                translator.load(QStringLiteral("regionmap_") + language, QStringLiteral(":/i18n")));
            const char *context = "regionmap::SourcesPage";
            const char *text = "%n file(s), %1 rows";
            const QString one = translator.translate(context, text, nullptr, 1);
            const QString many = translator.translate(context, text, nullptr, 3);
            QVERIFY2(one.contains(QLatin1String("%n")) && many.contains(QLatin1String("%n"))
                         && one != many,
                     qPrintable(one + QLatin1String(" / ") + many));
            const QString zero = translator.translate(context, text, nullptr, 0);
            QCOMPARE(zero, language == QLatin1String("fr") ? one : many);
        }
    }

    void languageOfALocale()
    {
        QCOMPARE(i18n::languageOf(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
        QCOMPARE(i18n::languageOf(QLocale(QStringLiteral("fr_CA"))), QStringLiteral("fr"));
        QCOMPARE(i18n::languageOf(QLocale(QStringLiteral("es_ES"))), QStringLiteral("en"));
        QCOMPARE(i18n::languageOf(QLocale::c()), QStringLiteral("en"));
        QCOMPARE(i18n::nativeLanguageName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(i18n::nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        // An unknown override falls back to the system's language, never to an empty locale.
        QCOMPARE(i18n::interfaceLocale(QStringLiteral("xx")), QLocale::system());
    }

    // The CLI's help in the language of LANG, exactly as translated; English for C.
    void cliFollowsTheLocale()
    {
        const TsFile de = readTsFile(tsPath(QStringLiteral("de")));
        const TsMessage *usage = findMessage(de, QStringLiteral("regionmap::cli::Main"),
                                             QStringLiteral("Usage: regionmap-cli"));
        QVERIFY(usage);
        QCOMPARE(runCli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8")),
                 usage->translations.value(0));
        QCOMPARE(runCli({QStringLiteral("--help")}, QStringLiteral("C.UTF-8")), usage->source);

        // A subcommand's help, and an error message, in French.
        const TsFile fr = readTsFile(tsPath(QStringLiteral("fr")));
        const TsMessage *missing = findMessage(fr, QStringLiteral("regionmap::cli::RunCommand"),
                                               QStringLiteral("Name at least one CSV file"));
        QVERIFY(missing);
        const QString error
            = runCli({QStringLiteral("run"), QStringLiteral("--catalog"), QStringLiteral("aws")},
                     QStringLiteral("fr_FR.UTF-8"), true);
        QVERIFY2(error.contains(missing->translations.value(0).left(20)), qPrintable(error));
    }

    // Last, because it installs translators for good: an override wins over the system locale,
    // and QLocale's default follows it.
    void installHonoursTheOverride()
    {
        QCOMPARE(i18n::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        const TsFile fr = readTsFile(tsPath(QStringLiteral("fr")));
        const TsMessage *file
            = findMessage(fr, QStringLiteral("MainWindow"), QStringLiteral("&File"));
        QVERIFY(file);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file->translations.value(0));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
