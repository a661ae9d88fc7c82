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
            for (const size_t i : total) {
                if (withheld[i] && rows[i] > 0) {
                    hidden += rows[i];
                    ++cells;
                }
            }
            // One withheld count alone is the total less the others, whatever its size: when
            // it stands in another total too, that one would give back its partner there.
            if (cells == 0 || (cells >= 2 && hidden >= minCount))
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
