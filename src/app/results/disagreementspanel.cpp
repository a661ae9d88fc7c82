#include "disagreementspanel.h"

#include "resultrowsmodel.h"
#include "resultssession.h"
#include "resultstext.h"

#include "map/mappairlayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"

#include "results/geoattribution.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace regionmap {

namespace {

// The columns the list shows, in this order; the table's own columns stay in the Rows tab.
const QStringList &shownColumns()
{
    static const QStringList columns {QStringLiteral("ip"),
                                      QStringLiteral("region_code"),
                                      QStringLiteral("alt_region_code"),
                                      QStringLiteral("alt_location_km"),
                                      QStringLiteral("country_code"),
                                      QStringLiteral("city"),
                                      QStringLiteral("distance_km"),
                                      QStringLiteral("alt_distance_km"),
                                      QStringLiteral("accuracy_km")};
    return columns;
}

} // namespace

DisagreementsPanel::DisagreementsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_map(new WorldMapWidget(this))
    , m_sites(new MapSiteLayer(this))
    , m_pairs(new MapPairLayer(this))
{
    m_map->addLayer(m_pairs);
    m_map->addLayer(m_sites);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("disagreementsView"));
    m_view->setAccessibleName(tr("Rows in another region by the second database"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Sorted by the server, like the row table (none at first: the table's order).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_map->setObjectName(QStringLiteral("disagreementsMap"));
    m_map->setAccessibleName(tr("Map of the disagreements"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_map);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 720});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

void DisagreementsPanel::bind(ResultsSession *session)
{
    m_session = session;
    m_view->setModel(session->disagreementRowsModel());
    // The list asks the server for rows only while it is on screen.
    session->disagreementRowsModel()->activeWhileVisible(this);
    connect(session, &ResultsSession::overviewLoaded, this, &DisagreementsPanel::onOverviewLoaded);
    connect(session, &ResultsSession::scopeChanged, this, [this] {
        m_disagreements = {};
        m_sites->clear();
        m_pairs->clear();
        m_map->setMessage({});
        m_summary->clear();
    });
    connect(session, &ResultsSession::disagreementsLoaded, this,
            &DisagreementsPanel::onDisagreementsLoaded);
    connect(session->disagreementRowsModel(), &QAbstractItemModel::modelReset, this,
            &DisagreementsPanel::showColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisagreementsPanel::onRowChosen);
    // The first rows fetched size the columns, measuring a screenful of rows per column (not on
    // any dataChanged: the one for the positions would measure rows not fetched yet).
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    connect(session->disagreementRowsModel(), &ResultRowsModel::rowsFetched, this, [this] {
        if (m_sized)
            return;
        m_sized = true;
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_view->model()->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 150));
    });
    // The chosen row's cells may arrive after it was chosen.
    connect(session->disagreementRowsModel(), &QAbstractItemModel::dataChanged, this, [this] {
        if (m_pairPending && m_view->currentIndex().isValid())
            onRowChosen();
    });
}

QString DisagreementsPanel::summaryText() const
{
    return m_summary->text();
}

void DisagreementsPanel::showColumns()
{
    m_sized = false;
    const TableInfo &table = m_session->disagreementRowsModel()->table();
    for (int c = 0; c < table.columns.size(); ++c)
        m_view->setColumnHidden(c, !shownColumns().contains(table.columns.at(c).name));
    // The list's order, whatever the table's.
    QHeaderView *header = m_view->horizontalHeader();
    int visual = 0;
    for (const QString &name : shownColumns()) {
        const int logical = table.columnIndex(name);
        if (logical < 0)
            continue;
        header->moveSection(header->visualIndex(logical), visual++);
    }
}

void DisagreementsPanel::onOverviewLoaded()
{
    const ScopeOverview &ov = m_session->overview();
    const RegionStat &c = ov.crossCheck;
    m_sites->setSites(ov.regions, m_session->palette());
    m_pairs->setSites(ov.regions, m_session->palette());
    m_map->setAttribution(GeoAttribution::plainText(ov.geoSources + ov.crossCheckSources));
    if (c.crossChecked() == 0) {
        m_summary->setText(tr("No run in this scope was cross-checked. Choose a second database "
                              "on the Geolocation page (or run regionmap-cli run --cross-check "
                              "FILE) and run again."));
        m_map->setMessage(tr("No cross-check in this scope."));
        return;
    }
    m_summary->setText(
        tr("%1 puts %2 of the %3 cross-checked rows (%4) in another region than the run did; "
           "%5 are in the same region, %6 it does not locate. Choose a row to see both places "
           "and both regions.")
            .arg(ov.crossCheckLabel, ResultsText::count(c.crossDifferent),
                 ResultsText::count(c.crossChecked()),
                 ResultsText::share(double(c.crossDifferent) / double(c.crossChecked())),
                 ResultsText::count(c.crossSame), ResultsText::count(c.crossNotLocated)));
    m_map->setMessage(tr("Loading the disagreements…"));
    m_session->requestDisagreements();
}

void DisagreementsPanel::onDisagreementsLoaded(const Disagreements &d)
{
    m_disagreements = d;
    m_map->setMessage(d.pairs.isEmpty() ? tr("The two sources agree on every row.") : QString());
    m_pairs->setPairs(d.pairs);
    onRowChosen();
}

void DisagreementsPanel::onRowChosen()
{
    const QModelIndex current = m_view->currentIndex();
    if (sender() == m_view->selectionModel())
        m_pairPending = true; // a new choice: zoom to it once its cells are known
    const ResultRowsModel *model = m_session->disagreementRowsModel();
    if (!current.isValid()) {
        m_pairs->setHighlightedPair(-1);
        return;
    }
    const auto value = [&](const char *column) {
        const int c = model->table().columnIndex(QLatin1String(column));
        // The exact text (the display rounds to four decimals).
        return c < 0 ? 0.0
                     : model->index(current.row(), c).data(Qt::EditRole).toString().toDouble();
    };
    const double lat = value("latitude");
    const double lon = value("longitude");
    const double altLat = value("alt_latitude");
    const double altLon = value("alt_longitude");
    // The stored text is the shortest that reads back the same double: compare closely.
    const auto same = [](double a, double b) {
        return std::abs(a - b) < 1e-9;
    };
    for (int i = 0; i < m_disagreements.pairs.size(); ++i) {
        const DisagreementPair &p = m_disagreements.pairs.at(i);
        if (same(p.latitude, lat) && same(p.longitude, lon) && same(p.altLatitude, altLat)
            && same(p.altLongitude, altLon)) {
            m_pairs->setHighlightedPair(i);
            if (m_pairPending)
                showPair(p);
            m_pairPending = false;
            return;
        }
    }
    m_pairs->setHighlightedPair(-1);
}

// Zooms the map to the pair's two places and its two regions' sites.
void DisagreementsPanel::showPair(const DisagreementPair &p)
{
    double south = std::min(p.latitude, p.altLatitude);
    double north = std::max(p.latitude, p.altLatitude);
    double west = std::min(p.longitude, p.altLongitude);
    double east = std::max(p.longitude, p.altLongitude);
    for (const RegionStat &r : m_session->overview().regions) {
        if (r.inCatalog && (r.code == p.region || r.code == p.altRegion)) {
            south = std::min(south, r.latitude);
            north = std::max(north, r.latitude);
            west = std::min(west, r.longitude);
            east = std::max(east, r.longitude);
        }
    }
    // Half the map's width or height for the box, at most 8× (a city's width stays readable).
    const double zoom = std::clamp(
        0.5 * std::min(360.0 / std::max(east - west, 1.0), 180.0 / std::max(north - south, 1.0)),
        1.0, 8.0);
    m_map->setView(QPointF((west + east) / 2, (south + north) / 2), zoom);
}

} // namespace regionmap
