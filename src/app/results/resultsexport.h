#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace regionmap {

// Saving what the results page shows: tables as CSV, charts and the map as PNG or SVG.
class ResultsExport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsExport)

public:
    // A model role with the raw value for CSV (numbers without separators); DisplayRole
    // otherwise.
    static constexpr int ExportRole = Qt::UserRole + 100;

    // Every row and column of the model (RFC 4180, UTF-8, CRLF, a header row).
    static Status saveModelCsv(const QAbstractItemModel &model, const QString &path);

    using Painter = std::function<void(QPainter &, const QSize &)>;
    // Paints a picture of `size` into `path`: SVG (vectors, QSvgGenerator) when the name ends in
    // .svg, else PNG at twice the size. A non-empty footer (the geo data credit) goes underneath.
    static Status saveImage(const Painter &paint, const QSize &size, const QString &path,
                            const QString &title, const QString &footer);
    // A widget as it is on screen (QWidget::render).
    static Status saveWidget(QWidget *widget, const QString &path, const QString &title,
                             const QString &footer);
};

} // namespace regionmap
