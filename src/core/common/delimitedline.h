#pragma once

#include <QByteArray>
#include <QList>

namespace regionmap {

// Splits one line of a small delimited file (a region catalog, a latency table) into trimmed
// fields: RFC 4180 quoting, no line breaks inside a field. Returns false for an unterminated
// quote. The data files of a run go through the CSV module's reader instead.
bool splitDelimitedLine(const QByteArray &line, char delimiter, QList<QByteArray> *fields);

} // namespace regionmap
