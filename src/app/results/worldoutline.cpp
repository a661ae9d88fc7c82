#include "worldoutline.h"

#include <QFile>
#include <QtEndian>

namespace regionmap {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_p(reinterpret_cast<const uchar *>(data.constData()))
        , m_end(m_p + data.size())
    { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    template<typename T>
    T fixed()
    {
        if (m_end - m_p < qsizetype(sizeof(T))) {
            m_ok = false;
            return 0;
        }
        const T v = qFromLittleEndian<T>(m_p);
        m_p += sizeof(T);
        return v;
    }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end) {
                m_ok = false;
                return 0;
            }
            const uchar b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 zigzag()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }

private:
    const uchar *m_p;
    const uchar *m_end;
    bool m_ok = true;
};

} // namespace

Result<WorldOutline> WorldOutline::parse(const QByteArray &data)
{
    const auto bad = [] {
        return Error(tr("The world map outline is damaged. Reinstall RegionMap, or regenerate "
                        "resources/map/world.rmap with scripts/convert-map."));
    };
    if (!data.startsWith("RMAP"))
        return bad();
    Reader in(data);
    in.fixed<quint32>(); // the magic
    const quint8 version = in.fixed<quint8>();
    in.fixed<quint8>();
    in.fixed<quint16>();
    const quint32 unitsPerDegree = in.fixed<quint32>();
    const quint32 layers = in.fixed<quint32>();
    if (!in.ok() || version != 1 || unitsPerDegree == 0 || layers > 64)
        return bad();
    const double scale = 1.0 / double(unitsPerDegree);

    WorldOutline outline;
    for (quint32 l = 0; l < layers; ++l) {
        const quint8 kind = in.fixed<quint8>();
        const quint8 resolution = in.fixed<quint8>();
        in.fixed<quint16>();
        const quint32 parts = in.fixed<quint32>();
        if (!in.ok() || (kind != 1 && kind != 2))
            return bad();
        const bool fine = resolution < 110;
        QList<Part> &list = kind == 1 ? (fine ? outline.m_fineLand : outline.m_coarseLand)
                                      : (fine ? outline.m_fineBorders : outline.m_coarseBorders);
        for (quint32 p = 0; p < parts && in.ok(); ++p) {
            const quint64 header = in.varint();
            const quint64 points = header >> 1;
            const bool hole = header & 1;
            if (points > 10'000'000 || (hole && (kind != 1 || list.isEmpty())))
                return bad();
            if (!hole) {
                list.append(Part());
                list.last().path.setFillRule(Qt::OddEvenFill);
            }
            QPainterPath &path = list.last().path;
            qint64 x = 0;
            qint64 y = 0;
            for (quint64 i = 0; i < points && in.ok(); ++i) {
                x += in.zigzag();
                y += in.zigzag();
                const QPointF pt(double(x) * scale, -double(y) * scale);
                if (i == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            if (kind == 1)
                path.closeSubpath();
            outline.m_points += int(points);
        }
        if (!in.ok())
            return bad();
    }
    if (!in.atEnd() || outline.m_coarseLand.isEmpty())
        return bad();
    for (QList<Part> *list : {&outline.m_coarseLand, &outline.m_coarseBorders, &outline.m_fineLand,
                              &outline.m_fineBorders}) {
        for (Part &part : *list)
            part.bounds = part.path.boundingRect();
    }
    if (outline.m_fineLand.isEmpty()) {
        outline.m_fineLand = outline.m_coarseLand;
        outline.m_fineBorders = outline.m_coarseBorders;
    }
    return outline;
}

QRectF WorldOutline::landBounds(Detail detail) const
{
    QRectF bounds;
    for (const Part &part : land(detail))
        bounds = bounds.united(part.bounds);
    return bounds;
}

const WorldOutline &WorldOutline::builtin()
{
    static const WorldOutline outline = [] {
        QFile f(QStringLiteral(":/map/world.rmap"));
        if (!f.open(QIODevice::ReadOnly))
            return WorldOutline();
        Result<WorldOutline> parsed = parse(f.readAll());
        return parsed ? parsed.value() : WorldOutline();
    }();
    return outline;
}

} // namespace regionmap
