// libFuzzer target: the CSV sniffer on arbitrary bytes, with and without the analyst's overrides.
// Checks its promises: it fails only with a message, guesses one of the four delimiters, says
// why when it finds no column, points the IP column at a column that exists, and previews at most
// 100 rows.
#include "csv/csvsniffer.h"
#include "fuzzsupport.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

using namespace regionmap;
using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    // First two bytes: the overrides, each from bits of its own (none when bit 7 of the first is
    // clear). The rest: the file.
    const uint8_t opts = data[0];
    const uint8_t more = data[1];
    data += 2;
    size -= 2;
    const int fd = fuzz::memoryFile(data, size);
    if (fd < 0)
        return 0;
    const QString path = fuzz::memoryFilePath(fd);

    SniffOverrides overrides;
    if (opts & 0x80) {
        static const char delimiters[] = {',', ';', '\t', '|'};
        if (opts & 0x40)
            overrides.delimiter = delimiters[opts & 3];
        if (opts & 0x20)
            overrides.hasHeader = (opts & 4) != 0;
        if (opts & 0x10)
            overrides.encoding = (opts & 8) ? TextEncoding::Latin1 : TextEncoding::Utf8;
        if (more & 0x80)
            overrides.ipColumnIndex = more & 7;
        else if (more & 0x40)
            overrides.ipColumnName = QStringLiteral("ip");
    }
    const Result<SniffResult> sniffed = CsvSniffer::sniff(path, overrides);
    if (!sniffed) {
        check(!sniffed.error().message.isEmpty(), "a failure says why");
    } else {
        const SniffResult &r = *sniffed;
        const char d = r.dialect.delimiter;
        check(d == ',' || d == ';' || d == '\t' || d == '|', "one of the four delimiters");
        if (overrides.delimiter)
            check(d == *overrides.delimiter, "the chosen delimiter is kept");
        check(r.ipColumn >= -1 && r.ipColumn < r.columnNames.size(), "the IP column exists");
        check((r.ipColumn == -1) == (r.ipColumnSource == SniffResult::IpColumnSource::None),
              "an IP column has a source");
        check(r.previewRows.size() <= CsvSniffer::PreviewRows, "at most 100 preview rows");
        check(r.fileSize == qint64(size), "the file's size");
        check(r.estimatedRows >= 0, "a row estimate");
        // (A header name may be empty, as written: the table names that column column_N.)
        check(!r.columnNames.isEmpty() || !r.problems.isEmpty(), "no columns: a problem says why");
    }
    close(fd);
    return 0;
}
