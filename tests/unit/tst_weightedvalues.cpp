// WeightedValues: the percentiles of values that stand for many rows each are those of the rows
// themselves, computed the way PostgreSQL's percentile_cont does (its code is reproduced below
// as the reference, on the rows expanded one by one).

#include "results/weightedvalues.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace regionmap;

namespace {

// PostgreSQL's percentile_cont_final_common on the sorted rows, step by step.
double percentileCont(std::vector<double> rows, double fraction)
{
    std::sort(rows.begin(), rows.end());
    const qint64 count = qint64(rows.size());
    const qint64 first = qint64(std::floor(fraction * double(count - 1)));
    const qint64 second = qint64(std::ceil(fraction * double(count - 1)));
    const double low = rows[size_t(first)];
    if (first == second)
        return low;
    const double proportion = (fraction * double(count - 1)) - double(first);
    const double high = rows[size_t(second)];
    return low + (proportion * (high - low)); // float8_lerp
}

} // namespace

class TestWeightedValues : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoPercentile()
    {
        WeightedValues v;
        QVERIFY(!v.percentile(0.5));
        QVERIFY(!v.mean());
        v.add(3.0, 0); // a weight of zero is no row
        QCOMPARE(v.rows(), 0);
    }

    void oneValueOfManyRows()
    {
        WeightedValues v;
        v.add(42.5, 1000);
        QCOMPARE(*v.percentile(0.0), 42.5);
        QCOMPARE(*v.percentile(0.95), 42.5);
        QCOMPARE(*v.mean(), 42.5);
    }

    void byHand()
    {
        // Rows 10, 10, 10, 20, 40: the median is the third row, the 95th percentile lies at
        // position 3.8, between 20 and 40.
        WeightedValues v;
        v.add(40, 1);
        v.add(10, 3);
        v.add(20, 1);
        QCOMPARE(*v.percentile(0.5), 10.0);
        QCOMPARE(*v.percentile(0.95), 20.0 + 0.8 * 20.0);
        QCOMPARE(*v.mean(), 90.0 / 5.0);
    }

    // Random points with random weights, against the rows they stand for: equal to the bit.
    void equalsTheRowsExactly()
    {
        QRandomGenerator rng(20261206);
        int compared = 0;
        for (int round = 0; round < 300; ++round) {
            WeightedValues v;
            std::vector<double> rows;
            const int points = 1 + int(rng.bounded(40));
            for (int i = 0; i < points; ++i) {
                // Distances as stored: six decimals, some repeated.
                const double km = std::round(rng.bounded(20000.0) * 1e6) / 1e6;
                const qint64 n = 1 + qint64(rng.bounded(round % 3 == 0 ? 5000 : 20));
                v.add(km, n);
                rows.insert(rows.end(), size_t(n), km);
            }
            QCOMPARE(v.rows(), qint64(rows.size()));
            for (const double fraction : {0.0, 0.05, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0}) {
                const double expected = percentileCont(rows, fraction);
                const double got = *v.percentile(fraction);
                QVERIFY2(got == expected, qPrintable(QStringLiteral("round %1, p%2: %3 vs %4")
                                                         .arg(round)
                                                         .arg(fraction)
                                                         .arg(got, 0, 'g', 17)
                                                         .arg(expected, 0, 'g', 17)));
                ++compared;
            }
        }
        QCOMPARE(compared, 2400);
    }
};

QTEST_GUILESS_MAIN(TestWeightedValues)
#include "tst_weightedvalues.moc"
