#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace kontor::net {

// Request bodies that can be read only once. QNetworkAccessManager quietly sends a request again when a
// kept-alive connection closes before the answer, unless its body cannot be rewound: with these the resend
// fails instead, and the caller finds out whether the first one landed (a duplicated reply to a customer is
// worse than a visible retry).

// A body held in memory.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *into, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray data_;
    qint64 position_ = 0;
};

// A multipart/form-data body streamed part after part, files read as they go (QHttpMultiPart can be rewound,
// and would be sent again).
class OneShotMultipart : public QIODevice
{
public:
    explicit OneShotMultipart(QObject *parent);

    QByteArray contentType() const { return "multipart/form-data; boundary=" + boundary_; }
    qint64 totalSize() const { return total_; }

    void addField(const QString &name, const QByteArray &value);
    // The file is owned by this body from now on.
    void addFile(const QString &field, const QString &fileName, const QString &mimeType, QIODevice *file);
    void finishParts();

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *into, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Part
    {
        QByteArray bytes;
        QIODevice *file = nullptr;
    };
    void addBytes(const QByteArray &bytes);

    QByteArray boundary_;
    QList<Part> parts_;
    qsizetype current_ = 0;
    qint64 offset_ = 0;
    qint64 position_ = 0;
    qint64 total_ = 0;
};

} // namespace kontor::net
