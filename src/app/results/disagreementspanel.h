#pragma once

#include "sessionpanel.h"

#include "results/mapcells.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace regionmap {

class ResultsSession;
class MapPairLayer;
class MapSiteLayer;
class WorldMapWidget;

// The cross-check's disagreements: the rows that a second source puts in another region, listed
// (the row table's model, filtered by PostgreSQL) and drawn on a map (both places, joined, in
// their regions' colours; the chosen row's pair with dashed lines to both regions' sites).
class DisagreementsPanel : public QWidget, public SessionPanel
{
    Q_OBJECT

public:
    explicit DisagreementsPanel(QWidget *parent = nullptr);
    void bind(ResultsSession *session) override;

    QString summaryText() const;
    QTableView *view() const { return m_view; }
    WorldMapWidget *map() const { return m_map; }
    MapPairLayer *pairLayer() const { return m_pairs; }

private:
    void onOverviewLoaded();
    void onDisagreementsLoaded(const Disagreements &d);
    void onRowChosen();
    void showColumns();
    void showPair(const DisagreementPair &p);

    ResultsSession *m_session = nullptr;
    QLabel *m_summary;
    QTableView *m_view;
    WorldMapWidget *m_map;
    MapSiteLayer *m_sites;
    MapPairLayer *m_pairs;
    Disagreements m_disagreements;
    bool m_sized = false; // the columns were sized to the first rows fetched
    bool m_pairPending = false; // a row was chosen and its pair not shown yet
};

} // namespace regionmap
