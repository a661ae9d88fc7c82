#pragma once

#include "db/copybuffer.h"

#include <QByteArray>

#include <cstdint>
#include <cstring>

namespace regionmap {

// How the stages write values in COPY text, in one place: the encoder's rows and the point
// table's points (etl/pointcounts.cpp) must hold the same text for the same value.

// Distances in km with six decimals: millimetres, far below any coordinate's precision.
constexpr int kDistanceDecimals = 6;

// An empty text is NULL.
inline void appendOptional(CopyBuffer &out, const QByteArray &text)
{
    if (text.isEmpty())
        out.appendNull();
    else
        out.appendText(text);
}

// The bits of a coordinate, for keys that must tell every double apart.
inline uint64_t doubleBits(double v)
{
    uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

} // namespace regionmap
