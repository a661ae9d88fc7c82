#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace regionmap {

// The indexes of values kept elsewhere (in a vector, in the order they came), by key: open
// addressing with linear probing, grown to stay at most 70 % full. Made for tables of a hundred
// thousand keys and more that are asked once per row: one memory access in the usual case,
// where a node-based map takes two. Hash gives a well-mixed 64-bit value; its top bits pick the
// slot, so every bit of the key must count in them.
template<class Key, class Hash>
class FlatIndex
{
public:
    FlatIndex() { resize(1024); }

    size_t size() const { return m_size; }

    // The key's index, or -1.
    int find(const Key &key) const
    {
        for (size_t i = slotOf(key);; i = next(i)) {
            const Slot &s = m_slots[i];
            if (s.index < 0)
                return -1;
            if (s.key == key)
                return s.index;
        }
    }

    // The key's index; an absent key gets `index` (and *added is set).
    int findOrAdd(const Key &key, int index, bool *added)
    {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            resize(m_slots.size() * 2);
        for (size_t i = slotOf(key);; i = next(i)) {
            Slot &s = m_slots[i];
            if (s.index >= 0 && s.key == key) {
                *added = false;
                return s.index;
            }
            if (s.index < 0) {
                s = {key, index};
                ++m_size;
                *added = true;
                return index;
            }
        }
    }

    // Asks the memory for the slot that find() will read first.
    void prefetch(const Key &key) const { __builtin_prefetch(&m_slots[slotOf(key)]); }

    // Forgets every key; keeps the table's size.
    void clear()
    {
        for (Slot &s : m_slots)
            s = Slot();
        m_size = 0;
    }

private:
    struct Slot
    {
        Key key {};
        int index = -1; // -1: empty
    };

    size_t slotOf(const Key &key) const { return size_t(Hash()(key) >> m_shift); }
    size_t next(size_t i) const { return (i + 1) & (m_slots.size() - 1); }
    void resize(size_t slotCount) // a power of two
    {
        std::vector<Slot> old(slotCount);
        old.swap(m_slots);
        m_shift = 64;
        for (size_t n = slotCount; n > 1; n /= 2)
            --m_shift;
        for (const Slot &s : old) {
            if (s.index < 0)
                continue;
            size_t i = slotOf(s.key);
            while (m_slots[i].index >= 0)
                i = next(i);
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    int m_shift = 64;
    size_t m_size = 0;
};

} // namespace regionmap
