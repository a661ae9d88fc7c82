#pragma once

#include "db/connectionsettings.h"
#include "etl/etloptions.h"

#include <QObject>

namespace regionmap {

// Runs the ipinfo.io cost estimate (and clears the cached answers) off the GUI thread, each with
// a database connection of its own, and reports in words.
class IpinfoEstimator : public QObject
{
    Q_OBJECT

public:
    explicit IpinfoEstimator(QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void estimate(const EtlOptions &options);
    void clearCache(const ConnectionSettings &connection);

signals:
    void finished(const QString &text, bool error);

private:
    void watch(const std::function<QPair<QString, bool>()> &work);

    bool m_busy = false;
};

} // namespace regionmap
