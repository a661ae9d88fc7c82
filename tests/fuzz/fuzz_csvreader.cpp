// libFuzzer target: the CSV sniffer and the streaming reader on arbitrary bytes, with tiny read
// buffers so that every record crosses buffer boundaries. Checks the reader's promises: every
// record is a row or a reject, fields are valid UTF-8 without NUL, lines only grow.
#include "csv/csvchunk.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "fuzzsupport.h"

#include <QString>
#include <QStringDecoder>

#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

using namespace regionmap;
using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // First byte: options. The rest: the file.
    const uint8_t opts = data[0];
    ++data;
    --size;
    const int fd = fuzz::memoryFile(data, size);
    if (fd < 0)
        return 0;
    const QString path = fuzz::memoryFilePath(fd);

    if (opts & 0x80)
        (void)CsvSniffer::sniff(path);

    CsvDialect dialect;
    static const char delimiters[] = {',', ';', '\t', '|'};
    dialect.delimiter = delimiters[opts & 3];
    dialect.hasHeader = opts & 4;
    dialect.encoding = (opts & 8) ? TextEncoding::Latin1 : TextEncoding::Utf8;
    CsvReader reader(dialect);
    reader.setBufferSize(1 + (opts >> 4 & 7) * 3);
    reader.setMaxRecordSize(4096);
    if (reader.open(path)) {
        CsvChunk chunk;
        qint64 records = 0;
        qint64 lastLine = 0;
        while (reader.readChunk(chunk, 1 + (opts & 0x30))) {
            records += chunk.recordCount();
            check(chunk.recordCount() == chunk.rowCount() + int(chunk.rejects().size()),
                  "records = rows + rejects");
            for (int r = 0; r < chunk.rowCount(); ++r) {
                check(chunk.line(r) > 0, "line numbers start at 1");
                for (int c = 0; c < chunk.fieldCount(r); ++c) {
                    const QByteArrayView f = chunk.field(r, c);
                    check(!f.contains('\0'), "no NUL in a field");
                    // (A decoder that keeps a leading BOM: "\xEF\xBB\xBFex" is a valid field.)
                    QStringDecoder utf8(QStringDecoder::Utf8,
                                        QStringDecoder::Flag::ConvertInitialBom);
                    const QString text = utf8(f);
                    check(!utf8.hasError() && text.size() <= f.size(), "fields are valid UTF-8");
                }
            }
            for (const auto &rej : chunk.rejects()) {
                check(rej.line > 0, "rejects have a line");
                check(!rej.reason.isEmpty(), "rejects have a reason");
                check(rej.raw.size() <= CsvReader::MaxRejectRawSize + 4, "reject raw text is cut");
            }
            if (chunk.rowCount() > 0) {
                check(chunk.line(0) >= lastLine, "lines grow");
                lastLine = chunk.line(chunk.rowCount() - 1);
            }
        }
        check(records == reader.recordsRead(), "recordsRead counts every record");
        check(reader.bytesRead() <= qint64(size), "no more bytes read than there are");
    }
    close(fd);
    return 0;
}
