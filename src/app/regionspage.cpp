#include "regionspage.h"

#include "ui_regionspage.h"

#include "appsettings.h"
#include "map/mapsitelayer.h"
#include "messagebanner.h"
#include "regiontablemodel.h"
#include "results/regionpalette.h"
#include "results/scopeoverview.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace regionmap {

namespace {

// The map's colour of each cloud (RegionPalette::qualitative), and of regions that name none.
// A cloud's name where room is short (the map's legend).
QString shortName(const QString &provider)
{
    if (provider == QLatin1String("gcp"))
        return QStringLiteral("Google Cloud");
    if (provider == QLatin1String("azure"))
        return QStringLiteral("Azure");
    return provider.toUpper();
}

int providerColorIndex(const QString &provider)
{
    static const QStringList order {QStringLiteral("aws"), QStringLiteral("gcp"),
                                    QStringLiteral("azure"), QStringLiteral("oci")};
    const int i = int(order.indexOf(provider));
    return i >= 0 ? i : int(order.size());
}

} // namespace

RegionsPage::RegionsPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::RegionsPage>())
    , m_model(new RegionTableModel(this))
{
    m_ui->setupUi(this);
    for (QLabel *caption : {m_ui->formatHelp, m_ui->tableCaption, m_ui->rttHelp, m_ui->mapLegend})
        Theme::styleCaption(caption);

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
    header->resizeSection(RegionTableModel::LatitudeColumn, 90);
    header->resizeSection(RegionTableModel::LongitudeColumn, 90);
    // The table first; the map is a small overview beside it.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({660, 340});
    m_sites = new MapSiteLayer(this);
    m_ui->regionMap->addLayer(m_sites);
    m_ui->regionMap->setMessage(QString());

    // One check box per built-in catalog, with its number of generally available regions.
    auto *row = m_ui->cloudsRow;
    for (const QString &name : RegionCatalog::builtinNames()) {
        const Result<RegionCatalog> builtin = RegionCatalog::builtin(name);
        const int regions = builtin ? builtin->count(RegionStatus::Ga) : 0;
        auto *check = new QCheckBox(tr("%1 (%2)").arg(builtinDisplayName(name)).arg(regions), this);
        check->setObjectName(QStringLiteral("builtin_") + name);
        check->setAccessibleName(builtinDisplayName(name));
        row->insertWidget(row->count() - 1, check);
        m_builtinChecks.insert(name, check);
        connect(check, &QCheckBox::toggled, this, &RegionsPage::reload);
    }
    if (QCheckBox *aws = m_builtinChecks.value(QStringLiteral("aws")))
        aws->setChecked(true);
    setTabOrder(m_builtinChecks.last(), m_ui->fileCheck);

    connect(m_ui->fileCheck, &QCheckBox::toggled, this, &RegionsPage::reload);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->fileEdit->text().trimmed().isEmpty())
            useFile(m_ui->fileEdit->text().trimmed());
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RegionsPage::chooseFile);
    connect(m_ui->restrictedCheck, &QCheckBox::toggled, this, &RegionsPage::reload);
    connect(m_ui->announcedCheck, &QCheckBox::toggled, this, &RegionsPage::reload);
    connect(m_ui->routeFactorSpin, &QDoubleSpinBox::valueChanged, this,
            &RegionsPage::updateRttHelp);
    connect(m_ui->overheadSpin, &QDoubleSpinBox::valueChanged, this, &RegionsPage::updateRttHelp);
    connect(m_ui->latencyEdit, &QLineEdit::editingFinished, this, &RegionsPage::reload);
    connect(m_ui->latencyBrowseButton, &QPushButton::clicked, this,
            &RegionsPage::chooseLatencyFile);
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
    if (c.builtins.isEmpty() && (!c.useFile || c.path.isEmpty()))
        return tr("No catalog chosen");
    // The sidebar is narrow: the clouds' short names, "File" for a file of one's own.
    QStringList sources;
    if (c.builtins.size() > 2) {
        sources << tr("%n clouds", nullptr, int(c.builtins.size()));
    } else {
        for (const QString &name : c.builtins)
            sources << name.toUpper();
    }
    if (c.useFile)
        sources << tr("File");
    QString text = tr("%1, %n region(s)", nullptr, int(m_catalog.regions().size()))
                       .arg(sources.join(QLatin1Char('+')));
    if (m_model->errorCount() > 0)
        text += tr(", %n error(s)", nullptr, m_model->errorCount());
    else if (m_model->warningCount() > 0)
        text += tr(", %n warning(s)", nullptr, m_model->warningCount());
    return text;
}

Theme::Tone RegionsPage::statusTone() const
{
    if (!m_readError.isEmpty() || m_catalog.hasErrors() || m_catalog.regions().isEmpty()
        || !m_latencyProblem.isEmpty())
        return Theme::Tone::Error;
    if (!m_catalog.warnings().isEmpty())
        return Theme::Tone::Warning;
    return Theme::Tone::Success;
}

QString RegionsPage::blockingProblem() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    const Choice c = catalogChoice();
    if (c.useFile && c.path.isEmpty())
        return tr("Choose a catalog file on the Regions page, or turn the file off.");
    if (c.builtins.isEmpty() && !c.useFile)
        return tr("Choose at least one cloud or a catalog file on the Regions page.");
    if (m_catalog.hasErrors()) {
        return tr("The region catalog has %n error(s); fix them or choose another catalog on the "
                  "Regions page.",
                  nullptr, int(m_catalog.errors().size()));
    }
    if (m_catalog.regions().isEmpty())
        return tr("The chosen catalogs hold no region that a run would use. Include the "
                  "restricted or announced regions, or choose another catalog.");
    if (!m_latencyProblem.isEmpty())
        return m_latencyProblem;
    return {};
}

RegionsPage::Choice RegionsPage::catalogChoice() const
{
    Choice c;
    for (auto it = m_builtinChecks.cbegin(); it != m_builtinChecks.cend(); ++it) {
        if (it.value()->isChecked())
            c.builtins << it.key();
    }
    c.useFile = m_ui->fileCheck->isChecked();
    c.path = m_ui->fileEdit->text().trimmed();
    c.includeRestricted = m_ui->restrictedCheck->isChecked();
    c.includeAnnounced = m_ui->announcedCheck->isChecked();
    c.latency.routeFactor = m_ui->routeFactorSpin->value();
    c.latency.overheadMs = m_ui->overheadSpin->value();
    c.latencyFile = m_ui->latencyEdit->text().trimmed();
    return c;
}

void RegionsPage::useBuiltin(const QString &name)
{
    {
        const QSignalBlocker blockFile(m_ui->fileCheck);
        m_ui->fileCheck->setChecked(false);
        for (auto it = m_builtinChecks.cbegin(); it != m_builtinChecks.cend(); ++it) {
            const QSignalBlocker block(it.value());
            it.value()->setChecked(it.key() == name);
        }
    }
    reload();
}

void RegionsPage::setBuiltinUsed(const QString &name, bool used)
{
    if (QCheckBox *check = m_builtinChecks.value(name))
        check->setChecked(used);
}

void RegionsPage::useFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    if (m_ui->fileCheck->isChecked())
        reload();
    else
        m_ui->fileCheck->setChecked(true);
}

void RegionsPage::setIncluded(bool restricted, bool announced)
{
    {
        const QSignalBlocker a(m_ui->restrictedCheck);
        const QSignalBlocker b(m_ui->announcedCheck);
        m_ui->restrictedCheck->setChecked(restricted);
        m_ui->announcedCheck->setChecked(announced);
    }
    reload();
}

void RegionsPage::setLatencyFile(const QString &path)
{
    m_ui->latencyEdit->setText(QDir::toNativeSeparators(path));
    reload();
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

void RegionsPage::chooseLatencyFile()
{
    QString dir = m_ui->latencyEdit->text();
    if (dir.isEmpty())
        dir = AppSettings::lastFolder.value();
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Choose Measured Round Trips"), dir,
                                       tr("CSV and text files (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setLatencyFile(file);
}

// The catalogs of the choice, in the order a run combines them.
QList<RegionCatalog> RegionsPage::readParts(const Choice &c)
{
    QList<RegionCatalog> parts;
    for (const QString &name : c.builtins) {
        Result<RegionCatalog> builtin = RegionCatalog::builtin(name);
        if (!builtin) {
            m_readError = builtin.error().message;
            return {};
        }
        parts << builtin.value();
    }
    if (!c.useFile || c.path.isEmpty())
        return parts;
    QFile file(QDir::fromNativeSeparators(c.path));
    if (!file.open(QIODevice::ReadOnly)) {
        m_readError = tr("The catalog file %1 cannot be opened: %2. Check the path and that "
                         "your user may read it.")
                          .arg(c.path, file.errorString());
        return {};
    }
    parts << RegionCatalog::parse(file.readAll(), QFileInfo(file).fileName());
    return parts;
}

void RegionsPage::reload()
{
    const Choice c = catalogChoice();
    m_readError.clear();
    m_catalog = RegionCatalog();
    const QList<RegionCatalog> parts = readParts(c);
    if (m_readError.isEmpty() && !parts.isEmpty()) {
        const Result<RegionCatalog> combined = RegionCatalog::combine(parts);
        if (combined)
            m_catalog = combined->withStatuses(c.includeRestricted, c.includeAnnounced);
        else
            m_readError = combined.error().message;
    }
    m_latencyProblem.clear();
    m_measuredValues = 0;
    if (!c.latencyFile.isEmpty()) {
        const Result<MeasuredLatencies> measured
            = MeasuredLatencies::load(QDir::fromNativeSeparators(c.latencyFile));
        if (measured)
            m_measuredValues = measured->size();
        else
            m_latencyProblem = measured.error().message;
    }
    updateTable(m_readError.isEmpty() ? parts : QList<RegionCatalog>(), c);
    updateMap(c);
    updateCaption(parts, c);
    updateBanner(c);
    updateRttHelp();
    emit statusChanged();
}

void RegionsPage::updateTable(const QList<RegionCatalog> &parts, const Choice &c)
{
    m_model->setCatalogs(parts, c.includeRestricted, c.includeAnnounced);
    // Columns fit their content; a column nobody filled (the city, the cloud) is hidden, and
    // the first row with an issue is scrolled into view.
    QTableView *view = m_ui->regionView;
    bool anyCity = false;
    bool anyProvider = false;
    for (const RegionCatalog &part : parts) {
        for (const Region &r : part.regions()) {
            anyCity = anyCity || !r.city.isEmpty();
            anyProvider = anyProvider || !r.provider.isEmpty();
        }
    }
    view->setColumnHidden(RegionTableModel::CityColumn, !anyCity);
    view->setColumnHidden(RegionTableModel::ProviderColumn, !anyProvider);
    for (const int column :
         {int(RegionTableModel::CodeColumn), int(RegionTableModel::ProviderColumn),
          int(RegionTableModel::NameColumn), int(RegionTableModel::CityColumn)}) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, qMin(view->columnWidth(column) + 16, 240));
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
}

// Every region of the table on the map, coloured by its cloud; regions a run would not use are
// drawn hollow.
void RegionsPage::updateMap(const Choice &c)
{
    Q_UNUSED(c);
    QList<RegionStat> sites;
    QHash<QString, int> colours;
    QStringList providers;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString code = m_model->index(r, RegionTableModel::CodeColumn).data().toString();
        const int at = m_catalog.indexOf(code);
        if (!m_model->isUsed(r) || at < 0)
            continue;
        const Region &region = m_catalog.regions().at(at);
        RegionStat site;
        site.code = region.code;
        site.name = region.name;
        site.city = region.city;
        site.provider = region.provider;
        site.inCatalog = true;
        site.latitude = region.latitude;
        site.longitude = region.longitude;
        site.rows = 1; // drawn filled, in its cloud's colour
        sites << site;
        colours.insert(region.code, providerColorIndex(region.provider));
        if (!providers.contains(region.provider))
            providers << region.provider;
    }
    m_sites->setSites(sites, RegionPalette::fromIndexes(colours));
    m_ui->regionMap->setMessage(sites.isEmpty() ? tr("No region to show.") : QString());
    QStringList legend;
    for (const QString &provider : std::as_const(providers)) {
        const QColor colour = RegionPalette::qualitative(providerColorIndex(provider));
        legend << QStringLiteral("<span style=\"color:%1\">◆</span> %2")
                      .arg(colour.name(),
                           (provider.isEmpty() ? tr("the file's regions") : shortName(provider))
                               .toHtmlEscaped());
    }
    m_ui->mapLegend->setText(legend.join(QStringLiteral(" &nbsp; ")));
}

void RegionsPage::updateCaption(const QList<RegionCatalog> &parts, const Choice &c)
{
    int listed = 0;
    for (const RegionCatalog &part : parts)
        listed += int(part.regions().size());
    QString caption
        = tr("%n region(s) take part in a run", nullptr, int(m_catalog.regions().size()));
    if (const int notUsed = listed - int(m_catalog.regions().size()); notUsed > 0 && c.useFile)
        caption += QLatin1Char(' ')
                   + tr("(%n listed but not used: replaced, restricted or announced)", nullptr,
                        notUsed);
    else if (notUsed > 0)
        caption += QLatin1Char(' ')
                   + tr("(%n restricted or announced, not used in a run)", nullptr, notUsed);
    m_ui->tableCaption->setText(caption + QLatin1Char('.'));
}

void RegionsPage::updateBanner(const Choice &c)
{
    if (!m_readError.isEmpty()) {
        m_ui->banner->showMessage(Theme::Tone::Error, m_readError);
    } else if (m_model->errorCount() > 0) {
        QStringList lines = m_model->fileIssues();
        lines.prepend(tr("%n line(s) of the catalog cannot be used; they are marked in the "
                         "table. Fix the file and choose it again.",
                         nullptr, m_model->errorCount()));
        m_ui->banner->showMessage(Theme::Tone::Error, lines.join(QLatin1Char('\n')));
    } else if (!m_latencyProblem.isEmpty()) {
        m_ui->banner->showMessage(Theme::Tone::Error, m_latencyProblem);
    } else if (m_model->warningCount() > 0 || !m_model->fileIssues().isEmpty()) {
        QStringList lines = m_model->fileIssues();
        if (m_model->warningCount() > 0)
            lines.prepend(tr("%n doubtful region(s): see the Check column. A run still uses "
                             "them as they are.",
                             nullptr, m_model->warningCount()));
        m_ui->banner->showMessage(Theme::Tone::Warning, lines.join(QLatin1Char('\n')));
    } else if (c.useFile && c.path.isEmpty()) {
        m_ui->banner->showMessage(Theme::Tone::Info, tr("Choose a catalog file."));
    } else if (c.builtins.isEmpty() && !c.useFile) {
        m_ui->banner->showMessage(Theme::Tone::Info,
                                  tr("Choose at least one cloud, or a catalog file."));
    } else {
        m_ui->banner->clear();
    }
}

void RegionsPage::updateRttHelp()
{
    const QLocale locale;
    QString text = tr("Next to every distance: est. RTT ≈ 2 × distance × %1 / 200 km per ms + %2 "
                      "ms. The constants come from published measurements "
                      "(docs/latency-model.md).")
                       .arg(locale.toString(m_ui->routeFactorSpin->value(), 'f', 2),
                            locale.toString(m_ui->overheadSpin->value(), 'f', 1));
    if (m_measuredValues > 0)
        text += QLatin1Char(' ')
                + tr("%n measured round trip(s) replace the model where they apply.", nullptr,
                     m_measuredValues);
    m_ui->rttHelp->setText(text);
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
    // An empty list (a catalog file alone) is stored as an invalid value, which Entry::value()
    // would read as the default: read it as what it is.
    QStringList builtins
        = AppSettings::builtinCatalogs.isSet()
              ? AppSettings::open()->value(AppSettings::builtinCatalogs.key()).toStringList()
              : AppSettings::builtinCatalogs.defaultValue();
    bool useFile = AppSettings::useCatalogFile.value();
    // Carry over the one catalog of an earlier version.
    if (!AppSettings::builtinCatalogs.isSet() && AppSettings::legacyCatalogKind.isSet()) {
        useFile = AppSettings::legacyCatalogKind.value() == QLatin1String("file");
        const QString old = AppSettings::legacyBuiltinCatalog.value();
        builtins = useFile || old.isEmpty() ? QStringList() : QStringList {old};
        if (useFile && AppSettings::catalogFile.value().isEmpty())
            builtins = QStringList {QStringLiteral("aws")};
    }
    m_ui->fileEdit->setText(AppSettings::catalogFile.value());
    m_ui->latencyEdit->setText(AppSettings::latencyFile.value());
    const QList<QWidget *> controls {m_ui->fileCheck, m_ui->restrictedCheck, m_ui->announcedCheck,
                                     m_ui->routeFactorSpin, m_ui->overheadSpin};
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : controls)
        blockers << std::make_shared<QSignalBlocker>(w);
    for (auto it = m_builtinChecks.cbegin(); it != m_builtinChecks.cend(); ++it) {
        blockers << std::make_shared<QSignalBlocker>(it.value());
        it.value()->setChecked(builtins.contains(it.key()));
    }
    m_ui->fileCheck->setChecked(useFile && !m_ui->fileEdit->text().isEmpty());
    m_ui->restrictedCheck->setChecked(AppSettings::includeRestricted.value());
    m_ui->announcedCheck->setChecked(AppSettings::includeAnnounced.value());
    m_ui->routeFactorSpin->setValue(AppSettings::rttRouteFactor.value());
    m_ui->overheadSpin->setValue(AppSettings::rttOverheadMs.value());
    blockers.clear();
    reload();
}

void RegionsPage::saveSettings() const
{
    storeChoice(catalogChoice());
}

void RegionsPage::storeChoice(const Choice &c)
{
    AppSettings::builtinCatalogs.setValue(c.builtins);
    AppSettings::useCatalogFile.setValue(c.useFile);
    AppSettings::catalogFile.setValue(c.path);
    AppSettings::includeRestricted.setValue(c.includeRestricted);
    AppSettings::includeAnnounced.setValue(c.includeAnnounced);
    AppSettings::rttRouteFactor.setValue(c.latency.routeFactor);
    AppSettings::rttOverheadMs.setValue(c.latency.overheadMs);
    AppSettings::latencyFile.setValue(c.latencyFile);
}

} // namespace regionmap
