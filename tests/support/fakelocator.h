#pragma once

#include "geo/locator.h"

#include <QHash>

#include <optional>

namespace regionmap::test {

// A locator with answers set by the test: records every address it is asked about, answers
// from its table (NotFound for the rest), or fails every call with a given error. For the
// pipeline's unit tests and for EtlJob through its LocatorFactory.
class FakeLocator : public Locator
{
public:
    QHash<QByteArray, Location> answers; // by the address's canonical text
    std::vector<QByteArray> asked; // every address asked about, in order
    std::optional<Error> failure;
    int calls = 0;

    GeoSource source() const override
    {
        GeoSource s;
        s.id = QStringLiteral("fake");
        s.provider = QStringLiteral("fake");
        s.label = QStringLiteral("Fake locator");
        s.description = QStringLiteral("answers set by the test");
        return s;
    }

    Status locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out) override
    {
        ++calls;
        if (failure)
            return *failure;
        out.resize(addresses.size());
        for (size_t i = 0; i < addresses.size(); ++i) {
            const QByteArray text = addresses[i].toText();
            asked.push_back(text);
            out[i] = answers.value(text, Location {});
        }
        return {};
    }

    void place(const QByteArray &ip, double lat, double lon, const QByteArray &country = {},
               const QByteArray &city = {})
    {
        Location l;
        l.status = GeoStatus::Located;
        l.latitude = lat;
        l.longitude = lon;
        l.countryCode = country;
        l.city = city;
        answers.insert(ip, l);
    }
};

} // namespace regionmap::test
