#include "etljob.h"

#include "common/feedback.h"
#include "common/filehash.h"
#include "common/logging.h"
#include "common/paths.h"
#include "csv/csvchunk.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "db/copystream.h"
#include "db/migrations.h"
#include "db/tableloader.h"
#include "db/targetschema.h"
#include "etl/enrichedcolumns.h"
#include "etl/ipinfoprovider.h"
#include "etl/pointencoder.h"
#include "etl/rejectbuffer.h"
#include "etl/runrecorder.h"
#include "geo/geostatus.h"
#include "geo/ipaddress.h"
#include "geo/location.h"
#include "geo/locator.h"
#include "geo/mmdblocator.h"
#include "geo/nearestregionfinder.h"
#include "geo/regioncatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace regionmap {

namespace {

constexpr qsizetype kSendBytes = 1 << 20; // send COPY data in 1 MB pieces
constexpr int kTypeSampleRecords = 5000; // records read up front to infer column types

struct Prepared
{
    InputFile input;
    SniffResult sniff;
};

// sha256 and size of each input, computed on the side while the rows load.
QJsonArray hashFiles(const QStringList &paths)
{
    QJsonArray files;
    for (const QString &path : paths) {
        const Result<QByteArray> sha = FileHash::sha256Hex(path);
        files.append(QJsonObject {
            {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("size"), double(QFileInfo(path).size())},
            {QStringLiteral("sha256"), sha ? QString::fromLatin1(sha.value()) : QString()}});
    }
    return files;
}

} // namespace

QString geoProviderName(GeoProviderKind kind)
{
    return kind == GeoProviderKind::Ipinfo ? QStringLiteral("ipinfo") : QStringLiteral("offline");
}

QString defaultTableName(const QString &path)
{
    return sanitizeIdentifier(QFileInfo(path).completeBaseName(), 0);
}

class EtlJob::Private
{
public:
    explicit Private(EtlOptions o)
        : options(std::move(o))
    { }

    EtlOptions options;
    std::unique_ptr<Locator> locator;
    EtlSummary summary;
    Failure failure = Failure::None;
    Feedback *fb = nullptr;

    QList<Prepared> inputs;
    RegionCatalog catalog;
    std::unique_ptr<NearestRegionFinder> finder;
    std::unique_ptr<PointEncoder> points;
    QList<QByteArray> regionCodes;
    QList<QByteArray> regionNames;
    QList<qint64> regionRows;
    TargetSchema schema;
    int keyColumn = -1;
    QString connectionName;
    QByteArray geoSource;

    Status fail(Failure kind, Error error)
    {
        failure = kind;
        return error;
    }

    Status prepareInputs();
    Status prepareCatalog();
    Status prepareLocator();
    Status inferSchema();
    Status loadRows(QSqlDatabase &db, TableLoader &loader, RejectBuffer &rejects);
    Status loadFile(const Prepared &in, TableLoader &loader, RejectBuffer &rejects,
                    qint64 bytesBefore, qint64 *sequence);
    Status recordCatalog(QSqlDatabase &db, qint64 runId);
    void takeRequestCounts();
    EtlSummary runInner();
};

EtlJob::EtlJob(EtlOptions options)
    : d(std::make_unique<Private>(std::move(options)))
{ }

EtlJob::~EtlJob() = default;

void EtlJob::setLocator(std::unique_ptr<Locator> locator)
{
    d->locator = std::move(locator);
}

Status EtlJob::Private::prepareInputs()
{
    if (options.inputs.isEmpty())
        return fail(Failure::Input,
                    Error(EtlJob::tr("No data file was given. Add at least one CSV file.")));
    for (const InputFile &input : qAsConst(options.inputs)) {
        const QFileInfo fi(input.path);
        if (!fi.exists())
            return fail(Failure::Input,
                        Error(EtlJob::tr("The file %1 does not exist.").arg(input.path)));
        if (fi.isDir())
            return fail(
                Failure::Input,
                Error(EtlJob::tr("%1 is a folder, not a CSV file. Choose the files inside it.")
                          .arg(input.path)));
        if (fi.size() == 0)
            return fail(Failure::Input,
                        Error(EtlJob::tr("The file %1 is empty: it has no header and no rows.")
                                  .arg(input.path)));
        Result<SniffResult> sniff = CsvSniffer::sniff(input.path, input.overrides);
        if (!sniff)
            return fail(Failure::Input, sniff.error());
        // Mostly Latin-1: refuse unless the analyst chose the encoding. Mostly UTF-8 with a few
        // bad bytes: go on; those rows become rejects.
        if (sniff->dialect.encoding == TextEncoding::Latin1
            && !input.overrides.encoding.has_value()) {
            return fail(Failure::Input,
                        Error(EtlJob::tr("%1 is not valid UTF-8 text. If it comes from an older "
                                         "Windows or Excel export, read it as Latin-1 "
                                         "(--encoding latin1).")
                                  .arg(input.path)));
        }
        if (sniff->ipColumn < 0) {
            return fail(
                Failure::Input,
                Error(EtlJob::tr("No column of %1 holds IP addresses (columns: %2). Name the "
                                 "IP column with --ip-column.")
                          .arg(input.path, sniff->columnNames.join(QStringLiteral(", ")))));
        }
        for (const QString &problem : sniff->problems)
            fb->warning(QStringLiteral("%1: %2").arg(QFileInfo(input.path).fileName(), problem));
        inputs.append({input, sniff.value()});
    }
    // All files go into one table: their columns must agree.
    const Prepared &first = inputs.first();
    for (const Prepared &p : qAsConst(inputs)) {
        if (p.sniff.columnNames.size() != first.sniff.columnNames.size()
            || p.sniff.ipColumn != first.sniff.ipColumn) {
            return fail(Failure::Input,
                        Error(EtlJob::tr("%1 has other columns than %2 (%3 against %4). Load files "
                                         "with different columns in separate runs or tables.")
                                  .arg(p.input.path, first.input.path,
                                       p.sniff.columnNames.join(QStringLiteral(", ")),
                                       first.sniff.columnNames.join(QStringLiteral(", ")))));
        }
    }
    return {};
}

Status EtlJob::Private::prepareCatalog()
{
    Result<RegionCatalog> cat = options.catalogFile.isEmpty()
                                    ? RegionCatalog::builtin(options.builtinCatalog)
                                    : RegionCatalog::load(options.catalogFile);
    if (!cat)
        return fail(Failure::Input, cat.error());
    catalog = cat.value();
    for (const CatalogIssue &w : catalog.warnings())
        fb->warning(EtlJob::tr("Region catalog, line %1: %2").arg(w.line).arg(w.message));
    finder = std::make_unique<NearestRegionFinder>(catalog.regions());
    for (const Region &r : catalog.regions()) {
        regionCodes << r.code.toUtf8();
        regionNames << r.name.toUtf8();
    }
    regionRows = QList<qint64>(catalog.regions().size(), 0);
    points = std::make_unique<PointEncoder>(*finder, regionCodes, regionNames);
    return {};
}

Status EtlJob::Private::prepareLocator()
{
    if (!locator && options.provider == GeoProviderKind::Ipinfo) {
        // Made here, in the job's thread: its network access manager must live in it.
        Result<std::unique_ptr<Locator>> made = createIpinfoLocator(options);
        if (!made)
            return fail(Failure::Geolocation, made.error());
        locator = std::move(made.value());
    }
    if (!locator) {
        if (options.provider != GeoProviderKind::Offline) {
            return fail(Failure::Geolocation,
                        Error(EtlJob::tr("No locator was set up for the provider %1.")
                                  .arg(geoProviderName(options.provider))));
        }
        QString v4 = options.geoDatabase;
        QString v6 = options.geoDatabaseV6;
        if (v4.isEmpty())
            v4 = paths::defaultGeoDatabase(false);
        if (v6.isEmpty() && options.geoDatabase.isEmpty())
            v6 = paths::defaultGeoDatabase(true);
        if (v4.isEmpty()) {
            return fail(
                Failure::Geolocation,
                Error(EtlJob::tr("No offline geolocation database was found (looked in %1). "
                                 "Run scripts/setup to fetch DB-IP Lite City, or choose a "
                                 ".mmdb file with --geodb.")
                          .arg(paths::geoDatabaseDirs().join(QStringLiteral(", ")))));
        }
        Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(v4, v6);
        if (!opened)
            return fail(Failure::Geolocation, opened.error());
        locator = std::move(opened.value());
    }
    locator->setFeedback(fb);
    summary.provider = locator->providerName();
    summary.geoDatabase = locator->databaseDescription();
    // geo_source names the data behind each located row.
    if (const auto *mmdb = dynamic_cast<const MmdbLocator *>(locator.get()))
        geoSource = mmdb->layout() == MmdbLocator::Layout::DbIpLite
                        ? QByteArrayLiteral("dbip-city-lite")
                        : QByteArrayLiteral("geolite2-city");
    else
        geoSource = locator->providerName().toUtf8();
    return {};
}

// An online provider's HTTP requests, for the run record (0 offline).
void EtlJob::Private::takeRequestCounts()
{
    if (locator) {
        summary.requestsSent = locator->requestsSent();
        summary.requestRetries = locator->requestRetries();
    }
}

Status EtlJob::Private::inferSchema()
{
    const Prepared &first = inputs.first();
    CsvReader reader(first.sniff.dialect);
    if (Status st = reader.open(first.input.path); !st)
        return fail(Failure::Input, st.error());
    CsvChunk chunk;
    QList<QStringList> sample;
    reader.readChunk(chunk, kTypeSampleRecords);
    sample.reserve(chunk.rowCount());
    for (int r = 0; r < chunk.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < chunk.fieldCount(r); ++c)
            row << QString::fromUtf8(chunk.field(r, c));
        sample << row;
    }
    schema = TargetSchema::infer(first.sniff.columnNames, first.sniff.ipColumn, sample);
    if (options.mode == LoadMode::Upsert) {
        if (options.keyColumn.isEmpty())
            return fail(
                Failure::Input,
                Error(EtlJob::tr("The upsert mode needs a key column: name it with --key.")));
        keyColumn = schema.findSourceColumn(options.keyColumn);
        if (keyColumn < 0) {
            return fail(Failure::Input,
                        Error(EtlJob::tr("The key column \"%1\" is not in %2 (columns: %3).")
                                  .arg(options.keyColumn, first.input.path,
                                       first.sniff.columnNames.join(QStringLiteral(", ")))));
        }
    }
    return {};
}

Status EtlJob::Private::loadFile(const Prepared &in, TableLoader &loader, RejectBuffer &rejects,
                                 qint64 bytesBefore, qint64 *sequence)
{
    CsvReader reader(in.sniff.dialect);
    if (Status st = reader.open(in.input.path); !st)
        return fail(Failure::Input, st.error());
    reader.setExpectedFieldCount(int(schema.sourceColumns().size()));
    fb->setCurrentFile(in.input.path);

    const QString fileName = in.input.path;
    const QByteArray fileUtf8 = fileName.toUtf8();
    const int ipCol = schema.ipColumn();
    const QList<SourceColumn> &cols = schema.sourceColumns();
    const int nCols = int(cols.size());
    const bool origin = loader.wantsRowOrigin();
    const QByteArray runIdText = QByteArray::number(summary.runId);
    const TextEncoding encoding = in.sniff.dialect.encoding;
    // A row's raw text as UTF-8 for etl_rejects (Latin-1 files keep their raw bytes in raw()).
    const auto rawUtf8 = [&](const CsvChunk &c, int row) {
        const QByteArrayView raw = c.raw(row);
        return encoding == TextEncoding::Latin1 ? QString::fromLatin1(raw).toUtf8()
                                                : raw.toByteArray();
    };

    CsvChunk chunk;
    CopyBuffer buf;
    buf.reserve(size_t(kSendBytes) + (1 << 16));
    std::vector<IpAddress> batch;
    std::vector<Location> located;
    std::vector<int> rowSlot; // per row: index into batch, or -1
    std::vector<GeoStatus> rowStatus;
    std::vector<IpAddress> parsed;

    const auto cancelled = [this] {
        return fail(Failure::Cancelled, Error(EtlJob::tr("The run was cancelled.")));
    };
    while (reader.readChunk(chunk, options.chunkRecords)) {
        if (fb->isCanceled())
            return cancelled();
        const int rows = chunk.rowCount();
        summary.rowsRead += chunk.recordCount();
        for (const CsvChunk::Reject &r : chunk.rejects()) {
            rejects.add(fileName, r.line,
                        r.column >= 0 && r.column < nCols ? cols.at(r.column).name : QString(),
                        QByteArray(), r.rawText(encoding).toUtf8(), r.reason);
        }
        fb->addStageRows(Stage::Read, chunk.recordCount());
        fb->setBytesRead(bytesBefore + reader.bytesRead());
        if (fb->isCanceled())
            return cancelled();

        // Locate: classify locally, then ask the provider for the global addresses only.
        batch.clear();
        rowSlot.assign(size_t(rows), -1);
        rowStatus.assign(size_t(rows), GeoStatus::InvalidIp);
        parsed.assign(size_t(rows), IpAddress());
        for (int r = 0; r < rows; ++r) {
            IpAddress &ip = parsed[size_t(r)];
            if (!IpAddress::parse(chunk.field(r, ipCol), &ip))
                continue;
            switch (ip.classify()) {
            case IpClass::Invalid:
                break;
            case IpClass::PrivateOrReserved:
                rowStatus[size_t(r)] = GeoStatus::PrivateOrReserved;
                break;
            case IpClass::Global:
                rowSlot[size_t(r)] = int(batch.size());
                batch.push_back(ip);
                break;
            }
        }
        located.clear();
        if (!batch.empty()) {
            if (Status st = locator->locate(batch, located); !st)
                return fail(Failure::Geolocation, st.error());
            if (located.size() != batch.size())
                return fail(
                    Failure::Geolocation,
                    Error(EtlJob::tr("The geolocation provider answered %1 of %2 addresses.")
                              .arg(located.size())
                              .arg(batch.size())));
        }
        fb->addStageRows(Stage::Locate, rows);
        if (fb->isCanceled())
            return cancelled();

        // Assign and encode each row.
        for (int r = 0; r < rows; ++r) {
            // Typed columns first: a value that does not fit sends the row to the rejects.
            bool rejected = false;
            for (int c = 0; c < nCols && !rejected; ++c) {
                const ColumnType type = cols.at(c).type;
                if (type == ColumnType::Text)
                    continue;
                const QByteArrayView v = chunk.field(r, c);
                if (v.isEmpty())
                    continue;
                const bool ok = type == ColumnType::BigInt ? fitsBigInt(v.data(), v.size())
                                                           : fitsDouble(v.data(), v.size());
                if (!ok) {
                    rejects.add(
                        fileName, chunk.line(r), cols.at(c).name, v.toByteArray(),
                        rawUtf8(chunk, r),
                        EtlJob::tr("the value in column \"%1\" is not %2, the type the first "
                                   "rows of the file gave this column")
                            .arg(cols.at(c).name, type == ColumnType::BigInt
                                                      ? EtlJob::tr("a whole number")
                                                      : EtlJob::tr("a number")));
                    rejected = true;
                }
            }
            if (!rejected && keyColumn >= 0 && chunk.field(r, keyColumn).isEmpty()) {
                rejects.add(
                    fileName, chunk.line(r), cols.at(keyColumn).name, QByteArray(),
                    rawUtf8(chunk, r),
                    EtlJob::tr("the key column \"%1\" is empty; the upsert mode needs a key "
                               "in every row")
                        .arg(cols.at(keyColumn).name));
                rejected = true;
            }
            if (rejected)
                continue;

            appendSourceColumns(buf, chunk, r, nCols);

            GeoStatus status = rowStatus[size_t(r)];
            const Location *loc = nullptr;
            if (rowSlot[size_t(r)] >= 0) {
                loc = &located[size_t(rowSlot[size_t(r)])];
                status = loc->status;
            }
            const int region = appendEnrichedColumns(buf, *points, parsed[size_t(r)], status, loc,
                                                     geoSource, runIdText);
            if (region >= 0)
                ++regionRows[region];
            const QLatin1String statusName = geoStatusName(status);
            if (origin) {
                buf.separator();
                buf.appendInt(++*sequence);
                buf.separator();
                buf.appendText(fileUtf8);
                buf.separator();
                buf.appendInt(chunk.line(r));
            }
            buf.endRow();
            ++summary.statusCounts[statusName];

            if (qsizetype(buf.size()) >= kSendBytes) {
                if (Status st = loader.send(buf); !st)
                    return fail(Failure::Database, st.error());
            }
        }
        fb->addStageRows(Stage::Assign, rows);
        if (fb->isCanceled())
            return cancelled();
        if (Status st = loader.send(buf); !st)
            return fail(Failure::Database, st.error());
        fb->addStageRows(Stage::Load, rows);
        if (fb->isCanceled())
            return cancelled();

        if (rejects.needsFlush()) {
            if (Status st = loader.endCopy(); !st)
                return fail(Failure::Database, st.error());
            if (Status st = rejects.flush(); !st)
                return fail(Failure::Database, st.error());
            if (Status st = loader.beginCopy(); !st)
                return fail(Failure::Database, st.error());
        }
    }
    if (reader.hasError())
        return fail(Failure::Input, reader.error());
    if (reader.recordsRead() == 0)
        fb->warning(EtlJob::tr("%1 holds no data rows.").arg(QFileInfo(fileName).fileName()));
    if (reader.blankLinesSkipped() > 0)
        fb->info(EtlJob::tr("%1: %n blank line(s) skipped (they hold no record).", nullptr,
                            int(reader.blankLinesSkipped()))
                     .arg(QFileInfo(fileName).fileName()));
    return {};
}

Status EtlJob::Private::loadRows(QSqlDatabase &db, TableLoader &loader, RejectBuffer &rejects)
{
    Q_UNUSED(db)
    if (Status st = loader.beginCopy(); !st)
        return fail(Failure::Database, st.error());
    qint64 bytesBefore = 0;
    qint64 sequence = 0;
    for (const Prepared &in : qAsConst(inputs)) {
        if (Status st = loadFile(in, loader, rejects, bytesBefore, &sequence); !st)
            return st;
        bytesBefore += in.sniff.fileSize;
    }
    if (Status st = loader.endCopy(); !st)
        return fail(Failure::Database, st.error());
    if (Status st = rejects.flush(); !st)
        return fail(Failure::Database, st.error());
    return {};
}

Status EtlJob::Private::recordCatalog(QSqlDatabase &db, qint64 runId)
{
    Result<PGconn *> conn = pgConnection(db);
    if (!conn)
        return conn.error();
    CopyStream copy(conn.value());
    if (Status st
        = copy.begin(QStringLiteral("COPY region_catalogs (run_id, catalog_name, code, name,"
                                    " city, latitude, longitude) FROM STDIN"));
        !st)
        return st;
    CopyBuffer buf;
    const QByteArray catName = catalog.name().toUtf8();
    for (const Region &r : catalog.regions()) {
        buf.appendInt(runId);
        buf.separator();
        buf.appendText(catName);
        buf.separator();
        buf.appendText(r.code.toUtf8());
        buf.separator();
        buf.appendText(r.name.toUtf8());
        buf.separator();
        if (r.city.isEmpty())
            buf.appendNull();
        else
            buf.appendText(r.city.toUtf8());
        buf.separator();
        buf.appendDouble(r.latitude);
        buf.separator();
        buf.appendDouble(r.longitude);
        buf.endRow();
    }
    if (Status st = copy.send(buf); !st)
        return st;
    const Result<qint64> rows = copy.finish();
    if (!rows)
        return rows.error();
    return {};
}

EtlSummary EtlJob::Private::runInner()
{
    QElapsedTimer clock;
    clock.start();
    const auto finishWith = [&](RunStatus status, const Error &error = {}) {
        takeRequestCounts();
        summary.status = status;
        summary.error = error;
        summary.durationSeconds = clock.elapsed() / 1000.0;
        fb->flush();
        return summary;
    };

    if (Status st = prepareInputs(); !st)
        return finishWith(RunStatus::Failed, st.error());
    if (Status st = prepareCatalog(); !st)
        return finishWith(RunStatus::Failed, st.error());
    if (Status st = prepareLocator(); !st)
        return finishWith(RunStatus::Failed, st.error());
    if (Status st = inferSchema(); !st)
        return finishWith(RunStatus::Failed, st.error());
    summary.table
        = options.table.isEmpty() ? defaultTableName(inputs.first().input.path) : options.table;

    qint64 bytesTotal = 0;
    QStringList paths;
    for (const Prepared &p : qAsConst(inputs)) {
        bytesTotal += p.sniff.fileSize;
        paths << p.input.path;
    }
    fb->start(bytesTotal);

    Result<QSqlDatabase> opened = options.connection.open(connectionName);
    if (!opened) {
        failure = Failure::Database;
        return finishWith(RunStatus::Failed, opened.error());
    }
    QSqlDatabase db = opened.value();
    if (Result<int> applied = Migrations::apply(db); !applied) {
        failure = Failure::Database;
        return finishWith(RunStatus::Failed, applied.error());
    }
    if (Result<int> marked = RunRecorder::markInterrupted(db); marked && marked.value() > 0)
        fb->warning(EtlJob::tr("%n earlier run(s) had been interrupted and are now marked so.",
                               nullptr, marked.value()));

    TableLoader loader(db, schema, summary.table, options.mode, keyColumn);
    if (Status st = loader.check(); !st) {
        failure = Failure::Database;
        return finishWith(RunStatus::Failed, st.error());
    }

    RunRecorder recorder(db);
    RunStart start;
    start.table = summary.table;
    start.mode = options.mode;
    start.keyColumn = keyColumn >= 0 ? schema.sourceColumns().at(keyColumn).name : QString();
    for (const QString &p : qAsConst(paths))
        start.sourceFiles.append(
            QJsonObject {{QStringLiteral("path"), QFileInfo(p).absoluteFilePath()}});
    start.catalogName = catalog.name();
    start.catalogSha256 = QString::fromLatin1(catalog.sha256());
    start.provider = summary.provider;
    start.geoDatabase = summary.geoDatabase;
    QJsonArray dialects;
    for (const Prepared &p : qAsConst(inputs)) {
        dialects.append(QJsonObject {
            {QStringLiteral("delimiter"), QString(QLatin1Char(p.sniff.dialect.delimiter))},
            {QStringLiteral("header"), p.sniff.dialect.hasHeader},
            {QStringLiteral("encoding"), p.sniff.dialect.encoding == TextEncoding::Latin1
                                             ? QStringLiteral("latin1")
                                             : QStringLiteral("utf8")},
            {QStringLiteral("ip_column"), p.sniff.columnNames.value(p.sniff.ipColumn)}});
    }
    start.settings = QJsonObject {{QStringLiteral("mode"), loadModeName(options.mode)},
                                  {QStringLiteral("inputs"), dialects},
                                  {QStringLiteral("chunk_records"), options.chunkRecords}};
    if (options.provider == GeoProviderKind::Ipinfo)
        start.settings.insert(QStringLiteral("ipinfo"), ipinfoRunSettings(options));
    const Result<qint64> runId = recorder.begin(start);
    if (!runId) {
        failure = Failure::Database;
        return finishWith(RunStatus::Failed, runId.error());
    }
    summary.runId = runId.value();
    fb->info(
        EtlJob::tr("Run %1: loading %n file(s) into the table \"%2\".", nullptr, int(paths.size()))
            .arg(summary.runId)
            .arg(summary.table));

    QFuture<QJsonArray> hashes = QtConcurrent::run(hashFiles, paths);

    RejectBuffer rejects(db, summary.runId, fb);
    const auto abandon = [&](RunStatus status, const Error &error) {
        takeRequestCounts();
        loader.abortCopy(error.message);
        db.rollback();
        hashes.waitForFinished();
        // Nothing of the load was kept: the counts say what was read, and that none of it landed.
        summary.rowsLoaded = 0;
        summary.rowsRejected = 0;
        summary.statusCounts.clear();
        summary.regions.clear();
        recorder.updateSourceFiles(hashes.result());
        if (Status st = recorder.abandon(status, error.toString(), summary); !st) {
            // The connection may have gone with the failure: try once more on a fresh one. If
            // the server is down, the next run marks this one as interrupted.
            bool recorded = false;
            {
                ScopedConnection again(options.connection,
                                       connectionName + QStringLiteral("-record"));
                if (again) {
                    RunRecorder late(again.database());
                    late.adopt(summary.runId);
                    recorded = late.abandon(status, error.toString(), summary).isOk();
                }
            }
            if (!recorded)
                qCInfo(lcEtl) << "Could not record the end of run" << summary.runId
                              << st.error().toString();
        }
        recorder.release();
        return finishWith(status, error);
    };

    if (!db.transaction()) {
        failure = Failure::Database;
        return abandon(
            RunStatus::Failed,
            Error(EtlJob::tr("Could not start the load's transaction."), db.lastError().text()));
    }
    if (Status st = loader.prepare(summary.runId); !st) {
        failure = Failure::Database;
        return abandon(RunStatus::Failed, st.error());
    }
    if (Status st = loadRows(db, loader, rejects); !st) {
        return abandon(failure == Failure::Cancelled ? RunStatus::Cancelled : RunStatus::Failed,
                       st.error());
    }
    if (fb->isCanceled()) {
        failure = Failure::Cancelled;
        return abandon(RunStatus::Cancelled, Error(EtlJob::tr("The run was cancelled.")));
    }

    qint64 duplicates = 0;
    const Result<qint64> loaded = loader.finish(summary.runId, &duplicates);
    if (!loaded) {
        failure = Failure::Database;
        return abandon(RunStatus::Failed, loaded.error());
    }
    summary.rowsLoaded = loaded.value();
    summary.rowsRejected = rejects.total() + duplicates;
    if (options.mode == LoadMode::Upsert && duplicates > 0) {
        // The merged rows are what counts: recount their statuses and regions in the database.
        QSqlQuery q(db);
        summary.statusCounts.clear();
        if (q.exec(
                QStringLiteral("SELECT geo_status, count(*) FROM %1 WHERE run_id = %2 GROUP BY 1")
                    .arg(loader.quotedTable())
                    .arg(summary.runId))) {
            while (q.next())
                summary.statusCounts.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        regionRows.fill(0);
        if (q.exec(QStringLiteral("SELECT region_code, count(*) FROM %1 WHERE run_id = %2 AND "
                                  "region_code IS NOT NULL GROUP BY 1")
                       .arg(loader.quotedTable())
                       .arg(summary.runId))) {
            while (q.next()) {
                const int idx = int(regionCodes.indexOf(q.value(0).toString().toUtf8()));
                if (idx >= 0)
                    regionRows[idx] = q.value(1).toLongLong();
            }
        }
    }
    for (int i = 0; i < regionRows.size(); ++i) {
        if (regionRows.at(i) > 0)
            summary.regions.append({QString::fromUtf8(regionCodes.at(i)),
                                    QString::fromUtf8(regionNames.at(i)), regionRows.at(i)});
    }
    std::stable_sort(summary.regions.begin(), summary.regions.end(),
                     [](const RegionCount &a, const RegionCount &b) { return a.rows > b.rows; });

    if (!summary.conserved()) {
        failure = Failure::Database;
        return abandon(
            RunStatus::Failed,
            Error(EtlJob::tr("The row counts do not add up: %1 rows read, but %2 loaded and "
                             "%3 rejected. Nothing was kept.")
                      .arg(summary.rowsRead)
                      .arg(summary.rowsLoaded)
                      .arg(summary.rowsRejected)));
    }
    if (Status st = recordCatalog(db, summary.runId); !st) {
        failure = Failure::Database;
        return abandon(RunStatus::Failed, st.error());
    }
    hashes.waitForFinished();
    if (Status st = recorder.updateSourceFiles(hashes.result()); !st) {
        failure = Failure::Database;
        return abandon(RunStatus::Failed, st.error());
    }
    summary.status = RunStatus::Succeeded;
    takeRequestCounts();
    if (Status st = recorder.finish(summary); !st) {
        failure = Failure::Database;
        return abandon(RunStatus::Failed, st.error());
    }
    if (!db.commit()) {
        failure = Failure::Database;
        return abandon(RunStatus::Failed, Error(EtlJob::tr("The database did not commit the load."),
                                                db.lastError().text()));
    }
    recorder.release();
    fb->addStageRows(Stage::Load, 0);
    return finishWith(RunStatus::Succeeded);
}

EtlSummary EtlJob::run(Feedback &feedback)
{
    d->fb = &feedback;
    d->connectionName
        = QStringLiteral("regionmap-etl-") + QUuid::createUuid().toString(QUuid::Id128);
    EtlSummary result;
    try {
        result = d->runInner();
    } catch (const std::exception &e) {
        d->failure = Failure::Input;
        result = d->summary;
        result.status = RunStatus::Failed;
        result.error
            = Error(tr("The run stopped on an internal error."), QString::fromLocal8Bit(e.what()));
    }
    m_failure = d->failure;
    QSqlDatabase::removeDatabase(d->connectionName);
    return result;
}

} // namespace regionmap
