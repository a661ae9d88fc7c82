#include "columnmatchbar.h"

#include "resultstext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace regionmap {

ColumnMatchBar::ColumnMatchBar(QWidget *parent)
    : QWidget(parent)
    , m_column(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_clear(new QPushButton(tr("All rows"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_note(new QLabel(this))
{
    auto *label = new QLabel(tr("Only rows &where"), this);
    label->setBuddy(m_column);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_column->setToolTip(tr("A column of your CSV files, for example a country or a segment of "
                            "your customers."));
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->setMinimumContentsLength(18);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->lineEdit()->setPlaceholderText(tr("a value, then Enter"));
    m_value->setAccessibleName(tr("Value of the column"));
    m_value->setToolTip(tr("The rows whose column holds exactly this text. Leave it empty for "
                           "the rows where the column is empty."));
    m_clear->setToolTip(tr("Show every row of the run or table again."));
    m_stop->setToolTip(tr("Stop reading the matching rows and show every row again."));
    m_stop->hide();
    m_note->setText(tr("Read from the rows: seconds on millions of them."));
    m_note->setEnabled(false);

    auto *is = new QLabel(tr("is"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_column);
    layout->addWidget(is);
    layout->addWidget(m_value);
    layout->addWidget(m_clear);
    layout->addWidget(m_stop);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_column, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        m_value->clear();
        m_value->setEnabled(!m_column->currentData().toString().isEmpty());
        if (m_column->currentData().toString().isEmpty()) {
            if (m_current.isSet())
                choose({});
            return;
        }
        emit valuesWanted(m_column->currentData().toString());
        m_value->setFocus();
    });
    connect(m_value, &QComboBox::activated, this, [this](int index) {
        if (m_updating)
            return;
        // A value from the list: its own text, not the row count shown beside it.
        m_updating = true;
        m_value->setEditText(m_value->itemData(index).toString());
        m_updating = false;
        apply();
    });
    connect(m_value->lineEdit(), &QLineEdit::returnPressed, this, &ColumnMatchBar::apply);
    connect(m_clear, &QPushButton::clicked, this, [this] { choose({}); });
    connect(m_stop, &QPushButton::clicked, this, [this] { choose({}); });
    setColumns({}, {});
}

void ColumnMatchBar::setColumns(const QStringList &columns, const ColumnMatch &current)
{
    m_updating = true;
    m_current = current;
    m_requested = current;
    m_stop->setVisible(m_working && current.isSet());
    m_clear->setVisible(current.isSet());
    m_note->setVisible(current.isSet());
    setEnabled(!columns.isEmpty());
    const QString shown = m_column->currentData().toString();
    if (columns != m_columns || (current.isSet() && current.column != shown)) {
        m_columns = columns;
        m_column->clear();
        m_column->addItem(tr("(choose a column)"), QString());
        for (const QString &c : columns)
            m_column->addItem(c, c);
        m_column->setCurrentIndex(std::max(0, m_column->findData(current.column)));
        m_value->clear();
    }
    // The same table: the column chosen and the values read for it stay offered.
    m_value->setEnabled(!m_column->currentData().toString().isEmpty());
    m_value->setEditText(current.isSet() && !current.isNull ? current.value : QString());
    m_updating = false;
}

void ColumnMatchBar::setValues(const QString &column,
                               const QList<ResultsQueries::ValueCount> &values)
{
    if (column != m_column->currentData().toString())
        return;
    m_updating = true;
    const QString typed = m_value->currentText();
    m_value->clear();
    for (const ResultsQueries::ValueCount &v : values) {
        m_value->addItem(
            tr("%1 (%2 rows)")
                .arg(v.value.isEmpty() ? tr("(empty)") : v.value, ResultsText::count(v.rows)),
            v.value);
    }
    m_value->setCurrentIndex(-1);
    m_value->setEditText(typed);
    m_updating = false;
}

void ColumnMatchBar::setWorking(bool working)
{
    m_working = working;
    m_stop->setVisible(m_working && m_current.isSet());
}

void ColumnMatchBar::apply()
{
    if (m_updating)
        return;
    ColumnMatch m;
    m.column = m_column->currentData().toString();
    if (m.column.isEmpty())
        return;
    m.value = m_value->currentText();
    m.isNull = m.value.isEmpty();
    choose(m);
}

void ColumnMatchBar::choose(const ColumnMatch &match)
{
    if (match == m_requested)
        return;
    m_requested = match;
    emit matchChosen(match);
}

} // namespace regionmap
