#include "sourcespage.h"

#include "background.h"

#include "ui_sourcespage.h"

#include "appsettings.h"
#include "common/paths.h"
#include "csvpreviewmodel.h"
#include "recentmenu.h"
#include "sourcechoices.h"
#include "twolineitemdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>

#include <memory>

namespace regionmap {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

SourcesPage::SourcesPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::SourcesPage>())
    , m_preview(new CsvPreviewModel(this))
{
    m_ui->setupUi(this);
    m_choices = std::make_unique<SourceChoices>(m_ui->ipColumnCombo, m_ui->delimiterCombo,
                                                m_ui->headerCombo, m_ui->encodingCombo);
    m_ui->fileList->setItemDelegate(new TwoLineItemDelegate(m_ui->fileList));
    m_ui->fileList->setIconSize(QSize(24, 24));
    m_ui->previewView->setModel(m_preview);
    m_ui->previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->previewView->horizontalHeader()->setDefaultSectionSize(140);
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(
        m_ui->previewView->fontMetrics().height() + 8);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({260, 740});
    m_ui->splitter->setChildrenCollapsible(false);
    m_ui->fileList->setMinimumWidth(200);
    // The choices show their whole text ("Automatisch"), never a cut word: the detail panel
    // takes the room they need from the file list.
    // One choice per line, each as wide as its longest entry: two side by side left
    // "Automat" of "Automatisch" at 1024x700.
    QGridLayout *grid = m_ui->dialectGrid;
    const QList<QPair<QWidget *, QWidget *>> rows {{m_ui->ipColumnLabel, m_ui->ipColumnCombo},
                                                   {m_ui->delimiterLabel, m_ui->delimiterCombo},
                                                   {m_ui->headerLabel, m_ui->headerCombo},
                                                   {m_ui->encodingLabel, m_ui->encodingCombo},
                                                   {m_ui->rowsLabel, m_ui->rowsValue}};
    for (const auto &row : rows) {
        grid->removeWidget(row.first);
        grid->removeWidget(row.second);
    }
    for (int r = 0; r < rows.size(); ++r) {
        grid->addWidget(rows.at(r).first, r, 0);
        grid->addWidget(rows.at(r).second, r, 1);
    }
    grid->setColumnStretch(1, 0);
    grid->setColumnStretch(2, 1);
    QWidget::setTabOrder(m_ui->ipColumnCombo, m_ui->delimiterCombo);
    QWidget::setTabOrder(m_ui->delimiterCombo, m_ui->headerCombo);
    QWidget::setTabOrder(m_ui->headerCombo, m_ui->encodingCombo);
    for (QComboBox *combo : {m_ui->delimiterCombo, m_ui->headerCombo, m_ui->encodingCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->ipColumnCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->ipColumnCombo->setMinimumContentsLength(22);

    m_ui->emptyLabel->setText(
        tr("<p style='font-size:large'><b>No data files yet</b></p>"
           "<p>Drop CSV files anywhere on this window, choose <b>Add Files…</b> (Ctrl+O), pick "
           "one of the recent files, or start with the sample data.</p>"));
    m_ui->previewCaption->setText(
        tr("Preview of the first %1 rows, as the run will read them").arg(CsvSniffer::PreviewRows));
    Theme::styleHeading(m_ui->fileNameLabel, 1.2);
    Theme::styleCaption(m_ui->pathLabel);
    Theme::styleCaption(m_ui->notesLabel);
    Theme::styleCaption(m_ui->previewCaption);

    for (QComboBox *combo : m_choices->combos()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(16);
        connect(combo, &QComboBox::activated, this, &SourcesPage::overridesEdited);
    }

    m_recentMenu = new QMenu(this);
    m_ui->recentButton->setMenu(m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SourcesPage::rebuildRecentMenu);

    connect(m_ui->addButton, &QPushButton::clicked, this, &SourcesPage::chooseFiles);
    connect(m_ui->sampleButton, &QPushButton::clicked, this, &SourcesPage::useSampleData);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            [this] { removeFile(currentIndex()); });
    auto *del
        = new QShortcut(QKeySequence::Delete, m_ui->fileList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { removeFile(currentIndex()); });
    connect(m_ui->fileList, &QListWidget::currentRowChanged, this, &SourcesPage::showCurrent);

    applyTheme();
    refreshList();
}

SourcesPage::~SourcesPage() = default;

QString SourcesPage::title() const
{
    return tr("Sources");
}

QString SourcesPage::description() const
{
    return tr("The CSV files whose IP addresses are located and assigned to their nearest region.");
}

QString SourcesPage::statusText() const
{
    if (m_files.isEmpty())
        return tr("No files");
    if (isBusy())
        return tr("Reading…");
    bool exact = true;
    for (const SourceFile &f : m_files)
        exact = exact && f.rowsExact();
    const QString rows = QLocale().toString(totalRows());
    return exact ? tr("%n file(s), %1 rows", nullptr, int(m_files.size())).arg(rows)
                 : tr("%n file(s), about %1 rows", nullptr, int(m_files.size())).arg(rows);
}

Theme::Tone SourcesPage::statusTone() const
{
    if (m_files.isEmpty())
        return Theme::Tone::Warning;
    Theme::Tone tone = Theme::Tone::Success;
    for (const SourceFile &f : m_files) {
        if (f.tone() == Theme::Tone::Error)
            return Theme::Tone::Error;
        if (f.tone() == Theme::Tone::Warning || f.tone() == Theme::Tone::Neutral)
            tone = f.tone();
    }
    return tone;
}

QString SourcesPage::blockingProblem() const
{
    if (m_files.isEmpty())
        return tr("Add at least one data file on the Sources page, or use the sample data.");
    for (const SourceFile &f : m_files) {
        if (f.pending)
            return tr("RegionMap is still reading %1.").arg(f.fileName());
        if (!f.isUsable()) {
            return tr("%1 cannot be loaded: %2")
                .arg(f.fileName(), f.problems().value(0, f.summary()));
        }
    }
    return {};
}

int SourcesPage::indexOf(const QString &path) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == path)
            return i;
    }
    return -1;
}

void SourcesPage::addFiles(const QStringList &paths)
{
    addFiles(paths, {});
}

void SourcesPage::addFiles(const QStringList &paths,
                           const std::function<void(SourceFile &)> &prepare)
{
    int select = -1;
    for (const QString &p : paths) {
        if (p.isEmpty())
            continue;
        const QString path = QFileInfo(p).absoluteFilePath();
        const int existing = indexOf(path);
        if (existing >= 0) {
            select = existing;
            continue;
        }
        SourceFile file;
        file.path = path;
        if (prepare)
            prepare(file);
        m_files.append(file);
        select = int(m_files.size()) - 1;
        AppSettings::addRecentFile(path);
        sniff(select);
    }
    if (select < 0)
        return;
    refreshList();
    setCurrentIndex(select);
    saveSettings();
    emit filesChanged();
    emit statusChanged();
}

bool SourcesPage::useSampleData()
{
    const QString sample = paths::samplePeopleCsv();
    if (sample.isEmpty()) {
        QMessageBox::warning(this, tr("Sample Data Not Found"),
                             tr("The sample file people.csv was not found next to RegionMap "
                                "nor in its source folder. Reinstall RegionMap, or add your own "
                                "CSV file."));
        return false;
    }
    addFiles({sample});
    return true;
}

void SourcesPage::removeFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    refreshList();
    setCurrentIndex(qMin(index, int(m_files.size()) - 1));
    saveSettings();
    emit filesChanged();
    emit statusChanged();
}

void SourcesPage::clearFiles()
{
    m_files.clear();
    refreshList();
    showCurrent();
    emit filesChanged();
    emit statusChanged();
}

void SourcesPage::chooseFiles()
{
    QString dir = AppSettings::lastFolder.value();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Add Data Files"), dir,
        tr("CSV and text files, also compressed (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz *.gz "
           "*.zip);;All files (*)"));
    if (chosen.isEmpty())
        return;
    AppSettings::lastFolder.setValue(QFileInfo(chosen.first()).absolutePath());
    addFiles(chosen);
}

int SourcesPage::currentIndex() const
{
    return m_ui->fileList->currentRow();
}

void SourcesPage::setCurrentIndex(int index)
{
    m_ui->fileList->setCurrentRow(index);
    showCurrent();
}

void SourcesPage::setOverrides(int index, const SniffOverrides &overrides)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files[index].overrides = overrides;
    m_files[index].choicesDropped = false;
    sniff(index);
    refreshList();
    showCurrent();
    saveSettings();
    emit statusChanged();
}

bool SourcesPage::isBusy() const
{
    for (const SourceFile &f : m_files) {
        if (f.pending)
            return true;
    }
    return false;
}

qint64 SourcesPage::totalRows() const
{
    qint64 sum = 0;
    for (const SourceFile &f : m_files)
        sum += f.rows();
    return sum;
}

void SourcesPage::sniff(int index)
{
    SourceFile &file = m_files[index];
    file.pending = true;
    file.generation = m_nextGeneration++;
    const QString path = file.path;
    const SniffOverrides overrides = file.overrides;
    const quint64 generation = file.generation;
    runInBackground(
        this,
        [path, overrides] {
            return std::make_shared<Result<SniffResult>>(CsvSniffer::sniff(path, overrides));
        },
        [this, path, generation](const std::shared_ptr<Result<SniffResult>> &result) {
            onSniffed(path, generation, *result);
        });
}

void SourcesPage::onSniffed(const QString &path, quint64 generation,
                            const Result<SniffResult> &result)
{
    const int index = indexOf(path);
    if (index < 0 || m_files.at(index).generation != generation)
        return; // removed, or read again since
    SourceFile &file = m_files[index];
    file.pending = false;
    if (result) {
        file.sniff = result.value();
        file.error.reset();
    } else {
        file.error = result.error();
        if (!file.overrides.ipColumnName.isEmpty() || file.overrides.ipColumnIndex >= 0
            || file.overrides.delimiter || file.overrides.hasHeader || file.overrides.encoding) {
            // An override that does not fit the file: keep the last good preview.
        } else {
            file.sniff.reset();
        }
    }
    refreshList();
    if (index == currentIndex())
        showCurrent();
    emit filesChanged();
    emit statusChanged();
}

void SourcesPage::refreshList()
{
    QListWidget *list = m_ui->fileList;
    const int current = list->currentRow();
    const QSignalBlocker block(list);
    while (list->count() > m_files.size())
        delete list->takeItem(list->count() - 1);
    while (list->count() < m_files.size())
        list->addItem(new QListWidgetItem);
    for (int i = 0; i < m_files.size(); ++i) {
        const SourceFile &f = m_files.at(i);
        QListWidgetItem *item = list->item(i);
        item->setText(f.fileName());
        item->setData(kPathRole, f.path);
        item->setData(TwoLineItemDelegate::SubtitleRole, f.summary());
        const Theme::Tone tone = f.tone();
        item->setData(TwoLineItemDelegate::SubtitleColorRole,
                      tone == Theme::Tone::Error || tone == Theme::Tone::Warning
                          ? Theme::toneColor(tone, palette())
                          : QColor());
        item->setIcon(tone == Theme::Tone::Neutral
                          ? Theme::icon(QStringLiteral("status/pending"), Theme::muted(palette()))
                          : Theme::toneIcon(tone, palette()));
        const QStringList problems = f.problems();
        item->setToolTip(problems.isEmpty()
                             ? f.path
                             : f.path + QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')));
        item->setData(Qt::AccessibleTextRole, f.fileName() + QStringLiteral(": ") + f.summary());
    }
    if (current >= 0 && current < list->count())
        list->setCurrentRow(current);
    m_ui->contentStack->setCurrentWidget(m_files.isEmpty() ? m_ui->emptyPage : m_ui->filesPage);
    m_ui->removeButton->setEnabled(!m_files.isEmpty());
}

void SourcesPage::showCurrent()
{
    const int index = currentIndex();
    if (index < 0 || index >= m_files.size()) {
        m_preview->clear();
        m_ui->detailPanel->setEnabled(false);
        return;
    }
    m_ui->detailPanel->setEnabled(true);
    const SourceFile &f = m_files.at(index);
    m_ui->fileNameLabel->setText(f.fileName());
    m_ui->pathLabel->setText(QDir::toNativeSeparators(f.path));

    const QStringList problems = f.problems();
    if (problems.isEmpty()) {
        m_ui->problemLabel->hide();
    } else {
        m_ui->problemLabel->setText(problems.join(QStringLiteral("\n")));
        Theme::styleMessage(m_ui->problemLabel, f.tone() == Theme::Tone::Error
                                                    ? Theme::Tone::Error
                                                    : Theme::Tone::Warning);
        m_ui->problemLabel->show();
    }

    if (f.pending && !f.sniff) {
        m_ui->rowsValue->setText(tr("Reading…"));
    } else if (f.sniff) {
        const QString n = QLocale().toString(f.rows());
        m_ui->rowsValue->setText(f.rowsExact()
                                     ? tr("%1 (the whole file was read)").arg(n)
                                     : tr("about %1 (estimated from the file size, %2)")
                                           .arg(n, QLocale().formattedDataSize(f.sniff->fileSize)));
    } else {
        m_ui->rowsValue->setText(tr("unknown"));
    }
    QStringList notes = f.sniff ? f.sniff->notes : QStringList();
    if (f.choicesDropped)
        notes.prepend(tr("The file changed since its choices were made: they were dropped, and "
                         "guessed again"));
    m_ui->notesLabel->setText(notes.join(QStringLiteral(" · ")));
    m_ui->notesLabel->setVisible(!notes.isEmpty());

    m_filling = true;
    m_choices->show(f.overrides, f.sniff ? &*f.sniff : nullptr);
    m_filling = false;
    if (f.sniff)
        m_preview->setPreview(f.sniff->columnNames, f.sniff->previewRows, f.sniff->ipColumn);
    else
        m_preview->clear();
    // Columns as wide as their content (within reason), and the IP column in view.
    QTableView *view = m_ui->previewView;
    view->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        view->setColumnWidth(c, qBound(60, view->columnWidth(c) + 12, 260));
    // Opened at the left, the file's first columns whole. The IP column, when it would be out
    // of sight there, is shown first (a view-only move; its header still says "(IP)").
    QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        if (header->logicalIndex(visual) != visual)
            header->moveSection(header->visualIndex(visual), visual);
    }
    const int ip = m_preview->ipColumn();
    if (ip >= 0
        && header->sectionViewportPosition(ip) + header->sectionSize(ip)
               > view->viewport()->width())
        header->moveSection(header->visualIndex(ip), 0);
    view->horizontalScrollBar()->setValue(0);
}

void SourcesPage::overridesEdited()
{
    if (m_filling)
        return;
    const int index = currentIndex();
    if (index < 0)
        return;
    setOverrides(index, m_choices->overrides());
}

void SourcesPage::rebuildRecentMenu()
{
    RecentMenu menu;
    menu.emptyText = tr("No recent files");
    menu.clearText = tr("Clear Recent Files");
    menu.label = [](const QString &path) {
        return QFileInfo(path).fileName() + QStringLiteral("  —  ")
               + QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    };
    menu.open = [this](const QString &path) {
        addFiles({path});
    };
    menu.clear = [] {
        AppSettings::recentFiles.reset();
    };
    menu.fill(m_recentMenu, AppSettings::recentFiles.value());
}

void SourcesPage::restoreSettings()
{
    if (!AppSettings::sourcesChosen.value()) {
        // The very first start: the sample is there, so Run works with no other action.
        const QString sample = paths::samplePeopleCsv();
        if (!sample.isEmpty())
            addFiles({sample});
        return;
    }
    QStringList existing;
    for (const QString &p : AppSettings::sourceFiles.value()) {
        if (QFileInfo(p).isFile())
            existing << p;
    }
    // Each file's choices come back with it, unless the file changed since they were made.
    const QStringList saved = AppSettings::sourceOverrides.value();
    addFiles(existing, [&saved](SourceFile &file) {
        for (const QString &json : saved) {
            bool changed = false;
            if (const auto o = SourceFile::overridesFromJson(json, file.path, &changed)) {
                file.overrides = *o;
                return;
            }
            file.choicesDropped = file.choicesDropped || changed;
        }
    });
}

void SourcesPage::saveSettings() const
{
    QStringList paths;
    for (const SourceFile &f : m_files)
        paths << f.path;
    AppSettings::sourceFiles.setValue(paths);
    AppSettings::sourcesChosen.setValue(true);
    QStringList overrides;
    for (const SourceFile &f : m_files) {
        if (const QString json = f.overridesJson(); !json.isEmpty())
            overrides << json;
    }
    AppSettings::sourceOverrides.setValue(overrides);
}

void SourcesPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SourcesPage::applyTheme()
{
    QPalette pal = m_ui->emptyLabel->palette();
    pal.setColor(QPalette::WindowText, Theme::muted(palette()));
    m_ui->emptyLabel->setPalette(pal);
    refreshList();
}

} // namespace regionmap
