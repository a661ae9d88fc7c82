// CsvSniffer's encoding detector: UTF-8 unless the sample is mostly not, then Latin-1.
#include "csvsniffer.h"
#include "sniffsample.h"

namespace regionmap {

namespace {

using namespace sniff;

struct Utf8Stats
{
    qsizetype invalid = 0;
    qsizetype multibyte = 0; // valid sequences of two bytes or more
    qsizetype firstInvalid = -1;
};

// A lead byte whose sequence the end of the sample cut short.
bool isCutSequence(const char *s, qsizetype avail)
{
    const auto c = uchar(s[0]);
    const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (need == 0 || need <= avail)
        return false;
    for (qsizetype k = 1; k < avail; ++k) {
        if ((uchar(s[k]) & 0xC0) != 0x80)
            return false;
    }
    return true;
}

Utf8Stats utf8Stats(const Sample &sample)
{
    Utf8Stats stats;
    const char *s = sample.data.constData();
    const qsizetype n = sample.size;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype bad = csv::firstInvalidUtf8(s + i, n - i);
        const qsizetype validEnd = bad < 0 ? n : i + bad;
        for (qsizetype k = i; k < validEnd; ++k)
            stats.multibyte += (uchar(s[k]) & 0xC0) == 0xC0;
        if (bad < 0)
            break;
        const qsizetype at = i + bad;
        if (!sample.wholeFile && isCutSequence(s + at, n - at))
            break;
        ++stats.invalid;
        if (stats.firstInvalid < 0)
            stats.firstInvalid = at;
        i = at + 1;
    }
    return stats;
}

} // namespace

void CsvSniffer::detectEncoding(const sniff::Sample &sample, const SniffOverrides &overrides,
                                SniffResult &res)
{
    const QString detected = tr("detected");
    const QString chosen = tr("chosen");
    const Utf8Stats utf8 = utf8Stats(sample);
    res.validUtf8 = utf8.invalid == 0;
    const TextEncoding guessedEncoding
        = !res.validUtf8 && sample.bomSize == 0 && utf8.invalid > utf8.multibyte
              ? TextEncoding::Latin1
              : TextEncoding::Utf8;
    res.dialect.encoding = overrides.encoding.value_or(guessedEncoding);
    res.notes << tr("Encoding: %1 (%2)")
                     .arg(encodingName(res.dialect.encoding),
                          overrides.encoding ? chosen : detected);
    if (!res.validUtf8) {
        const QString byte
            = QStringLiteral("%1")
                  .arg(uint(uchar(sample.data.at(utf8.firstInvalid))), 2, 16, QLatin1Char('0'))
                  .toUpper();
        const QString line = QString::number(1 + sample.data.left(utf8.firstInvalid).count('\n'));
        if (res.dialect.encoding == TextEncoding::Utf8) {
            res.problems << tr("The file is not valid UTF-8: byte 0x%1 on line %2 is not, and "
                               "rows like that one will be rejected. If the file is in Latin-1 "
                               "(ISO 8859-1), choose that encoding.")
                                .arg(byte, line);
        } else if (!overrides.encoding) {
            res.problems << tr("The file is not valid UTF-8 (byte 0x%1 on line %2 is not), so "
                               "it is read as Latin-1 (ISO 8859-1). If characters look wrong in "
                               "the preview, choose another encoding.")
                                .arg(byte, line);
        }
    }
    if (const qsizetype nuls = sample.data.left(sample.size).count('\0'); nuls > 0) {
        res.problems << tr("The start of the file holds %n NUL byte(s), which PostgreSQL text "
                           "cannot hold: rows with them will be rejected. The file may be UTF-16 "
                           "without a byte order mark, or not a text file.",
                           nullptr, int(nuls));
    }
}

} // namespace regionmap
