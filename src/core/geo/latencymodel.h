#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace regionmap {

struct LatencyColumns;

// The estimated network round trip between a located row and its region, from the geodesic
// distance: RTT ≈ 2 × distance × routeFactor / 200 km per ms + overhead. Where the constants
// come from, and how close the model comes on well-known city pairs: docs/latency-model.md.
struct LatencyModel
{
    Q_DECLARE_TR_FUNCTIONS(LatencyModel)

public:
    static constexpr double kFibreKmPerMs = 200.0; // light in fibre, one way
    static constexpr double kDefaultRouteFactor = 1.5;
    static constexpr double kDefaultOverheadMs = 8.0;
    static constexpr double kMinRouteFactor = 1.0;
    static constexpr double kMaxRouteFactor = 4.0;
    static constexpr double kMaxOverheadMs = 200.0;

    double routeFactor = kDefaultRouteFactor;
    double overheadMs = kDefaultOverheadMs;

    double rttMs(double distanceKm) const
    {
        return 2.0 * distanceKm * routeFactor / kFibreKmPerMs + overheadMs;
    }
    // A sentence saying that the constant is out of range and what to use, or empty.
    QString routeFactorProblem() const;
    QString overheadProblem() const;
    bool operator==(const LatencyModel &o) const
    {
        return routeFactor == o.routeFactor && overheadMs == o.overheadMs;
    }
};

// The est. RTT of a set of located rows (docs/latency-model.md): mean, 95th percentile
// (percentile_cont over the stored values, so the same as the database computes), and how many
// rows are within 20, 50 and 100 ms.
struct RttStats
{
    qint64 rows = 0; // located rows with an est. RTT
    qint64 measured = 0; // of them, rows whose value was measured, not modelled
    std::optional<double> meanMs;
    std::optional<double> p95Ms;
    qint64 within20 = 0;
    qint64 within50 = 0;
    qint64 within100 = 0;

    double share(qint64 part) const { return rows > 0 ? double(part) / double(rows) : 0.0; }
    QJsonObject toJson() const;
};

// Round trips an analyst measured (own probes, a public latency table), per region and country
// or per region, country and city, read from a small CSV file. Where one exists for a row it
// is used instead of the model. The format is in docs/latency-model.md.
class MeasuredLatencies
{
    Q_DECLARE_TR_FUNCTIONS(MeasuredLatencies)

public:
    static constexpr double kMaxRttMs = 10000.0;

    // Every problem of the text at once, each "line N: what is wrong; what to do".
    static Result<MeasuredLatencies> parse(const QByteArray &text);
    // Reads and parses a file; the error names the file.
    static Result<MeasuredLatencies> load(const QString &path);

    bool isEmpty() const { return m_byCountry.isEmpty() && m_byCity.isEmpty(); }
    int size() const { return int(m_byCountry.size() + m_byCity.size()); }
    // The region codes the table names, sorted.
    QList<QString> regionCodes() const;

    // The measured round trip for a row of this country and city served from this region: the
    // city's value when there is one, else the country's. Country codes are upper case; cities
    // match without regard to case.
    std::optional<double> find(const QByteArray &regionCode, const QByteArray &countryCode,
                               const QByteArray &city) const;

private:
    QString readLine(const QList<QByteArray> &fields, const LatencyColumns &columns, int lineNo,
                     QHash<QByteArray, int> &firstLine);

    QHash<QByteArray, double> m_byCountry; // "region\tCC"
    QHash<QByteArray, double> m_byCity; // "region\tCC\tcity" (city case-folded)
};

} // namespace regionmap
