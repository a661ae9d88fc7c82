#pragma once

#include "csv/csvchunk.h"
#include "csv/csvreader.h"

#include <QTemporaryFile>
#include <QtTest/QTest>

namespace regionmap::test {

// The first chunk of a CSV text as the reader makes it, for the pipeline's unit tests.
inline CsvChunk readChunk(const QByteArray &csv, CsvDialect dialect = {}, int expectedFields = -1)
{
    QTemporaryFile file;
    if (!file.open())
        qFatal("cannot write a temporary file");
    file.write(csv);
    file.close();
    CsvReader reader(dialect);
    if (!reader.open(file.fileName()))
        qFatal("cannot read a temporary file");
    if (expectedFields > 0)
        reader.setExpectedFieldCount(expectedFields);
    CsvChunk chunk;
    reader.readChunk(chunk, 1 << 16);
    return chunk;
}

} // namespace regionmap::test
