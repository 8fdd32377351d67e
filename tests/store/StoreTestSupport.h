#pragma once

#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

// Opens a store in a fresh temporary directory and waits for writes, for the store tests.
class TestStore
{
public:
    TestStore()
    {
        QString name = QStringLiteral("store.db");
        path_ = dir_.filePath(name);
        kontor::StoreOpenResult opened = kontor::Store::open(path_);
        error_ = opened.error;
        store_ = std::move(opened.store);
    }

    bool isOpen() const { return store_ != nullptr; }
    const QString &error() const { return error_; }
    const QString &path() const { return path_; }
    QString dirPath() const { return dir_.path(); }
    kontor::Store &store() { return *store_; }
    kontor::StoreReader &reader() { return store_->reader(); }
    void close() { store_.reset(); }

    kontor::IngestResult ingest(kontor::IngestBatch batch)
    {
        return store_->ingest(std::move(batch)).result();
    }
    kontor::ActionReceipt apply(kontor::AgentAction action)
    {
        return store_->apply(std::move(action)).result();
    }

private:
    QTemporaryDir dir_;
    QString path_;
    QString error_;
    std::unique_ptr<kontor::Store> store_;
};
