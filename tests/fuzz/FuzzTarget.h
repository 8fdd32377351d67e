#pragma once

// What every fuzz harness defines and may use. A harness is one LLVMFuzzerTestOneInput that feeds bytes to
// one parser of untrusted input and asserts what must hold whatever the bytes were; libFuzzer (the fuzz
// preset) or the standalone driver (every other build) calls it.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace kontor::fuzz {

[[noreturn]] inline void failInvariant(const char *invariant, const char *file, int line)
{
    // The input itself is written out by libFuzzer or the driver; only the broken rule is named here.
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, invariant);
    std::abort();
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Qt's GUI classes (fonts, text layout) need an application object; offscreen, since nothing is shown.
void ensureGuiApplication();

} // namespace kontor::fuzz

#define KONTOR_FUZZ_EXPECT(condition)                                                                        \
    ((condition) ? void() : ::kontor::fuzz::failInvariant(#condition, __FILE__, __LINE__))
