#pragma once

#include <cstdint>

// A SQLite VFS for power-cut tests: it passes everything to the default VFS and remembers, for every write
// and truncation not yet made durable by a sync of its file, what the file held before. powerCut() puts all
// of that back — the files end as a power cut would leave them, with only synced writes — and ends the
// process at once, without running anything else. Installed as the default VFS, so the store uses it
// unknowingly.
namespace kontor::testing::power_cut {

// Registers the VFS as the default. The cut comes by itself at the cutAfter-th write or sync (0: never).
void install(std::uint64_t cutAfter);
// Writes and syncs seen so far.
std::uint64_t operations();
// Moves the cut to the afterMore-th write or sync from now.
void cutAfterMore(std::uint64_t afterMore);
// Loses every unsynced write of every file, then ends the process with exit code 86.
[[noreturn]] void powerCut();

} // namespace kontor::testing::power_cut
