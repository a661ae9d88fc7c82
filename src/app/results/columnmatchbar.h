#pragma once

#include "results/resultscope.h"
#include "results/resultsqueries.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace regionmap {

// "Only rows where [column] is [value]": narrows every view of the results page to the rows
// whose CSV column holds a value (ResultScope::match). The points know nothing of the CSV columns,
// so the views then read the rows: on millions of rows that takes seconds, and Stop goes back to
// every row at once. The value list holds the column's most common values, read when the column
// is chosen; any value can be typed.
class ColumnMatchBar : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnMatchBar(QWidget *parent = nullptr);

    // The columns a match may use (those of the CSV files), and the match in force.
    void setColumns(const QStringList &columns, const ColumnMatch &current);
    void setValues(const QString &column, const QList<ResultsQueries::ValueCount> &values);
    // The views are reading the rows of a match: Stop is offered.
    void setWorking(bool working);

    ColumnMatch match() const { return m_current; }

signals:
    // The analyst chose a match (an unset one: every row again).
    void matchChosen(const regionmap::ColumnMatch &match);
    // A column was chosen: its values are wanted.
    void valuesWanted(const QString &column);

private:
    void apply();
    void choose(const ColumnMatch &match);

    QComboBox *m_column;
    QComboBox *m_value;
    QPushButton *m_clear;
    QPushButton *m_stop;
    QLabel *m_note;
    QStringList m_columns;
    ColumnMatch m_current;
    // The match last asked for: a value chosen from the list and the line edit's Return both
    // arrive for one choice, and it is asked for once.
    ColumnMatch m_requested;
    bool m_updating = false;
    bool m_working = false;
};

} // namespace regionmap
