// ResultsView's pages as widgets: the runs list, the summary table and the map page, built once
// by the constructor (resultsview.cpp wires them to the session and keeps them current).
#include "resultsview.h"

#include "columnmatchbar.h"
#include "disagreementspanel.h"
#include "regionsummarymodel.h"
#include "resultrowsmodel.h"
#include "resultsexport.h"
#include "resultssession.h"
#include "resultstext.h"
#include "rowspanel.h"
#include "runsmodel.h"
#include "summarysortproxy.h"

#include "results/geoattribution.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>

#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace regionmap {

QWidget *ResultsView::buildRunsPage()
{
    auto *page = new QWidget(this);
    m_tableCombo = new QComboBox(page);
    m_tableCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tableCombo->setToolTip(tr("Show every row of a table, whichever runs loaded them."));
    auto *tableLabel = new QLabel(tr("&Table:"), page);
    tableLabel->setBuddy(m_tableCombo);
    auto *hint = new QLabel(tr("Choose a run to see the rows it loaded, or a table to see all of "
                               "its rows."),
                            page);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(tableLabel);
    row->addWidget(m_tableCombo);
    row->addWidget(hint, 1);

    m_runsProxy = new QSortFilterProxyModel(page);
    m_runsProxy->setSourceModel(m_session->runsModel());
    m_runsProxy->setSortRole(RunsModel::SortRole);
    m_runsView = new QTableView(page);
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setModel(m_runsProxy);
    m_runsView->setSortingEnabled(true);
    m_runsView->sortByColumn(RunsModel::RunColumn, Qt::DescendingOrder);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->setWordWrap(false);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_runsView->horizontalHeader()->setStretchLastSection(false);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsView::onRunSelected);
    connect(m_runsView, &QTableView::activated, this, [this] {
        onRunSelected();
        if (m_session->scope().isRun())
            setCurrentPage(Page::Summary);
    });
    connect(m_tableCombo, &QComboBox::activated, this, &ResultsView::onTableChosen);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_runsView, 1);
    return page;
}

QWidget *ResultsView::buildSummaryPage()
{
    auto *page = new QWidget(this);
    m_totals = new QLabel(page);
    m_totals->setWordWrap(true);
    m_summaryProxy = new SummarySortProxy(page);
    m_summaryProxy->setSourceModel(m_session->summaryModel());
    m_summaryView = new QTableView(page);
    m_summaryView->setAccessibleName(tr("Summary per region"));
    m_summaryView->setModel(m_summaryProxy);
    m_summaryView->setSortingEnabled(true);
    m_summaryView->sortByColumn(RegionSummaryModel::RowsColumn, Qt::DescendingOrder);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryView->setAlternatingRowColors(true);
    m_summaryView->setWordWrap(false);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summaryView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_summaryView->setToolTip(QString());
    // The numbers first, the region's name and city last (the code says which region it is): on
    // a narrow window the distances and close calls stay in view. Only the view's order moves;
    // the model and its exports keep theirs.
    for (const int column :
         {int(RegionSummaryModel::NameColumn), int(RegionSummaryModel::CityColumn)})
        m_summaryView->horizontalHeader()->moveSection(
            m_summaryView->horizontalHeader()->visualIndex(column),
            m_summaryView->horizontalHeader()->count() - 1);
    connect(m_summaryView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(RegionSummaryModel::KeyRole).toString();
        if (index.data(RegionSummaryModel::KindRole).toInt()
            == int(RegionSummaryModel::Kind::Region)) {
            filterByRegion(key);
        } else {
            m_rows->clearFilters();
            m_rows->setStatusFilter(key);
            setCurrentPage(Page::Rows);
        }
    });
    auto *hint = new QLabel(tr("Double-click a line to see its rows."), page);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_totals);
    layout->addWidget(m_summaryView, 1);
    layout->addWidget(hint);
    return page;
}

} // namespace regionmap
