#pragma once

#include "common/result.h"
#include "db/loadmode.h"
#include "etl/etlsummary.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace regionmap::test {

class TestCluster;

// The known datasets the results tests check their numbers against.
//
// The hand dataset: table "hand" (id, name, ip_address and the enrichment columns) with two runs.
// Run A (replace, 9 rows) and run B (append, 3 rows) with hand-picked distances, so that every
// summary number can be counted by hand (see resultsfixture.cpp for the table of values).
struct HandDataset
{
    qint64 runA = 0;
    qint64 runB = 0;
    qint64 failedRun = 0; // a failed run into the same table, which loaded nothing
    static QString table() { return QStringLiteral("hand"); }
};

// Records a run in etl_runs through the ETL's RunRecorder: begun, then finished with `status`
// and the counts, and with the regions of `catalogCsv` (a catalog file's text) when given.
// Returns the run id.
Result<qint64> recordRun(QSqlDatabase db, const QString &table, LoadMode mode, RunStatus status,
                         qint64 loaded, const QMap<QString, qint64> &statusCounts = {},
                         const QByteArray &catalogCsv = {});

// Creates the hand dataset (the table and its etl_runs and region_catalogs rows).
Result<HandDataset> createHandDataset(QSqlDatabase db);

// Loads the bundled sample (resources/samples/people.csv, 3,000 rows, built-in AWS catalog) into
// `table` with a real EtlJob and the offline geo database. Returns the run id.
// crossCheck: a second .mmdb file for the run's cross-check (empty: none).
Result<qint64> loadSample(TestCluster &cluster, const QString &table, bool append = false,
                          const QString &crossCheck = {});

// Creates `table` with `rows` rows copied from the sample table `from` (the rows repeat, ids are
// renumbered), all under one new succeeded run in etl_runs, fast (INSERT ... SELECT in SQL).
// Returns the new run id.
Result<qint64> createLargeTable(QSqlDatabase db, const QString &from, const QString &table,
                                qint64 rows);

} // namespace regionmap::test
