#pragma once

#include "core/protocol/random_source.h"

#include <memory>

namespace WsBench::Testing {

// A repeatable RandomSource: a counter mixed with a fixed seed (splitmix-style).
inline Protocol::RandomSource fixedRandom(quint32 seed = 0x5eed)
{
    auto state = std::make_shared<quint64>(seed);
    return [state]() {
        quint64 z = (*state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return quint32(z ^ (z >> 31));
    };
}

// Always the same value, e.g. the RFC 6455 §5.7 masking key 0x37fa213d.
inline Protocol::RandomSource constantRandom(quint32 value)
{
    return [value]() {
        return value;
    };
}

} // namespace WsBench::Testing
