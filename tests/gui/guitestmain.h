#pragma once

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace regionmap::test {

// Points HOME's settings and data folders (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME) at a
// throwaway folder before the application starts, so a GUI test never reads or writes the real
// user's settings, keychain flags or managed database. The folder is 0755 and short, so that the
// postgres user can reach a managed database in it when the tests run as root.
class IsolatedUserDirs
{
public:
    IsolatedUserDirs()
        : m_dir(QStringLiteral("/tmp/rmg-XXXXXX"))
    {
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString path
                = m_dir.path() + QLatin1Char('/') + QString::fromLatin1(name).toLower();
            QDir().mkpath(path);
            ::chmod(QFile::encodeName(path).constData(), 0755);
            qputenv(name, QFile::encodeName(path));
        }
    }
    QString path() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

} // namespace regionmap::test

// Like QTEST_MAIN, with the user folders isolated first.
#define REGIONMAP_GUI_TEST_MAIN(TestObject) \
    int main(int argc, char *argv[]) \
    { \
        regionmap::test::IsolatedUserDirs dirs; \
        QApplication app(argc, argv); \
        app.setAttribute(Qt::AA_Use96Dpi, true); \
        TestObject tc; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&tc, argc, argv); \
    }
