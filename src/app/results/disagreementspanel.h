#pragma once

#include "results/mapcells.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace regionmap {

class ResultsSession;
class WorldMapWidget;

// The cross-check's disagreements: the rows that a second source puts in another region, listed
// (the row table's model, filtered by PostgreSQL) and drawn on a map (both places, joined, in
// their regions' colours; the chosen row's pair with dashed lines to both regions' sites).
class DisagreementsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DisagreementsPanel(ResultsSession *session, QWidget *parent = nullptr);

    QString summaryText() const;
    QTableView *view() const { return m_view; }
    WorldMapWidget *map() const { return m_map; }

private:
    void onOverviewLoaded();
    void onDisagreementsLoaded(const Disagreements &d);
    void onRowChosen();
    void showColumns();
    void showPair(const DisagreementPair &p);

    ResultsSession *m_session;
    QLabel *m_summary;
    QTableView *m_view;
    WorldMapWidget *m_map;
    Disagreements m_disagreements;
    bool m_sized = false; // the columns were sized to the first rows fetched
    bool m_pairPending = false; // a row was chosen and its pair not shown yet
};

} // namespace regionmap
