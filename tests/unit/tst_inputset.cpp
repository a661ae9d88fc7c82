// The data files of one run go into one table by the place of their columns: InputSet refuses
// files whose headers name the same number of columns in another order (the values would land in
// the wrong columns), and says which column differs; a difference of case or spaces is the same
// name.
#include "common/feedback.h"
#include "etl/inputset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;

class TestInputSet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return path;
    }

    Result<InputSet> prepare(const QStringList &paths)
    {
        QList<InputFile> inputs;
        for (const QString &p : paths) {
            InputFile in;
            in.path = p;
            inputs << in;
        }
        Feedback feedback;
        return InputSet::prepare(inputs, feedback);
    }

private slots:
    void columnsInAnotherOrderAreRefused()
    {
        QVERIFY(m_dir.isValid());
        const QString a = write(QStringLiteral("a.csv"),
                                "id,ip_address,email,country\n1,8.8.8.8,a@example.com,US\n");
        const QString b = write(QStringLiteral("b.csv"),
                                "id,ip_address,country,email\n2,1.1.1.1,AU,b@example.com\n");
        const QString c = write(QStringLiteral("c.csv"),
                                "ID, IP_Address ,Email,COUNTRY\n3,9.9.9.9,c@example.com,CH\n");
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

        const Result<InputSet> swapped = prepare({a, b});
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().kind, ErrorKind::Input);
        const QString message = swapped.error().message;
        QVERIFY2(message.contains(QLatin1String("column 3")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"email\" in ")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"country\" in ")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("b.csv")), qPrintable(message));

        // The same names, in other case and with spaces: one table.
        const Result<InputSet> same = prepare({a, c});
        QVERIFY2(same, qPrintable(same ? QString() : same.error().message));
        QCOMPARE(same->files().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInputSet)
#include "tst_inputset.moc"
