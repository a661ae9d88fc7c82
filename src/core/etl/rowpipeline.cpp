#include "rowpipeline.h"

#include "common/feedback.h"
#include "csv/csvchunk.h"
#include "csv/csvreader.h"
#include "db/copybuffer.h"
#include "etl/inputset.h"
#include "etl/loadsession.h"
#include "etl/rowbatch.h"

#include <QFileInfo>
#include <QLocale>

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

    CsvChunk chunk;
    RowBatch batch;
    CopyBuffer buf;
    while (reader.readChunk(chunk, m_setup.chunkRecords)) {
        m_rowsRead += chunk.recordCount();
        batch.reset(chunk);
        m_feedback.addStageRows(int(Stage::Read), chunk.recordCount());
        m_feedback.setBytesRead(bytesBefore + reader.bytesRead());

        validator.process(batch);
        if (m_feedback.isCanceled())
            return cancelled();
        if (Status st = m_locate.process(batch); !st)
            return m_feedback.isCanceled() ? cancelled() : st;
        if (m_secondLocate) {
            if (Status st = m_secondLocate->process(batch); !st)
                return m_feedback.isCanceled() ? cancelled() : st;
        }
        m_feedback.addStageRows(int(Stage::Locate), chunk.rowCount());
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
        m_feedback.addStageRows(int(Stage::Assign), chunk.rowCount());
        if (m_feedback.isCanceled())
            return cancelled();

        if (Status st = m_session.send(buf); !st)
            return st;
        rejected += qint64(batch.rejects.size());
        if (Status st = m_session.reject(input.input.path, batch.rejects); !st)
            return st;
        m_feedback.addStageRows(int(Stage::Load), chunk.rowCount());
        if (m_feedback.isCanceled())
            return cancelled();
    }
    if (reader.hasError())
        return reader.error().orKind(ErrorKind::Input);
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
