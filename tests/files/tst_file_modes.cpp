// What Kontor keeps on disk is the agent's alone, whatever the process's umask: the store with its -wal and
// -shm files (the files the agent sends are kept inside it), the demo backend's state file and its previous
// copy are 0600, and the folders Kontor makes for them 0700.
#include "DemoTestSupport.h"
#include "connectors/demo/backend/DemoStateFile.h"
#include "core/OwnerOnlyFiles.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

constexpr QFileDevice::Permissions kAnyoneButOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                     QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                     QFileDevice::WriteOther | QFileDevice::ExeOther;

// The permission bits as the file system has them (QFileInfo caches nothing here: a fresh one each time).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & (files::ownerOnlyFolder | kAnyoneButOwner | QFileDevice::ReadUser |
                                            QFileDevice::WriteUser | QFileDevice::ExeUser);
}

bool isOwnerOnlyFile(const QString &path)
{
    const QFileDevice::Permissions mode = modeOf(path);
    return QFileInfo(path).isFile() && (mode & kAnyoneButOwner) == 0 &&
           (mode & files::ownerOnlyFile) == files::ownerOnlyFile;
}

bool isOwnerOnlyFolder(const QString &path)
{
    const QFileDevice::Permissions mode = modeOf(path);
    return QFileInfo(path).isDir() && (mode & kAnyoneButOwner) == 0 &&
           (mode & files::ownerOnlyFolder) == files::ownerOnlyFolder;
}

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        // A permissive umask, as a library user may have: the modes must not come from it.
        umask(022);
#else
        QSKIP("file modes are a Unix matter");
#endif
        QVERIFY(dir_.isValid());
    }

    void theStoreAndItsJournalFiles()
    {
        const QString folder = dir_.filePath(u"data/kontor"_s);
        const QString path = folder + u"/kontor.db"_s;
        StoreOpenResult opened = Store::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(isOwnerOnlyFile(file), qPrintable(file));
        }
        QVERIFY(isOwnerOnlyFolder(folder));
        QVERIFY(isOwnerOnlyFolder(dir_.filePath(u"data"_s))); // made for it, so made private
        opened.store.reset();
    }

    void anExistingStoreIsMadePrivate()
    {
        const QString path = dir_.filePath(u"old.db"_s);
        {
            StoreOpenResult opened = Store::open(path);
            QVERIFY(opened.store);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        StoreOpenResult opened = Store::open(path);
        QVERIFY(opened.store);
        QVERIFY(isOwnerOnlyFile(path));
    }

    void theDemoStateFile()
    {
        // The state file lives beside the store, in a folder made for it (the demo backend makes none
        // itself).
        const QString path = dir_.filePath(u"demo/world.state"_s);
        QVERIFY(files::makeOwnerOnlyFolder(dir_.filePath(u"demo"_s)));
        DemoWorld world(demotest::smallConfig(7, 10, 60));
        QVERIFY(!DemoStateFile::save(world, path).isError());
        QVERIFY(isOwnerOnlyFile(path));
        QVERIFY(isOwnerOnlyFolder(QFileInfo(path).absolutePath()));
        // Saving again keeps the previous state beside it, as private as the first.
        QVERIFY(!DemoStateFile::save(world, path).isError());
        QVERIFY(isOwnerOnlyFile(path));
        QVERIFY(isOwnerOnlyFile(DemoStateFile::previousPath(path)));
    }

    void aFolderThatExistsBecomesPrivateButNotItsParents()
    {
        const QString parent = dir_.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(parent));
        QVERIFY(QFile::setPermissions(parent, files::ownerOnlyFolder | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
        QVERIFY(files::makeOwnerOnlyFolder(parent + u"/mine"_s));
        QVERIFY(isOwnerOnlyFolder(parent + u"/mine"_s));
        QVERIFY(!isOwnerOnlyFolder(parent)); // not Kontor's to change
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_file_modes.moc"
