#include "plansession.h"

#include "background.h"

#include "geo/regioncatalog.h"
#include "results/queryrunner.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap {

namespace {

const QString kLoad = QStringLiteral("load");
const QString kEvaluate = QStringLiteral("evaluate");
const QString kScenarios = QStringLiteral("scenarios");

} // namespace

const QStringList &PlanSession::providers()
{
    static const QStringList names = RegionCatalog::builtinNames();
    return names;
}

QString PlanSession::providerName(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return QStringLiteral("AWS");
    if (provider == QLatin1String("gcp"))
        return QStringLiteral("Google Cloud");
    if (provider == QLatin1String("azure"))
        return QStringLiteral("Azure");
    if (provider == QLatin1String("oci"))
        return QStringLiteral("OCI");
    return provider.toUpper();
}

PlanSession::PlanSession(QObject *parent)
    : QObject(parent)
    , m_runner(new QueryRunner(QStringLiteral("plan"), this))
{
    m_searchPool.setMaxThreadCount(1);
    m_searchPool.setObjectName(QStringLiteral("regionmap-plan-search"));
    connect(m_runner, &QueryRunner::busyChanged, this, &PlanSession::updateBusy);
}

PlanSession::~PlanSession()
{
    // A search in flight stops at its next check; the pool waits for it.
    for (const StopFlag &flag : {m_bestStop, m_cloudsStop}) {
        if (flag)
            flag->store(true);
    }
    m_searchPool.waitForDone();
}

void PlanSession::setConnection(const ConnectionSettings &settings)
{
    reset();
    m_runner->setConnection(settings);
}

void PlanSession::reset()
{
    m_runner->cancel(kLoad);
    m_runner->cancel(kEvaluate);
    for (const StopFlag &flag : {m_bestStop, m_cloudsStop}) {
        if (flag)
            flag->store(true);
    }
    m_bestStop.reset();
    m_cloudsStop.reset();
    m_scope = {};
    m_planner.reset();
    m_provenance = {};
}

bool PlanSession::isBusy() const
{
    return m_runner->isBusy() || m_searches > 0;
}

void PlanSession::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void PlanSession::load(const TableInfo &table, const ResultScope &scope)
{
    reset();
    m_scope = scope;
    struct Loaded
    {
        std::shared_ptr<const Planner> planner;
        qint64 ms = 0;
        ScopeProvenance provenance;
    };
    m_runner->submit(
        kLoad, this,
        [table, scope](QueryContext &ctx) -> Result<Loaded> {
            QElapsedTimer clock;
            clock.start();
            Result<PlanInput> input = PlanInput::load(ctx.conn, table, scope);
            if (!input)
                return input.error();
            const Result<QVector<Region>> candidates
                = Planner::builtinCandidates(providers(), input->loadedRegions);
            if (!candidates)
                return candidates.error();
            auto planner
                = std::make_shared<const Planner>(std::move(input).value(), candidates.value());
            Result<ScopeProvenance> provenance = ScopeProvenance::load(ctx.db, scope);
            if (!provenance)
                return provenance.error();
            return Loaded {planner, clock.elapsed(), provenance.value()};
        },
        [this, scope](const Result<Loaded> &result) {
            if (scope != m_scope)
                return;
            if (!result) {
                emit errorOccurred(result.error().message, result.error().details);
                return;
            }
            m_planner = result->planner;
            m_loadMs = result->ms;
            m_provenance = result->provenance;
            emit loaded();
        });
}

void PlanSession::evaluate(const QList<int> &set, PlanObjective objective, double withinMs)
{
    const std::shared_ptr<const Planner> planner = m_planner;
    if (!planner)
        return;
    m_runner->submit(
        kEvaluate, this,
        [planner, set, objective, withinMs](QueryContext &) -> Result<PlanOutcome> {
            return planner->evaluate(set, objective, withinMs);
        },
        [this, planner](const Result<PlanOutcome> &outcome) {
            if (planner != m_planner || !outcome)
                return;
            emit evaluated(outcome.value());
        });
}

QList<int> PlanSession::excludedFor(const QStringList &chosen) const
{
    QList<int> excluded;
    const QVector<Region> &candidates = m_planner->candidates();
    for (int i = 0; i < candidates.size(); ++i) {
        if (!chosen.contains(candidates.at(i).provider))
            excluded << i;
    }
    return excluded;
}

PlanSession::StopFlag PlanSession::restart(StopFlag &current)
{
    if (current)
        current->store(true);
    current = std::make_shared<std::atomic<bool>>(false);
    ++m_searches;
    updateBusy();
    return current;
}

void PlanSession::searchFinished()
{
    --m_searches;
    updateBusy();
}

void PlanSession::best(const BestRequest &request)
{
    const std::shared_ptr<const Planner> planner = m_planner;
    if (!planner)
        return;
    const QList<int> excluded = excludedFor(request.providers);
    const StopFlag stop = restart(m_bestStop);
    runInBackground(
        this, &m_searchPool,
        [planner, request, excluded, stop] {
            BestAnswer answer;
            answer.request = request;
            QElapsedTimer clock;
            clock.start();
            answer.steps = planner->best(request.kMax, request.objective, request.withinMs,
                                         request.must, excluded, Planner::kExactLimit, stop.get());
            answer.ms = clock.elapsed();
            // Read here, on the one thread that searches.
            answer.searchPlaces = planner->searchPlaces();
            answer.searchGridDegrees = planner->searchGridDegrees();
            return answer;
        },
        [this, planner, stop](const BestAnswer &answer) {
            searchFinished();
            if (planner == m_planner && !stop->load())
                emit bestFound(answer);
        });
}

void PlanSession::compareClouds(const BestRequest &request)
{
    const std::shared_ptr<const Planner> planner = m_planner;
    if (!planner)
        return;
    QList<std::pair<QString, QList<int>>> runs;
    for (const QString &provider : request.providers)
        runs.append({provider, excludedFor({provider})});
    const StopFlag stop = restart(m_cloudsStop);
    runInBackground(
        this, &m_searchPool,
        [planner, request, runs, stop] {
            CloudsAnswer answer;
            answer.request = request;
            QElapsedTimer clock;
            clock.start();
            for (const auto &[provider, excluded] : runs) {
                QList<int> own;
                for (const int m : request.must) {
                    if (planner->candidates().at(m).provider == provider)
                        own << m;
                }
                const QList<Planner::Step> steps
                    = planner->best(request.kMax, request.objective, request.withinMs, own,
                                    excluded, Planner::kExactLimit, stop.get());
                if (!steps.isEmpty())
                    answer.clouds.append({provider, steps.last()});
            }
            answer.ms = clock.elapsed();
            return answer;
        },
        [this, planner, stop](const CloudsAnswer &answer) {
            searchFinished();
            if (planner == m_planner && !stop->load())
                emit cloudsCompared(answer);
        });
}

void PlanSession::refreshScenarios()
{
    m_runner->submit(
        kScenarios, this,
        [](QueryContext &ctx) -> Result<QList<PlanScenario>> {
            return PlanScenario::list(ctx.db); // none where the table is not there yet
        },
        [this](const Result<QList<PlanScenario>> &list) {
            if (!list) {
                emit errorOccurred(list.error().message, list.error().details);
                return;
            }
            emit scenariosLoaded(list.value());
        });
}

void PlanSession::changeScenarios(std::function<Status(QSqlDatabase &)> change,
                                  const QString &message)
{
    m_runner->submit(
        QString(), this,
        [change](QueryContext &ctx) -> Result<bool> {
            if (!PlanScenario::tableExists(ctx.db))
                return Error(ErrorKind::Database,
                             tr("This database has no table for scenarios yet: it was last "
                                "loaded by an older RegionMap. Load a run into it with this "
                                "version (or run regionmap-cli plan --save once), then save "
                                "again."));
            // The runner's connection reads only (default_transaction_read_only): the change
            // gets a transaction of its own that may write.
            QSqlQuery q(ctx.db);
            if (!q.exec(QStringLiteral("BEGIN READ WRITE")))
                return Error(ErrorKind::Database, tr("Could not save the change."),
                             q.lastError().text());
            const Status done = change(ctx.db);
            if (!q.exec(done ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && done)
                return Error(ErrorKind::Database, tr("Could not save the change."),
                             q.lastError().text());
            if (!done)
                return done.error();
            return true;
        },
        [this, message](const Result<bool> &done) {
            if (!done)
                emit errorOccurred(done.error().message, done.error().details);
            else
                emit scenarioChanged(message);
            refreshScenarios();
        });
}

void PlanSession::saveScenario(const PlanScenario &scenario)
{
    changeScenarios(
        [scenario](QSqlDatabase &db) -> Status {
            const Result<qint64> saved = PlanScenario::save(db, scenario);
            if (!saved)
                return saved.error();
            return {};
        },
        tr("Saved the scenario \"%1\".").arg(scenario.name));
}

void PlanSession::renameScenario(const QString &from, const QString &to)
{
    changeScenarios([from, to](QSqlDatabase &db) { return PlanScenario::rename(db, from, to); },
                    tr("Renamed the scenario \"%1\" to \"%2\".").arg(from, to));
}

void PlanSession::deleteScenario(const QString &name)
{
    changeScenarios([name](QSqlDatabase &db) { return PlanScenario::remove(db, name); },
                    tr("Deleted the scenario \"%1\".").arg(name));
}

} // namespace regionmap
