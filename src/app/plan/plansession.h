#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "plan/planner.h"
#include "plan/planprovenance.h"
#include "plan/planscenario.h"
#include "results/resultscope.h"
#include "results/tableinfo.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace regionmap {

class QueryRunner;

// The Plan page's state without its widgets (docs/planner.md, "The Plan page"): the planner for
// one scope, read once, and the answers it gives. Everything runs on a worker thread of its own
// (QueryRunner): reading the places, each what-if, the best-k search, the clouds side by side,
// and the saved scenarios. A new what-if supersedes one that has not answered yet, so the numbers
// follow the check boxes without a queue.
class PlanSession : public QObject
{
    Q_OBJECT

public:
    // The candidates the page offers: every generally available region of these clouds.
    static const QStringList &providers();
    // "AWS", "Google Cloud", "Azure", "OCI": short, for tables and the small maps.
    static QString providerName(const QString &provider);

    struct BestRequest
    {
        int kMax = 3;
        PlanObjective objective = PlanObjective::MeanKm;
        double withinMs = 50;
        QStringList providers; // the candidates' clouds
        QList<int> must;
    };
    struct CloudAnswer
    {
        QString provider;
        Planner::Step step;
    };

    explicit PlanSession(QObject *parent = nullptr);
    ~PlanSession() override;

    void setConnection(const ConnectionSettings &settings);
    // Reads the scope's located rows as places (answered by loaded()); the scope's points must
    // exist (the results session makes them when it shows the scope).
    void load(const TableInfo &table, const ResultScope &scope);
    const ResultScope &scope() const { return m_scope; }
    // The planner of the scope, once loaded(); null before.
    std::shared_ptr<const Planner> planner() const { return m_planner; }
    qint64 loadMs() const { return m_loadMs; }
    // The scope's runs, files and sources, read with the places (for the report).
    const PlanProvenance &provenance() const { return m_provenance; }

    void evaluate(const QList<int> &set, PlanObjective objective, double withinMs);
    void best(const BestRequest &request);
    // The best k of each provider on its own.
    void compareClouds(const BestRequest &request);
    void cancelSearch();

    void refreshScenarios();
    void saveScenario(const PlanScenario &scenario);
    void renameScenario(const QString &from, const QString &to);
    void deleteScenario(const QString &name);

    bool isBusy() const;

signals:
    void loaded();
    void evaluated(const regionmap::PlanOutcome &outcome);
    void bestFound(const QList<regionmap::Planner::Step> &steps, qint64 ms);
    void cloudsCompared(const QList<regionmap::PlanSession::CloudAnswer> &answers, qint64 ms);
    void scenariosLoaded(const QList<regionmap::PlanScenario> &scenarios);
    // A scenario was saved, renamed or deleted (the list follows).
    void scenarioChanged(const QString &message);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message, const QString &details);

private:
    QList<int> excludedFor(const QStringList &providers) const;
    void changeScenarios(std::function<Status(QSqlDatabase &)> change, const QString &message);

    QueryRunner *m_runner;
    ResultScope m_scope;
    std::shared_ptr<const Planner> m_planner;
    qint64 m_loadMs = 0;
    PlanProvenance m_provenance;
};

} // namespace regionmap

Q_DECLARE_METATYPE(regionmap::PlanSession::CloudAnswer)
