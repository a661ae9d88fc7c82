#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "etl/locatestage.h"
#include "etl/pointcounts.h"
#include "etl/regionassigner.h"
#include "etl/rowencoder.h"
#include "etl/rowvalidator.h"
#include "etl/runcounts.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace regionmap {

class CopyBuffer;
class CsvChunk;
class CsvReader;
class LoadSession;
class Locator;
class NearestRegionFinder;
struct PreparedInput;
struct RowBatch;

// The steps of a run's progress, in the order of RowPipeline::progressStages().
enum class Stage { Read, Locate, Assign, Load };

// Moves the rows of the data files one way through the stages, a chunk at a time:
// reader → validator → locator → assigner → encoder → load session. Each stage is a class of its
// own (see docs/architecture.md); this class only wires them and reports progress.
class RowPipeline
{
    Q_DECLARE_TR_FUNCTIONS(RowPipeline)

public:
    struct Setup
    {
        const TargetSchema *schema = nullptr;
        int keyColumn = -1;
        Locator *locator = nullptr;
        // The cross-check's locator (a second opinion on every located row), or null.
        Locator *secondLocator = nullptr;
        double secondSample = 1.0; // the probability of a row to be cross-checked
        qint64 secondLimit = -1; // at most this many rows (-1: all)
        const NearestRegionFinder *finder = nullptr;
        RowEncoder::Setup encoder;
        int chunkRecords = 16384;
    };

    RowPipeline(Setup setup, LoadSession &session, Feedback &feedback);

    // The steps a run reports its progress in (Feedback::start), one per Stage.
    static QList<StageProgress> progressStages();

    // Reads one file to its end. bytesBefore: the bytes of the files before it, for progress.
    // Errors carry their kind; a cancel gives an Error of the kind Cancelled.
    Status loadFile(const PreparedInput &input, qint64 bytesBefore);

    qint64 rowsRead() const { return m_rowsRead; }
    qint64 blankLines() const { return m_blankLines; }
    qint64 crossCheckedRows() const { return m_secondLocate ? m_secondLocate->sampledRows() : 0; }
    RunCounts &counts() { return m_counts; }
    PointCounts &points() { return m_points; }

private:
    // Chunks in flight between the reading thread and the loading one.
    static constexpr int kSlots = 3;

    Status cancelled() const;
    // Whether reading, validating and locating may run on a thread of their own (the offline
    // database can; a web service's locator lives in the job's thread).
    bool overlapsReading() const;
    Status runChunks(CsvReader &reader, const RowValidator &validator, qint64 bytesBefore,
                     const QString &path, qint64 &rejected);
    // Reads the next chunk and takes it through the validator and the locators. False at the
    // end of the file, or on an error, which is then in `status`.
    // report: tell the progress as it goes (on the job's thread), else reportRead() later.
    bool prepareChunk(CsvReader &reader, const RowValidator &validator, qint64 bytesBefore,
                      CsvChunk &chunk, RowBatch &batch, qint64 &bytesRead, Status &status,
                      bool report);
    // The progress of a chunk prepared on the reading thread, told from the job's thread.
    void reportRead(const CsvChunk &chunk, qint64 bytesRead);
    // Assigns, encodes and loads a prepared chunk.
    Status loadBatch(const QString &path, RowBatch &batch, CopyBuffer &buf, qint64 &rejected);

    Setup m_setup;
    LoadSession &m_session;
    Feedback &m_feedback;
    LocateStage m_locate;
    RegionAssigner m_assigner;
    std::optional<LocateStage> m_secondLocate;
    std::unique_ptr<RegionAssigner> m_secondAssigner; // declared before the encoder that uses it
    RowEncoder m_encoder;
    RunCounts m_counts;
    PointCounts m_points;
    qint64 m_rowsRead = 0;
    qint64 m_blankLines = 0;
};

} // namespace regionmap
