// The row table's queries at scale, against a real PostgreSQL cluster (docs/point-table.md,
// "The row table"): the first page (RowQueries::head) is exactly the start of the full snapshot,
// with and without the indexes made on demand, whatever the ties and the physical order; the
// counts from the points equal count(*) on the rows; and RowIndexes makes what a large table
// needs, only for its owner.

#include "db/copystream.h"
#include "results/resultsqueries.h"
#include "results/rowindexes.h"
#include "results/rowqueries.h"
#include "resultsfixture.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(regionmap::RowFilter)

using namespace regionmap;
using namespace regionmap::test;

class TestRowTable : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QSqlDatabase m_db;
    PGconn *m_conn = nullptr;
    qint64 m_sampleRun = 0;
    TableInfo m_sample; // the loaded sample, with its run's points
    TableInfo m_ties; // three copies of it, a third of them moved to the end of the heap

    TableInfo describe(const QString &table)
    {
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, table);
        if (!info)
            qWarning("%s", qPrintable(info.error().toString()));
        return info ? info.value() : TableInfo();
    }

    qint64 countRows(const RowSelection &selection)
    {
        Result<QList<quint64>> all = RowQueries::snapshot(m_conn, selection);
        return all ? all->size() : -1;
    }

    // The head of `limit` rows, asked both ways, against the start of the snapshot.
    void compareHead(const RowSelection &selection, int limit, bool indexOrder)
    {
        Result<QList<quint64>> all = RowQueries::snapshot(m_conn, selection);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
        Result<RowHead> head = RowQueries::head(m_conn, selection, limit, indexOrder);
        QVERIFY2(head, qPrintable(head ? QString() : head.error().toString()));
        QCOMPARE(head->tids, all->mid(0, limit));
        // Complete for sure when fewer rows match; a head that ends exactly at the limit may not
        // know that it has them all.
        if (all->size() != limit)
            QCOMPARE(head->complete, all->size() < limit);
        if (head->complete)
            QCOMPARE(head->total, all->size());
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        m_db = m_cluster.connect(QStringLiteral("rowtable-test"));
        QVERIFY(m_db.isOpen());
        Result<PGconn *> conn = pgConnection(m_db);
        QVERIFY(conn);
        m_conn = conn.value();
        Result<qint64> sample = loadSample(m_cluster, QStringLiteral("people"));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().toString()));
        m_sampleRun = sample.value();
        m_sample = describe(QStringLiteral("people"));
        QVERIFY(!m_sample.columns.isEmpty());

        // Many equal keys (each row three times, most regions hundreds of times), and a physical
        // order that is not the order of insertion: every third row updated, so it moves.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE ties AS SELECT * FROM people UNION ALL"
                                      " SELECT * FROM people UNION ALL SELECT * FROM people")));
        QVERIFY(q.exec(QStringLiteral("UPDATE ties SET id = id WHERE id % 3 = 0")));
        m_ties = describe(QStringLiteral("ties"));
        QVERIFY(!m_ties.columns.isEmpty());
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM ties")).toLongLong() > 2000);
    }

    void headIsTheStartOfTheSnapshot_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("status");
        for (const char *column : {"", "region_code", "distance_km", "country_code", "city"}) {
            for (const bool descending : {false, true}) {
                if (!*column && descending)
                    continue;
                const QByteArray name
                    = QByteArray(*column ? column : "physical") + (descending ? " desc" : "");
                QTest::newRow(name)
                    << QString::fromLatin1(column) << descending << QString() << QString();
                QTest::newRow(name + ", one region") << QString::fromLatin1(column) << descending
                                                     << QStringLiteral("us-east-1") << QString();
                QTest::newRow(name + ", located") << QString::fromLatin1(column) << descending
                                                  << QString() << QStringLiteral("located");
            }
        }
    }

    void headIsTheStartOfTheSnapshot()
    {
        QFETCH(QString, column);
        QFETCH(bool, descending);
        QFETCH(QString, region);
        QFETCH(QString, status);
        RowFilter filter;
        filter.regionCode = region;
        filter.geoStatus = status;
        const RowSelection selection(m_ties, ResultScope::wholeTable(m_ties.name), filter,
                                     {column, descending});
        QVERIFY(countRows(selection) > 50);

        // Without an index: the server sorts, with the physical tie-break spelt out.
        compareHead(selection, 50, false);
        if (column.isEmpty()) {
            // Physical order, with the filter's index in place: a bitmap or an index scan on
            // equal keys still gives the physical order.
            for (const RowIndex &index : {RowIndex {QStringLiteral("region_code"), false},
                                          RowIndex {QStringLiteral("geo_status"), false}}) {
                QVERIFY(RowIndexes::make(m_conn, m_ties, index));
            }
            compareHead(selection, 50, false);
            return;
        }

        // With the indexes made, the head reads off an index, no sort: unfiltered, the sort's;
        // filtered by one column, the index on it and the sorted column (scanned for the
        // value); filtered on the sorted column itself, the server sorts (ties only). Same rows
        // every way.
        Result<RowIndexState> before = RowIndexes::inspect(m_conn, selection, 0, 0);
        QVERIFY(before);
        const QString filterColumn = !region.isEmpty()   ? QStringLiteral("region_code")
                                     : !status.isEmpty() ? QStringLiteral("geo_status")
                                                         : QString();
        const bool serverSorts = !filterColumn.isEmpty() && filterColumn == column;
        QCOMPARE(RowIndexes::orderFilterColumn(selection), serverSorts ? QString() : filterColumn);
        const RowIndex wanted {column, descending, serverSorts ? QString() : filterColumn};
        QCOMPARE(before->missing.contains(wanted), !before->orderIndexed && !serverSorts);
        QVERIFY2(RowIndexes::make(m_conn, m_ties, wanted), qPrintable(column));
        for (const RowIndex &index : before->missing)
            QVERIFY2(RowIndexes::make(m_conn, m_ties, index), qPrintable(index.column));
        Result<RowIndexState> after = RowIndexes::inspect(m_conn, selection, 0, 0);
        QVERIFY(after);
        QCOMPARE(after->orderIndexed, !serverSorts);
        QVERIFY(after->missing.isEmpty());
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename ="
                                            " 'ties' AND indexname = '%1'")
                                 .arg(RowIndexes::name(m_ties, wanted)))
                     .toInt(),
                 1);
        compareHead(selection, 50, after->orderIndexed);
        compareHead(selection, 2000, after->orderIndexed);
        if (!filterColumn.isEmpty() && !serverSorts) {
            // And the server reads it so: an index scan on both columns, no sort.
            PgParams params;
            const QString sql
                = QStringLiteral("EXPLAIN SELECT ctid FROM ties")
                  + selection.whereSql(m_conn, params)
                  + QStringLiteral(" ORDER BY %1 %2 NULLS LAST LIMIT 50")
                        .arg(pgQuoteIdentifier(m_conn, column),
                             descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
            QVERIFY(
                execSql(m_conn, QStringLiteral("BEGIN; SET LOCAL enable_sort = off;"
                                               " SET LOCAL max_parallel_workers_per_gather = 0")));
            Result<PgResult> explained
                = PgResult::exec(m_conn, sql, params, QStringLiteral("plan"));
            execSql(m_conn, QStringLiteral("ROLLBACK"));
            QVERIFY(explained);
            QString text;
            for (int i = 0; i < explained->rows(); ++i)
                text += explained->text(i, 0) + QLatin1Char('\n');
            QVERIFY2(text.contains(RowIndexes::name(m_ties, wanted)), qPrintable(text));
        }
    }

    void inspectsWhatTheTableOffers()
    {
        const RowSelection sorted(m_sample, ResultScope::wholeTable(m_sample.name), {},
                                  {QStringLiteral("est_rtt_ms"), true});
        // A small table needs nothing, whatever it has.
        Result<RowIndexState> small = RowIndexes::inspect(m_conn, sorted);
        QVERIFY(small);
        QVERIFY(!small->large);
        QVERIFY(small->canMake);
        QVERIFY(!small->orderIndexed);
        QVERIFY(small->missing.isEmpty());

        // Counted as large: unfiltered, the sort's index.
        Result<RowIndexState> large = RowIndexes::inspect(m_conn, sorted, 0);
        QVERIFY(large);
        QVERIFY(large->large);
        const RowIndex sortIndex {QStringLiteral("est_rtt_ms"), true};
        QCOMPARE(large->missing, QList<RowIndex> {sortIndex});

        // Filtered by one column, the index on it and the sorted one.
        RowFilter firm;
        firm.assignment = QStringLiteral("firm");
        const RowSelection one(m_sample, ResultScope::wholeTable(m_sample.name), firm,
                               {QStringLiteral("est_rtt_ms"), true});
        Result<RowIndexState> oneFilter = RowIndexes::inspect(m_conn, one, 0, 0);
        QVERIFY(oneFilter);
        const QList<RowIndex> twoColumns {
            RowIndex(QStringLiteral("est_rtt_ms"), true, QStringLiteral("assignment"))};
        QCOMPARE(oneFilter->missing, twoColumns);
        // ... when the filter matches enough rows to be worth it (from the points); else the
        // server sorts them, with the filter's index.
        Result<RowIndexState> fewRows = RowIndexes::inspect(m_conn, one, 0);
        QVERIFY(fewRows);
        QCOMPARE(fewRows->missing, QList<RowIndex> {RowIndex(QStringLiteral("assignment"))});
        // With a text search as well, the server sorts (the index would not serve the text).
        firm.text = QStringLiteral("example");
        const RowSelection withText(m_sample, ResultScope::wholeTable(m_sample.name), firm,
                                    {QStringLiteral("est_rtt_ms"), true});
        QVERIFY(RowIndexes::orderFilterColumn(withText).isEmpty());
        // A user's index on the sorted column and another one orders ties by that other one,
        // not physically: it is not the order's.
        QSqlQuery extra(m_db);
        QVERIFY(extra.exec(QStringLiteral(
            "CREATE INDEX people_rtt_city ON people (est_rtt_ms DESC NULLS LAST, city)")));
        Result<RowIndexState> twoKeys = RowIndexes::inspect(m_conn, sorted, 0);
        QVERIFY(extra.exec(QStringLiteral("DROP INDEX people_rtt_city")));
        QVERIFY(twoKeys);
        QVERIFY(!twoKeys->orderIndexed);

        // Filtered by two columns, the filters': the server sorts the rows they find.
        RowFilter filter;
        filter.geoStatus = QStringLiteral("located");
        filter.assignment = QStringLiteral("firm");
        const RowSelection both(m_sample, ResultScope::wholeTable(m_sample.name), filter,
                                {QStringLiteral("est_rtt_ms"), true});
        Result<RowIndexState> filtered = RowIndexes::inspect(m_conn, both, 0);
        QVERIFY(filtered);
        const QList<RowIndex> filterIndexes {{QStringLiteral("geo_status"), false},
                                             {QStringLiteral("assignment"), false}};
        QCOMPARE(filtered->missing, filterIndexes);

        // An index in the other direction is not the order's (its ties would run backwards).
        QVERIFY(RowIndexes::make(m_conn, m_sample, {QStringLiteral("est_rtt_ms"), false}));
        Result<RowIndexState> other = RowIndexes::inspect(m_conn, sorted, 0);
        QVERIFY(other);
        QVERIFY(!other->orderIndexed);
        QCOMPARE(other->missing, QList<RowIndex> {sortIndex});
        QVERIFY(RowIndexes::make(m_conn, m_sample, sortIndex));
        Result<RowIndexState> made = RowIndexes::inspect(m_conn, sorted, 0);
        QVERIFY(made);
        QVERIFY(made->orderIndexed);
        QVERIFY(made->missing.isEmpty());

        // Someone who may read the table but does not own it gets no indexes made.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE rowtable_reader")));
        QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON people TO rowtable_reader")));
        QVERIFY(q.exec(QStringLiteral("SET ROLE rowtable_reader")));
        Result<RowIndexState> reader = RowIndexes::inspect(m_conn, both, 0);
        QVERIFY(q.exec(QStringLiteral("RESET ROLE")));
        QVERIFY(reader);
        QVERIFY(!reader->canMake);
        QVERIFY(reader->missing.isEmpty());

        // Names fit PostgreSQL's 63 bytes and differ by direction and table.
        const QString longColumn(60, QLatin1Char('x'));
        const QString n1 = RowIndexes::name(m_sample, {longColumn, false});
        QVERIFY(n1.toUtf8().size() <= 63);
        QVERIFY(n1 != RowIndexes::name(m_sample, {longColumn, true}));
        QVERIFY(n1 != RowIndexes::name(m_ties, {longColumn, false}));
        const QString n2 = RowIndexes::name(m_sample, {longColumn, false, longColumn});
        QVERIFY(n2.toUtf8().size() <= 63);
        QVERIFY(n2 != n1);
    }

    void countsComeFromThePoints_data()
    {
        QTest::addColumn<RowFilter>("filter");
        QTest::addColumn<bool>("fromPoints");
        RowFilter none;
        QTest::newRow("no filter") << none << true;
        RowFilter region;
        region.regionCode = QStringLiteral("us-east-1");
        QTest::newRow("region") << region << true;
        RowFilter noRegion;
        noRegion.withoutRegion = true;
        QTest::newRow("no region") << noRegion << true;
        RowFilter status;
        status.geoStatus = QStringLiteral("located");
        status.assignment = QStringLiteral("uncertain");
        QTest::newRow("located, uncertain") << status << true;
        RowFilter text;
        text.text = QStringLiteral("example");
        QTest::newRow("text") << text << false;
    }

    void countsComeFromThePoints()
    {
        QFETCH(RowFilter, filter);
        QFETCH(bool, fromPoints);
        for (const ResultScope &scope : {ResultScope::wholeTable(m_sample.name),
                                         ResultScope::run(m_sample.name, m_sampleRun)}) {
            const RowSelection selection(m_sample, scope, filter);
            Result<qint64> counted = RowQueries::countFromPoints(m_conn, selection);
            QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().toString()));
            if (!fromPoints) {
                QCOMPARE(counted.value(), -1);
                continue;
            }
            QCOMPARE(counted.value(), countRows(selection));
            QVERIFY(counted.value() > 0);
        }
        // A table without runs has no points to count.
        Result<qint64> ties = RowQueries::countFromPoints(
            m_conn, RowSelection(m_ties, ResultScope::wholeTable(m_ties.name), filter));
        QVERIFY(ties);
        QCOMPARE(ties.value(), -1);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("rowtable-test"));
    }
};

QTEST_GUILESS_MAIN(TestRowTable)
#include "tst_rowtable.moc"
