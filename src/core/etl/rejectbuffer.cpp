#include "rejectbuffer.h"

#include "common/feedback.h"
#include "csv/csvreader.h"
#include "db/copystream.h"

#include <QFileInfo>

namespace regionmap {

namespace {
constexpr size_t kFlushEntries = 4096;
constexpr qint64 kFlushBytes = 4 << 20;
} // namespace

RejectBuffer::RejectBuffer(QSqlDatabase db, qint64 runId, Feedback *feedback,
                           AddressPrivacy privacy)
    : m_db(std::move(db))
    , m_runId(runId)
    , m_feedback(feedback)
    , m_privacy(std::move(privacy))
{ }

QByteArray RejectBuffer::cleanText(const QByteArray &bytes, int maxBytes)
{
    QString text = QString::fromUtf8(bytes.left(maxBytes + 4)); // invalid bytes become U+FFFD
    text.replace(QChar(0), QChar(0x2400)); // NUL shown as the ␀ symbol
    QByteArray out = text.toUtf8();
    if (out.size() > maxBytes) {
        int cut = maxBytes;
        while (cut > 0 && (quint8(out.at(cut)) & 0xC0) == 0x80)
            --cut; // do not split a character
        out.truncate(cut);
        out.append("\xE2\x80\xA6"); // …
    }
    return out;
}

void RejectBuffer::add(const QString &file, qint64 line, const QString &column,
                       const QByteArray &rawValue, const QByteArray &rawText,
                       const QString &rawReason)
{
    ++m_total;
    // Redacted before anything is reported or kept; in the keep mode these are copies.
    const QByteArray value = m_privacy.redact(QByteArrayView(rawValue));
    // The reader keeps at most MaxRejectRawSize bytes of a record: a text that long may end in
    // the start of an address.
    const bool cut = rawText.size() >= CsvReader::MaxRejectRawSize - 4;
    const QByteArray raw = m_privacy.redact(QByteArrayView(rawText), cut);
    const QString reason = m_privacy.redact(rawReason);
    if (m_feedback) {
        if (m_total <= kReported) {
            m_feedback->warning(
                tr("%1, line %2: %3").arg(QFileInfo(file).fileName()).arg(line).arg(reason));
        } else if (m_total == kReported + 1) {
            m_feedback->warning(tr("More rows were rejected; all of them are listed in etl_rejects "
                                   "(run %1).")
                                    .arg(m_runId));
        }
    }
    Entry e {file,  line, column, cleanText(value, kMaxTextBytes), cleanText(raw, kMaxTextBytes),
             reason};
    m_pendingBytes += e.raw.size() + e.value.size() + reason.size() + 64;
    m_pending.push_back(std::move(e));
}

bool RejectBuffer::needsFlush() const
{
    return m_pending.size() >= kFlushEntries || m_pendingBytes >= kFlushBytes;
}

Status RejectBuffer::flush()
{
    if (m_pending.empty())
        return {};
    Result<PGconn *> conn = pgConnection(m_db);
    if (!conn)
        return conn.error();
    CopyStream copy(conn.value());
    if (Status st = copy.begin(QStringLiteral("COPY etl_rejects (run_id, source_file, line_number,"
                                              " column_name, value, raw_text, reason) FROM STDIN"));
        !st)
        return st;
    CopyBuffer buf;
    for (const Entry &e : m_pending) {
        buf.appendInt(m_runId);
        buf.separator();
        buf.appendText(e.file.toUtf8());
        buf.separator();
        if (e.line > 0)
            buf.appendInt(e.line);
        else
            buf.appendNull();
        buf.separator();
        if (e.column.isEmpty())
            buf.appendNull();
        else
            buf.appendText(e.column.toUtf8());
        buf.separator();
        if (e.value.isEmpty())
            buf.appendNull();
        else
            buf.appendText(e.value);
        buf.separator();
        buf.appendText(e.raw);
        buf.separator();
        buf.appendText(e.reason.toUtf8());
        buf.endRow();
    }
    if (Status st = copy.send(buf); !st)
        return st;
    const Result<qint64> rows = copy.finish();
    if (!rows)
        return Error(tr("Could not record the rejected rows."), rows.error().details);
    m_pending.clear();
    m_pendingBytes = 0;
    return {};
}

} // namespace regionmap
