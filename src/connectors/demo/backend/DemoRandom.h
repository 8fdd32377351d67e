#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QStringView>
#include <QtGlobal>
#include <span>

namespace kontor {

// The demo's source of chance. Every purpose draws from its own stream, derived from the world's seed, the
// purpose and an index (a conversation number, a simulation tick…), so that one record can be regenerated on
// its own, in any order, and the same seed always gives the same world.
class DemoRandom
{
public:
    enum class Stream : quint32
    {
        Plan = 1,
        Customer,
        ConversationFacts,
        ConversationText,
        Tick,
        Action,
        FaultRequest,
        FaultWindow,
        Directory,
        Topic,
    };

    DemoRandom(quint64 seed, Stream stream, quint64 index = 0);

    // A well-mixed 32-bit seed for one stream (splitmix64 of the three inputs).
    static quint32 streamSeed(quint64 seed, Stream stream, quint64 index);

    // A stable 64-bit hash of a text (FNV-1a), the same on every platform and run, unlike qHash.
    static quint64 hashOf(QStringView text);

    quint32 next();
    double uniform();                              // [0, 1)
    int below(int bound);                          // [0, bound), 0 when bound <= 0
    int between(int low, int high);                // [low, high]
    qint64 betweenMillis(qint64 low, qint64 high); // [low, high]
    bool chance(double probability);
    int poisson(double mean); // small means only: the simulation's per-tick arrivals
    // An index into weights, each weight its relative chance; -1 when all weights are zero.
    int weighted(std::span<const int> weights);

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[below(int(items.size()))];
    }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items[below(int(items.size()))];
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    QRandomGenerator m_generator;
};

} // namespace kontor
