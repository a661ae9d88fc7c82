#include "regionspage.h"

#include "ui_regionspage.h"

#include "appsettings.h"
#include "messagebanner.h"
#include "regiontablemodel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace regionmap {

RegionsPage::RegionsPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::RegionsPage>())
    , m_model(new RegionTableModel(this))
{
    m_ui->setupUi(this);
    Theme::styleCaption(m_ui->formatHelp);
    Theme::styleCaption(m_ui->tableCaption);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_ui->regionView->setModel(proxy);
    m_ui->regionView->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *header = m_ui->regionView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_ui->regionView->verticalHeader()->hide();
    // Issue rows follow the width of the Check column, which stretches with the view.
    m_ui->regionView->viewport()->installEventFilter(this);
    m_ui->regionView->verticalHeader()->setDefaultSectionSize(
        m_ui->regionView->fontMetrics().height() + 8);
    header->resizeSection(RegionTableModel::LatitudeColumn, 100);
    header->resizeSection(RegionTableModel::LongitudeColumn, 100);

    for (const QString &name : RegionCatalog::builtinNames())
        m_ui->builtinCombo->addItem(builtinDisplayName(name), name);

    auto *group = new QButtonGroup(this);
    group->addButton(m_ui->builtinRadio);
    group->addButton(m_ui->fileRadio);
    connect(m_ui->builtinRadio, &QRadioButton::toggled, this, &RegionsPage::reload);
    connect(m_ui->builtinCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_ui->builtinRadio->isChecked())
            m_ui->builtinRadio->setChecked(true);
        else
            reload();
    });
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->fileEdit->text().trimmed().isEmpty())
            useFile(m_ui->fileEdit->text().trimmed());
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RegionsPage::chooseFile);
    reload();
}

RegionsPage::~RegionsPage() = default;

QString RegionsPage::title() const
{
    return tr("Regions");
}

QString RegionsPage::description() const
{
    return tr("The cloud regions that every located address is assigned to: the nearest one by "
              "geodesic distance.");
}

QString RegionsPage::builtinDisplayName(const QString &name)
{
    if (name == QLatin1String("aws"))
        return tr("Amazon Web Services (AWS)");
    if (name == QLatin1String("gcp"))
        return tr("Google Cloud (GCP)");
    if (name == QLatin1String("azure"))
        return tr("Microsoft Azure");
    if (name == QLatin1String("oci"))
        return tr("Oracle Cloud Infrastructure (OCI)");
    return name.toUpper();
}

QString RegionsPage::statusText() const
{
    if (!m_readError.isEmpty())
        return tr("Cannot be read");
    const Choice c = catalogChoice();
    if (!c.builtin && c.path.isEmpty())
        return tr("No catalog chosen");
    // The sidebar is narrow: the built-in catalog's short name, or just "File".
    const QString source = c.builtin ? c.name.toUpper() : tr("File");
    QString text = tr("%1, %n region(s)", nullptr, m_catalog.count(RegionStatus::Ga)).arg(source);
    if (m_model->errorCount() > 0)
        text += tr(", %n error(s)", nullptr, m_model->errorCount());
    else if (m_model->warningCount() > 0)
        text += tr(", %n warning(s)", nullptr, m_model->warningCount());
    return text;
}

Theme::Tone RegionsPage::statusTone() const
{
    if (!m_readError.isEmpty() || m_catalog.hasErrors() || m_catalog.regions().isEmpty())
        return Theme::Tone::Error;
    if (!m_catalog.warnings().isEmpty())
        return Theme::Tone::Warning;
    return Theme::Tone::Success;
}

QString RegionsPage::blockingProblem() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    if (!catalogChoice().builtin && catalogChoice().path.isEmpty())
        return tr("Choose a catalog file on the Regions page, or use the built-in catalog.");
    if (m_catalog.hasErrors()) {
        return tr("The region catalog has %n error(s); fix them or choose another catalog on the "
                  "Regions page.",
                  nullptr, int(m_catalog.errors().size()));
    }
    if (m_catalog.regions().isEmpty())
        return tr("The region catalog holds no regions.");
    return {};
}

RegionsPage::Choice RegionsPage::catalogChoice() const
{
    Choice c;
    c.builtin = m_ui->builtinRadio->isChecked();
    c.name = m_ui->builtinCombo->currentData().toString();
    c.path = m_ui->fileEdit->text().trimmed();
    return c;
}

void RegionsPage::useBuiltin(const QString &name)
{
    const int index = m_ui->builtinCombo->findData(name);
    if (index >= 0)
        m_ui->builtinCombo->setCurrentIndex(index);
    if (m_ui->builtinRadio->isChecked())
        reload();
    else
        m_ui->builtinRadio->setChecked(true);
}

void RegionsPage::useFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    if (m_ui->fileRadio->isChecked())
        reload();
    else
        m_ui->fileRadio->setChecked(true);
}

void RegionsPage::chooseFile()
{
    QString dir = m_ui->fileEdit->text();
    if (dir.isEmpty())
        dir = AppSettings::lastFolder.value();
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Choose a Region Catalog"), dir,
                                       tr("CSV and text files (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        useFile(file);
}

void RegionsPage::reload()
{
    const Choice c = catalogChoice();
    m_readError.clear();
    m_catalog = RegionCatalog();
    if (c.builtin) {
        Result<RegionCatalog> catalog = RegionCatalog::builtin(c.name);
        if (catalog)
            m_catalog = catalog.value();
        else
            m_readError = catalog.error().message;
    } else if (!c.path.isEmpty()) {
        QFile file(QDir::fromNativeSeparators(c.path));
        if (!file.open(QIODevice::ReadOnly)) {
            m_readError = tr("The catalog file %1 cannot be opened: %2. Check the path and that "
                             "your user may read it.")
                              .arg(c.path, file.errorString());
        } else {
            m_catalog = RegionCatalog::parse(file.readAll(), QFileInfo(file).fileName());
        }
    }
    m_model->setCatalog(m_catalog);
    // Columns fit their content; a column nobody filled (the city, in most files) is hidden,
    // and the first row with an issue is scrolled into view.
    QTableView *view = m_ui->regionView;
    bool anyCity = false;
    for (const Region &r : m_catalog.regions())
        anyCity = anyCity || !r.city.isEmpty();
    view->setColumnHidden(RegionTableModel::CityColumn, !anyCity);
    for (const int column : {int(RegionTableModel::CodeColumn), int(RegionTableModel::NameColumn),
                             int(RegionTableModel::CityColumn)}) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, qMin(view->columnWidth(column) + 16, 260));
    }
    fitIssueRows();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, RegionTableModel::CheckColumn)
                .data(RegionTableModel::SeverityRole)
                .toInt()
            >= 0) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
            view->scrollTo(proxy->mapFromSource(m_model->index(r, 0)));
            break;
        }
    }

    const int regions = int(m_catalog.regions().size());
    QString caption = c.builtin ? tr("%n region(s) in the built-in catalog", nullptr, regions)
                                : tr("%n region(s) read from the file", nullptr, regions);
    if (const int notUsed = regions - m_catalog.count(RegionStatus::Ga); notUsed > 0)
        caption += QLatin1Char(' ')
                   + tr("(%n restricted or announced, not used in a run)", nullptr, notUsed);
    m_ui->tableCaption->setText(caption);
    if (!m_readError.isEmpty()) {
        m_ui->banner->showMessage(Theme::Tone::Error, m_readError);
    } else if (m_model->errorCount() > 0) {
        QStringList lines = m_model->fileIssues();
        lines.prepend(tr("%n line(s) of the catalog cannot be used; they are marked in the "
                         "table. Fix the file and choose it again.",
                         nullptr, m_model->errorCount()));
        m_ui->banner->showMessage(Theme::Tone::Error, lines.join(QLatin1Char('\n')));
    } else if (m_model->warningCount() > 0 || !m_model->fileIssues().isEmpty()) {
        QStringList lines = m_model->fileIssues();
        if (m_model->warningCount() > 0)
            lines.prepend(tr("%n doubtful region(s): see the Check column. A run still uses "
                             "them as they are.",
                             nullptr, m_model->warningCount()));
        m_ui->banner->showMessage(Theme::Tone::Warning, lines.join(QLatin1Char('\n')));
    } else if (!c.builtin && c.path.isEmpty()) {
        m_ui->banner->showMessage(Theme::Tone::Info, tr("Choose a catalog file."));
    } else {
        m_ui->banner->clear();
    }
    emit statusChanged();
}

bool RegionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->regionView->viewport() && event->type() == QEvent::Resize
        && !m_fitPending) {
        m_fitPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitPending = false;
                fitIssueRows();
            },
            Qt::QueuedConnection);
    }
    return StepPage::eventFilter(watched, event);
}

void RegionsPage::fitIssueRows()
{
    // A row with an issue grows to show the whole message; the others keep one line.
    QTableView *view = m_ui->regionView;
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, RegionTableModel::CheckColumn)
                .data(RegionTableModel::SeverityRole)
                .toInt()
            >= 0)
            view->resizeRowToContents(r);
    }
}

void RegionsPage::restoreSettings()
{
    m_ui->fileEdit->setText(AppSettings::catalogFile.value());
    const int index = m_ui->builtinCombo->findData(AppSettings::builtinCatalog.value());
    if (index >= 0) {
        const QSignalBlocker block(m_ui->builtinCombo);
        m_ui->builtinCombo->setCurrentIndex(index);
    }
    if (AppSettings::catalogKind.value() == QLatin1String("file")
        && !m_ui->fileEdit->text().isEmpty())
        m_ui->fileRadio->setChecked(true);
    else
        m_ui->builtinRadio->setChecked(true);
    reload();
}

void RegionsPage::saveSettings() const
{
    const Choice c = catalogChoice();
    AppSettings::catalogKind.setValue(c.builtin ? QStringLiteral("builtin")
                                                : QStringLiteral("file"));
    AppSettings::builtinCatalog.setValue(c.name);
    AppSettings::catalogFile.setValue(c.path);
}

} // namespace regionmap
