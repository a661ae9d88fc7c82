// The minimum count's complementary suppression (common/mincount.h): a small count is never left
// alone where a total would give it back.
#include "common/mincount.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace regionmap;

namespace {

// Every small count is withheld, and every total either hides nothing, hides everything it has,
// or hides at least two counts of at least minCount rows together.
QString violation(const std::vector<qint64> &rows, const std::vector<bool> &withheld, int minCount,
                  const std::vector<std::vector<size_t>> &totals)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (mincount::isSmall(rows[i], minCount) && !withheld[i])
            return QStringLiteral("count %1 (%2 rows) is small and shown").arg(i).arg(rows[i]);
    }
    for (size_t t = 0; t < totals.size(); ++t) {
        qint64 hidden = 0;
        int cells = 0;
        bool shownLeft = false;
        for (const size_t i : totals[t]) {
            if (withheld[i] && rows[i] > 0) {
                hidden += rows[i];
                ++cells;
            } else if (rows[i] > 0) {
                shownLeft = true;
            }
        }
        qint64 smallestShown = -1;
        for (const size_t i : totals[t]) {
            if (!withheld[i] && rows[i] > 0 && (smallestShown < 0 || rows[i] < smallestShown))
                smallestShown = rows[i];
        }
        // With one total, every withheld count is at most the smallest shown one: that must
        // not bound a small one from below.
        const bool bounded = totals.size() == 1 && smallestShown > 0
                             && hidden - qint64(cells - 1) * smallestShown > 0;
        if (cells > 0 && (cells < 2 || hidden < minCount || bounded) && shownLeft)
            return QStringLiteral("total %1 hides %2 rows in %3 count(s)")
                .arg(t)
                .arg(hidden)
                .arg(cells);
    }
    return {};
}

std::vector<QString> keysFor(size_t n)
{
    std::vector<QString> keys;
    for (size_t i = 0; i < n; ++i)
        keys.push_back(QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')));
    return keys;
}

std::vector<bool> withheldOf(const std::vector<qint64> &rows, int minCount)
{
    return mincount::withheldWithComplement(rows, keysFor(rows.size()), minCount);
}

} // namespace

class TestMinCount : public QObject
{
    Q_OBJECT

private slots:
    void oneSmallCountTakesTheSmallestOtherWithIt()
    {
        // 3 is small; alone, total - shown = 3. The smallest other (40) goes with it.
        const std::vector<bool> w = withheldOf({500, 3, 40, 900}, 5);
        QCOMPARE(w, (std::vector<bool> {false, true, true, false}));
    }

    void smallCountsThatHideEnoughTogetherStayAlone()
    {
        // 3 + 4 = 7 >= 5: the total gives back their sum, not either count.
        const std::vector<bool> w = withheldOf({500, 3, 4, 40}, 5);
        QCOMPARE(w, (std::vector<bool> {false, true, true, false}));
    }

    void smallCountsThatHideTooLittleTakeMore()
    {
        // 1 + 2 = 3 < 5: the smallest shown count (6) joins them.
        const std::vector<bool> w = withheldOf({1, 2, 6, 7}, 5);
        QCOMPARE(w, (std::vector<bool> {true, true, true, false}));
    }

    void emptyCountsHideNothingAndNeverJoin()
    {
        const std::vector<bool> w = withheldOf({0, 2, 0, 30, 20}, 5);
        QCOMPARE(w, (std::vector<bool> {false, true, false, false, true}));
        // Everything small: all withheld, and it ends.
        QCOMPARE(withheldOf({1, 1, 0}, 5), (std::vector<bool> {true, true, false}));
    }

    void aTieIsSettledByTheKeysNotTheOrder()
    {
        // Two views list the same regions in another order: the same ones are withheld. (With
        // one total a tie at the smallest shown count goes whole; in a table the key decides.)
        const std::vector<QString> ba {QStringLiteral("b"), QStringLiteral("a"),
                                       QStringLiteral("c")};
        const std::vector<QString> ab {QStringLiteral("a"), QStringLiteral("b"),
                                       QStringLiteral("c")};
        QCOMPARE(mincount::withheldWithComplement({10, 10, 2}, ba, 5),
                 (std::vector<bool> {true, true, true}));
        QCOMPARE(mincount::withheldWithComplement({10, 10, 2}, ab, 5),
                 (std::vector<bool> {true, true, true}));
        // A 1 x 3 table with a column total on each cell: the key picks the partner.
        std::vector<bool> w1 {false, false, true};
        std::vector<bool> w2 {false, false, true};
        const std::vector<std::vector<size_t>> rowAndColumns {{0, 1, 2}, {0}, {1}, {2}};
        mincount::withholdComplement({10, 10, 2}, ba, w1, 5, rowAndColumns);
        mincount::withholdComplement({10, 10, 2}, ab, w2, 5, rowAndColumns);
        QCOMPARE(w1, (std::vector<bool> {false, true, true}));
        QCOMPARE(w2, (std::vector<bool> {true, false, true}));
    }

    void theSmallestShownCountMustNotPinASmallOne()
    {
        // 4 and 10 withheld would add up to 14 with 10 still shown: the second is at most 10, so
        // the first at least 4, and below 5: exactly 4. The next 10 goes too.
        QCOMPARE(withheldOf({4, 10, 10, 100}, 5), (std::vector<bool> {true, true, true, false}));
        // With a large count next to it, two are enough.
        QCOMPARE(withheldOf({1, 1000, 2000}, 5), (std::vector<bool> {true, true, false}));
    }

    void withoutAMinimumCountNothingIsWithheld()
    {
        QCOMPARE(withheldOf({1, 2, 3}, 1), (std::vector<bool> {false, false, false}));
    }

    void aTableWithRowAndColumnTotals()
    {
        // A 2 x 3 table (the planner's moves): rows 0..2 from A, 3..5 from B; columns X, Y, Z.
        const std::vector<qint64> rows {2, 50, 60, 70, 80, 90};
        std::vector<bool> withheld {true, false, false, false, false, false};
        const std::vector<std::vector<size_t>> totals {
            {0, 1, 2}, {3, 4, 5}, {0, 3}, {1, 4}, {2, 5}};
        mincount::withholdComplement(rows, keysFor(rows.size()), withheld, 5, totals);
        QCOMPARE(violation(rows, withheld, 5, totals), QString());
        // Its row takes 50, its column 70; then 50's column and 70's row each hide one count
        // alone, which their totals would give back (and with it the 2): 80 joins, a rectangle.
        QCOMPARE(withheld, (std::vector<bool> {true, true, false, true, true, false}));
    }

    void randomCountsNeverLeaveASmallCountExposed()
    {
        QRandomGenerator rng(20261207);
        for (int round = 0; round < 2000; ++round) {
            const int minCount = 2 + int(rng.bounded(8));
            const size_t n = 1 + rng.bounded(12);
            std::vector<qint64> rows(n);
            for (qint64 &r : rows)
                r = rng.bounded(4) == 0 ? 0 : qint64(rng.bounded(3 * minCount));
            const std::vector<bool> w = withheldOf(rows, minCount);
            std::vector<size_t> all(n);
            std::iota(all.begin(), all.end(), size_t(0));
            const QString v = violation(rows, w, minCount, {all});
            QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(v)));
            // Nothing is withheld without a reason: some small count exists when any is withheld.
            const bool anySmall = std::any_of(
                rows.begin(), rows.end(), [&](qint64 r) { return mincount::isSmall(r, minCount); });
            QVERIFY(anySmall || std::none_of(w.begin(), w.end(), [](bool b) { return b; }));
        }
        // Tables with row and column totals.
        for (int round = 0; round < 1000; ++round) {
            const int minCount = 2 + int(rng.bounded(8));
            const size_t height = 1 + rng.bounded(5);
            const size_t width = 1 + rng.bounded(5);
            std::vector<qint64> rows(height * width);
            std::vector<bool> withheld(rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                rows[i] = rng.bounded(3) == 0 ? 0 : qint64(rng.bounded(4 * minCount));
                withheld[i] = mincount::isSmall(rows[i], minCount);
            }
            std::vector<std::vector<size_t>> totals;
            for (size_t y = 0; y < height; ++y) {
                totals.emplace_back();
                for (size_t x = 0; x < width; ++x)
                    totals.back().push_back(y * width + x);
            }
            for (size_t x = 0; x < width; ++x) {
                totals.emplace_back();
                for (size_t y = 0; y < height; ++y)
                    totals.back().push_back(y * width + x);
            }
            mincount::withholdComplement(rows, keysFor(rows.size()), withheld, minCount, totals);
            const QString v = violation(rows, withheld, minCount, totals);
            QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("table %1: %2").arg(round).arg(v)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMinCount)
#include "tst_mincount.moc"
