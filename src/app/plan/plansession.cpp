#include "plansession.h"

#include "db/migrations.h"
#include "geo/regioncatalog.h"
#include "results/queryrunner.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap {

namespace {

const QString kLoad = QStringLiteral("load");
const QString kEvaluate = QStringLiteral("evaluate");
const QString kSearch = QStringLiteral("search");
const QString kScenarios = QStringLiteral("scenarios");

// The runner's connection is read-only (default_transaction_read_only); a scenario's change
// turns that off for its own statements only.
Status writable(QSqlDatabase &db, bool on)
{
    QSqlQuery q(db);
    if (!q.exec(on ? QStringLiteral("SET default_transaction_read_only = off")
                   : QStringLiteral("SET default_transaction_read_only = on")))
        return Error(ErrorKind::Database,
                     PlanSession::tr("Could not change the connection's mode."),
                     q.lastError().text());
    return {};
}

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
    connect(m_runner, &QueryRunner::busyChanged, this, &PlanSession::busyChanged);
}

PlanSession::~PlanSession() = default;

void PlanSession::setConnection(const ConnectionSettings &settings)
{
    m_runner->setConnection(settings);
    m_scope = {};
    m_planner.reset();
}

bool PlanSession::isBusy() const
{
    return m_runner->isBusy();
}

void PlanSession::load(const TableInfo &table, const ResultScope &scope)
{
    m_scope = scope;
    m_planner.reset();
    m_runner->cancel(kEvaluate);
    m_runner->cancel(kSearch);
    struct Loaded
    {
        std::shared_ptr<const Planner> planner;
        qint64 ms = 0;
        PlanProvenance provenance;
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
            Result<PlanProvenance> provenance = PlanProvenance::load(ctx.db, scope);
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

void PlanSession::best(const BestRequest &request)
{
    const std::shared_ptr<const Planner> planner = m_planner;
    if (!planner)
        return;
    const QList<int> excluded = excludedFor(request.providers);
    using Found = std::pair<QList<Planner::Step>, qint64>;
    m_runner->submit(
        kSearch, this,
        [planner, request, excluded](QueryContext &) -> Result<Found> {
            QElapsedTimer clock;
            clock.start();
            // best() fills the planner's search caches: it runs on this one thread only.
            QList<Planner::Step> steps = planner->best(request.kMax, request.objective,
                                                       request.withinMs, request.must, excluded);
            return Found {steps, clock.elapsed()};
        },
        [this, planner](const Result<Found> &found) {
            if (planner != m_planner || !found)
                return;
            emit bestFound(found->first, found->second);
        });
}

void PlanSession::compareClouds(const BestRequest &request)
{
    const std::shared_ptr<const Planner> planner = m_planner;
    if (!planner)
        return;
    QList<std::pair<QString, QList<int>>> runs;
    for (const QString &provider : request.providers) {
        runs.append({provider, excludedFor({provider})});
    }
    using Compared = std::pair<QList<CloudAnswer>, qint64>;
    m_runner->submit(
        kSearch, this,
        [planner, request, runs](QueryContext &) -> Result<Compared> {
            QElapsedTimer clock;
            clock.start();
            QList<CloudAnswer> answers;
            for (const auto &[provider, excluded] : runs) {
                QList<int> own;
                for (const int m : request.must) {
                    if (planner->candidates().at(m).provider == provider)
                        own << m;
                }
                const QList<Planner::Step> steps = planner->best(request.kMax, request.objective,
                                                                 request.withinMs, own, excluded);
                if (!steps.isEmpty())
                    answers.append({provider, steps.last()});
            }
            return Compared {answers, clock.elapsed()};
        },
        [this, planner](const Result<Compared> &compared) {
            if (planner != m_planner || !compared)
                return;
            emit cloudsCompared(compared->first, compared->second);
        });
}

void PlanSession::cancelSearch()
{
    m_runner->cancel(kSearch);
}

void PlanSession::refreshScenarios()
{
    m_runner->submit(
        kScenarios, this,
        [](QueryContext &ctx) -> Result<QList<PlanScenario>> {
            QSqlQuery q(ctx.db);
            // A database that no run of this version wrote to yet has no scenarios table.
            if (q.exec(QStringLiteral("SELECT to_regclass('plan_scenarios') IS NULL")) && q.next()
                && q.value(0).toBool())
                return QList<PlanScenario>();
            return PlanScenario::list(ctx.db);
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
            if (Status s = writable(ctx.db, true); !s)
                return s.error();
            Status done = change(ctx.db);
            writable(ctx.db, false);
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
            // The scenarios' table (migration 7) may be newer than the database.
            if (const Result<int> applied = Migrations::apply(db); !applied)
                return applied.error();
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
