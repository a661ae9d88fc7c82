#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace regionmap {

// Values that stand for rows, each with the number of rows that share it (a point of
// etl_points), and their percentiles as PostgreSQL's percentile_cont gives them on the rows
// themselves: the same positions, the same interpolation, the same floating-point steps.
class WeightedValues
{
public:
    void add(double value, qint64 rows)
    {
        if (rows <= 0)
            return;
        if (!m_values.empty() && value < m_values.back().first)
            m_sorted = false;
        m_values.emplace_back(value, rows);
        m_rows += rows;
        m_sum += value * double(rows);
    }

    qint64 rows() const { return m_rows; }
    std::optional<double> mean() const
    {
        return m_rows > 0 ? std::optional<double>(m_sum / double(m_rows)) : std::nullopt;
    }

    // percentile_cont(fraction): the value at position fraction * (rows - 1) of the sorted rows,
    // interpolated linearly between its neighbours.
    std::optional<double> percentile(double fraction)
    {
        if (m_rows == 0)
            return std::nullopt;
        if (!m_sorted) {
            std::sort(m_values.begin(), m_values.end());
            m_sorted = true;
        }
        const double position = fraction * double(m_rows - 1);
        const qint64 first = qint64(std::floor(position));
        const qint64 second = qint64(std::ceil(position));
        const double low = valueAt(first);
        if (first == second)
            return low;
        const double high = valueAt(second);
        return low + (position - double(first)) * (high - low);
    }

private:
    // The value of the row at a 0-based position of the sorted rows.
    double valueAt(qint64 position) const
    {
        qint64 before = 0;
        for (const auto &[value, rows] : m_values) {
            before += rows;
            if (position < before)
                return value;
        }
        return m_values.back().first;
    }

    std::vector<std::pair<double, qint64>> m_values;
    qint64 m_rows = 0;
    double m_sum = 0;
    bool m_sorted = true;
};

} // namespace regionmap
