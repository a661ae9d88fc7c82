#pragma once

#include "common/feedback.h"

#include <QSortFilterProxyModel>

namespace regionmap {

// Shows the run log's lines at or above a level (all, warnings and errors, errors only), and
// optionally only lines containing a text.
class RunLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunLogFilterModel(QObject *parent = nullptr);

    MessageLevel minimumLevel() const { return m_minimum; }
    void setMinimumLevel(MessageLevel level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageLevel m_minimum = MessageLevel::Info;
};

} // namespace regionmap
