#pragma once

namespace kontor::sql {

class Database;

// A transaction that rolls back unless commit() was reached, so that an exception anywhere inside leaves the
// store as it was.
class Transaction
{
public:
    enum class Kind
    {
        Deferred,  // takes the write lock on the first write
        Immediate, // takes the write lock at once; what every writer transaction uses
    };

    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &db_;
    bool open_ = true;
};

} // namespace kontor::sql
