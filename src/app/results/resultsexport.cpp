#include "resultsexport.h"

#include "csv/csvfield.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace regionmap {

namespace {

constexpr int kFooterHeight = 22;

} // namespace

Status ResultsExport::saveModelCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(tr("Could not write %1: %2. Choose another folder or file name.")
                         .arg(path, file.errorString()));
    }
    QByteArray out;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c)
            out += ',';
        out += csv::field(model.headerData(c, Qt::Horizontal).toString());
    }
    out += "\r\n";
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c)
                out += ',';
            const QModelIndex index = model.index(r, c);
            QVariant v = index.data(ExportRole);
            if (!v.isValid())
                v = index.data(Qt::DisplayRole);
            out += csv::field(v.toString());
        }
        out += "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit()) {
        return Error(tr("Could not write %1: %2. Check the free space and the permissions.")
                         .arg(path, file.errorString()));
    }
    return {};
}

Status ResultsExport::saveImage(const Painter &paint, const QSize &size, const QString &path,
                                const QString &title, const QString &footer)
{
    const int footerHeight = footer.isEmpty() ? 0 : kFooterHeight;
    const QSize total(size.width(), size.height() + footerHeight);
    auto drawFooter = [&](QPainter &p) {
        if (footer.isEmpty())
            return;
        const QRect box(0, size.height(), size.width(), footerHeight);
        p.fillRect(box, QApplication::palette().color(QPalette::Window));
        p.setPen(QApplication::palette().color(QPalette::WindowText));
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        p.drawText(box.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignRight, footer);
    };

    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(total);
        svg.setViewBox(QRect(QPoint(0, 0), total));
        svg.setTitle(title);
        svg.setDescription(footer);
        QPainter p;
        if (!p.begin(&svg))
            return Error(tr("Could not write %1. Choose another folder or file name.").arg(path));
        paint(p, size);
        p.setClipping(false);
        p.resetTransform();
        drawFooter(p);
        if (!p.end())
            return Error(tr("Could not write %1. Check the free space.").arg(path));
        if (!QFileInfo::exists(path))
            return Error(tr("Could not write %1. Choose another folder or file name.").arg(path));
        return {};
    }

    const qreal scale = 2.0;
    QImage image(total * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(QApplication::palette().color(QPalette::Window));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, size);
        p.setClipping(false);
        p.resetTransform();
        drawFooter(p);
    }
    if (!image.save(path, "PNG"))
        return Error(tr("Could not write %1. Choose another folder or file name.").arg(path));
    return {};
}

Status ResultsExport::saveWidget(QWidget *widget, const QString &path, const QString &title,
                                 const QString &footer)
{
    return saveImage([widget](QPainter &p, const QSize &) { widget->render(&p); }, widget->size(),
                     path, title, footer);
}

} // namespace regionmap
