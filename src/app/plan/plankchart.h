#pragma once

#include "plan/planner.h"

#include <QChartView>

namespace regionmap {

// The best-k answer as a chart: the objective against k, each point labelled ("with 3 regions,
// 92 % of rows are within 50 ms"), so that the marginal gain of each added region shows as the
// step between points. A click on a point emits kClicked.
class PlanKChart : public QChartView
{
    Q_OBJECT

public:
    explicit PlanKChart(QWidget *parent = nullptr);

    void setSteps(const QList<Planner::Step> &steps, PlanObjective objective, double withinMs);
    void clear(const QString &title = {});

signals:
    void kClicked(int k);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace regionmap
