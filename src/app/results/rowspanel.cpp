#include "rowspanel.h"

#include "common/plural.h"
#include "geo/locationuncertainty.h"
#include "resultrowsmodel.h"
#include "resultssession.h"
#include "resultstext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace regionmap {

namespace {

const QString kAny;
const QString kNoRegion = QStringLiteral("\x01none");
// The status filter's entries for the located rows by assignment: the prefix, then the value.
const QString kAssignmentPrefix = QStringLiteral("\x01assignment:");
// The rows a column's width is measured on (those on screen first): a screenful and a little.
constexpr int kSizingRows = 100;

QIcon swatch(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(color);
    return QIcon(pm);
}

} // namespace

RowsPanel::RowsPanel(ResultRowsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_region(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    auto *filters = new QHBoxLayout;
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Search every column…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search every column"));
    // Room for its placeholder, even when the region and status lists are long.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 48);
    m_search->setToolTip(tr("Shows the rows where any column contains this text (ignoring case). "
                            "PostgreSQL does the search."));
    auto *clear = new QPushButton(tr("&Clear filters"), this);
    filters->addWidget(regionLabel);
    filters->addWidget(m_region);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(clear);

    m_view->setModel(model);
    m_view->setAccessibleName(tr("Rows"));
    model->activeWhileVisible(this); // the rows are asked for only while on screen
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(350);
    connect(&m_searchDelay, &QTimer::timeout, this, &RowsPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RowsPanel::applyFilter);
    connect(m_region, &QComboBox::currentIndexChanged, this, &RowsPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RowsPanel::applyFilter);
    connect(clear, &QPushButton::clicked, this, &RowsPanel::clearFilters);
    connect(model, &ResultRowsModel::loadingChanged, this, &RowsPanel::updateCount);
    connect(model, &ResultRowsModel::snapshotReady, this, &RowsPanel::updateCount);
    connect(model, &ResultRowsModel::statusTextChanged, this, &RowsPanel::updateCount);
    connect(model, &ResultRowsModel::modelReset, this, [this] {
        if (m_model->table().columns.isEmpty())
            m_sized = false;
    });
    // Size the columns to what the first rows fetched hold, once per table. Not on any
    // dataChanged: the one for the positions of a million rows would measure rows not fetched
    // yet ("…"), a thousand per column (the header's default precision): 160 ms at 1M rows.
    m_view->horizontalHeader()->setResizeContentsPrecision(kSizingRows);
    connect(model, &ResultRowsModel::rowsFetched, this, [this] {
        if (m_sized)
            return;
        m_sized = true;
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 280));
    });
    reset();
}

void RowsPanel::reset()
{
    m_updating = true;
    m_region->clear();
    m_region->addItem(tr("All regions"), kAny);
    m_status->clear();
    m_status->addItem(tr("All statuses"), kAny);
    m_search->clear();
    m_searchDelay.stop();
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_updating = false;
    m_totalRows = -1;
    m_sized = false;
    updateCount();
}

void RowsPanel::bind(ResultsSession *session)
{
    connect(session, &ResultsSession::scopeChanged, this, &RowsPanel::reset);
    connect(session, &ResultsSession::overviewLoaded, this,
            [this, session] { setChoices(session->overview(), session->palette()); });
}

void RowsPanel::setChoices(const ScopeOverview &overview, const RegionPalette &palette)
{
    m_updating = true;
    const QString region = m_region->currentData().toString();
    const QString status = m_status->currentData().toString();
    m_region->clear();
    m_region->addItem(tr("All regions"), kAny);
    m_region->addItem(tr("No region (not located)"), kNoRegion);
    for (const RegionStat &r : overview.regions) {
        if (r.rows > 0) {
            m_region->addItem(swatch(palette.color(r.code)),
                              tr("%1 (%2 rows)")
                                  .arg(r.code, r.withheld ? overview.privacy.withheldText()
                                                          : ResultsText::count(r.rows)),
                              r.code);
        }
    }
    m_status->clear();
    m_status->addItem(tr("All statuses"), kAny);
    for (const StatusStat &s : overview.statuses) {
        m_status->addItem(
            swatch(RegionPalette::statusColor(s.status)),
            tr("%1 (%2 rows)").arg(ResultsText::statusLabel(s.status), ResultsText::count(s.rows)),
            s.status);
    }
    // The located rows once more, by assignment (docs/geolocation-accuracy.md).
    if (overview.firmRows + overview.uncertainRows > 0) {
        m_status->addItem(
            swatch(RegionPalette::statusColor(QStringLiteral("located"))),
            tr("Firm assignment (%1 rows)").arg(ResultsText::count(overview.firmRows)),
            QString(kAssignmentPrefix + LocationUncertainty::firmName()));
        m_status->addItem(
            swatch(RegionPalette::statusColor(QStringLiteral("located"))),
            tr("Uncertain assignment (%1 rows)").arg(ResultsText::count(overview.uncertainRows)),
            QString(kAssignmentPrefix + LocationUncertainty::uncertainName()));
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_totalRows = overview.totalRows;
    m_updating = false;
    updateCount();
}

void RowsPanel::setRegionFilter(const QString &regionCode)
{
    int i = m_region->findData(regionCode);
    if (i < 0) {
        m_region->addItem(regionCode, regionCode);
        i = m_region->count() - 1;
    }
    m_region->setCurrentIndex(i);
}

void RowsPanel::setStatusFilter(const QString &status)
{
    int i = m_status->findData(status);
    if (i < 0) {
        m_status->addItem(ResultsText::statusLabel(status), status);
        i = m_status->count() - 1;
    }
    m_status->setCurrentIndex(i);
}

void RowsPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void RowsPanel::clearFilters()
{
    m_updating = true;
    m_region->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->clear();
    m_updating = false;
    applyFilter();
}

void RowsPanel::applyFilter()
{
    if (m_updating)
        return;
    m_searchDelay.stop();
    RowFilter f;
    const QString region = m_region->currentData().toString();
    if (region == kNoRegion)
        f.withoutRegion = true;
    else
        f.regionCode = region;
    const QString status = m_status->currentData().toString();
    if (status.startsWith(kAssignmentPrefix))
        f.assignment = status.mid(kAssignmentPrefix.size());
    else
        f.geoStatus = status;
    f.text = m_search->text();
    m_model->setFilter(f);
    updateCount();
}

QString RowsPanel::countText() const
{
    return m_count->text();
}

void RowsPanel::updateCount()
{
    if (m_model->isLoading()) {
        m_count->setText(m_model->statusText());
        return;
    }
    if (!m_model->scope().isValid()) {
        m_count->setText(tr("No table chosen."));
        return;
    }
    const qint64 shown = m_model->totalRows();
    QString text;
    if (!m_model->isCountKnown()) {
        text = tr("The first %1 rows that match the filter.").arg(ResultsText::count(shown));
    } else if (m_model->filter().isEmpty() || m_totalRows < 0) {
        text = tr("%Ln row(s). Click a column header to sort on the server.", nullptr,
                  pluralCount(shown));
    } else {
        text = tr("%1 of %2 rows match the filter.")
                   .arg(ResultsText::count(shown), ResultsText::count(m_totalRows));
    }
    // The positions of the rows after the first page are still coming.
    if (m_model->isPositioning())
        text += QLatin1Char(' ') + m_model->statusText();
    m_count->setText(text);
}

} // namespace regionmap
