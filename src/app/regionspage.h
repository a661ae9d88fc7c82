#pragma once

#include "geo/latencymodel.h"
#include "geo/regioncatalog.h"
#include "steppage.h"

#include <QMap>

#include <memory>

class QCheckBox;

namespace Ui {
class RegionsPage;
}

namespace regionmap {

class MapSiteLayer;
class RegionTableModel;

// Step 2: the regions that rows are assigned to: any of the built-in catalogs (one check box per
// cloud) and a CSV file that adds or replaces regions, combined as a run combines them, shown as
// one table (with the validation errors and warnings next to the rows concerned) and on a small
// map. Also the est. RTT model's constants and a file of measured round trips.
class RegionsPage : public StepPage
{
    Q_OBJECT

public:
    // What the run uses.
    struct Choice
    {
        QStringList builtins; // "aws", "gcp", ... in RegionCatalog::builtinNames() order
        bool useFile = false;
        QString path; // the catalog file
        bool includeRestricted = false;
        bool includeAnnounced = false;
        LatencyModel latency;
        QString latencyFile; // measured round trips; empty: the model only
    };

    explicit RegionsPage(QWidget *parent = nullptr);
    ~RegionsPage() override;

    QString title() const override;
    QString description() const override;
    QString statusText() const override;
    Theme::Tone statusTone() const override;
    QString blockingProblem() const override;

    Choice catalogChoice() const;
    // Only this built-in catalog (the file off).
    void useBuiltin(const QString &name);
    // Turns a built-in catalog on or off, keeping the others.
    void setBuiltinUsed(const QString &name, bool used);
    void useFile(const QString &path);
    void setIncluded(bool restricted, bool announced);
    void setLatencyFile(const QString &path);
    // The regions a run would use, combined (with the file's issues); empty when the choice
    // cannot be read or combined.
    const RegionCatalog &catalog() const { return m_catalog; }
    RegionTableModel *model() const { return m_model; }

    static QString builtinDisplayName(const QString &name);

    void restoreSettings();
    void saveSettings() const;
    // Writes a choice where restoreSettings() reads it (the page's own, or a project's).
    static void storeChoice(const Choice &choice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    QList<RegionCatalog> readParts(const Choice &c);
    void updateTable(const QList<RegionCatalog> &parts, const Choice &c);
    void updateMap(const Choice &c);
    void updateCaption(const QList<RegionCatalog> &parts, const Choice &c);
    void updateBanner(const Choice &c);
    void updateRttHelp();
    void chooseFile();
    void chooseLatencyFile();
    void fitIssueRows();

    std::unique_ptr<Ui::RegionsPage> m_ui;
    QMap<QString, QCheckBox *> m_builtinChecks; // by built-in name
    RegionTableModel *m_model = nullptr;
    MapSiteLayer *m_sites = nullptr; // on the map
    RegionCatalog m_catalog; // combined, with only the included statuses' regions left out
    QString m_readError; // a file could not be read at all, or the parts do not combine
    QString m_latencyProblem; // the measured round trips cannot be used
    int m_measuredValues = 0;
    bool m_fitPending = false;
};

} // namespace regionmap
