#pragma once

#include <QString>

namespace regionmap {

// How the bytes of a CSV file are to be read.
enum class TextEncoding { Utf8, Latin1 };

// The shape of a CSV file: the sniffer guesses it, the analyst can override every part of it.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
    bool hasHeader = true;
    TextEncoding encoding = TextEncoding::Utf8;
};

// "comma", "semicolon", "tab", "pipe" (translated); any other delimiter is shown quoted.
QString delimiterName(char d);

// "UTF-8" or "Latin-1 (ISO 8859-1)".
QString encodingName(TextEncoding e);

} // namespace regionmap
