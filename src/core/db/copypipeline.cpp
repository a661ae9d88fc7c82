#include "copypipeline.h"

#include "db/copystream.h"

namespace regionmap {

CopyPipeline::CopyPipeline(int depth)
    : m_depth(depth < 1 ? 1 : depth)
{
    m_thread = std::thread([this] { run(); });
}

CopyPipeline::~CopyPipeline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void CopyPipeline::setStream(CopyStream *stream)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stream = stream;
}

Status CopyPipeline::push(CopyBuffer &buffer)
{
    if (buffer.size() == 0)
        return {};
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || int(m_queue.size()) < m_depth; });
    if (m_failed)
        return m_error;
    std::string piece;
    if (!m_spare.empty()) {
        piece = std::move(m_spare.back());
        m_spare.pop_back();
    }
    buffer.swap(piece); // the buffer gets the (empty) spare, the queue the rows
    m_queue.push_back(std::move(piece));
    lock.unlock();
    m_changed.notify_all();
    return {};
}

Status CopyPipeline::drain()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || (m_queue.empty() && !m_busy); });
    if (m_failed)
        return m_error;
    return {};
}

void CopyPipeline::discard()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_queue.clear();
    m_changed.wait(lock, [this] { return !m_busy; });
}

void CopyPipeline::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        std::string piece = std::move(m_queue.front());
        m_queue.pop_front();
        CopyStream *stream = m_stream;
        m_busy = true;
        lock.unlock();

        Status st = stream ? stream->sendRaw(piece.data(), piece.size())
                           : Status(Error(QStringLiteral("No COPY is open.")));

        lock.lock();
        m_busy = false;
        if (!st && !m_failed) {
            m_failed = true;
            m_error = st.error();
            m_queue.clear();
        }
        piece.clear();
        if (int(m_spare.size()) < m_depth + 1)
            m_spare.push_back(std::move(piece));
        m_changed.notify_all();
    }
}

} // namespace regionmap
