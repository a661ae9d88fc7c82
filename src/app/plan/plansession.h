#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "plan/planner.h"
#include "plan/planscenario.h"
#include "results/resultscope.h"
#include "results/scopeprovenance.h"
#include "results/tableinfo.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace regionmap {

class QueryRunner;

// The Plan page's state without its widgets (docs/planner.md, "The Plan page"): the planner for
// one scope, read once, and the answers it gives. Nothing runs on the GUI thread:
//  - a QueryRunner ("plan") reads the places and the provenance, evaluates each what-if and
//    keeps the scenarios; a new what-if supersedes one that has not answered yet;
//  - searches (best k, clouds side by side) run one after another on a thread of their own, so
//    that a long search never holds up a what-if; a new search, a new scope or closing stops
//    the one that runs (a flag the search checks).
// The planner is shared with the jobs read-only, but for best(), which fills the search's caches:
// it only ever runs on the search thread.
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
    struct BestAnswer
    {
        BestRequest request;
        QList<Planner::Step> steps;
        qint64 ms = 0;
        int searchPlaces = 0; // what the search ranked on
        double searchGridDegrees = 0;
    };
    struct CloudAnswer
    {
        QString provider;
        Planner::Step step;
    };
    struct CloudsAnswer
    {
        BestRequest request;
        QList<CloudAnswer> clouds;
        qint64 ms = 0;
    };

    explicit PlanSession(QObject *parent = nullptr);
    ~PlanSession() override;

    void setConnection(const ConnectionSettings &settings);
    // Forgets the planner and stops everything under way (a new scope or database).
    void reset();
    // Reads the scope's located rows as places (answered by loaded()); the scope's points must
    // exist (the results session makes them when it shows the scope).
    void load(const TableInfo &table, const ResultScope &scope);
    const ResultScope &scope() const { return m_scope; }
    // The planner of the scope, once loaded(); null before.
    std::shared_ptr<const Planner> planner() const { return m_planner; }
    qint64 loadMs() const { return m_loadMs; }
    // The scope's runs, files and sources, read with the places (for the report).
    const ScopeProvenance &provenance() const { return m_provenance; }

    void evaluate(const QList<int> &set, PlanObjective objective, double withinMs);
    void best(const BestRequest &request);
    // The best k of each provider on its own.
    void compareClouds(const BestRequest &request);

    void refreshScenarios();
    void saveScenario(const PlanScenario &scenario);
    void renameScenario(const QString &from, const QString &to);
    void deleteScenario(const QString &name);

    bool isBusy() const;

signals:
    void loaded();
    void evaluated(const regionmap::PlanOutcome &outcome);
    void bestFound(const regionmap::PlanSession::BestAnswer &answer);
    void cloudsCompared(const regionmap::PlanSession::CloudsAnswer &answer);
    void scenariosLoaded(const QList<regionmap::PlanScenario> &scenarios);
    // A scenario was saved, renamed or deleted (the list follows).
    void scenarioChanged(const QString &message);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message, const QString &details);

private:
    using StopFlag = std::shared_ptr<std::atomic<bool>>;
    QList<int> excludedFor(const QStringList &providers) const;
    void changeScenarios(std::function<Status(QSqlDatabase &)> change, const QString &message);
    // A fresh flag for a search, stopping the one the previous flag belonged to.
    StopFlag restart(StopFlag &current);
    void searchFinished();
    void updateBusy();

    QueryRunner *m_runner;
    QThreadPool m_searchPool; // one thread: searches one after another
    StopFlag m_bestStop;
    StopFlag m_cloudsStop;
    int m_searches = 0; // in flight
    bool m_busy = false;
    ResultScope m_scope;
    std::shared_ptr<const Planner> m_planner;
    qint64 m_loadMs = 0;
    ScopeProvenance m_provenance;
};

} // namespace regionmap

Q_DECLARE_METATYPE(regionmap::PlanSession::BestAnswer)
Q_DECLARE_METATYPE(regionmap::PlanSession::CloudsAnswer)
