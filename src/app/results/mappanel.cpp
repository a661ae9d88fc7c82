#include "mappanel.h"

#include "resultssession.h"

#include "map/mapcelllayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"
#include "results/geoattribution.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace regionmap {

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
    , m_map(new WorldMapWidget(this))
    , m_cells(new MapCellLayer(this))
    , m_sites(new MapSiteLayer(this))
    , m_withheld(new QLabel(this))
{
    m_map->addLayer(m_cells);
    m_map->addLayer(m_sites);
    m_map->setMinimumSize(360, 200);
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out"));
    auto *reset = new QToolButton(this);
    reset->setText(tr("Whole world"));
    auto *uncertain = new QCheckBox(tr("Hatch uncertain"), this);
    uncertain->setObjectName(QStringLiteral("markUncertain"));
    uncertain->setToolTip(tr("Hatches the share of each circle whose assignment is uncertain: the "
                             "second-nearest region is within the location's uncertainty."));
    uncertain->setChecked(true);
    m_cells->setMarkUncertain(true);
    connect(uncertain, &QCheckBox::toggled, m_cells, &MapCellLayer::setMarkUncertain);
    auto *hint = new QLabel(tr("Scroll or double-click to zoom, drag to pan. Circles are rows "
                               "aggregated in a grid by PostgreSQL, coloured by their main "
                               "region; diamonds are the region sites. Click one to see its rows."),
                            this);
    hint->setWordWrap(true);
    connect(zoomIn, &QToolButton::clicked, m_map, &WorldMapWidget::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_map, &WorldMapWidget::zoomOut);
    connect(reset, &QToolButton::clicked, m_map, &WorldMapWidget::resetView);
    connect(m_map, &WorldMapWidget::regionClicked, this, &MapPanel::regionClicked);
    auto *bar = new QHBoxLayout;
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    bar->addWidget(reset);
    bar->addWidget(uncertain);
    bar->addWidget(hint, 1);
    m_withheld->setObjectName(QStringLiteral("mapWithheld"));
    m_withheld->setWordWrap(true);
    m_withheld->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_withheld);
}

void MapPanel::bind(ResultsSession *session)
{
    m_session = session;
    connect(session, &ResultsSession::scopeChanged, this, [this](const ResultScope &s) {
        clear(s.isValid() ? tr("Loading the map…") : tr("Choose a run or a table."));
    });
    connect(session, &ResultsSession::tableLoaded, this, [this] {
        clear(tr("Loading the map…"));
        requestCells();
    });
    connect(session, &ResultsSession::overviewLoaded, this, [this] {
        const ScopeOverview &ov = m_session->overview();
        m_cells->setPalette(m_session->palette());
        m_sites->setSites(ov.regions, m_session->palette());
        m_map->setAttribution(GeoAttribution::plainText(ov.geoSources));
    });
    connect(session, &ResultsSession::mapCellsLoaded, this, [this](const MapCells &cells) {
        m_cells->setCells(cells);
        m_requestedDegrees = cells.cellDegrees;
        m_map->setMessage(cells.cells.isEmpty() ? tr("No located rows to show.") : QString());
        // What the minimum count keeps off the map (docs/privacy.md); no row count, which could
        // itself be small.
        m_withheld->setVisible(cells.withheldCells > 0);
        m_withheld->setText(tr("Privacy: %n cell(s) of fewer than %1 rows each are not shown.",
                               nullptr, int(qMin<qint64>(cells.withheldCells, INT_MAX)))
                                .arg(cells.minCount));
    });
    // A finer or coarser grid once the view rests at another zoom.
    connect(m_map, &WorldMapWidget::viewSettled, this, [this] {
        if (m_requestedDegrees > 0
            && MapCellLayer::wantedCellDegrees(m_map->projection()) != m_requestedDegrees)
            requestCells();
    });
}

void MapPanel::clear(const QString &message)
{
    m_cells->clear();
    m_sites->clear();
    m_requestedDegrees = 0;
    m_withheld->hide();
    m_map->setMessage(message);
}

void MapPanel::requestCells()
{
    m_requestedDegrees = MapCellLayer::wantedCellDegrees(m_map->projection());
    m_session->requestMapCells(m_requestedDegrees);
}

} // namespace regionmap
