#include "net/OneShotBody.h"

#include <QUuid>
#include <cstring>

namespace kontor::net {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , data_(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return data_.size() - position_ + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return position_ >= data_.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotBody::readData(char *into, qint64 max)
{
    const qint64 count = qMin(max, qint64(data_.size()) - position_);
    if (count <= 0)
        return position_ >= data_.size() ? -1 : 0;
    memcpy(into, data_.constData() + position_, size_t(count));
    position_ += count;
    return count;
}

OneShotMultipart::OneShotMultipart(QObject *parent)
    : QIODevice(parent)
    , boundary_("kontor-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{}

void OneShotMultipart::addField(const QString &name, const QByteArray &value)
{
    addBytes("--" + boundary_ + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() + "\"\r\n\r\n" +
             value + "\r\n");
}

void OneShotMultipart::addFile(const QString &field, const QString &fileName, const QString &mimeType,
                               QIODevice *file)
{
    addBytes("--" + boundary_ + "\r\nContent-Disposition: form-data; name=\"" + field.toUtf8() +
             "\"; filename=\"" + fileName.toUtf8() + "\"\r\nContent-Type: " + mimeType.toUtf8() + "\r\n\r\n");
    file->setParent(this);
    parts_.append(Part{QByteArray(), file});
    total_ += file->size();
    addBytes("\r\n");
}

void OneShotMultipart::finishParts()
{
    addBytes("--" + boundary_ + "--\r\n");
    open(QIODevice::ReadOnly);
}

qint64 OneShotMultipart::bytesAvailable() const
{
    return total_ - position_ + QIODevice::bytesAvailable();
}

bool OneShotMultipart::atEnd() const
{
    return position_ >= total_ && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotMultipart::readData(char *into, qint64 max)
{
    qint64 done = 0;
    while (done < max && current_ < parts_.size()) {
        Part &part = parts_[current_];
        qint64 n = 0;
        if (part.file) {
            n = part.file->read(into + done, max - done);
            if (n < 0)
                return -1;
        } else {
            n = qMin(max - done, qint64(part.bytes.size()) - offset_);
            memcpy(into + done, part.bytes.constData() + offset_, size_t(n));
            offset_ += n;
        }
        done += n;
        position_ += n;
        if (part.file ? part.file->atEnd() : offset_ >= part.bytes.size()) {
            ++current_;
            offset_ = 0;
        } else if (n == 0) {
            break;
        }
    }
    return done == 0 && position_ >= total_ ? -1 : done;
}

void OneShotMultipart::addBytes(const QByteArray &bytes)
{
    parts_.append({bytes, nullptr});
    total_ += bytes.size();
}

} // namespace kontor::net
