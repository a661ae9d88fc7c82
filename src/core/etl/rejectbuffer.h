#pragma once

#include "common/result.h"
#include "etl/addressprivacy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace regionmap {

class Feedback;

// Collects rejected rows and writes them to etl_rejects with COPY, in batches, so memory stays
// flat however many rows are rejected. The first few are also reported to the feedback.
class RejectBuffer
{
    Q_DECLARE_TR_FUNCTIONS(RejectBuffer)

public:
    static constexpr int kMaxTextBytes = 1024; // raw text and values are truncated to this
    static constexpr int kReported = 20; // rejects reported one by one to the feedback

    // privacy: the addresses in a rejected row's text, value and reason are stored and reported
    // as the run's privacy mode has them (docs/privacy.md).
    RejectBuffer(QSqlDatabase db, qint64 runId, Feedback *feedback = nullptr,
                 AddressPrivacy privacy = {});

    void add(const QString &file, qint64 line, const QString &column, const QByteArray &value,
             const QByteArray &raw, const QString &reason);

    // True when enough rejects are waiting that they should be written now.
    bool needsFlush() const;
    Status flush();

    qint64 total() const { return m_total; }
    qint64 runId() const { return m_runId; }

    // Valid UTF-8 without NUL bytes, at most maxBytes long (cut on a character boundary).
    static QByteArray cleanText(const QByteArray &bytes, int maxBytes);

private:
    struct Entry
    {
        QString file;
        qint64 line;
        QString column;
        QByteArray value;
        QByteArray raw;
        QString reason;
    };

    QSqlDatabase m_db;
    qint64 m_runId;
    Feedback *m_feedback;
    AddressPrivacy m_privacy;
    std::vector<Entry> m_pending;
    qint64 m_pendingBytes = 0;
    qint64 m_total = 0;
};

} // namespace regionmap
