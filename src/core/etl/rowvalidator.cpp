#include "rowvalidator.h"

#include "csv/csvchunk.h"
#include "etl/rowbatch.h"
#include "geo/ipaddress.h"

namespace regionmap {

RowValidator::RowValidator(const TargetSchema &schema, int keyColumn, TextEncoding encoding)
    : m_schema(schema)
    , m_keyColumn(keyColumn)
    , m_encoding(encoding)
{ }

QByteArray RowValidator::rawUtf8(const RowBatch &batch, int row) const
{
    const QByteArrayView raw = batch.chunk->raw(row);
    return m_encoding == TextEncoding::Latin1 ? QString::fromLatin1(raw).toUtf8()
                                              : raw.toByteArray();
}

void RowValidator::process(RowBatch &batch) const
{
    const CsvChunk &chunk = *batch.chunk;
    const QList<SourceColumn> &cols = m_schema.sourceColumns();
    for (const CsvChunk::Reject &r : chunk.rejects()) {
        const QString column
            = r.column >= 0 && r.column < cols.size() ? cols.at(r.column).name : QString();
        batch.rejects.push_back(
            {r.line, column, QByteArray(), r.rawText(m_encoding).toUtf8(), r.reason});
    }
    for (int r = 0; r < chunk.rowCount(); ++r) {
        if (!checkTypes(batch, r) || !checkKey(batch, r)) {
            batch.rows[size_t(r)].rejected = true;
            continue;
        }
        classifyAddress(batch, r);
    }
}

// A value that does not fit its column's type would fail the COPY: the row goes to the rejects.
bool RowValidator::checkTypes(RowBatch &batch, int row) const
{
    const CsvChunk &chunk = *batch.chunk;
    const QList<SourceColumn> &cols = m_schema.sourceColumns();
    for (int c = 0; c < cols.size(); ++c) {
        const ColumnType type = cols.at(c).type;
        if (type == ColumnType::Text)
            continue;
        const QByteArrayView v = chunk.field(row, c);
        if (v.isEmpty())
            continue;
        const bool ok = type == ColumnType::BigInt ? fitsBigInt(v.data(), v.size())
                                                   : fitsDouble(v.data(), v.size());
        if (ok)
            continue;
        const QString expected = type == ColumnType::BigInt
                                     ? tr("a whole number")
                                     : tr("a number that a double holds as written (at most "
                                          "15 to 17 significant digits)");
        batch.rejects.push_back(
            {chunk.line(row), cols.at(c).name, v.toByteArray(), rawUtf8(batch, row),
             tr("the value in column \"%1\" is not %2, the type the first rows of the first "
                "file gave this column")
                 .arg(cols.at(c).name, expected)});
        return false;
    }
    return true;
}

bool RowValidator::checkKey(RowBatch &batch, int row) const
{
    if (m_keyColumn < 0 || !batch.chunk->field(row, m_keyColumn).isEmpty())
        return true;
    const QString name = m_schema.sourceColumns().at(m_keyColumn).name;
    batch.rejects.push_back(
        {batch.chunk->line(row), name, QByteArray(), rawUtf8(batch, row),
         tr("the key column \"%1\" is empty; the upsert mode needs a key in every row").arg(name)});
    return false;
}

void RowValidator::classifyAddress(RowBatch &batch, int row) const
{
    RowState &state = batch.rows[size_t(row)];
    if (!IpAddress::parse(batch.chunk->field(row, m_schema.ipColumn()), &state.ip)) {
        state.status = GeoStatus::InvalidIp;
        return;
    }
    switch (state.ip.classify()) {
    case IpClass::Invalid:
        state.status = GeoStatus::InvalidIp;
        break;
    case IpClass::PrivateOrReserved:
        state.status = GeoStatus::PrivateOrReserved;
        break;
    case IpClass::Global:
        state.global = true;
        state.status = GeoStatus::LookupFailed; // until the locator answers
        break;
    }
}

} // namespace regionmap
