#pragma once

#include <memory>
#include <thread>

namespace regionmap {

// Frees what a run no longer needs on a thread of its own, while the run goes on (it then
// mostly waits for the server's COMMIT). A run of widely spread places fills tables of a
// hundred thousand places and more (the assigner's, the encoder's, the point counts'); freeing
// them took about 20 ms on the run's critical path. The objects must not be used after release,
// and their destruction must not touch anything the run may destroy first: the destructor
// waits for the thread, so declare this after what they refer to.
class BackgroundRelease
{
public:
    BackgroundRelease() = default;
    BackgroundRelease(const BackgroundRelease &) = delete;
    BackgroundRelease &operator=(const BackgroundRelease &) = delete;
    ~BackgroundRelease() { wait(); }

    // Destroys `first`, then `second`, on the thread.
    template<class First, class Second>
    void release(std::unique_ptr<First> first, std::unique_ptr<Second> second)
    {
        wait();
        m_thread = std::thread([first = std::move(first), second = std::move(second)]() mutable {
            first.reset();
            second.reset();
        });
    }

    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

} // namespace regionmap
