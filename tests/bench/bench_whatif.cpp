// The Plan page's what-if on a loaded table, timed in one process as the page runs it: the
// planner made once from the table's places, then a set of eight regions evaluated afresh, and
// changes of one region to it (one joins, the same one leaves again), which the planner evaluates
// from the set before (Planner's cache of the finder's answers; docs/planner.md).
//
//   bench_whatif --db=URI --table=T [--repeats=9]
//
// Prints one JSON object: the places and candidates, and the median ms of a fresh evaluation, of
// a region joining and of a region leaving. Measures, asserts nothing; scripts/bench runs it with
// the planner's cases (docs/benchmarks.md).

#include "db/copystream.h"
#include "plan/planner.h"
#include "results/resultsqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace regionmap;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
double ms(F f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString uri;
    QString table;
    int repeats = 9;
    for (const QString &a : QCoreApplication::arguments().mid(1)) {
        if (a.startsWith(QLatin1String("--db=")))
            uri = a.mid(5);
        else if (a.startsWith(QLatin1String("--table=")))
            table = a.mid(8);
        else if (a.startsWith(QLatin1String("--repeats=")))
            repeats = std::max(1, a.mid(10).toInt());
    }
    if (uri.isEmpty() || table.isEmpty()) {
        std::fprintf(stderr, "usage: bench_whatif --db=URI --table=T [--repeats=9]\n");
        return 1;
    }
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "bench_whatif: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return 1;
    }
    const Result<TableInfo> info = ResultsQueries::describeTable(conn, table);
    Result<PlanInput> input = info ? PlanInput::load(conn, *info, ResultScope::wholeTable(table))
                                   : Result<PlanInput>(info.error());
    PQfinish(conn);
    const Result<QVector<Region>> candidates
        = Planner::builtinCandidates({QStringLiteral("aws"), QStringLiteral("gcp"),
                                      QStringLiteral("azure"), QStringLiteral("oci")});
    if (!input || !candidates) {
        std::fprintf(stderr, "bench_whatif: %s\n",
                     qPrintable((!input ? input.error() : candidates.error()).toString()));
        return 1;
    }
    // The set of scripts/bench's what_if_8, and regions that join it in turn.
    const QStringList base {
        QStringLiteral("aws:us-east-1"),          QStringLiteral("aws:ap-east-1"),
        QStringLiteral("aws:ap-northeast-2"),     QStringLiteral("aws:eu-central-1"),
        QStringLiteral("gcp:southamerica-east1"), QStringLiteral("gcp:us-west4"),
        QStringLiteral("azure:australiaeast"),    QStringLiteral("oci:me-riyadh-1")};
    const QStringList joining {QStringLiteral("aws:eu-west-1"), QStringLiteral("gcp:asia-south1"),
                               QStringLiteral("azure:southafricanorth"),
                               QStringLiteral("aws:us-west-2")};
    const Planner planner(std::move(input).value(), candidates.value());
    QList<int> set;
    for (const QString &k : base)
        set << planner.indexOf(k);
    std::vector<double> fresh;
    std::vector<double> joins;
    std::vector<double> leaves;
    for (int r = 0; r < repeats; ++r) {
        {
            const Planner afresh(planner.input(), candidates.value());
            fresh.push_back(ms([&] { afresh.evaluate(set); }));
        }
        planner.evaluate(set); // the set before the change
        QList<int> more = set;
        more << planner.indexOf(joining.at(r % joining.size()));
        joins.push_back(ms([&] { planner.evaluate(more); }));
        leaves.push_back(ms([&] { planner.evaluate(set); }));
    }
    const QJsonObject out {
        {QStringLiteral("places"), double(planner.input().points.size())},
        {QStringLiteral("candidates"), double(candidates->size())},
        {QStringLiteral("regions"), double(set.size())},
        {QStringLiteral("fresh_ms"), median(fresh)},
        {QStringLiteral("join_ms"), median(joins)},
        {QStringLiteral("leave_ms"), median(leaves)},
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
