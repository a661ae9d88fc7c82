#include "sourcechoices.h"

#include <QComboBox>

namespace regionmap {

namespace {

enum { AutoValue = -1 };

} // namespace

SourceChoices::SourceChoices(QComboBox *ipColumn, QComboBox *delimiter, QComboBox *header,
                             QComboBox *encoding)
    : m_ipColumn(ipColumn)
    , m_delimiter(delimiter)
    , m_header(header)
    , m_encoding(encoding)
{
    m_delimiter->addItem(tr("Automatic"), AutoValue);
    for (const char d : {',', ';', '\t', '|'})
        m_delimiter->addItem(delimiterName(d), int(d));
    m_header->addItem(tr("Automatic"), AutoValue);
    m_header->addItem(tr("Yes: the first row holds the column names"), 1);
    m_header->addItem(tr("No: the first row is data"), 0);
    m_encoding->addItem(tr("Automatic"), AutoValue);
    m_encoding->addItem(encodingName(TextEncoding::Utf8), int(TextEncoding::Utf8));
    m_encoding->addItem(encodingName(TextEncoding::Latin1), int(TextEncoding::Latin1));
}

void SourceChoices::show(const SniffOverrides &o, const SniffResult *s)
{
    const auto select = [](QComboBox *combo, int value) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    };
    m_delimiter->setItemText(0, s && !o.delimiter
                                    ? tr("Automatic (%1)").arg(delimiterName(s->dialect.delimiter))
                                    : tr("Automatic"));
    select(m_delimiter, o.delimiter ? int(*o.delimiter) : AutoValue);

    m_header->setItemText(
        0, s && !o.hasHeader ? (s->dialect.hasHeader ? tr("Automatic (yes)") : tr("Automatic (no)"))
                             : tr("Automatic"));
    select(m_header, o.hasHeader ? int(*o.hasHeader) : AutoValue);

    m_encoding->setItemText(0, s && !o.encoding
                                   ? tr("Automatic (%1)").arg(encodingName(s->dialect.encoding))
                                   : tr("Automatic"));
    select(m_encoding, o.encoding ? int(*o.encoding) : AutoValue);

    QComboBox *ip = m_ipColumn;
    ip->clear();
    const bool autoIp = o.ipColumnIndex < 0 && o.ipColumnName.isEmpty();
    if (s && autoIp && s->ipColumn >= 0)
        ip->addItem(tr("Automatic (%1)").arg(s->columnNames.value(s->ipColumn)), AutoValue);
    else if (s && autoIp)
        ip->addItem(tr("Automatic (none found)"), AutoValue);
    else
        ip->addItem(tr("Automatic"), AutoValue);
    if (s) {
        for (int i = 0; i < s->columnNames.size(); ++i)
            ip->addItem(s->columnNames.at(i), i);
    }
    select(ip, autoIp ? AutoValue : (s ? s->ipColumn : AutoValue));
}

SniffOverrides SourceChoices::overrides() const
{
    SniffOverrides o;
    if (const int d = m_delimiter->currentData().toInt(); d != AutoValue)
        o.delimiter = char(d);
    if (const int h = m_header->currentData().toInt(); h != AutoValue)
        o.hasHeader = h == 1;
    if (const int e = m_encoding->currentData().toInt(); e != AutoValue)
        o.encoding = TextEncoding(e);
    // Column names may change with the dialect: keep the IP column by name.
    if (const int c = m_ipColumn->currentData().toInt(); c != AutoValue)
        o.ipColumnName = m_ipColumn->currentText();
    return o;
}

} // namespace regionmap
