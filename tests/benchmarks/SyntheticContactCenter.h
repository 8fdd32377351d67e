#pragma once

#include "store/IngestBatch.h"

#include <QList>
#include <QString>
#include <vector>

// A deterministic, realistic contact-center data set for the store benchmark, generated batch by batch so
// that a million messages never sit in memory at once. Batch b always yields the same records for the same
// options, so the Store and the raw-SQLite runs ingest identical rows.
class SyntheticContactCenter
{
public:
    struct Options
    {
        int conversations = 100'000;
        int messages = 1'000'000;
        int customers = 200'000;
        int conversationsPerBatch = 1000;
        quint32 seed = 1;
    };

    static constexpr int agentCount = 50;
    static constexpr int inboxCount = 10;
    static constexpr int teamCount = 5;
    static constexpr int vocabularySize = 50'000;
    static constexpr kontor::UtcMillis epoch = 1'704'067'200'000; // 2024-01-01

    explicit SyntheticContactCenter(const Options &options);

    int batchCount() const;
    // Batch 0 also carries the account's inboxes, agents and teams.
    kontor::IngestBatch batch(int index) const;
    // The vocabulary word of a Zipf rank (0 is the most frequent).
    QString word(int rank) const { return vocabulary_[size_t(rank)]; }
    int messagesOf(int conversation) const;
    int customerOf(int conversation) const;
    int firstCustomerOfBatch(int index) const;
    const Options &options() const { return options_; }

private:
    QString body(quint64 seed) const;
    int zipfRank(double uniform) const;

    Options options_;
    std::vector<QString> vocabulary_;
    std::vector<double> cumulative_; // Zipf CDF over the vocabulary
};
