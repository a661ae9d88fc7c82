#include "etljob.h"

#include "common/feedback.h"
#include "db/copystream.h"
#include "db/migrations.h"
#include "db/pointtable.h"
#include "db/poolercheck.h"
#include "db/runboundary.h"
#include "etl/backgroundrelease.h"
#include "etl/etllogging.h"
#include "etl/inputset.h"
#include "etl/loadsession.h"
#include "etl/rowpipeline.h"
#include "etl/runrecordbuilder.h"
#include "etl/runrecorder.h"
#include "etl/tablelock.h"
#include "geo/geodatabaseinfo.h"
#include "geo/locator.h"
#include "geo/mmdblocator.h"
#include "geo/nearestregionfinder.h"
#include "geo/regioncatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <optional>

namespace regionmap {

class EtlJob::Private
{
public:
    Private(EtlOptions o, LocatorFactory f)
        : options(std::move(o))
        , locators(std::move(f))
    { }

    EtlOptions options;
    LocatorFactory locators;
    Feedback *fb = nullptr;
    EtlSummary summary;
    QString connectionName;

    std::optional<InputSet> inputs;
    RegionCatalog catalog;
    MeasuredLatencies measured;
    std::unique_ptr<Locator> locator;
    GeoSource source;
    std::unique_ptr<Locator> secondLocator; // the cross-check's, or null
    GeoSource secondSource;
    double sampleProbability = 1.0; // the cross-check's, for an ipinfo.io sample
    TargetSchema schema;
    int keyColumn = -1;
    AddressPrivacy privacy; // what the rows and the rejects keep of the addresses

    Status prepare();
    Status prepareCatalog();
    Status checkPseudonymKey(QSqlDatabase &db) const;
    Status prepareLatencies();
    Status prepareCrossCheck();
    EtlSummary load(QSqlDatabase &db);
    EtlSummary abandon(QSqlDatabase &db, LoadSession &session, RunRecorder &recorder,
                       QFuture<QJsonArray> &hashes, const Error &error);
    // No error: the run succeeded; any error: it failed or was cancelled.
    EtlSummary finished(const std::optional<Error> &error = std::nullopt);
    void takeRequestCounts();
    QElapsedTimer clock;
};

EtlJob::EtlJob(EtlOptions options, LocatorFactory locators)
    : d(std::make_unique<Private>(std::move(options), std::move(locators)))
{ }

EtlJob::~EtlJob() = default;

// An online locator's HTTP requests, for the run record (0 offline).
void EtlJob::Private::takeRequestCounts()
{
    summary.requestsSent = 0;
    summary.requestRetries = 0;
    for (const Locator *l : {locator.get(), secondLocator.get()}) {
        if (l) {
            summary.requestsSent += l->requestsSent();
            summary.requestRetries += l->requestRetries();
        }
    }
}

EtlSummary EtlJob::Private::finished(const std::optional<Error> &error)
{
    takeRequestCounts();
    summary.error = error.value_or(Error());
    if (!error)
        summary.status = RunStatus::Succeeded;
    else if (error->kind == ErrorKind::Cancelled)
        summary.status = RunStatus::Cancelled;
    else
        summary.status = RunStatus::Failed;
    summary.durationSeconds = clock.elapsed() / 1000.0;
    fb->flush();
    return summary;
}

Status EtlJob::Private::prepareCatalog()
{
    QList<RegionCatalog> parts;
    for (const QString &name : options.builtinCatalogs) {
        Result<RegionCatalog> part = RegionCatalog::builtin(name);
        if (!part)
            return part.error().orKind(ErrorKind::Input);
        parts << part.value();
    }
    if (!options.catalogFile.isEmpty()) {
        Result<RegionCatalog> part = RegionCatalog::load(options.catalogFile);
        if (!part)
            return part.error().orKind(ErrorKind::Input);
        parts << part.value();
    }
    Result<RegionCatalog> cat = RegionCatalog::combine(parts);
    if (!cat)
        return cat.error().orKind(ErrorKind::Input);
    for (const CatalogIssue &w : cat->warnings())
        fb->warning(EtlJob::tr("Region catalog, line %1: %2").arg(w.line).arg(w.message));
    catalog = cat->withStatuses(options.includeRestricted, options.includeAnnounced);
    if (const int left = int(cat->regions().size() - catalog.regions().size()); left > 0)
        fb->info(EtlJob::tr("%n region(s) of the catalog that are restricted or only announced "
                            "take no part in this run.",
                            nullptr, left));
    if (catalog.regions().isEmpty())
        return Error(ErrorKind::Input,
                     EtlJob::tr("The region catalog %1 has no generally available region. Include "
                                "its restricted or announced regions, or choose another catalog.")
                         .arg(cat->name()));
    return {};
}

// The measured round trips, when the analyst gave a table of them.
Status EtlJob::Private::prepareLatencies()
{
    summary.latencyModel = options.latency;
    if (options.latencyFile.isEmpty())
        return {};
    Result<MeasuredLatencies> table = MeasuredLatencies::load(options.latencyFile);
    if (!table)
        return table.error();
    measured = table.value();
    QStringList unknown;
    for (const QString &code : measured.regionCodes()) {
        if (catalog.indexOf(code) < 0)
            unknown << code;
    }
    fb->info(EtlJob::tr("%n measured round trip(s) from %1 replace the model where they apply.",
                        nullptr, measured.size())
                 .arg(QDir::toNativeSeparators(options.latencyFile)));
    if (!unknown.isEmpty())
        fb->warning(EtlJob::tr("The latency table names %n region(s) that take no part in this "
                               "run, and their values are not used: %1.",
                               nullptr, int(unknown.size()))
                        .arg(unknown.join(QStringLiteral(", "))));
    return {};
}

// The second opinion, when one is asked for: ipinfo.io for a sample of rows (through the run's
// own locator factory, so the same cache and settings), or a second .mmdb file.
Status EtlJob::Private::prepareCrossCheck()
{
    if (options.crossCheckDatabase.isEmpty() && options.crossCheckIpinfoSample > 0) {
        // ipinfo.io for a sample of the rows: the run's own locator factory, the same cache.
        EtlOptions ipinfo = options;
        ipinfo.provider = GeoProviderKind::Ipinfo;
        Result<std::unique_ptr<Locator>> second = locators(ipinfo);
        if (!second)
            return second.error().orKind(ErrorKind::Geolocation);
        secondLocator = std::move(second.value());
        secondLocator->setFeedback(fb);
        secondSource = secondLocator->source();
        summary.crossCheckSource
            = EtlJob::tr("%1, a sample of %n row(s)", nullptr, options.crossCheckIpinfoSample)
                  .arg(secondSource.label);
        summary.crossCheckCredit = secondSource.credit();
        // Each row's chance to be asked about, so that about `sample` rows are spread over the
        // whole input; never more than `sample` rows.
        qint64 rows = 0;
        for (const PreparedInput &file : inputs->files())
            rows += file.sniff.estimatedRows;
        sampleProbability
            = rows > 0 ? std::min(1.0, 1.2 * double(options.crossCheckIpinfoSample) / double(rows))
                       : 1.0;
        fb->info(EtlJob::tr("The cross-check asks ipinfo.io about at most %n row(s), picked at "
                            "random: with a token, about one request per 1,000 addresses; "
                            "without, one per address.",
                            nullptr, options.crossCheckIpinfoSample)
                 + QLatin1Char(' ')
                 + (options.privacy == PrivacyMode::Keep
                        ? EtlJob::tr("Cached answers are not asked again.")
                        : EtlJob::tr("The cache is not used: this run does not keep its "
                                     "addresses.")));
    }
    if (!options.crossCheckDatabase.isEmpty()) {
        Result<std::unique_ptr<MmdbLocator>> second = MmdbLocator::open(options.crossCheckDatabase);
        if (!second)
            return Error(ErrorKind::Geolocation,
                         EtlJob::tr("The cross-check database cannot be used: %1")
                             .arg(second.error().message),
                         second.error().details);
        secondLocator = std::move(second.value());
        secondSource = secondLocator->source();
        summary.crossCheckSource = secondSource.label;
        summary.crossCheckCredit = secondSource.credit();
        if (secondSource.build.isValid())
            summary.crossCheckSource
                += QStringLiteral(" ") + secondSource.build.toString(Qt::ISODate);
    }
    return {};
}

// Everything that can be checked before the database is touched.
Status EtlJob::Private::prepare()
{
    if (Status st = options.check(); !st)
        return st;
    Result<InputSet> in = InputSet::prepare(options.inputs, *fb);
    if (!in)
        return in.error();
    inputs = in.value();
    if (Status st = prepareCatalog(); !st)
        return st;
    if (Status st = prepareLatencies(); !st)
        return st;
    // Made here, in the job's thread: an online locator's network access manager lives in it.
    Result<std::unique_ptr<Locator>> made = locators(options);
    if (!made)
        return made.error().orKind(ErrorKind::Geolocation);
    locator = std::move(made.value());
    locator->setFeedback(fb);
    source = locator->source();
    summary.provider = source.provider;
    summary.geoDatabase = source.description;
    summary.geoSource = source.id;
    summary.credit = source.credit();
    if (const qint64 age = source.build.isValid() ? source.build.daysTo(QDate::currentDate()) : 0;
        age > GeoDatabaseInfo::kStaleAfterDays)
        fb->warning(EtlJob::tr("The geolocation database was built on %1, %n day(s) ago; a newer "
                               "one locates more addresses correctly. regionmap-cli geodb info "
                               "says where to get it.",
                               nullptr, int(age))
                        .arg(source.build.toString(Qt::ISODate)));
    if (Status st = prepareCrossCheck(); !st)
        return st;
    Result<TargetSchema> inferred = inputs->inferSchema();
    if (!inferred)
        return inferred.error();
    schema = inferred.value();
    schema.setPseudonymousAddresses(options.privacy == PrivacyMode::Hash);
    if (options.mode == LoadMode::Upsert) {
        const Result<int> key = inputs->findKey(schema, options.keyColumn);
        if (!key)
            return key.error();
        keyColumn = key.value();
        if (keyColumn == schema.ipColumn()
            && (options.privacy == PrivacyMode::Truncate || options.privacy == PrivacyMode::Drop))
            return Error(ErrorKind::Options,
                         EtlJob::tr("The key column \"%1\" holds the addresses, and the %2 "
                                    "privacy mode does not keep one per row, so rows could not "
                                    "be told apart. Use another key column, or the hash mode.")
                             .arg(options.keyColumn, privacyModeName(options.privacy)));
    }
    privacy = AddressPrivacy(options.privacy, options.privacyKey);
    summary.privacyMode = privacyModeName(options.privacy);
    summary.minCount = options.effectiveMinCount();
    summary.table
        = options.table.isEmpty() ? defaultTableName(inputs->first().input.path) : options.table;
    return {};
}

EtlSummary EtlJob::Private::abandon(QSqlDatabase &db, LoadSession &session, RunRecorder &recorder,
                                    QFuture<QJsonArray> &hashes, const Error &error)
{
    takeRequestCounts();
    session.abort(error.message);
    db.rollback();
    hashes.waitForFinished();
    // Nothing of the load was kept: the counts say what was read, and that none of it landed.
    summary.rowsLoaded = 0;
    summary.rowsRejected = 0;
    summary.statusCounts.clear();
    summary.regions.clear();
    summary.rtt = {};
    const RunStatus status
        = error.kind == ErrorKind::Cancelled ? RunStatus::Cancelled : RunStatus::Failed;
    recorder.updateSourceFiles(hashes.result());
    if (Status st = recorder.abandon(status, error.toString(), summary); !st) {
        // The connection may have gone with the failure: try once more on a fresh one. If the
        // server is down, the next run marks this one as interrupted.
        ScopedConnection again(options.connection, connectionName + QStringLiteral("-record"));
        bool recorded = false;
        if (again) {
            RunRecorder late(again.database());
            late.adopt(summary.runId);
            recorded = late.abandon(status, error.toString(), summary).isOk();
        }
        if (!recorded)
            qCInfo(lcEtl) << "Could not record the end of run" << summary.runId
                          << st.error().toString();
    }
    recorder.release();
    return finished(error);
}

// A hash run that adds to a table: the table's pseudonyms since its last replace must come from
// the same key, or one address would have two pseudonyms in it (docs/privacy.md).
Status EtlJob::Private::checkPseudonymKey(QSqlDatabase &db) const
{
    if (options.privacy != PrivacyMode::Hash || options.mode == LoadMode::Replace)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "WITH runs AS (SELECT run_id, %1 AS starts, privacy_mode,"
                  "                     settings->'privacy'->>'key_id' AS key_id"
                  "                FROM etl_runs WHERE target_table = ? AND status = 'succeeded')"
                  "SELECT DISTINCT key_id FROM runs WHERE privacy_mode = 'hash'"
                  "   AND run_id >= COALESCE((SELECT max(run_id) FROM runs WHERE starts), 0)"
                  "   AND key_id IS DISTINCT FROM ?")
                  .arg(runboundary::startsTableSql()));
    q.addBindValue(summary.table);
    q.addBindValue(AddressPrivacy::keyId(options.privacyKey));
    if (!q.exec())
        return Error(ErrorKind::Database,
                     EtlJob::tr("Could not read the earlier runs of \"%1\".").arg(summary.table),
                     q.lastError().text());
    if (!q.next())
        return {};
    return Error(
        ErrorKind::Options,
        EtlJob::tr("The table \"%1\" holds pseudonyms made with another key (id %2); "
                   "this run's key is %3, so one address would have two pseudonyms in "
                   "it. Use the replace mode or another table. Nothing was loaded.")
            .arg(summary.table, q.value(0).toString(), AddressPrivacy::keyId(options.privacyKey)));
}

// The load, from the run's record to the commit.
EtlSummary EtlJob::Private::load(QSqlDatabase &db)
{
    if (Result<int> marked = RunRecorder::markInterrupted(db); marked && marked.value() > 0)
        fb->warning(EtlJob::tr("%n earlier run(s) had been interrupted and are now marked so.",
                               nullptr, marked.value()));
    LoadSession session(db, schema, summary.table, options.mode, keyColumn);
    if (Status st = session.check(); !st)
        return finished(st.error());
    if (Status st = checkPseudonymKey(db); !st)
        return finished(st.error());
    const QString keyName = keyColumn >= 0 ? schema.sourceColumns().at(keyColumn).name : QString();
    RunRecorder recorder(db);
    const Result<qint64> runId
        = recorder.begin(RunRecordBuilder::start(options, *inputs, catalog, source, summary.table,
                                                 keyName, secondLocator ? &secondSource : nullptr));
    if (!runId)
        return finished(runId.error().orKind(ErrorKind::Database));
    summary.runId = runId.value();
    const QStringList paths = inputs->paths();
    fb->info(
        EtlJob::tr("Run %1: loading %n file(s) into the table \"%2\".", nullptr, int(paths.size()))
            .arg(summary.runId)
            .arg(summary.table));
    if (!privacy.keepsAddresses())
        fb->info(
            EtlJob::tr("Privacy: %1 %2 Places and map cells of fewer than %n row(s) are "
                       "withheld from what the results show and export.",
                       nullptr, options.effectiveMinCount())
                .arg(privacyModeName(options.privacy), privacyModeDescription(options.privacy)));
    QFuture<QJsonArray> hashes = QtConcurrent::run(&RunRecordBuilder::hashFiles, paths);

    auto finder = std::make_unique<const NearestRegionFinder>(catalog.regions());
    RowPipeline::Setup setup;
    setup.schema = &schema;
    setup.keyColumn = keyColumn;
    setup.locator = locator.get();
    setup.secondLocator = secondLocator.get();
    setup.secondSample = sampleProbability;
    setup.secondLimit = options.crossCheckDatabase.isEmpty() && options.crossCheckIpinfoSample > 0
                            ? qint64(options.crossCheckIpinfoSample)
                            : -1;
    setup.finder = finder.get();
    setup.chunkRecords = options.chunkRecords;
    QList<QString> codes;
    QList<QString> names;
    QList<QString> providers;
    for (const Region &r : catalog.regions()) {
        codes << r.code;
        names << r.name;
        providers << r.provider;
        setup.encoder.regionCodes << r.code.toUtf8();
        setup.encoder.regionNames << r.name.toUtf8();
        setup.encoder.regionProviders << r.provider.toUtf8();
    }
    setup.encoder.latency = options.latency;
    setup.encoder.measured = measured;
    setup.encoder.geoSource = source.id.toUtf8();
    setup.encoder.runId = summary.runId;
    setup.encoder.rowOrigin = session.wantsRowOrigin();
    setup.encoder.privacy = privacy;
    setup.encoder.binary = RowEncoder::writesBinary(setup.encoder);
    session.setBinary(setup.encoder.binary);
    // After everything the pipeline refers to, so that its release finishes first.
    BackgroundRelease released;
    auto pipeline = std::make_unique<RowPipeline>(setup, session, *fb);
    LoadSession::Totals totals;

    // The run, as an ordered list of steps: the first that fails rolls everything back.
    const std::vector<std::function<Status()>> steps = {
        [&]() -> Status {
            if (db.transaction())
                return {};
            return Error(ErrorKind::Database, EtlJob::tr("Could not start the load's transaction."),
                         db.lastError().text());
        },
        // Another run into the same table goes first, whole (docs/reliability.md).
        [&] { return TableLock::acquire(db, summary.table, *fb); },
        [&] { return session.prepare(summary.runId, fb, privacy); },
        [&] { return session.createsTable() ? recorder.recordCreatedTable() : Status(); },
        [&] { return session.beginCopy(); },
        [&]() -> Status {
            qint64 bytesBefore = 0;
            for (const PreparedInput &in : inputs->files()) {
                if (Status st = pipeline->loadFile(in, bytesBefore); !st)
                    return st;
                bytesBefore += in.sniff.fileSize;
            }
            if (fb->isCanceled())
                return Error(ErrorKind::Cancelled, EtlJob::tr("The run was cancelled."));
            return {};
        },
        [&]() -> Status {
            Result<LoadSession::Totals> t = session.finish(pipeline->counts(), codes);
            if (!t)
                return t.error();
            totals = t.value();
            summary.rowsRead = pipeline->rowsRead();
            summary.blankLines = pipeline->blankLines();
            summary.rowsLoaded = totals.loaded;
            summary.rowsRejected = totals.rejected;
            summary.statusCounts = pipeline->counts().statusCounts();
            summary.regions = pipeline->counts().regionCounts(codes, names, providers);
            summary.applyMinimumCount();
            summary.rtt = pipeline->counts().rttStats();
            if (summary.conserved() && pipeline->counts().rows() == totals.loaded)
                return {};
            return Error(ErrorKind::Internal,
                         EtlJob::tr("The row counts do not add up: %1 rows read, but %2 loaded "
                                    "and %3 rejected. Nothing was kept.")
                             .arg(summary.rowsRead)
                             .arg(summary.rowsLoaded)
                             .arg(summary.rowsRejected));
        },
        [&]() -> Status {
            const Result<qint64> points = session.storePoints(
                pipeline->points(), setup.encoder.regionCodes, setup.encoder.geoSource);
            if (!points)
                return points.error();
            qCInfo(lcEtl) << "Run" << summary.runId << "stored" << points.value() << "points"
                          << (pipeline->points().overflowed() ? "made from its rows" : "counted");
            // The rows are all in: the places, points and caches go while the rest is written.
            released.release(std::move(pipeline), std::move(finder));
            return {};
        },
        [&] { return recorder.recordCatalog(catalog); },
        [&] {
            hashes.waitForFinished();
            return recorder.updateSourceFiles(hashes.result());
        },
        [&] {
            summary.status = RunStatus::Succeeded;
            takeRequestCounts();
            return recorder.finish(summary);
        },
        [&]() -> Status {
            if (db.commit())
                return {};
            return Error(ErrorKind::Database, EtlJob::tr("The database did not commit the load."),
                         db.lastError().text());
        },
    };
    for (const auto &step : steps) {
        if (Status st = step(); !st) {
            if (pipeline) { // else the summary has them
                summary.rowsRead = pipeline->rowsRead();
                summary.blankLines = pipeline->blankLines();
            }
            return abandon(db, session, recorder, hashes, st.error().orKind(ErrorKind::Database));
        }
    }
    recorder.release();
    // The points of the runs this one replaced, now that nothing reads them (best effort: what
    // cannot be dropped now is dropped after a later run).
    if (const Result<PGconn *> conn = pgConnection(db)) {
        if (const Result<int> dropped = PointTable::dropStale(*conn); dropped && *dropped > 0)
            qCInfo(lcEtl) << "Dropped the points of" << *dropped << "earlier run(s)";
    }
    fb->addStageRows(int(Stage::Load), 0);
    return finished();
}

EtlSummary EtlJob::run(Feedback &feedback)
{
    d->fb = &feedback;
    d->clock.start();
    d->connectionName = QStringLiteral("regionmap-etl");
    EtlSummary result;
    try {
        if (Status st = d->prepare(); !st)
            return d->finished(st.error().orKind(ErrorKind::Input));
        d->fb->start(d->inputs->totalBytes(), RowPipeline::progressStages());
        ScopedConnection db(d->options.connection, d->connectionName);
        if (!db)
            return d->finished(db.error().orKind(ErrorKind::Database));
        // Through a pooler in transaction mode the run's session would not last: refuse at once.
        // (The managed database is reached on its own socket, with no pooler in between.)
        if (!d->options.managedDatabase) {
            const Result<bool> shared
                = PoolerCheck::sessionsAreShared(db.database(), d->options.connection);
            if (!shared)
                return d->finished(shared.error().orKind(ErrorKind::Database));
            if (shared.value())
                return d->finished(PoolerCheck::refusal());
        }
        if (Result<int> applied = Migrations::apply(db.database()); !applied)
            return d->finished(applied.error().orKind(ErrorKind::Database));
        result = d->load(db.database());
    } catch (const std::exception &e) {
        result = d->finished(Error(ErrorKind::Internal, tr("The run stopped on an internal error."),
                                   QString::fromLocal8Bit(e.what())));
    }
    return result;
}

} // namespace regionmap
