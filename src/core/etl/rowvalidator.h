#pragma once

#include "csv/csvdialect.h"
#include "db/targetschema.h"

#include <QCoreApplication>

namespace regionmap {

struct RowBatch;

// The first stage after the reader, before any lookup: parses and classifies each row's IP
// address, checks every value against its column's inferred type, and checks the upsert key.
// A row that fails goes to the batch's rejects and costs no lookup (no paid quota).
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    // keyColumn: the upsert key's index among the source columns, or -1 (no key to check).
    // encoding: the file's, to give the rejects' raw text as UTF-8.
    RowValidator(const TargetSchema &schema, int keyColumn, TextEncoding encoding);

    // Marks each row of the batch as rejected (with a reject) or accepted, with its address and
    // its status so far: InvalidIp, PrivateOrReserved, or (a global address, for the locator)
    // LookupFailed until the locator answers. Also moves the chunk's own parse rejects
    // into the batch's rejects.
    void process(RowBatch &batch) const;

private:
    bool checkTypes(RowBatch &batch, int row) const;
    bool checkKey(RowBatch &batch, int row) const;
    void classifyAddress(RowBatch &batch, int row) const;
    QByteArray rawUtf8(const RowBatch &batch, int row) const;

    const TargetSchema &m_schema;
    int m_keyColumn;
    TextEncoding m_encoding;
};

} // namespace regionmap
