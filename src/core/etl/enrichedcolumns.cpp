#include "enrichedcolumns.h"

#include "csv/csvchunk.h"
#include "db/copybuffer.h"
#include "etl/pointencoder.h"
#include "geo/ipaddress.h"
#include "geo/location.h"

namespace regionmap {

void appendSourceColumns(CopyBuffer &buf, const CsvChunk &chunk, int row, int columns)
{
    for (int c = 0; c < columns; ++c) {
        const QByteArrayView v = chunk.field(row, c);
        if (v.isEmpty())
            buf.appendNull();
        else
            buf.appendText(v.data(), size_t(v.size()));
        buf.separator();
    }
}

int appendEnrichedColumns(CopyBuffer &buf, PointEncoder &points, const IpAddress &ip,
                          GeoStatus status, const Location *location, const QByteArray &geoSource,
                          const QByteArray &runId)
{
    // ip: the address in its canonical form; none for a text that is no address.
    if (status == GeoStatus::InvalidIp) {
        buf.appendNull();
    } else {
        char text[IpAddress::MaxTextLength];
        buf.appendRaw(text, size_t(ip.format(text)));
    }
    buf.separator();

    // latitude .. second_distance_km: from the point's coordinates alone.
    int region = -1;
    if (location && status == GeoStatus::Located)
        region = points.append(buf, location->latitude, location->longitude);
    else
        PointEncoder::appendNone(buf);
    buf.separator();

    // country_code, city, geo_source
    if (location && !location->countryCode.isEmpty())
        buf.appendText(location->countryCode);
    else
        buf.appendNull();
    buf.separator();
    if (location && !location->city.isEmpty())
        buf.appendText(location->city);
    else
        buf.appendNull();
    buf.separator();
    if (location && (status == GeoStatus::Located || status == GeoStatus::CountryOnly))
        buf.appendText(geoSource);
    else
        buf.appendNull();
    buf.separator();

    // geo_status, run_id
    const QLatin1String statusName = geoStatusName(status);
    buf.appendRaw(statusName.data(), size_t(statusName.size()));
    buf.separator();
    buf.appendRaw(runId);
    return region;
}

} // namespace regionmap
