#include "delimitedline.h"

namespace regionmap {

bool splitDelimitedLine(const QByteArray &line, char delimiter, QList<QByteArray> *fields)
{
    fields->clear();
    QByteArray field;
    int i = 0;
    const int n = line.size();
    while (true) {
        field.clear();
        // Leading blanks before an opening quote are tolerated.
        int j = i;
        while (j < n && (line[j] == ' ' || line[j] == '\t') && line[j] != delimiter)
            ++j;
        if (j < n && line[j] == '"') {
            i = j + 1;
            bool closed = false;
            while (i < n) {
                if (line[i] == '"') {
                    if (i + 1 < n && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                field += line[i++];
            }
            if (!closed)
                return false;
            while (i < n && line[i] != delimiter) // blanks after the closing quote
                ++i;
        } else {
            const int start = i;
            while (i < n && line[i] != delimiter)
                ++i;
            field = line.mid(start, i - start);
        }
        fields->append(field.trimmed());
        if (i >= n)
            return true;
        ++i; // the delimiter
    }
}

} // namespace regionmap
