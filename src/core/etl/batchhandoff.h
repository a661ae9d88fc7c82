#pragma once

#include "common/result.h"
#include "csv/csvchunk.h"
#include "etl/rowbatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace regionmap {

// Hands chunks from the thread that reads, validates and locates them to the thread that
// assigns, encodes and loads them, in file order, through a fixed number of slots: the reader
// waits when every slot is full, the loader when none is ready. The slots are reused, so their
// buffers are too.
//
// Either side may stop early: the reader says why it ended (finish()), the loader that it no
// longer takes anything (abandon()), which frees a reader waiting for a slot.
class BatchHandoff
{
public:
    struct Slot
    {
        CsvChunk chunk;
        RowBatch batch;
        qint64 bytesRead = 0; // of the file, after this chunk (for the progress)
    };

    explicit BatchHandoff(int slotCount);

    // The reader's side. takeFree() is null once the loader has abandoned the hand-off.
    Slot *takeFree();
    void putReady(Slot *slot);
    // No more slots will come; `status` is why (an error, or success at the end of the file).
    void finish(Status status);

    // The loader's side. takeReady() is null when the reader has finished and every ready slot
    // was taken; finishStatus() then says why.
    Slot *takeReady();
    void putFree(Slot *slot);
    void abandon();
    Status finishStatus() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::deque<Slot *> m_free;
    std::deque<Slot *> m_ready;
    bool m_finished = false;
    bool m_abandoned = false;
    Status m_status;
};

} // namespace regionmap
