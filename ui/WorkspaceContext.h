#pragma once

namespace kontor {
class NetworkPolicy;
class Store;
class SyncEngine;
} // namespace kontor

namespace kontor::ui {

class RemoteContentSource;

// What the workspace works on, wired by the composition root. The store is the only thing views read; actions
// go through Store::apply (durable, then delivered by the sync engine). Pointers outlive the main window.
struct WorkspaceContext
{
    Store *store = nullptr;
    SyncEngine *sync = nullptr;
    NetworkPolicy *network = nullptr;
    // Fetches an email's remote images when the agent asks for them; without it they stay blocked.
    RemoteContentSource *remoteContent = nullptr;
};

} // namespace kontor::ui
