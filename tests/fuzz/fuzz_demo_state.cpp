// The demo backend's state file reader (DemoStateFile, DemoJsonReader). The input is the file's body: the
// harness wraps it in a well-formed header with the right length and checksum, since random bytes would
// otherwise never get past the checksum to the reading. A body that is read must describe a world that saves
// and reads back to the same bytes; one that is refused says why.

#include "FuzzTarget.h"
#include "connectors/demo/backend/DemoStateFile.h"

#include <QCryptographicHash>

namespace {

QByteArray envelope(const QByteArray &body)
{
    return "KONTOR-DEMO-WORLD " + QByteArray::number(kontor::DemoStateFile::kVersion) + ' ' +
           QByteArray::number(body.size()) + ' ' +
           QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + '\n' + body;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kontor::DemoStateFile;
    const QByteArray body = kontor::fuzz::bytesOf(data, size);
    const kontor::DemoLoadResult loaded = DemoStateFile::parse(envelope(body));
    if (!loaded.world) {
        KONTOR_FUZZ_EXPECT(loaded.error.isError());
        KONTOR_FUZZ_EXPECT(!loaded.error.message().isEmpty());
        return 0;
    }
    KONTOR_FUZZ_EXPECT(!loaded.error.isError());
    const QByteArray saved = DemoStateFile::serialise(*loaded.world);
    const kontor::DemoLoadResult reloaded = DemoStateFile::parse(saved);
    KONTOR_FUZZ_EXPECT(reloaded.world.has_value());
    KONTOR_FUZZ_EXPECT(DemoStateFile::serialise(*reloaded.world) == saved);

    // The raw bytes as a whole file too: header damage is refused, never half-read.
    const kontor::DemoLoadResult raw = DemoStateFile::parse(body);
    KONTOR_FUZZ_EXPECT(raw.world.has_value() != raw.error.isError());
    return 0;
}
