#pragma once

#include "geo/regioncatalog.h"
#include "steppage.h"

#include <memory>

namespace Ui {
class RegionsPage;
}

namespace regionmap {

class RegionTableModel;

// Step 2: the region catalog that rows are assigned to: a built-in one (AWS) or a CSV file, shown
// as a table with the validation errors and warnings next to the rows concerned.
class RegionsPage : public StepPage
{
    Q_OBJECT

public:
    // What the run uses: a built-in catalog by name, or a file.
    struct Choice
    {
        bool builtin = true;
        QString name; // "aws"
        QString path; // the catalog file
    };

    explicit RegionsPage(QWidget *parent = nullptr);
    ~RegionsPage() override;

    QString title() const override;
    QString description() const override;
    QString statusText() const override;
    Theme::Tone statusTone() const override;
    QString blockingProblem() const override;

    Choice catalogChoice() const;
    void useBuiltin(const QString &name);
    void useFile(const QString &path);
    // The catalog as read (with its issues); empty when it could not be read.
    const RegionCatalog &catalog() const { return m_catalog; }
    RegionTableModel *model() const { return m_model; }

    static QString builtinDisplayName(const QString &name);

    void restoreSettings();
    void saveSettings() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void chooseFile();
    void fitIssueRows();

    std::unique_ptr<Ui::RegionsPage> m_ui;
    RegionTableModel *m_model = nullptr;
    RegionCatalog m_catalog;
    QString m_readError; // the file could not be read at all
    bool m_fitPending = false;
};

} // namespace regionmap
