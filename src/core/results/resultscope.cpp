#include "resultscope.h"

namespace regionmap {

QString ResultScope::describe() const
{
    if (!isValid())
        return tr("nothing");
    if (isRun())
        return tr("the rows run %1 loaded into the table \"%2\"").arg(runId).arg(table);
    return tr("every row of the table \"%1\"").arg(table);
}

} // namespace regionmap
