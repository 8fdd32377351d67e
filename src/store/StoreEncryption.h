#pragma once

#include "store/StoreKey.h"

#include <QString>
#include <functional>

namespace kontor {

// Turning an unencrypted store into an encrypted one, in place, without losing anything.
//
// The plain store is exported into "<store>.encrypting" under the key, the copy is checked (it opens with the
// key, passes quick_check, has the same schema version and the same number of rows in every table), then it
// replaces the store in one rename. The plain file is kept under a second name until then, and its bytes are
// overwritten before it is removed. Interrupted at any point, the store still opens:
// finishInterruptedEncryption() tidies up what was left, and the next opening starts the encryption again.
enum class EncryptionStep
{
    Exported, // the encrypted copy is complete and checked; the store is still the plain file
    Linked,   // the plain file also has its second name
    Swapped,  // the store is the encrypted file; the plain one waits to be wiped
};

// Encrypts the plain store at path under key. Call with the store's lock held and no connection open.
// afterStep, when given, runs after each step (tests stop there to see that every interruption is safe).
// Throws sql::Error when the copy cannot be made or checked (a full disk, say); the plain store is then
// unchanged.
void encryptPlainStore(const QString &path, const StoreKey &key,
                       const std::function<void(EncryptionStep)> &afterStep = {});

// Removes what an interrupted encryption left beside the store: a partial copy, and the plain file's second
// name (wiped first when the store is already the encrypted copy). Call with the store's lock held.
void finishInterruptedEncryption(const QString &path);

} // namespace kontor
