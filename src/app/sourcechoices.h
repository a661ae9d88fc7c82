#pragma once

#include "csv/csvsniffer.h"

#include <QCoreApplication>

class QComboBox;

namespace regionmap {

// The reading choices of one data file on the Sources page: the IP column, the delimiter, the
// header and the encoding, each "Automatic" (and what the sniffer found) or the analyst's own.
// Fills the page's four combo boxes from a file's overrides and sniff, and reads them back.
class SourceChoices
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::SourcesPage)

public:
    SourceChoices(QComboBox *ipColumn, QComboBox *delimiter, QComboBox *header,
                  QComboBox *encoding);

    QList<QComboBox *> combos() const { return {m_ipColumn, m_delimiter, m_header, m_encoding}; }
    // sniff may be null (not read yet, or unreadable).
    void show(const SniffOverrides &overrides, const SniffResult *sniff);
    SniffOverrides overrides() const;

private:
    QComboBox *m_ipColumn;
    QComboBox *m_delimiter;
    QComboBox *m_header;
    QComboBox *m_encoding;
};

} // namespace regionmap
