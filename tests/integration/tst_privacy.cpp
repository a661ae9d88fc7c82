// The privacy modes end to end (issue 22, docs/privacy.md): regionmap-cli loads a file whose rows
// carry public IPv4 and IPv6 addresses, some rows rejected with their address in them, with every
// log category on; then the whole database is dumped with pg_dump, and neither the dump, nor the
// server's log, nor what the CLI printed holds any of the file's addresses, in truncate, hash
// and drop. The same run in keep mode is the control: its dump holds them, so the search works.
// Runs inside a private D-Bus session with an unlocked gnome-keyring, where the hash mode keeps
// its key (tests/support/with-keyring.sh).

#include "clirun.h"
#include "testcluster.h"
#include "testpaths.h"

#include "db/copystream.h"
#include "db/postgresbinaries.h"
#include "geo/ipaddress.h"
#include "plan/plancells.h"
#include "plan/planner.h"
#include "results/resultsqueries.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace regionmap;
using namespace regionmap::test;

namespace {

// Rows the reader rejects (a field too many), each with an address in its text, and rows whose
// address column is odd: an address with a port, a typo, IPv4-mapped, 6to4, NAT64.
const char kExtraRows[] = "9001,Reject,One,r1@example.net,Female,81.2.69.142,surplus\n"
                          "9002,Reject,Two,r2@example.net,Male,2a02:8070:8e84:9b00::7,surplus\n"
                          "9003,Port,Row,p@example.net,Male,91.198.174.192:8080\n"
                          "9004,Typo,Row,t@example.net,Female,91.198.174.999\n"
                          "9005,Mapped,Row,m@example.net,Male,::ffff:93.184.216.34\n"
                          "9006,SixToFour,Row,s@example.net,Female,2002:5db8:d822::1\n"
                          "9007,Nat,Row,n@example.net,Male,64:ff9b::151.101.1.69\n"
                          "9008,Six,Row,v6@example.net,Female,2a00:1450:4001:82a::200e\n"
                          // An address in another column, as a proxy log might have it.
                          "9009,Via 198.51.100.23,Proxy,x@example.net,Male,8.8.4.4\n";

// Tokens of a text: runs of letters, digits, dots, colons, slashes and percent signs, lower
// case, without a closing full stop. "203.0.113.0/24" is one token, so the network of a
// truncated address never counts as the address itself.
QSet<QByteArray> tokens(const QByteArray &text)
{
    QSet<QByteArray> out;
    qsizetype start = -1;
    const auto isTokenChar = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
               || c == '.' || c == ':' || c == '/' || c == '%';
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool in = i < text.size() && isTokenChar(text.at(i));
        if (in && start < 0)
            start = i;
        if (!in && start >= 0) {
            QByteArray t = text.mid(start, i - start).toLower();
            while (t.endsWith('.'))
                t.chop(1);
            out.insert(t);
            start = -1;
        }
    }
    return out;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_file;
    QSet<QByteArray> m_addresses; // every address of the file: as written and canonical
    qint64 m_rows = 0; // records in the file

    // The CLI's settings (where the secret index notes that a key is stored) stay in the test's
    // folder.
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = cLocaleEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    QString uriOf(const QString &database) const
    {
        ConnectionSettings s = m_cluster.settings();
        s.database = database;
        return s.toUri();
    }

    void createDatabase(const QString &name)
    {
        m_cluster.scalar(QStringLiteral("CREATE DATABASE %1").arg(name));
        QVERIFY(m_cluster
                    .scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname "
                                           "= '%1'")
                                .arg(name))
                    .toInt()
                == 1);
    }

    CliRun run(const QString &database, const QStringList &extra,
               const QString &table = QStringLiteral("people"))
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("regionmap.*=true"));
        return runCli(QStringList {QStringLiteral("run"), QStringLiteral("--data"), m_file,
                                   QStringLiteral("--catalog"), QStringLiteral("aws,gcp"),
                                   QStringLiteral("--db"), uriOf(database),
                                   QStringLiteral("--table"), table, QStringLiteral("--json")}
                          + extra,
                      env);
    }

    QByteArray dump(const QString &database)
    {
        const Result<PostgresBinaries> bin = PostgresBinaries::find();
        if (!bin)
            return {};
        QProcess p;
        p.start(bin->binDir() + QStringLiteral("/pg_dump"),
                {QStringLiteral("--dbname=") + uriOf(database)});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning() << "pg_dump failed:" << p.readAllStandardError();
            return {};
        }
        return p.readAllStandardOutput();
    }

    QByteArray serverLogFrom(qint64 offset)
    {
        QFile f(m_cluster.server().logFile());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        f.seek(offset);
        return f.readAll();
    }
    qint64 serverLogSize() { return QFileInfo(m_cluster.server().logFile()).size(); }

    // The file's addresses that occur in the text.
    QStringList leaked(const QByteArray &text) const
    {
        QStringList found;
        const QSet<QByteArray> seen = tokens(text);
        for (const QByteArray &a : m_addresses)
            if (seen.contains(a))
                found << QString::fromLatin1(a);
        found.sort();
        return found;
    }

    QVariant scalar(const QString &database, const QString &sql)
    {
        ConnectionSettings s = m_cluster.settings();
        s.database = database;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database);
        db.setHostName(s.host);
        db.setPort(s.port);
        db.setUserName(s.user);
        db.setDatabaseName(database);
        QVariant v;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
            else
                qWarning() << sql << q.lastError().text();
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(database);
        return v;
    }

    // The run in this mode, then the search of everything it left.
    void loadAndSearch(const QString &mode, const QString &database)
    {
        createDatabase(database);
        const qint64 logBefore = serverLogSize();
        const CliRun r = run(database, {QStringLiteral("--privacy"), mode});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("rows_read")).toInteger(), m_rows);
        QCOMPARE(summary.value(QStringLiteral("rows_rejected")).toInteger(), 2);
        QCOMPARE(summary.value(QStringLiteral("rows_loaded")).toInteger(), m_rows - 2);
        QCOMPARE(summary.value(QStringLiteral("privacy")).toObject().value(u"mode").toString(),
                 mode);
        QCOMPARE(summary.value(QStringLiteral("privacy")).toObject().value(u"min_count").toInt(),
                 5);

        const QByteArray all = dump(database);
        QVERIFY2(all.contains("COPY public.people"), "pg_dump gave no table data");
        QVERIFY(all.contains("COPY public.etl_rejects"));
        QVERIFY(all.contains("COPY public.ip_locations"));
        QStringList found = leaked(all);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("pg_dump holds %1 address(es): %2")
                                                 .arg(found.size())
                                                 .arg(found.mid(0, 10).join(u' '))));
        found = leaked(r.out + r.err);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("the CLI printed %1").arg(found.mid(0, 10).join(u' '))));
        QVERIFY(r.err.contains("regionmap.")); // the debug categories did print
        found = leaked(serverLogFrom(logBefore));
        QVERIFY2(
            found.isEmpty(),
            qPrintable(QStringLiteral("the server log holds %1").arg(found.mid(0, 10).join(u' '))));
        QCOMPARE(scalar(database, QStringLiteral("SELECT privacy_mode || ' ' || min_count FROM "
                                                 "etl_runs"))
                     .toString(),
                 mode + QStringLiteral(" 5"));
        // The rejects are there, with their address withheld.
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM etl_rejects WHERE raw_text "
                                                 "LIKE '9001,Reject,One,%'"))
                     .toInt(),
                 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "This test must run inside tests/support/with-keyring.sh");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        QFile sample(sourceDir() + QStringLiteral("/resources/samples/people.csv"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray data = sample.readAll();
        if (!data.endsWith('\n'))
            data += '\n';
        data += kExtraRows;
        m_file = m_dir.filePath(QStringLiteral("people.csv"));
        QFile out(m_file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        m_rows = data.count('\n') - 1;

        // The oracle: every address-like text of the file, found by patterns of its own (not by
        // the code under test), as written and in canonical form.
        static const QRegularExpression v4(QStringLiteral("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b"));
        static const QRegularExpression v6(
            QStringLiteral("(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
                           "(?::\\d{1,3}(?:\\.\\d{1,3}){3})?"));
        const QString text = QString::fromUtf8(data);
        for (const QRegularExpression *re : {&v4, &v6}) {
            for (auto it = re->globalMatch(text); it.hasNext();) {
                const QByteArray written = it.next().captured().toLatin1().toLower();
                if (written.count(':') < 2 && written.count('.') != 3)
                    continue;
                m_addresses.insert(written);
                IpAddress ip;
                if (IpAddress::parse(written, &ip))
                    m_addresses.insert(ip.toText().toLower());
            }
        }
        QVERIFY2(m_addresses.size() > 2500, qPrintable(QString::number(m_addresses.size())));
        for (const char *a : {"81.2.69.142", "2a02:8070:8e84:9b00::7", "91.198.174.192",
                              "91.198.174.999", "93.184.216.34", "151.101.1.69"})
            QVERIFY2(m_addresses.contains(a), a);
    }

    // Without privacy the same search finds the addresses: the test can fail.
    void keepIsTheControl()
    {
        createDatabase(QStringLiteral("privacy_keep"));
        const CliRun r = run(QStringLiteral("privacy_keep"), {});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList found = leaked(dump(QStringLiteral("privacy_keep")));
        QVERIFY2(found.size() > m_addresses.size() * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(found.size()).arg(m_addresses.size())));
        QVERIFY(found.contains(QStringLiteral("81.2.69.142"))); // from a reject's text
        QCOMPARE(scalar(QStringLiteral("privacy_keep"),
                        QStringLiteral("SELECT privacy_mode || ' ' || min_count FROM etl_runs"))
                     .toString(),
                 QStringLiteral("keep 1"));
    }

    void truncate()
    {
        loadAndSearch(QStringLiteral("truncate"), QStringLiteral("privacy_truncate"));
        const QString db = QStringLiteral("privacy_truncate");
        QCOMPARE(scalar(db, QStringLiteral("SELECT ip::text || ' ' || ip_address FROM people "
                                           "WHERE id = 1"))
                     .toString(),
                 QStringLiteral("76.146.186.0/24 76.146.186.0/24"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT ip::text FROM people WHERE id = 9006")).toString(),
            QStringLiteral("2002:5db8:d800::/40"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT ip::text FROM people WHERE id = 9008")).toString(),
            QStringLiteral("2a00:1450:4001::/48"));
        // The location stays at city level: the same cities as without privacy.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT city) FROM people")).toInt(),
                 scalar(QStringLiteral("privacy_keep"),
                        QStringLiteral("SELECT count(DISTINCT city) FROM people"))
                     .toInt());
        QCOMPARE(scalar(db, QStringLiteral("SELECT raw_text FROM etl_rejects WHERE raw_text LIKE "
                                           "'9001,%'"))
                     .toString(),
                 QStringLiteral("9001,Reject,One,r1@example.net,Female,81.2.69.0/24,surplus"));
        // A port or a typo is no address: nothing of it is kept.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE id IN (9003, 9004) "
                                           "AND ip_address IS NULL AND geo_status = "
                                           "'invalid_ip'"))
                     .toInt(),
                 2);
    }

    void drop()
    {
        loadAndSearch(QStringLiteral("drop"), QStringLiteral("privacy_drop"));
        const QString db = QStringLiteral("privacy_drop");
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(ip) + count(ip_address) FROM people")).toInt(),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE region_code IS NOT "
                                           "NULL"))
                     .toInt(),
                 scalar(QStringLiteral("privacy_keep"),
                        QStringLiteral("SELECT count(*) FROM people WHERE region_code IS NOT NULL"))
                     .toInt());
        QCOMPARE(scalar(db, QStringLiteral("SELECT raw_text FROM etl_rejects WHERE raw_text LIKE "
                                           "'9002,%'"))
                     .toString(),
                 QStringLiteral("9002,Reject,Two,r2@example.net,Male,[address removed],surplus"));
    }

    void hash()
    {
        loadAndSearch(QStringLiteral("hash"), QStringLiteral("privacy_hash"));
        const QString db = QStringLiteral("privacy_hash");
        const QString keyId = scalar(db, QStringLiteral("SELECT settings->'privacy'->>'key_id' "
                                                        "FROM etl_runs"))
                                  .toString();
        QCOMPARE(keyId.size(), 12);
        // One pseudonym per address: as many as there are distinct addresses.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT ip) FROM people")).toInt(),
                 scalar(QStringLiteral("privacy_keep"),
                        QStringLiteral("SELECT count(DISTINCT ip) FROM people"))
                     .toInt());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE ip <> ip_address"))
                     .toInt(),
                 0);
        const QString first
            = scalar(db, QStringLiteral("SELECT ip FROM people WHERE id = 1")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(first).hasMatch());
        // IPv4-mapped is its IPv4 address: one pseudonym for both forms.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT ip) FROM people WHERE id = 9005 "
                                           "OR ip_address = (SELECT ip FROM people WHERE id = "
                                           "9005)"))
                     .toInt(),
                 1);

        // The same key again: the same pseudonyms, a second table, the same key id.
        CliRun again = run(db, {QStringLiteral("--privacy"), QStringLiteral("hash")},
                           QStringLiteral("people_again"));
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people a JOIN people_again b "
                                           "USING (id) WHERE a.ip IS DISTINCT FROM b.ip"))
                     .toInt(),
                 0);

        // A new key: new pseudonyms, a new key id.
        const CliRun rotated = runCli(
            {QStringLiteral("secrets"), QStringLiteral("rotate"), QStringLiteral("privacy-key")},
            cLocaleEnvironment());
        QVERIFY2(rotated.code == 0, rotated.err.constData());
        QVERIFY(!rotated.out.contains(keyId.toLatin1()));
        again = run(db, {QStringLiteral("--privacy"), QStringLiteral("hash")},
                    QStringLiteral("people_rotated"));
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people a JOIN people_rotated b "
                                           "USING (id) WHERE a.ip = b.ip"))
                     .toInt(),
                 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT settings->'privacy'->>'key_id' FROM etl_runs "
                                          "ORDER BY run_id DESC LIMIT 1"))
                    .toString()
                != keyId);
        QVERIFY(leaked(dump(db)).isEmpty());

        // The first table's pseudonyms came from the old key: adding to it with the new one is
        // refused (one address would have two pseudonyms there).
        again = run(db, {QStringLiteral("--privacy"), QStringLiteral("hash"),
                         QStringLiteral("--mode"), QStringLiteral("append")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("pseudonyms made with another key (id " + keyId.toLatin1()),
                 again.err.constData());
    }

    // The minimum count: what the results show and export of the truncate run (k = 5) against
    // the same rows kept (k = 1).
    void minimumCount()
    {
        const auto summary = [](const QString &database) {
            const CliRun r = runCli({QStringLiteral("summary"), QStringLiteral("--db"), database,
                                     QStringLiteral("--table"), QStringLiteral("people"),
                                     QStringLiteral("--json")},
                                    cLocaleEnvironment());
            return std::make_pair(r.code, QJsonDocument::fromJson(r.out).object());
        };
        const auto [keepCode, keep] = summary(uriOf(QStringLiteral("privacy_keep")));
        const auto [cutCode, cut] = summary(uriOf(QStringLiteral("privacy_truncate")));
        QCOMPARE(keepCode, 0);
        QCOMPARE(cutCode, 0);
        QCOMPARE(keep.value(QStringLiteral("privacy")).toObject().value(u"min_count").toInt(), 1);
        QCOMPARE(cut.value(QStringLiteral("privacy")).toObject().value(u"min_count").toInt(), 5);
        QCOMPARE(cut.value(QStringLiteral("privacy")).toObject().value(u"modes").toArray().first(),
                 QJsonValue(QStringLiteral("truncate")));
        QHash<QString, QJsonObject> kept;
        for (const QJsonValue &v : keep.value(QStringLiteral("regions")).toArray())
            kept.insert(v[QStringLiteral("region_code")].toString(), v.toObject());
        int small = 0;
        int shown = 0;
        int beside = 0; // withheld with the small ones, so that the total does not give them away
        qint64 hiddenRows = 0;
        qint64 shownRows = 0;
        qint64 smallestShown = std::numeric_limits<qint64>::max();
        qint64 largestBeside = 0;
        for (const QJsonValue &v : cut.value(QStringLiteral("regions")).toArray()) {
            const QJsonObject k = kept.value(v[QStringLiteral("region_code")].toString());
            const qint64 rows = k.value(u"rows").toInteger();
            if (v[QStringLiteral("withheld")].toBool()) {
                QVERIFY(rows > 0);
                (rows < 5 ? small : beside) += 1;
                if (rows >= 5)
                    largestBeside = qMax(largestBeside, rows);
                hiddenRows += rows;
                QVERIFY(v[QStringLiteral("rows")].isNull());
                QVERIFY(v[QStringLiteral("mean_km")].isNull());
            } else {
                QVERIFY2(rows == 0 || rows >= 5, qPrintable(v[u"region_code"].toString()));
                ++shown;
                shownRows += rows;
                if (rows > 0)
                    smallestShown = qMin(smallestShown, rows);
                QVERIFY(!v.toObject().contains(u"withheld"));
                QCOMPARE(v[QStringLiteral("rows")].toInteger(), rows);
                QCOMPARE(v[QStringLiteral("p95_km")], k.value(u"p95_km"));
            }
        }
        QVERIFY2(small > 0, "the sample on AWS and Google Cloud has regions of fewer than 5 rows");
        QVERIFY(shown > 5);
        // What the located total less the shown regions gives: two regions or more, of 5 rows
        // or more together; and those beside the small ones are the smallest of the rest.
        QCOMPARE(cut.value(u"located").toInteger() - shownRows, hiddenRows);
        QVERIFY(small + beside >= 2);
        QVERIFY(hiddenRows >= 5);
        QVERIFY(largestBeside <= smallestShown);

        // One person's rows (a scope below the minimum count): not even the overall numbers.
        const CliRun one
            = runCli({QStringLiteral("summary"), QStringLiteral("--db"),
                      uriOf(QStringLiteral("privacy_truncate")), QStringLiteral("--table"),
                      QStringLiteral("people"), QStringLiteral("--where"), QStringLiteral("id=1"),
                      QStringLiteral("--json"), QStringLiteral("-q")},
                     cLocaleEnvironment());
        QVERIFY2(one.code == 0, one.err.constData());
        const QJsonObject person = QJsonDocument::fromJson(one.out).object();
        QCOMPARE(person.value(u"located").toInteger(), 1);
        QVERIFY(person.value(u"totals_withheld").toBool());
        QVERIFY(person.value(u"est_rtt").isNull());
        QVERIFY(person.value(u"assignments").isNull());
        for (const QJsonValue &v : person.value(u"regions").toArray())
            QVERIFY(v[u"rows"].isNull() || v[u"rows"].toInteger() == 0);
        // The same person where every row is kept (k = 1): the numbers are there.
        const CliRun kept1
            = runCli({QStringLiteral("summary"), QStringLiteral("--db"),
                      uriOf(QStringLiteral("privacy_keep")), QStringLiteral("--table"),
                      QStringLiteral("people"), QStringLiteral("--where"), QStringLiteral("id=1"),
                      QStringLiteral("--json"), QStringLiteral("-q")},
                     cLocaleEnvironment());
        QVERIFY2(kept1.code == 0, kept1.err.constData());
        QVERIFY(QJsonDocument::fromJson(kept1.out).object().value(u"est_rtt").isObject());

        // The run's own summary (run --json) withholds the same way: with k above every region's
        // rows, every region and the overall numbers; with k = 5, the small regions and those
        // beside them, listed after the others.
        const CliRun allWithheld = run(QStringLiteral("privacy_truncate"),
                                       {QStringLiteral("--privacy"), QStringLiteral("truncate"),
                                        QStringLiteral("--min-count"), QStringLiteral("100000")},
                                       QStringLiteral("people_k_all"));
        QVERIFY2(allWithheld.code == 0, allWithheld.err.constData());
        const QJsonObject allJson = QJsonDocument::fromJson(allWithheld.out).object();
        QVERIFY(allJson.value(u"totals_withheld").toBool());
        QVERIFY(allJson.value(u"est_rtt").isNull());
        QVERIFY(allJson.value(u"assignments").isNull());
        for (const QJsonValue &v : allJson.value(u"regions").toArray())
            QVERIFY(v[u"withheld"].toBool() || v[u"rows"].toInteger() == 0);
        const CliRun five = run(QStringLiteral("privacy_truncate"),
                                {QStringLiteral("--privacy"), QStringLiteral("truncate")},
                                QStringLiteral("people_k_five"));
        QVERIFY2(five.code == 0, five.err.constData());
        const QJsonObject fiveJson = QJsonDocument::fromJson(five.out).object();
        QVERIFY(!fiveJson.contains(u"totals_withheld"));
        qint64 runHidden = fiveJson.value(u"geo_status").toObject().value(u"located").toInteger();
        int runWithheld = 0;
        bool seenWithheld = false;
        for (const QJsonValue &v : fiveJson.value(u"regions").toArray()) {
            if (v[u"withheld"].toBool()) {
                ++runWithheld;
                seenWithheld = true;
            } else {
                QVERIFY2(!seenWithheld || v[u"rows"].toInteger() == 0,
                         "a shown region after a withheld one");
                runHidden -= v[u"rows"].toInteger();
            }
        }
        QVERIFY(runWithheld >= 2);
        QCOMPARE(runHidden, hiddenRows); // the same regions as the summary's
        QVERIFY(runHidden >= 5);

        // The run report withholds them too, and says the privacy of its runs.
        const QString report = m_dir.filePath(QStringLiteral("truncate-report.html"));
        QProcessEnvironment env = cliEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        const CliRun made = runCli({QStringLiteral("report"), QStringLiteral("--db"),
                                    uriOf(QStringLiteral("privacy_truncate")),
                                    QStringLiteral("--table"), QStringLiteral("people"),
                                    QStringLiteral("--out"), report, QStringLiteral("-q")},
                                   env);
        QVERIFY2(made.code == 0, made.err.constData());
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QLatin1String("withheld: fewer rows than the minimum count, or")));
        // One label for every withheld count: "< 5" would tell the small ones from the others.
        QVERIFY(!text.contains(QLatin1String("&lt; 5")));
        QVERIFY(text.contains(QLatin1String("Privacy: truncate; places, map cells and numbers of "
                                            "fewer than 5 rows withheld")));

        // The map: no cell of fewer than 5 rows, and those cells counted; no region named in a
        // cell for fewer than 5 of its rows.
        ConnectionSettings settings = m_cluster.settings();
        settings.database = QStringLiteral("privacy_truncate");
        ScopedConnection db(settings, QStringLiteral("privacy-map"));
        QVERIFY(db);
        const Result<PGconn *> conn = pgConnection(db.database());
        QVERIFY(conn);
        const Result<TableInfo> info
            = ResultsQueries::describeTable(conn.value(), QStringLiteral("people"));
        QVERIFY(info);
        const ResultScope scope = ResultScope::wholeTable(QStringLiteral("people"));
        const Result<MapCells> cells = ResultsQueries::mapCells(conn.value(), *info, scope, 1.0);
        QVERIFY(cells);
        QCOMPARE(cells->minCount, 5);
        QVERIFY(cells->withheldCells > 0);
        qint64 rows = 0;
        // Nor a region the summary withholds (below 5 rows, or beside one): a cell naming its
        // rows would give them back.
        QSet<QString> withheldCodes;
        for (const QJsonValue &v : cut.value(QStringLiteral("regions")).toArray()) {
            if (v[u"withheld"].toBool())
                withheldCodes.insert(v[u"region_code"].toString());
        }
        QVERIFY(!withheldCodes.isEmpty());
        for (const MapCell &c : cells->cells) {
            QVERIFY(c.rows >= 5);
            for (const auto &region : c.regions) {
                QVERIFY(region.second >= 5);
                QVERIFY2(!withheldCodes.contains(region.first), qPrintable(region.first));
            }
            rows += c.rows;
        }
        QCOMPARE(rows, cells->totalRows);
        QCOMPARE(rows + cells->withheldRows,
                 scalar(QStringLiteral("privacy_truncate"),
                        QStringLiteral("SELECT count(*) FROM people WHERE geo_status = 'located'"))
                     .toLongLong());

        // The planner lists no place of fewer than 5 rows among the worst served.
        Result<PlanInput> input = PlanInput::load(conn.value(), *info, scope);
        QVERIFY(input);
        QCOMPARE(input->minCount, 5);
        const Result<QVector<Region>> aws = Planner::builtinCandidates({QStringLiteral("aws")});
        QVERIFY(aws);
        const Planner planner(input.value(), aws.value());
        const PlanOutcome o = planner.evaluate({0});
        QVERIFY(!o.worstCities.isEmpty());
        for (const PlanPlaceStats &p : o.worstCities + o.worstCountries)
            QVERIFY(p.rows >= 5);
        // Every AWS region at once: some serve fewer than 5 rows, and only their count is kept.
        QList<int> all;
        for (int i = 0; i < aws->size(); ++i)
            all << i;
        const PlanOutcome every = planner.evaluate(all);
        int withheld = 0;
        qint64 planHidden = 0;
        for (const PlanRegionStats &r : every.perRegion) {
            if (r.rows > 0 && r.rows < 5)
                QVERIFY(r.withheld);
            if (r.withheld) {
                ++withheld;
                planHidden += r.rows;
                QVERIFY(!r.meanKm && !r.p95Km);
                QCOMPARE(every.withheldText(), QStringLiteral("withheld"));
            }
        }
        QVERIFY(withheld >= 2);
        QVERIFY(planHidden >= 5);
        // The moves: per region moved from, and per region moved to, nothing small alone.
        QHash<QString, QPair<int, qint64>> hiddenBy; // "from:x" / "to:y" -> withheld, their rows
        for (const PlanMove &m : every.moves) {
            if (m.rows < 5)
                QVERIFY(m.withheld);
            if (!m.withheld)
                continue;
            for (const QString &key :
                 {QStringLiteral("from:") + m.from, QStringLiteral("to:") + m.to}) {
                hiddenBy[key].first += 1;
                hiddenBy[key].second += m.rows;
            }
        }
        for (auto it = hiddenBy.cbegin(); it != hiddenBy.cend(); ++it) {
            qint64 shownThere = 0;
            for (const PlanMove &m : every.moves) {
                const bool in = it.key() == QStringLiteral("from:") + m.from
                                || it.key() == QStringLiteral("to:") + m.to;
                if (in && !m.withheld)
                    shownThere += m.rows;
            }
            if (shownThere > 0)
                QVERIFY2(it.value().first >= 2 && it.value().second >= 5, qPrintable(it.key()));
        }
        // Its map: no cell, and no region in a cell, of fewer than 5 rows.
        const MapCells planCells = PlanCells::cells(input.value(), every, 1.0);
        QVERIFY(planCells.withheldCells > 0);
        for (const MapCell &c : planCells.cells) {
            QVERIFY(c.rows >= 5);
            for (const auto &region : c.regions)
                QVERIFY(region.second >= 5);
        }
    }

    // Pseudonyms and addresses never share a table; a key column of addresses needs one per row.
    void refusedCombinations()
    {
        CliRun r = run(QStringLiteral("privacy_keep"),
                       {QStringLiteral("--privacy"), QStringLiteral("hash"),
                        QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("holds addresses, and this run would store pseudonyms"),
                 r.err.constData());
        r = run(QStringLiteral("privacy_truncate"),
                {QStringLiteral("--privacy"), QStringLiteral("truncate"), QStringLiteral("--mode"),
                 QStringLiteral("upsert"), QStringLiteral("--key"), QStringLiteral("ip_address")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not keep one per row"), r.err.constData());
        r = run(QStringLiteral("privacy_keep"),
                {QStringLiteral("--privacy"), QStringLiteral("scramble")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("keep, truncate, hash or drop"), r.err.constData());
        r = run(QStringLiteral("privacy_keep"),
                {QStringLiteral("--min-count"), QStringLiteral("0")});
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
