#include "mincount.h"

namespace regionmap::mincount {

void withholdComplement(const std::vector<qint64> &rows, const std::vector<QString> &keys,
                        std::vector<bool> &withheld, int minCount,
                        const std::vector<std::vector<size_t>> &totals)
{
    if (minCount <= 1)
        return;
    // Each pass withholds at most one more count per total; a count once withheld stays so,
    // so this ends after at most rows.size() passes.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const std::vector<size_t> &total : totals) {
            qint64 hidden = 0;
            int cells = 0;
            qint64 smallestShown = -1;
            for (const size_t i : total) {
                if (rows[i] <= 0)
                    continue;
                if (withheld[i]) {
                    hidden += rows[i];
                    ++cells;
                } else if (smallestShown < 0 || rows[i] < smallestShown) {
                    smallestShown = rows[i];
                }
            }
            if (cells == 0)
                continue;
            // One withheld count alone is the total less the others. Two or more must hold at
            // least minCount rows together. With one total, each withheld count is also at most
            // the smallest shown one (the smallest are taken first): that bound must not pin a
            // small one down, so hidden - (cells - 1) * smallestShown must leave room for none.
            const bool enough = cells >= 2 && hidden >= minCount
                                && (totals.size() > 1 || smallestShown < 0
                                    || hidden - qint64(cells - 1) * smallestShown <= 0);
            if (enough)
                continue;
            // The smallest shown count of this total (on a tie, the first key).
            size_t pick = rows.size();
            for (const size_t i : total) {
                if (withheld[i] || rows[i] <= 0)
                    continue;
                if (pick == rows.size() || rows[i] < rows[pick]
                    || (rows[i] == rows[pick] && keys[i] < keys[pick]))
                    pick = i;
            }
            if (pick == rows.size())
                continue; // everything is withheld already
            withheld[pick] = true;
            changed = true;
        }
    }
}

std::vector<bool> withheldWithComplement(const std::vector<qint64> &rows,
                                         const std::vector<QString> &keys, int minCount)
{
    std::vector<bool> withheld(rows.size());
    std::vector<size_t> all(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        withheld[i] = isSmall(rows[i], minCount);
        all[i] = i;
    }
    withholdComplement(rows, keys, withheld, minCount, {all});
    return withheld;
}

} // namespace regionmap::mincount
