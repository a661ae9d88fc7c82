#include "batchhandoff.h"

namespace regionmap {

BatchHandoff::BatchHandoff(int slotCount)
{
    for (int i = 0; i < slotCount; ++i) {
        m_slots.push_back(std::make_unique<Slot>());
        m_free.push_back(m_slots.back().get());
    }
}

BatchHandoff::Slot *BatchHandoff::takeFree()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_abandoned || !m_free.empty(); });
    if (m_abandoned)
        return nullptr;
    Slot *slot = m_free.front();
    m_free.pop_front();
    return slot;
}

void BatchHandoff::putReady(Slot *slot)
{
    {
        const std::lock_guard lock(m_mutex);
        m_ready.push_back(slot);
    }
    m_changed.notify_all();
}

void BatchHandoff::finish(Status status)
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_status = std::move(status);
    }
    m_changed.notify_all();
}

BatchHandoff::Slot *BatchHandoff::takeReady()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_finished || !m_ready.empty(); });
    if (m_ready.empty())
        return nullptr;
    Slot *slot = m_ready.front();
    m_ready.pop_front();
    return slot;
}

void BatchHandoff::putFree(Slot *slot)
{
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(slot);
    }
    m_changed.notify_all();
}

void BatchHandoff::abandon()
{
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
}

Status BatchHandoff::finishStatus() const
{
    const std::lock_guard lock(m_mutex);
    return m_status;
}

} // namespace regionmap
