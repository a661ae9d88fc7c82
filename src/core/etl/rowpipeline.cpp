#include "rowpipeline.h"

#include "common/feedback.h"
#include "csv/csvchunk.h"
#include "csv/csvreader.h"
#include "db/copybuffer.h"
#include "etl/batchhandoff.h"
#include "etl/inputset.h"
#include "etl/loadsession.h"
#include "etl/rowbatch.h"
#include "geo/locator.h"

#include <QFileInfo>
#include <QLocale>

#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace regionmap {

RowPipeline::RowPipeline(Setup setup, LoadSession &session, Feedback &feedback)
    : m_setup(std::move(setup))
    , m_session(session)
    , m_feedback(feedback)
    , m_locate(*m_setup.locator)
    , m_assigner(*m_setup.finder)
    , m_secondLocate(m_setup.secondLocator ? std::make_optional<LocateStage>(
                         *m_setup.secondLocator, LocateStage::Kind::SecondOpinion)
                                           : std::nullopt)
    , m_secondAssigner(m_setup.secondLocator ? std::make_unique<RegionAssigner>(
                           *m_setup.finder, size_t(1) << 17, RegionAssigner::Kind::SecondOpinion)
                                             : nullptr)
    , m_encoder(*m_setup.schema, m_assigner, m_setup.encoder, m_secondAssigner.get())
    , m_counts(int(m_setup.encoder.regionCodes.size()))
{
    m_encoder.setPointCounts(&m_points);
    if (m_secondLocate)
        m_secondLocate->setSample(m_setup.secondSample, m_setup.secondLimit);
}

Status RowPipeline::cancelled() const
{
    return Error(ErrorKind::Cancelled, tr("The run was cancelled."));
}

QList<StageProgress> RowPipeline::progressStages()
{
    return {{QStringLiteral("read"), tr("Read")},
            {QStringLiteral("locate"), tr("Locate")},
            {QStringLiteral("assign"), tr("Assign")},
            {QStringLiteral("load"), tr("Load")}};
}

bool RowPipeline::overlapsReading() const
{
    return m_setup.locator->locatesOnAnyThread()
           && (!m_setup.secondLocator || m_setup.secondLocator->locatesOnAnyThread());
}

bool RowPipeline::prepareChunk(CsvReader &reader, const RowValidator &validator, qint64 bytesBefore,
                               CsvChunk &chunk, RowBatch &batch, qint64 &bytesRead, Status &status,
                               bool report)
{
    if (m_feedback.isCanceled()) {
        status = cancelled();
        return false;
    }
    if (!reader.readChunk(chunk, m_setup.chunkRecords)) {
        if (reader.hasError())
            status = reader.error().orKind(ErrorKind::Input);
        return false;
    }
    m_rowsRead += chunk.recordCount();
    bytesRead = bytesBefore + reader.bytesRead();
    if (report) {
        // Before locating, which may wait for a web service for a while.
        m_feedback.addStageRows(int(Stage::Read), chunk.recordCount());
        m_feedback.setBytesRead(bytesRead);
    }
    batch.reset(chunk);

    validator.process(batch);
    m_encoder.writeSourceColumns(batch);
    if (m_feedback.isCanceled()) {
        status = cancelled();
        return false;
    }
    if (Status st = m_locate.process(batch); !st) {
        status = m_feedback.isCanceled() ? cancelled() : st;
        return false;
    }
    if (m_secondLocate) {
        if (Status st = m_secondLocate->process(batch); !st) {
            status = m_feedback.isCanceled() ? cancelled() : st;
            return false;
        }
    }
    m_encoder.writeLocationColumns(batch);
    if (report)
        m_feedback.addStageRows(int(Stage::Locate), chunk.rowCount());
    return true;
}

void RowPipeline::reportRead(const CsvChunk &chunk, qint64 bytesRead)
{
    m_feedback.addStageRows(int(Stage::Read), chunk.recordCount());
    m_feedback.setBytesRead(bytesRead);
    m_feedback.addStageRows(int(Stage::Locate), chunk.rowCount());
}

Status RowPipeline::loadBatch(const QString &path, RowBatch &batch, CopyBuffer &buf,
                              qint64 &rejected)
{
    const int rows = batch.chunk->rowCount();
    if (m_feedback.isCanceled())
        return cancelled();
    m_assigner.process(batch);
    if (m_secondAssigner)
        m_secondAssigner->process(batch);
    buf.clear();
    const auto send = [this](CopyBuffer &b) {
        return m_session.send(b);
    };
    if (Status st = m_encoder.process(batch, buf, m_counts, send); !st)
        return st;
    m_feedback.addStageRows(int(Stage::Assign), rows);
    if (m_feedback.isCanceled())
        return cancelled();

    if (Status st = m_session.send(buf); !st)
        return st;
    rejected += qint64(batch.rejects.size());
    if (Status st = m_session.reject(path, batch.rejects); !st)
        return st;
    m_feedback.addStageRows(int(Stage::Load), rows);
    if (m_feedback.isCanceled())
        return cancelled();
    return {};
}

namespace {

// The reading thread's notes to the analyst (a locator's warnings), passed on by the job's thread:
// a front end may only hear from the thread the job runs in (the CLI's has no event loop).
class NoteRelay
{
public:
    NoteRelay()
    {
        QObject::connect(&feedback, &Feedback::messageReported,
                         [this](MessageLevel level, const QString &text) {
                             const std::lock_guard lock(m_mutex);
                             m_notes.push_back({level, text});
                         });
    }
    void passOn(Feedback &to)
    {
        std::vector<std::pair<MessageLevel, QString>> notes;
        {
            const std::lock_guard lock(m_mutex);
            notes.swap(m_notes);
        }
        for (const auto &[level, text] : notes)
            to.message(level, text);
    }

    Feedback feedback;

private:
    std::mutex m_mutex;
    std::vector<std::pair<MessageLevel, QString>> m_notes;
};

} // namespace

Status RowPipeline::runChunks(CsvReader &reader, const RowValidator &validator, qint64 bytesBefore,
                              const QString &path, qint64 &rejected)
{
    CopyBuffer buf;
    if (!overlapsReading()) {
        CsvChunk chunk;
        RowBatch batch;
        qint64 bytesRead = 0;
        Status status;
        while (
            prepareChunk(reader, validator, bytesBefore, chunk, batch, bytesRead, status, true)) {
            if (Status st = loadBatch(path, batch, buf, rejected); !st)
                return st;
        }
        return status;
    }

    // The reading side (read, validate, locate) runs a chunk or two ahead on a thread of its
    // own while this one assigns, encodes and sends. Its progress and the locators' notes reach
    // the feedback from this thread.
    NoteRelay relay;
    const auto useFeedback = [this](Feedback *feedback) {
        m_setup.locator->setFeedback(feedback);
        if (m_setup.secondLocator)
            m_setup.secondLocator->setFeedback(feedback);
    };
    BatchHandoff handoff(kSlots);
    std::thread reading;
    // However this ends (an error, an exception, even in starting the thread), the reading
    // thread stops before the reader, the slots and the relay go away, and the locators report
    // to the run's feedback again.
    struct Stop
    {
        BatchHandoff &handoff;
        std::thread &reading;
        std::function<void()> then;
        ~Stop()
        {
            handoff.abandon();
            if (reading.joinable())
                reading.join();
            then();
        }
    } stop {handoff, reading, [&] {
                useFeedback(&m_feedback);
            }};
    useFeedback(&relay.feedback);
    reading = std::thread([&] {
        Status status;
        try {
            while (BatchHandoff::Slot *slot = handoff.takeFree()) {
                if (!prepareChunk(reader, validator, bytesBefore, slot->chunk, slot->batch,
                                  slot->bytesRead, status, false)) {
                    handoff.putFree(slot);
                    break;
                }
                handoff.putReady(slot);
            }
        } catch (const std::exception &e) {
            status = Error(ErrorKind::Internal,
                           tr("Reading the rows failed: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            status
                = Error(ErrorKind::Internal,
                        tr("Reading the rows failed: %1").arg(QStringLiteral("unknown exception")));
        }
        handoff.finish(status);
    });
    Status result;
    while (BatchHandoff::Slot *slot = handoff.takeReady()) {
        if (m_feedback.isCanceled())
            relay.feedback.requestCancel(); // a locator that waits would notice it there
        relay.passOn(m_feedback);
        reportRead(slot->chunk, slot->bytesRead);
        result = loadBatch(path, slot->batch, buf, rejected);
        handoff.putFree(slot);
        if (!result)
            break;
    }
    handoff.abandon();
    reading.join();
    relay.passOn(m_feedback);
    if (!result)
        return result;
    return handoff.finishStatus();
}

Status RowPipeline::loadFile(const PreparedInput &input, qint64 bytesBefore)
{
    const TargetSchema &schema = *m_setup.schema;
    CsvReader reader(input.sniff.dialect);
    if (Status st = reader.open(input.input.path); !st)
        return st.error().orKind(ErrorKind::Input);
    reader.setExpectedFieldCount(int(schema.sourceColumns().size()));
    m_feedback.setCurrentFile(input.input.path);
    m_encoder.setFile(input.input.path);
    const RowValidator validator(schema, m_setup.keyColumn, input.sniff.dialect.encoding);
    const QString name = QFileInfo(input.input.path).fileName();
    const QLocale locale;
    m_feedback.info(tr("%1: reading %2, the IP addresses from the column \"%3\".")
                        .arg(name, locale.formattedDataSize(input.sniff.fileSize),
                             input.sniff.columnNames.value(input.sniff.ipColumn)));
    const qint64 readBefore = m_rowsRead;
    qint64 rejected = 0;
    if (Status st = runChunks(reader, validator, bytesBefore, input.input.path, rejected); !st)
        return st;

    const qint64 read = m_rowsRead - readBefore;
    m_feedback.info(tr("%1: %2 rows read, %3 rejected (listed in etl_rejects).")
                        .arg(name, locale.toString(read), locale.toString(rejected)));
    if (reader.recordsRead() == 0)
        m_feedback.warning(tr("%1 holds no data rows.").arg(name));
    m_blankLines += reader.blankLinesSkipped();
    if (reader.blankLinesSkipped() > 0)
        m_feedback.info(tr("%1: %n blank line(s) skipped (they hold no record).", nullptr,
                           int(reader.blankLinesSkipped()))
                            .arg(name));
    return {};
}

} // namespace regionmap
