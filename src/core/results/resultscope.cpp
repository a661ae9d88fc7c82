#include "resultscope.h"

namespace regionmap {

QString ResultScope::describe() const
{
    if (!isValid())
        return tr("nothing");
    const QString rows
        = isRun() ? tr("the rows run %1 loaded into the table \"%2\"").arg(runId).arg(table)
                  : tr("every row of the table \"%1\"").arg(table);
    if (!match.isSet())
        return rows;
    return match.isNull ? tr("%1 whose %2 is empty").arg(rows, match.column)
                        : tr("%1 whose %2 is \"%3\"").arg(rows, match.column, match.value);
}

} // namespace regionmap
