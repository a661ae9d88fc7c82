#pragma once

#include "common/result.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace regionmap {

class CopyBuffer;
class CopyStream;

// Sends COPY data from a thread of its own, so that the server stores one piece while the job
// prepares the next: on two cores, the job and the server then run side by side instead of
// taking turns. At most `depth` pieces wait in the queue, so memory stays bounded; push() blocks
// while the queue is full.
//
// Only this thread touches the connection between the first push() and drain(); the job uses
// the connection again only after drain() returned.
class CopyPipeline
{
public:
    explicit CopyPipeline(int depth = 4);
    ~CopyPipeline();

    CopyPipeline(const CopyPipeline &) = delete;
    CopyPipeline &operator=(const CopyPipeline &) = delete;

    // Where the following pieces go.
    void setStream(CopyStream *stream);

    // Hands the buffer's rows over (the buffer comes back empty, with a recycled allocation).
    // Returns the first send error, if one happened; nothing more is sent after it.
    Status push(CopyBuffer &buffer);

    // Waits until every queued piece was sent. Returns the first send error.
    Status drain();

    // Drops whatever still waits, and waits for the piece being sent.
    void discard();

private:
    void run();

    int m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_queue;
    std::vector<std::string> m_spare;
    CopyStream *m_stream = nullptr;
    bool m_busy = false;
    bool m_stop = false;
    bool m_failed = false;
    Error m_error;
    std::thread m_thread;
};

} // namespace regionmap
