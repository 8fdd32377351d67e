#pragma once

// Shared helpers of the workspace tests: a main window over a filled store, and reads of the store's state.
#include "WorkspaceFixture.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "ui/MainWindow.h"

#include <QTemporaryDir>

namespace uitest {

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<kontor::Store> store;
    std::unique_ptr<kontor::ui::MainWindow> window;

    explicit Workspace(kontor::ui::WorkspaceContext extra = {})
    {
        store = fixture::openFilledStore(dir.path(), kontor::nowUtcMillis());
        extra.store = store.get();
        window = std::make_unique<kontor::ui::MainWindow>(extra);
        window->resize(1480, 900);
    }
    ~Workspace() { window.reset(); }
    qint64 id(const QString &remote) { return fixture::conversationId(*store, remote); }
};

// The newest message of a conversation, as stored.
inline std::optional<kontor::MessageRow> newestMessage(kontor::Store &store, qint64 conversationId)
{
    const kontor::MessagePage page = store.reader().messages().conversationMessages(
        conversationId, std::nullopt, kontor::PageDirection::Older, 1);
    return page.rows.isEmpty() ? std::nullopt : std::optional(page.rows.first());
}

inline bool mentions(kontor::Store &store, qint64 messageId, qint64 agentId)
{
    kontor::sql::Statement select =
        kontor::StoreTestAccess::database(store.reader())
            .prepare("SELECT 1 FROM mentions WHERE message_id = ? AND agent_id = ?");
    select.bindAll(messageId, agentId);
    return select.step();
}

} // namespace uitest
