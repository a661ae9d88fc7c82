#pragma once

#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace regionmap {

// The minimum count k of what the results show and export (docs/privacy.md): a count of fewer
// than k rows is withheld. Withholding those alone is not enough where a total is shown: the
// total less the shown counts gives the withheld ones back, exactly when one count is withheld,
// and within less than k when the withheld ones hold fewer than k rows together. So the smallest
// counts beside them are withheld too (complementary suppression), until every total hides no
// count, or at least two that hold at least k rows together (in a table with row and column
// totals, the withheld cells then form rectangles, the usual rule for cell suppression). With a
// single total, also until the smallest shown count no longer bounds a small one from below.
namespace mincount {

inline bool isSmall(qint64 rows, int minCount)
{
    return rows > 0 && rows < minCount;
}

// What settles a tie between two regions' counts: the bare code ("aws:us-east-1" ->
// "us-east-1"), as the results' summary names them, so that every view withholds the same ones.
inline QString tieKey(const QString &region)
{
    return region.mid(region.indexOf(QLatin1Char(':')) + 1);
}

// rows: the counts; keys: what each count is (a region's code), which settles a tie between
// equal counts the same way whatever order a view lists them in; withheld: which are withheld
// (set for every small count beforehand, and more on return); totals: for each shown total, the
// indexes of the counts that add up to it. A count with no rows is never withheld for another:
// it hides nothing.
void withholdComplement(const std::vector<qint64> &rows, const std::vector<QString> &keys,
                        std::vector<bool> &withheld, int minCount,
                        const std::vector<std::vector<size_t>> &totals);

// The common case: the counts add up to one shown total. Marks the small counts first.
// Returns the withheld flags.
std::vector<bool> withheldWithComplement(const std::vector<qint64> &rows,
                                         const std::vector<QString> &keys, int minCount);

} // namespace mincount

} // namespace regionmap
