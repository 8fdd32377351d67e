#include "store/FileOverwrite.h"

#include <QFile>

namespace kontor {

void overwriteAndRemove(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
        file.flush();
        file.close();
    }
    QFile::remove(path);
}

} // namespace kontor
