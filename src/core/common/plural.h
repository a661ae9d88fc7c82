#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace regionmap {

// A row or byte count as the n of tr("%Ln row(s)", nullptr, n), which takes an int: counts
// past 2^31 - 1 (never seen in practice) keep the plural form.
inline int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

} // namespace regionmap
