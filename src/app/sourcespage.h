#pragma once

#include "sourcefile.h"
#include "steppage.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class QMenu;

namespace Ui {
class SourcesPage;
}

namespace regionmap {

class CsvPreviewModel;
class SourceChoices;

// Step 1: the CSV files to load. Files come from a file dialog, drag and drop onto the window,
// the recent files, or the bundled sample. Each file is sniffed off the GUI thread; its preview,
// dialect and IP column are shown, and each can be overridden (the file is then read again).
class SourcesPage : public StepPage
{
    Q_OBJECT

public:
    explicit SourcesPage(QWidget *parent = nullptr);
    ~SourcesPage() override;

    QString title() const override;
    QString description() const override;
    QString statusText() const override;
    Theme::Tone statusTone() const override;
    QString blockingProblem() const override;

    // Adds files (already listed ones are selected instead) and reads them in the background.
    void addFiles(const QStringList &paths);
    // Adds the sample bundled with RegionMap; false (with a message) when it is missing.
    bool useSampleData();
    void removeFile(int index);
    void clearFiles();
    // Opens the file dialog (Ctrl+O).
    void chooseFiles();

    const QList<SourceFile> &files() const { return m_files; }
    int currentIndex() const;
    void setCurrentIndex(int index);
    // Replaces the overrides of a file and reads it again.
    void setOverrides(int index, const SniffOverrides &overrides);
    // True while any file is being read.
    bool isBusy() const;
    // Rows of all files (estimated where the file is larger than the sample).
    qint64 totalRows() const;
    CsvPreviewModel *previewModel() const { return m_preview; }

    // Restores the files of the last session; on the very first start, the sample data.
    void restoreSettings();
    void saveSettings() const;

    // Adds files as addFiles does; prepare sets up each new one before it is first read (its
    // overrides, from the settings or a project).
    void addFiles(const QStringList &paths, const std::function<void(SourceFile &)> &prepare);

signals:
    void filesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void sniff(int index);
    void onSniffed(const QString &path, quint64 generation, const Result<SniffResult> &result);
    void refreshList();
    void showCurrent();
    void overridesEdited();
    void rebuildRecentMenu();
    void applyTheme();
    int indexOf(const QString &path) const;

    std::unique_ptr<Ui::SourcesPage> m_ui;
    CsvPreviewModel *m_preview = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<SourceFile> m_files;
    quint64 m_nextGeneration = 1;
    std::unique_ptr<SourceChoices> m_choices; // the current file's reading choices
    bool m_filling = false; // the choices are being shown, not edited
};

} // namespace regionmap
