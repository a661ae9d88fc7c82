#include "tableloader.h"

#include "db/dblogging.h"
#include "db/loadmode.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap {

namespace {

const QStringList &reservedTables()
{
    static const QStringList names {
        QStringLiteral("etl_runs"), QStringLiteral("etl_rejects"), QStringLiteral("ip_locations"),
        QStringLiteral("region_catalogs"), QStringLiteral("schema_migrations")};
    return names;
}

} // namespace

QString loadModeName(LoadMode mode)
{
    switch (mode) {
    case LoadMode::Replace:
        return QStringLiteral("replace");
    case LoadMode::Append:
        return QStringLiteral("append");
    case LoadMode::Upsert:
        return QStringLiteral("upsert");
    }
    return {};
}

std::optional<LoadMode> parseLoadMode(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("replace"))
        return LoadMode::Replace;
    if (n == QLatin1String("append"))
        return LoadMode::Append;
    if (n == QLatin1String("upsert"))
        return LoadMode::Upsert;
    return std::nullopt;
}

TableLoader::TableLoader(QSqlDatabase db, TargetSchema schema, QString table, LoadMode mode,
                         int keyColumn)
    : m_db(std::move(db))
    , m_schema(std::move(schema))
    , m_table(std::move(table))
    , m_mode(mode)
    , m_keyColumn(keyColumn)
{
    if (Result<PGconn *> conn = pgConnection(m_db))
        m_conn = conn.value();
}

TableLoader::~TableLoader() = default;

QString TableLoader::quotedTable() const
{
    return m_conn ? pgQuoteIdentifier(m_conn, m_table) : quoteIdentifier(m_table);
}

bool TableLoader::wantsRowOrigin() const
{
    return m_mode == LoadMode::Upsert;
}

Result<bool> TableLoader::tableExists()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.relkind FROM pg_class c WHERE c.oid = to_regclass(?)"));
    q.addBindValue(quotedTable());
    if (!q.exec())
        return Error(tr("Could not look up the table \"%1\".").arg(m_table), q.lastError().text());
    if (!q.next())
        return false;
    const QString kind = q.value(0).toString();
    if (kind != QLatin1String("r") && kind != QLatin1String("p")) {
        return Error(tr("\"%1\" exists in the database but is not a table (it is a view or another "
                        "kind of object). Choose another table name.")
                         .arg(m_table));
    }
    return true;
}

Status TableLoader::checkUniqueKey()
{
    QSqlQuery q(m_db);
    // ON CONFLICT needs a unique index on exactly the key column.
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
        " AND a.attnum = i.indkey[0] WHERE i.indrelid = to_regclass(?) AND i.indisunique"
        " AND i.indnkeyatts = 1 AND a.attname = ?"));
    q.addBindValue(quotedTable());
    q.addBindValue(m_schema.sourceColumns().at(m_keyColumn).name);
    if (!q.exec() || !q.next())
        return Error(tr("Could not read the indexes of \"%1\".").arg(m_table),
                     q.lastError().text());
    if (q.value(0).toInt() == 0) {
        const QString key = m_schema.sourceColumns().at(m_keyColumn).name;
        return Error(tr("The upsert mode needs a unique index on \"%1\" in the table \"%2\". "
                        "Create one (CREATE UNIQUE INDEX ON %3 (%4)) or use the replace mode.")
                         .arg(key, m_table, quotedTable(), quoteIdentifier(key)));
    }
    return {};
}

Status TableLoader::checkColumns()
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                       " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"
                       " ORDER BY a.attnum"));
    q.addBindValue(quotedTable());
    if (!q.exec())
        return Error(tr("Could not read the columns of \"%1\".").arg(m_table),
                     q.lastError().text());
    QStringList have;
    while (q.next())
        have << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    QStringList want;
    const QStringList names = m_schema.columnNames();
    const QStringList types = m_schema.columnSqlTypes();
    for (int i = 0; i < names.size(); ++i)
        want << names.at(i) + QLatin1Char(' ') + types.at(i);
    // COPY names its columns, so their order does not matter. A column a later version added to
    // the enrichment columns is added to an older table (NULL for its old rows).
    QStringList haveNames;
    for (const QString &h : std::as_const(have))
        haveNames << h.section(QLatin1Char(' '), 0, 0);
    QList<TargetSchema::EnrichmentColumn> toAdd;
    for (const TargetSchema::EnrichmentColumn &e : TargetSchema::enrichmentColumns()) {
        if (e.addedLater && !haveNames.contains(QLatin1String(e.name))) {
            toAdd << e;
            want.removeOne(QLatin1String(e.name) + QLatin1Char(' ') + QLatin1String(e.sqlType));
        }
    }
    QStringList missing;
    for (const QString &w : std::as_const(want))
        if (!have.contains(w))
            missing << w;
    QStringList extra;
    for (const QString &h : have)
        if (!want.contains(h))
            extra << h;
    // Pseudonyms (hash privacy mode: ip text) and addresses (ip inet) never share a table.
    const QString ipText = QStringLiteral("ip text");
    const QString ipInet = QStringLiteral("ip inet");
    if ((have.contains(ipText) && want.contains(ipInet))
        || (have.contains(ipInet) && want.contains(ipText))) {
        return Error(have.contains(ipText)
                         ? tr("The table \"%1\" holds pseudonyms of addresses (the hash privacy "
                              "mode), and this run would store addresses. Use the hash mode for "
                              "it, the replace mode, or another table. Nothing was loaded.")
                               .arg(m_table)
                         : tr("The table \"%1\" holds addresses, and this run would store "
                              "pseudonyms (the hash privacy mode). Use the replace mode or another "
                              "table. Nothing was loaded.")
                               .arg(m_table));
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
        QString diff;
        if (!missing.isEmpty())
            diff += tr("missing or different: %1").arg(missing.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            diff += (diff.isEmpty() ? QString() : QStringLiteral("; "))
                    + tr("not in the file: %1").arg(extra.join(QStringLiteral(", ")));
        return Error(tr("The table \"%1\" exists with columns that do not match this file (%2). "
                        "Use the replace mode, another table name, or a file with the same "
                        "columns. Nothing was loaded.")
                         .arg(m_table, diff));
    }
    // Added by prepare(), inside the load's transaction: a run that fails leaves the table as
    // it was.
    m_columnsToAdd = toAdd;
    return {};
}

Status TableLoader::addNewerColumns()
{
    for (const TargetSchema::EnrichmentColumn &e : std::as_const(m_columnsToAdd)) {
        QSqlQuery add(m_db);
        if (!add.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                          .arg(quotedTable(), quoteIdentifier(QLatin1String(e.name)),
                               QLatin1String(e.sqlType))))
            return Error(
                tr("Could not add the column %1 to \"%2\".").arg(QLatin1String(e.name), m_table),
                add.lastError().text());
    }
    m_columnsToAdd.clear();
    return {};
}

Status TableLoader::check()
{
    if (!m_conn)
        return Error(tr("The database connection is not open."));
    if (m_table.isEmpty() || m_table.toUtf8().size() > 63 || m_table.contains(QChar(0))) {
        return Error(
            tr("The table name \"%1\" cannot be used: it must have 1 to 63 bytes.").arg(m_table));
    }
    static const QRegularExpression pointPartition(QStringLiteral("^etl_points(_r\\d+)?$"));
    if (reservedTables().contains(m_table.toLower())
        || pointPartition.match(m_table.toLower()).hasMatch())
        return Error(tr("The table name \"%1\" is reserved for RegionMap's own records. Choose "
                        "another name.")
                         .arg(m_table));
    // PostgreSQL tables hold at most 1,600 columns.
    const int columns = int(m_schema.columnNames().size());
    if (columns > 1600) {
        return Error(tr("The file has %1 columns; with RegionMap's %2 columns that is more than "
                        "the 1,600 columns a PostgreSQL table can hold. Remove columns you do not "
                        "need from the file first. Nothing was loaded.")
                         .arg(columns - int(TargetSchema::enrichmentColumns().size()))
                         .arg(TargetSchema::enrichmentColumns().size()));
    }
    if (m_mode == LoadMode::Upsert && m_keyColumn < 0)
        return Error(ErrorKind::Options, tr("The upsert mode needs a key column."));

    const Result<bool> exists = tableExists();
    if (!exists)
        return exists.error();
    m_existed = exists.value();

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT current_user, current_schema(),"
                               " has_schema_privilege(current_schema(), 'CREATE')"))
        || !q.next())
        return Error(tr("Could not check the database privileges."), q.lastError().text());
    const QString user = q.value(0).toString();
    const QString schema = q.value(1).toString();
    const bool canCreate = q.value(2).toBool();
    const bool needsCreate = m_mode == LoadMode::Replace || !m_existed;
    if (needsCreate && !canCreate) {
        return Error(tr("The database user \"%1\" may not create tables in the schema \"%2\". Ask "
                        "the database administrator for the CREATE privilege, or append to an "
                        "existing table. Nothing was loaded.")
                         .arg(user, schema));
    }
    if (m_existed && m_mode != LoadMode::Replace) {
        q.prepare(QStringLiteral("SELECT has_table_privilege(to_regclass(?), 'INSERT')"
                                 " AND has_table_privilege(to_regclass(?), 'UPDATE')"));
        q.addBindValue(quotedTable());
        q.addBindValue(quotedTable());
        if (!q.exec() || !q.next())
            return Error(tr("Could not check the database privileges."), q.lastError().text());
        if (!q.value(0).toBool()) {
            return Error(tr("The database user \"%1\" may not insert into or update the table "
                            "\"%2\". Ask the database administrator for those privileges.")
                             .arg(user, m_table));
        }
        if (Status st = checkColumns(); !st)
            return st;
    }
    if (m_existed && m_mode == LoadMode::Upsert) {
        if (Status st = checkUniqueKey(); !st)
            return st;
    }
    return {};
}

Status TableLoader::prepare(qint64 runId)
{
    // Another run may have made the table since check() looked (it held the table's lock while
    // this run waited, etl/tablelock.h): replace it, append to it or upsert into it, rather than
    // fail on making it again.
    if (!m_existed) {
        const Result<bool> exists = tableExists();
        if (!exists)
            return exists.error();
        if (exists.value()) {
            m_existed = true;
            if (m_mode != LoadMode::Replace) {
                if (Status st = checkColumns(); !st)
                    return st;
            }
            if (m_mode == LoadMode::Upsert) {
                if (Status st = checkUniqueKey(); !st)
                    return st;
            }
        }
    } else if (m_mode != LoadMode::Replace) {
        // It may also have been replaced meanwhile, by a table of other column types or without
        // the key's index: checked again under the lock (a binary COPY would not notice a text
        // value in a bigint column, and ON CONFLICT would fail only after every row).
        if (Status st = checkColumns(); !st)
            return st;
        if (m_mode == LoadMode::Upsert) {
            if (Status st = checkUniqueKey(); !st)
                return st;
        }
    }
    if (Status st = addNewerColumns(); !st)
        return st;
    askEarlyWriteback();
    QSqlQuery q(m_db);
    switch (m_mode) {
    case LoadMode::Replace: {
        const QString base = m_table.left(40);
        m_staging = pgQuoteIdentifier(m_conn, base + QStringLiteral("__rm_new_%1").arg(runId));
        if (!q.exec(m_schema.createTableSql(m_staging)))
            return Error(tr("Could not create the new table for \"%1\".").arg(m_table),
                         q.lastError().text());
        break;
    }
    case LoadMode::Append:
        if (!m_existed && !q.exec(m_schema.createTableSql(quotedTable())))
            return Error(tr("Could not create the table \"%1\".").arg(m_table),
                         q.lastError().text());
        m_staging = quotedTable();
        break;
    case LoadMode::Upsert: {
        if (!m_existed && !q.exec(m_schema.createTableSql(quotedTable(), m_keyColumn)))
            return Error(tr("Could not create the table \"%1\".").arg(m_table),
                         q.lastError().text());
        m_staging = quoteIdentifier(QStringLiteral("regionmap_upsert_%1").arg(runId));
        const QString sql
            = QStringLiteral("CREATE TEMP TABLE %1 (LIKE %2, __rm_seq bigint, __rm_file text,"
                             " __rm_line bigint) ON COMMIT DROP")
                  .arg(m_staging, quotedTable());
        if (!q.exec(sql))
            return Error(tr("Could not prepare the upsert into \"%1\".").arg(m_table),
                         q.lastError().text());
        break;
    }
    }
    return {};
}

// The server writes a load's table to its files as it goes, into the system's cache; a table
// made in the run's transaction is then synced to the disk at COMMIT, all of it at once (a
// quarter of a second for 1M rows here, with both cores idle). backend_flush_after asks the
// system to start writing each 2 MB back as soon as the server has written it, so the disk
// works while the rows still come and the COMMIT has little left to wait for. Best effort:
// where the server does not take the setting, the load goes on without it (the savepoint keeps
// the transaction usable).
void TableLoader::askEarlyWriteback()
{
    const Result<qint64> set
        = execSql(m_conn, QStringLiteral("SAVEPOINT regionmap_writeback;"
                                         " SET LOCAL backend_flush_after = '2MB';"
                                         " RELEASE SAVEPOINT regionmap_writeback"));
    if (set)
        return;
    qCInfo(lcDb) << "The server did not take backend_flush_after:" << set.error().details;
    execSql(m_conn, QStringLiteral("ROLLBACK TO SAVEPOINT regionmap_writeback;"
                                   " RELEASE SAVEPOINT regionmap_writeback"));
}

Status TableLoader::beginCopy()
{
    QString columns = m_schema.quotedColumnList();
    if (wantsRowOrigin())
        columns += QStringLiteral(", __rm_seq, __rm_file, __rm_line");
    m_copy = std::make_unique<CopyStream>(m_conn);
    m_pipeline.setStream(m_copy.get());
    if (!m_binary)
        return m_copy->begin(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_staging, columns));
    if (Status st = m_copy->begin(
            QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary)").arg(m_staging, columns));
        !st)
        return st;
    const QByteArray header = CopyBuffer::binaryHeader();
    return m_copy->sendRaw(header.constData(), size_t(header.size()));
}

Status TableLoader::send(CopyBuffer &buffer)
{
    // The pipeline's thread sends while the caller prepares the next rows.
    return m_pipeline.push(buffer);
}

Status TableLoader::endCopy()
{
    if (!m_copy || !m_copy->isActive())
        return {};
    if (Status st = m_pipeline.drain(); !st) {
        m_copy->abort(st.error().message);
        return st;
    }
    if (m_binary) {
        const QByteArray trailer = CopyBuffer::binaryTrailer();
        if (Status st = m_copy->sendRaw(trailer.constData(), size_t(trailer.size())); !st)
            return st;
    }
    const Result<qint64> rows = m_copy->finish();
    if (!rows)
        return rows.error();
    m_copied += rows.value();
    return {};
}

void TableLoader::abortCopy(const QString &reason)
{
    m_pipeline.discard();
    if (m_copy)
        m_copy->abort(reason);
}

Result<qint64> TableLoader::finish(qint64 runId, qint64 *duplicateRejects)
{
    *duplicateRejects = 0;
    QSqlQuery q(m_db);
    switch (m_mode) {
    case LoadMode::Replace:
        if (m_existed && !q.exec(QStringLiteral("DROP TABLE %1").arg(quotedTable())))
            return Error(tr("Could not replace the table \"%1\": the old table cannot be dropped "
                            "(other objects such as views may depend on it).")
                             .arg(m_table),
                         q.lastError().text());
        if (!q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(m_staging, quotedTable())))
            return Error(tr("Could not give the new table the name \"%1\".").arg(m_table),
                         q.lastError().text());
        return m_copied;
    case LoadMode::Append:
        return m_copied;
    case LoadMode::Upsert: {
        const SourceColumn &key = m_schema.sourceColumns().at(m_keyColumn);
        const QString k = quoteIdentifier(key.name);
        // Every row but the last one of each key becomes a reject that names the winning line.
        const QString rejects
            = QStringLiteral(
                  "INSERT INTO etl_rejects (run_id, source_file, line_number, column_name, value, "
                  "raw_text, reason)"
                  " SELECT %1, s.__rm_file, s.__rm_line, %2, s.%3::text, row_to_json(s)::text,"
                  " format('duplicate key %s in column %s: line %s of %s has the same key and "
                  "replaces this row',"
                  "        s.%3, %2, s.winner_line, s.winner_file)"
                  " FROM (SELECT t.*, last_value(__rm_line) OVER w AS winner_line,"
                  "              last_value(__rm_file) OVER w AS winner_file,"
                  "              row_number() OVER (PARTITION BY %3 ORDER BY __rm_seq DESC) AS rn"
                  "       FROM %4 t WINDOW w AS (PARTITION BY %3 ORDER BY __rm_seq"
                  "       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) s WHERE s.rn "
                  "> 1")
                  .arg(runId)
                  .arg(pgQuoteLiteral(m_conn, key.name), k, m_staging);
        const Result<qint64> dup = execSql(m_conn, rejects);
        if (!dup)
            return Error(tr("Could not record the rows with duplicate keys."), dup.error().details);
        *duplicateRejects = dup.value();

        QStringList updates;
        for (const QString &c : m_schema.columnNames()) {
            if (c != key.name)
                updates << QStringLiteral("%1 = EXCLUDED.%1").arg(quoteIdentifier(c));
        }
        const QString cols = m_schema.quotedColumnList();
        const QString merge
            = QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM (SELECT DISTINCT ON (%3) *"
                             " FROM %4 ORDER BY %3, __rm_seq DESC) last"
                             " ON CONFLICT (%3) DO UPDATE SET %5")
                  .arg(quotedTable(), cols, k, m_staging, updates.join(QStringLiteral(", ")));
        const Result<qint64> merged = execSql(m_conn, merge);
        if (!merged)
            return Error(tr("Could not merge the rows into \"%1\".").arg(m_table),
                         merged.error().details);
        return merged.value();
    }
    }
    return qint64(0);
}

Result<QList<TableLoader::DuplicateGroup>> TableLoader::duplicateGroups()
{
    QList<DuplicateGroup> out;
    if (m_mode != LoadMode::Upsert)
        return out;
    const QString k = quoteIdentifier(m_schema.sourceColumns().at(m_keyColumn).name);
    QSqlQuery q(m_db);
    const QString sql
        = QStringLiteral(
              "SELECT geo_status, coalesce(region_code, ''), count(*),"
              " coalesce(distance_km, 0), coalesce(round(est_rtt_ms * 10)::bigint, 0),"
              " coalesce(est_rtt_source = 'measured', false),"
              " coalesce(assignment = 'uncertain', false), coalesce(agreement, '') FROM"
              " (SELECT geo_status, region_code, distance_km, est_rtt_ms, est_rtt_source,"
              "  assignment, agreement,"
              "  row_number() OVER (PARTITION BY %1 ORDER BY __rm_seq DESC) AS rn"
              "  FROM %2) s WHERE rn > 1 GROUP BY 1, 2, 4, 5, 6, 7, 8")
              .arg(k, m_staging);
    if (!q.exec(sql))
        return Error(ErrorKind::Database,
                     tr("Could not count the rows with duplicate keys of \"%1\".").arg(m_table),
                     q.lastError().text());
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toDouble(), q.value(4).toLongLong(), q.value(5).toBool(),
                    q.value(6).toBool(), q.value(7).toString()});
    return out;
}

} // namespace regionmap
