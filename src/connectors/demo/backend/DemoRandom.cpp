#include "connectors/demo/backend/DemoRandom.h"

#include <cmath>

namespace kontor {

namespace {
quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
} // namespace

DemoRandom::DemoRandom(quint64 seed, Stream stream, quint64 index)
    : m_generator(streamSeed(seed, stream, index))
{}

quint32 DemoRandom::streamSeed(quint64 seed, Stream stream, quint64 index)
{
    const quint64 mixed = splitmix64(splitmix64(splitmix64(seed) ^ quint64(stream)) ^ index);
    return quint32(mixed ^ (mixed >> 32));
}

quint64 DemoRandom::hashOf(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

quint32 DemoRandom::next()
{
    return m_generator.generate();
}

double DemoRandom::uniform()
{
    return m_generator.generateDouble();
}

int DemoRandom::below(int bound)
{
    if (bound <= 0)
        return 0;
    return int(m_generator.bounded(quint32(bound)));
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + below(high - low + 1);
}

qint64 DemoRandom::betweenMillis(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + qint64(m_generator.generate64() % span);
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

int DemoRandom::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    // Knuth's method: fine for the small means of one simulation tick.
    const double limit = std::exp(-mean);
    int count = 0;
    double product = uniform();
    while (product > limit && count < 1000) {
        ++count;
        product *= uniform();
    }
    return count;
}

int DemoRandom::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += qMax(0, w);
    if (total == 0)
        return -1;
    int roll = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        roll -= qMax(0, weights[i]);
        if (roll < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

} // namespace kontor
