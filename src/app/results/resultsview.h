#pragma once

#include "db/connectionsettings.h"

#include <QWidget>

class QLabel;

namespace regionmap {

// Placeholder for the results views (region summary, row table, charts, map, history), which
// come in their own issue and replace this class entirely. Keep this API.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setConnection(const ConnectionSettings &settings);
    void showRun(qint64 runId, const QString &table);

private:
    QLabel *m_label = nullptr;
    ConnectionSettings m_settings;
};

} // namespace regionmap
