#pragma once

#include "common/result.h"
#include "results/scopeoverview.h"
#include "results/scopeprovenance.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace regionmap {

// The run report (issue 22): one self-contained document for someone who was not there, with
// the summary and est. RTT per region, the statuses, the charts, the map, the rejected rows (how
// many, and the first reasons) and the provenance (files and sha256, geo database, catalogs,
// app version). HTML with its pictures inline (it opens with no network), or PDF.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    QString title; // "Run 12 of the table people"
    QString scopeText; // the totals line of the results page
    ScopeOverview overview;
    ScopeProvenance provenance;
    QString geoCredit;
    QList<std::pair<QString, QImage>> charts; // title, picture
    QImage map;

    // src="data:image/png;base64,..." for every picture (HTML), or src="image:N" names the PDF
    // writer resolves.
    enum class Images { Inline, Named };
    QString html(Images images = Images::Inline) const;
    // The provenance's runs and their files as HTML list items (shared with the plan report).
    static QString runItems(const ScopeProvenance &provenance);
    // "aws (checked 2026-12-05), gcp (...)": the built-in catalogs and when they were checked.
    static QString builtinCatalogs();

    // .html, or .pdf (A4, through QTextDocument and QPdfWriter); by the file name's suffix.
    Status save(const QString &path) const;
};

} // namespace regionmap
