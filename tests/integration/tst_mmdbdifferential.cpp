// RegionMap's own MaxMind DB reader against libmaxminddb, on files written by MaxMind's writer
// (Debian's libmaxmind-db-writer-perl, through tests/data/mmdb/write-differential.pl) and on
// damaged copies of them: every data type, 24-, 28- and 32-bit records, IPv4 and IPv6 trees,
// aliased IPv4 subtrees, the nesting limit. For each address both must find the same record,
// decode the same values in the same order, and fail on the same damage.
#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "geo/mmdbrecordreader.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <maxminddb.h>

#include <cstring>
#include <memory>

using namespace regionmap;

namespace {

// The addresses looked up in every file: in each written network, at its edges, just outside,
// and written as IPv4-mapped, 6to4 and NAT64 addresses.
const char *const kAddresses[] = {
    "8.8.8.8",        "8.8.8.0",          "8.8.8.255",        "8.8.9.0",
    "193.0.6.139",    "200.160.0.1",      "200.160.15.255",   "200.160.16.0",
    "196.216.2.6",    "203.119.101.61",   "81.2.69.142",      "1.1.1.1",
    "::ffff:8.8.8.8", "2002:808:808::1",  "2002:c100:68b::1", "64:ff9b::81.2.69.142",
    "2a02:ec0::1",    "2a02:ec7:ffff::1", "2a02:ec8::1",      "2600::1",
};

const char *typeName(int type)
{
    static const char *const names[] = {
        "extended", "pointer", "utf8_string", "double", "bytes",     "uint16", "uint32",  "map",
        "int32",    "uint64",  "uint128",     "array",  "container", "end",    "boolean", "float"};
    return type >= 0 && type < 16 ? names[type] : "unknown";
}

QByteArray hex(const quint8 *p, size_t n)
{
    return QByteArray(reinterpret_cast<const char *>(p), qsizetype(n)).toHex();
}

// A big-endian unsigned integer of up to 16 bytes as 32 hex digits, whatever its encoded size.
QByteArray wideHex(const quint8 *p, quint32 n)
{
    quint8 full[16] = {};
    std::memcpy(full + 16 - n, p, n);
    return hex(full, 16);
}

// One line per value, as libmaxminddb's entry data list holds it.
QByteArray describe(int type, const QByteArray &value)
{
    return QByteArray(typeName(type)) + ' ' + value + '\n';
}

// RegionMap's reader: what check() decodes, written the same way.
class Dump : public MmdbRecordReader::Visitor
{
public:
    Dump(const MmdbRecordReader &r, const quint8 *data)
        : m_reader(r)
        , m_data(data)
    { }
    QByteArray text;

    void value(const MmdbRecordReader::Field &f) override
    {
        const quint8 *p = m_data + f.payload;
        QByteArray v;
        switch (f.type) {
        case MmdbRecordReader::String:
            v = QByteArray(m_reader.text(f), qsizetype(f.size));
            break;
        case MmdbRecordReader::Double:
        case MmdbRecordReader::Float: {
            double d = 0;
            QVERIFY(m_reader.number(f, &d));
            v = QByteArray::number(d, 'g', 17);
            break;
        }
        case MmdbRecordReader::UInt16:
        case MmdbRecordReader::UInt32: {
            quint32 u = 0;
            QVERIFY(m_reader.unsignedNumber(f, &u));
            v = QByteArray::number(u);
            break;
        }
        case MmdbRecordReader::Int32: {
            quint32 u = 0; // libmaxminddb: the bytes as a uint32, then as an int32
            for (quint32 i = 0; i < f.size; ++i)
                u = u << 8 | p[i];
            v = QByteArray::number(qint32(u));
            break;
        }
        case MmdbRecordReader::UInt64:
        case MmdbRecordReader::UInt128:
            v = wideHex(p, f.size);
            break;
        case MmdbRecordReader::Bytes:
            v = hex(p, f.size);
            break;
        case MmdbRecordReader::Boolean:
            v = f.size ? "true" : "false";
            break;
        case MmdbRecordReader::Map:
        case MmdbRecordReader::Array:
            v = QByteArray::number(f.size);
            break;
        default:
            v = "?";
        }
        text += describe(f.type, v);
    }

private:
    const MmdbRecordReader &m_reader;
    const quint8 *m_data;
};

// libmaxminddb's entry data list, written as Dump writes ours.
QByteArray describe(const MMDB_entry_data_list_s *list)
{
    QByteArray text;
    for (; list; list = list->next) {
        const MMDB_entry_data_s &d = list->entry_data;
        QByteArray v;
        switch (d.type) {
        case MMDB_DATA_TYPE_UTF8_STRING:
            v = QByteArray(d.utf8_string, qsizetype(d.data_size));
            break;
        case MMDB_DATA_TYPE_DOUBLE:
            v = QByteArray::number(d.double_value, 'g', 17);
            break;
        case MMDB_DATA_TYPE_FLOAT:
            v = QByteArray::number(double(d.float_value), 'g', 17);
            break;
        case MMDB_DATA_TYPE_UINT16:
            v = QByteArray::number(d.uint16);
            break;
        case MMDB_DATA_TYPE_UINT32:
            v = QByteArray::number(d.uint32);
            break;
        case MMDB_DATA_TYPE_INT32:
            v = QByteArray::number(d.int32);
            break;
        case MMDB_DATA_TYPE_UINT64: {
            quint8 b[8];
            for (int i = 0; i < 8; ++i)
                b[i] = quint8(d.uint64 >> (56 - 8 * i));
            v = wideHex(b, 8);
            break;
        }
        case MMDB_DATA_TYPE_UINT128: {
            quint8 b[16];
            for (int i = 0; i < 16; ++i)
                b[i] = quint8(d.uint128 >> (120 - 8 * i));
            v = wideHex(b, 16);
            break;
        }
        case MMDB_DATA_TYPE_BYTES:
            v = hex(d.bytes, d.data_size);
            break;
        case MMDB_DATA_TYPE_BOOLEAN:
            v = d.boolean ? "true" : "false";
            break;
        case MMDB_DATA_TYPE_MAP:
        case MMDB_DATA_TYPE_ARRAY:
            v = QByteArray::number(d.data_size);
            break;
        default:
            v = "?";
        }
        text += describe(int(d.type), v);
    }
    return text;
}

// What libmaxminddb says of one address: found or not, and the record decoded whole.
struct Reference
{
    int lookupError = MMDB_SUCCESS;
    bool found = false;
    quint32 offset = 0;
    int decodeError = MMDB_SUCCESS;
    QByteArray dump;
    Location location; // as RegionMap should locate it, from libmaxminddb's values
};

struct Opened
{
    MMDB_s mmdb {};
    bool open = false;
    ~Opened()
    {
        if (open)
            MMDB_close(&mmdb);
    }
};

double numberAt(MMDB_entry_s *entry, const char *a, const char *b, bool *has)
{
    MMDB_entry_data_s d;
    *has = MMDB_get_value(entry, &d, a, b, nullptr) == MMDB_SUCCESS && d.has_data;
    if (!*has)
        return 0;
    if (d.type == MMDB_DATA_TYPE_DOUBLE)
        return d.double_value;
    if (d.type == MMDB_DATA_TYPE_FLOAT)
        return double(d.float_value);
    if (d.type == MMDB_DATA_TYPE_UINT16)
        return d.uint16;
    *has = false;
    return 0;
}

QByteArray textAt(MMDB_entry_s *entry, const char *a, const char *b, const char *c = nullptr)
{
    MMDB_entry_data_s d;
    if (MMDB_get_value(entry, &d, a, b, c, nullptr) != MMDB_SUCCESS || !d.has_data
        || d.type != MMDB_DATA_TYPE_UTF8_STRING)
        return {};
    return QByteArray(d.utf8_string, qsizetype(d.data_size));
}

Reference reference(MMDB_s *mmdb, const char *address)
{
    Reference r;
    int gaiError = 0;
    MMDB_lookup_result_s result = MMDB_lookup_string(mmdb, address, &gaiError, &r.lookupError);
    if (gaiError != 0 || r.lookupError != MMDB_SUCCESS) {
        r.location.status = GeoStatus::LookupFailed;
        return r;
    }
    r.found = result.found_entry;
    if (!r.found) {
        r.location.status = GeoStatus::NotFound;
        return r;
    }
    r.offset = result.entry.offset;
    MMDB_entry_data_list_s *list = nullptr;
    r.decodeError = MMDB_get_entry_data_list(&result.entry, &list);
    if (r.decodeError == MMDB_SUCCESS)
        r.dump = describe(list);
    MMDB_free_entry_data_list(list);
    if (r.decodeError != MMDB_SUCCESS) {
        r.location.status = GeoStatus::LookupFailed;
        return r;
    }
    bool hasLatitude = false;
    bool hasLongitude = false;
    bool hasRadius = false;
    r.location.latitude = numberAt(&result.entry, "location", "latitude", &hasLatitude);
    r.location.longitude = numberAt(&result.entry, "location", "longitude", &hasLongitude);
    const double radius = numberAt(&result.entry, "location", "accuracy_radius", &hasRadius);
    r.location.accuracyKm = hasRadius ? int(radius) : -1;
    r.location.countryCode = textAt(&result.entry, "country", "iso_code");
    r.location.city = textAt(&result.entry, "city", "names", "en");
    r.location.status = hasLatitude && hasLongitude ? GeoStatus::Located : GeoStatus::CountryOnly;
    return r;
}

IpAddress parsed(const char *text)
{
    IpAddress a;
    IpAddress::parse(QByteArrayView(text), &a);
    return a;
}

} // namespace

class TestMmdbDifferential : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_compared = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Compares the two readers on every address of kAddresses in the file at path.
    void compareOn(const QString &path, int *failures = nullptr, int *located = nullptr)
    {
        Opened ref;
        QCOMPARE(MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &ref.mmdb),
                 MMDB_SUCCESS);
        ref.open = true;
        const MmdbRecordReader reader(ref.mmdb.data_section, ref.mmdb.data_section_size);

        // RegionMap's batch path: its own walk of the search tree, then its record reader.
        Result<std::unique_ptr<MmdbLocator>> locator = MmdbLocator::open(path);
        QVERIFY2(locator, qPrintable(locator ? QString() : locator.error().message));
        std::vector<IpAddress> addresses;
        for (const char *a : kAddresses)
            addresses.push_back(parsed(a));
        std::vector<Location> ours;
        QVERIFY((*locator)->locate(addresses, ours).isOk());

        for (size_t i = 0; i < addresses.size(); ++i) {
            const char *address = kAddresses[i];
            const IpAddress &ip = addresses[i];
            if (ip.classify() != IpClass::Global)
                continue;
            // RegionMap looks a NAT64 or 6to4 address up as the IPv4 address it carries
            // (docs/ip-addresses.md); libmaxminddb is asked for that same address.
            const QByteArray asked = ip.lookupAddress().toText();
            const Reference expected = reference(&ref.mmdb, asked.constData());
            const QByteArray where = QFileInfo(path).fileName().toLatin1() + ' ' + address;

            const Location &loc = ours[i];
            QVERIFY2(loc.status == expected.location.status,
                     (where + ": status " + geoStatusName(loc.status).latin1()).constData());
            if (expected.found) {
                Dump dump(reader, ref.mmdb.data_section);
                const bool ok = reader.check(expected.offset, &dump);
                QVERIFY2(ok == (expected.decodeError == MMDB_SUCCESS), where.constData());
                if (ok)
                    QCOMPARE(dump.text, expected.dump);
            }
            if (loc.status == GeoStatus::Located) {
                QCOMPARE(loc.latitude, expected.location.latitude);
                QCOMPARE(loc.longitude, expected.location.longitude);
                QCOMPARE(loc.accuracyKm, expected.location.accuracyKm);
                QCOMPARE(loc.countryCode, expected.location.countryCode);
                QCOMPARE(loc.city, expected.location.city);
                if (located)
                    ++*located;
            }
            if (failures && loc.status == GeoStatus::LookupFailed)
                ++*failures;
            ++m_compared;
        }
    }

    QByteArray readFile(const QString &name)
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess perl;
        perl.start(QStringLiteral("perl"),
                   {test::sourceDir() + QStringLiteral("/tests/data/mmdb/write-differential.pl"),
                    m_dir.path()});
        QVERIFY2(perl.waitForFinished(120000) && perl.exitCode() == 0,
                 qPrintable(QStringLiteral("write-differential.pl failed (install "
                                           "libmaxmind-db-writer-perl: scripts/setup does): ")
                            + QString::fromUtf8(perl.readAllStandardError())));
    }

    void everyTypeAndRecordSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("located"); // addresses located, of kAddresses
        // 9 IPv4 addresses in the six networks, plus ::ffff:, 6to4 and NAT64 forms of them;
        // the IPv6 trees add 2 in 2a02:ec0::/29.
        for (const int size : {24, 28, 32}) {
            QTest::addRow("%d-bit, IPv4 tree", size)
                << QStringLiteral("types-%1-v4.mmdb").arg(size) << 13;
            QTest::addRow("%d-bit, IPv6 tree, aliased", size)
                << QStringLiteral("types-%1-v6.mmdb").arg(size) << 15;
        }
        QTest::newRow("28-bit, IPv6 tree, no aliases")
            << QStringLiteral("types-28-v6-plain.mmdb") << 15;
    }
    void everyTypeAndRecordSize()
    {
        QFETCH(QString, name);
        QFETCH(int, located);
        int failures = 0;
        int seen = 0;
        compareOn(file(name), &failures, &seen);
        QCOMPARE(failures, name.contains(QLatin1String("v4")) ? 4 : 0); // IPv6 in an IPv4 tree
        QCOMPARE(seen, located);
    }

    void theAliasesLeadWhereTheEmbeddedAddressDoes()
    {
        // In an aliased tree, libmaxminddb finds the IPv4 record for a 6to4 or mapped address
        // written as IPv6: the record RegionMap finds by looking up the embedded address.
        Opened ref;
        QCOMPARE(MMDB_open(QFile::encodeName(file(QStringLiteral("types-24-v6.mmdb"))).constData(),
                           MMDB_MODE_MMAP, &ref.mmdb),
                 MMDB_SUCCESS);
        ref.open = true;
        for (const auto &[v6, v4] : {std::pair {"2002:808:808::1", "8.8.8.8"},
                                     std::pair {"::ffff:193.0.6.139", "193.0.6.139"}}) {
            const Reference a = reference(&ref.mmdb, v6);
            const Reference b = reference(&ref.mmdb, v4);
            QVERIFY2(a.found && b.found, v6);
            QCOMPARE(a.offset, b.offset);
        }
    }

    void theNestingLimitIsLibmaxminddbs_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("readable");
        // The record's map is level 0; "bottom"'s value sits at level N + 1. libmaxminddb
        // decodes up to level 511 (MAXIMUM_DATA_STRUCTURE_DEPTH, 512). RegionMap's limit was 32.
        QTest::newRow("40 levels") << 40 << true;
        QTest::newRow("510 levels") << 510 << true;
        QTest::newRow("511 levels") << 511 << false;
        QTest::newRow("512 levels") << 512 << false;
        QTest::newRow("513 levels") << 513 << false;
        QTest::newRow("514 levels") << 514 << false;
    }
    void theNestingLimitIsLibmaxminddbs()
    {
        QFETCH(int, levels);
        QFETCH(bool, readable);
        int failures = 0;
        int located = 0;
        compareOn(file(QStringLiteral("nest-%1.mmdb").arg(levels)), &failures, &located);
        // 8.8.8.8, .0, .255, its ::ffff: and 6to4 forms.
        QCOMPARE(located, readable ? 5 : 0);
        QCOMPARE(failures, readable ? 0 : 5);
    }

    void damageFailsInBothReaders_data() // and what is not damage reads in both
    {
        QTest::addColumn<QByteArray>("from"); // bytes in types-24-v4.mmdb, found once
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("damage"); // libmaxminddb calls it invalid (else: both read on)
        // Control bytes (spec, "Data Section"): type << 5 | size, or 0 | size then type - 7.
        const auto ctl = [](int type, int size, const QByteArray &payload) {
            QByteArray b;
            if (type < 8)
                b += char(type << 5 | size);
            else
                b += char(size) + QByteArray(1, char(type - 7));
            return b + payload;
        };
        const QByteArray pi = QByteArray::fromHex("400921fb54442d11"); // 3.14159265358979
        const QByteArray oneAndAHalf = QByteArray::fromHex("3fc00000");
        const QByteArray beef = QByteArray::fromHex("beef");
        const QByteArray deadBeef = QByteArray::fromHex("deadbeef");
        const QByteArray int32 = QByteArray::fromHex("f8a432eb"); // -123456789
        const QByteArray u64 = QByteArray::fromHex("1122334455667788");
        const QByteArray u128 = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10");
        QTest::newRow("double of 4 bytes") << ctl(3, 8, pi) << ctl(3, 4, pi) << true;
        QTest::newRow("float of 8 bytes")
            << ctl(15, 4, oneAndAHalf) << ctl(15, 8, oneAndAHalf) << true;
        QTest::newRow("uint16 of 3 bytes") << ctl(5, 2, beef) << ctl(5, 3, beef) << true;
        QTest::newRow("uint32 of 5 bytes") << ctl(6, 4, deadBeef) << ctl(6, 5, deadBeef) << true;
        QTest::newRow("int32 of 5 bytes") << ctl(8, 4, int32) << ctl(8, 5, int32) << true;
        QTest::newRow("uint64 of 9 bytes") << ctl(9, 8, u64) << ctl(9, 9, u64) << true;
        QTest::newRow("uint128 of 17 bytes") << ctl(10, 16, u128) << ctl(10, 17, u128) << true;
        QTest::newRow("a string past the end of the data")
            << ctl(2, 31, QByteArray::fromHex("001053")) // 70000 = 65821 + 0x001053
            << ctl(2, 31, QByteArray::fromHex("ffffff")) << true;
        // Types the writer never writes, over the 5 bytes of "bytes" (0x84 and 4 bytes): an
        // end marker (extended type 13) and an unknown extended type (20), each with a 3-byte
        // payload, and an extended byte of 0 (type 7, a map, of 3 entries).
        const QByteArray bytes4 = QByteArray::fromHex("840001feff");
        QTest::newRow("an end marker with a payload")
            << bytes4 << QByteArray::fromHex("03060001fe") << false;
        QTest::newRow("an unknown extended type")
            << bytes4 << QByteArray::fromHex("030d0001fe") << false;
        QTest::newRow("a map written as an extended type")
            << bytes4 << QByteArray::fromHex("03000001fe") << true;
        // {"string": "three maps down"}, its key a pointer (0x082) to a "string" written
        // before; moved one byte on, the key decodes as a double of 19 bytes.
        QTest::newRow("a pointer into the middle of a value")
            << QByteArray::fromHex("e120824f") + "three"
            << QByteArray::fromHex("e120834f") + "three" << true;
    }
    void damageFailsInBothReaders()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, damage);
        QByteArray bytes = readFile(QStringLiteral("types-24-v4.mmdb"));
        const qsizetype at = bytes.indexOf(from);
        QVERIFY2(at > 0, from.toHex().constData());
        QCOMPARE(bytes.indexOf(from, at + 1), -1);
        bytes.replace(at, from.size(), to);
        const QString path = writeFile(QStringLiteral("damaged.mmdb"), bytes);
        QVERIFY(!path.isEmpty());
        int failures = 0;
        int located = 0;
        compareOn(path, &failures, &located);
        if (damage)
            QVERIFY2(failures > 0, "the damage reaches no record: the test changes nothing");
        else
            QCOMPARE(located, 13); // both read on, every address as in the undamaged file
    }

    void aKeyThatIsNotAString()
    {
        // The one place where libmaxminddb 1.7.1 disagrees with itself: its whole-record
        // decode (MMDB_get_entry_data_list) takes a map key that is not a string, while its
        // path lookup (MMDB_get_value) calls the same record invalid data once it walks past
        // that key. The format says keys are strings: RegionMap's reader sides with the path
        // lookup, which is what a reader built on libmaxminddb would meet.
        const auto ctl = [](int type, int size) {
            return QByteArray(1, char(type << 5 | size));
        };
        QByteArray bytes = readFile(QStringLiteral("types-24-v4.mmdb"));
        const QByteArray key = QByteArray("uint32s") + QByteArray::fromHex("0404");
        const qsizetype at = bytes.indexOf(ctl(2, 7) + key);
        QVERIFY(at > 0);
        bytes[at] = ctl(4, 7).at(0); // the same seven bytes, as bytes
        const QString path = writeFile(QStringLiteral("key-as-bytes.mmdb"), bytes);
        QVERIFY(!path.isEmpty());

        Opened ref;
        QCOMPARE(MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &ref.mmdb),
                 MMDB_SUCCESS);
        ref.open = true;
        const Reference whole = reference(&ref.mmdb, "8.8.8.8");
        QVERIFY(whole.found);
        QCOMPARE(whole.decodeError, MMDB_SUCCESS);
        int gaiError = 0;
        int error = 0;
        MMDB_lookup_result_s result = MMDB_lookup_string(&ref.mmdb, "8.8.8.8", &gaiError, &error);
        MMDB_entry_data_s d;
        // "yes" comes after "uint32s" in the map as written; "bytes" before it.
        QCOMPARE(MMDB_get_value(&result.entry, &d, "all", "bytes", nullptr), MMDB_SUCCESS);
        QCOMPARE(MMDB_get_value(&result.entry, &d, "all", "yes", nullptr), MMDB_INVALID_DATA_ERROR);

        const MmdbRecordReader reader(ref.mmdb.data_section, ref.mmdb.data_section_size);
        QVERIFY(!reader.check(whole.offset));
        Result<std::unique_ptr<MmdbLocator>> locator = MmdbLocator::open(path);
        QVERIFY(locator);
        std::vector<Location> out;
        QVERIFY((*locator)->locate({parsed("8.8.8.8")}, out).isOk());
        QCOMPARE(out[0].status, GeoStatus::LookupFailed);
    }

    void cleanupTestCase() { qInfo("compared %d lookups", m_compared); }
};

QTEST_GUILESS_MAIN(TestMmdbDifferential)
#include "tst_mmdbdifferential.moc"
