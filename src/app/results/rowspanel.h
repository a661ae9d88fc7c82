#pragma once

#include "regionpalette.h"
#include "results/scopeoverview.h"
#include "sessionpanel.h"

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
QT_END_NAMESPACE

namespace regionmap {

class ResultRowsModel;

// The row table: the loaded rows of the scope, lazily fetched, sorted by the server (click a
// header) and filtered by region, status and free text (all done by PostgreSQL).
class RowsPanel : public QWidget, public SessionPanel
{
    Q_OBJECT

public:
    explicit RowsPanel(ResultRowsModel *model, QWidget *parent = nullptr);
    // Resets on a change of scope; the filters offer the overview's regions and statuses.
    void bind(ResultsSession *session) override;

    // The regions and statuses the filters offer, and the unfiltered row count.
    void setChoices(const ScopeOverview &overview, const RegionPalette &palette);
    // Resets the filters and the order (for a new scope).
    void reset();

    void setRegionFilter(const QString &regionCode);
    void setStatusFilter(const QString &status);
    void setSearchText(const QString &text); // applied at once (no typing delay)
    void clearFilters();

    QTableView *view() const { return m_view; }
    QString countText() const;

private:
    void applyFilter();
    void updateCount();

    ResultRowsModel *m_model;
    QComboBox *m_region;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QTimer m_searchDelay;
    qint64 m_totalRows = -1;
    bool m_sized = false;
    bool m_updating = false;
};

} // namespace regionmap
