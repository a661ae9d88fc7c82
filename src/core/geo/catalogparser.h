#pragma once

#include "regioncatalog.h"

#include <QDate>
#include <QHash>

#include <array>

#include <optional>

namespace regionmap {

// Reads a region catalog's text into regions and issues, one line at a time: the delimiter from
// the first line, then the layout (a header, or columns by position), then one region per line
// with its checks, and at the end the checks that need every code. The accepted forms and the
// checks are in docs/catalog-format.md.
class CatalogParser
{
public:
    CatalogParser(QVector<Region> &regions, QList<CatalogIssue> &issues);

    void parse(const QByteArray &source);

    enum Column {
        CodeColumn,
        NameColumn,
        CityColumn,
        LatColumn,
        LonColumn,
        ProviderColumn,
        CountryColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount
    };

    // The date of a "# checked: YYYY-MM-DD" comment line, when the file has one.
    QDate checkedOn() const { return m_checkedOn; }

private:
    enum class Step { Next, Stop };

    Step readLine(const QByteArray &line, int lineNo);
    bool chooseDelimiter(const QByteArray &line, int lineNo);
    Step readHeader(const QList<QByteArray> &fields, const QByteArray &line, int lineNo);
    Step readPositions(const QList<QByteArray> &fields, int lineNo);
    std::optional<Region> readRegion(const QList<QByteArray> &fields, int lineNo);
    bool checkCoordinates(const Region &region, std::optional<double> lat,
                          std::optional<double> lon, int lineNo);
    bool checkUnique(const QString &code, int lineNo);
    bool readDescription(const QList<QByteArray> &fields, Region &region, int lineNo);
    void checkCodeShapes();

    QByteArray field(const QList<QByteArray> &fields, Column column) const;
    std::optional<double> number(const QByteArray &text) const;
    void error(int line, const QString &code, const QString &message);
    void warning(int line, const QString &code, const QString &message);

    QVector<Region> &m_regions;
    QList<CatalogIssue> &m_issues;
    char m_delimiter = 0;
    bool m_haveLayout = false;
    std::array<int, ColumnCount> m_index;
    QDate m_checkedOn;
    qsizetype m_fieldCount = 0;
    QHash<QString, int> m_firstLineOfCode; // lower-case code -> line
    QList<int> m_regionLines; // the line of each region
};

} // namespace regionmap
