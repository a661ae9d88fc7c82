#include "resultrowsmodel.h"

#include "results/queryrunner.h"
#include "results/rowqueries.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace regionmap {

namespace {

// At most four decimals on screen ("3522.8928" for 3522.8927896661326); the tooltip and the
// CSV export keep the exact value.
QString displayDouble(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0 || text.size() - dot - 1 <= 4 || text.contains(QLatin1Char('e')))
        return text;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? QString::number(v, 'f', 4) : text;
}

} // namespace

ResultRowsModel::ResultRowsModel(QueryRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{ }

void ResultRowsModel::setSource(const TableInfo &table, const ResultScope &scope)
{
    beginResetModel();
    m_table = table;
    m_scope = scope;
    m_filter = {};
    m_order = {};
    m_tids.clear();
    m_blocks.clear();
    m_inFlight.clear();
    m_wanted.clear();
    ++m_epoch;
    endResetModel();
    requestSnapshot();
}

void ResultRowsModel::clear()
{
    m_runner->cancel(m_snapshotChannel);
    beginResetModel();
    m_table = {};
    m_scope = {};
    m_filter = {};
    m_order = {};
    m_tids.clear();
    m_blocks.clear();
    m_inFlight.clear();
    m_wanted.clear();
    ++m_epoch;
    endResetModel();
    setLoading(false);
}

void ResultRowsModel::setFilter(const RowFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    requestSnapshot();
}

void ResultRowsModel::refresh()
{
    requestSnapshot();
}

void ResultRowsModel::sort(int column, Qt::SortOrder order)
{
    RowOrder o;
    if (column >= 0 && column < m_table.columns.size()) {
        o.column = m_table.columns.at(column).name;
        o.descending = order == Qt::DescendingOrder;
    }
    if (o.column == m_order.column && o.descending == m_order.descending)
        return;
    m_order = o;
    requestSnapshot();
}

void ResultRowsModel::setLoading(bool loading)
{
    if (loading == m_snapshotPending)
        return;
    m_snapshotPending = loading;
    emit loadingChanged(loading);
}

void ResultRowsModel::requestSnapshot()
{
    if (!m_scope.isValid() || m_table.columns.isEmpty())
        return;
    setLoading(true);
    const RowSelection selection = this->selection();
    m_runner->submit(
        m_snapshotChannel, this,
        [selection](QueryContext &ctx) { return RowQueries::snapshot(ctx.conn, selection); },
        [this](const Result<QList<quint64>> &result) {
            setLoading(false);
            if (!result) {
                emit errorOccurred(result.error().message, result.error().details);
                return;
            }
            beginResetModel();
            m_tids = result.value();
            m_blocks.clear();
            m_inFlight.clear();
            m_wanted.clear();
            ++m_epoch;
            endResetModel();
            emit snapshotReady(m_tids.size());
        });
}

int ResultRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tids.size());
}

int ResultRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ResultRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (m_table.columns.at(index.column()).numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole
        && role != IsNullRole && role != IsLoadedRole && role != Qt::EditRole) {
        return {};
    }
    const int block = index.row() / kBlockRows;
    const auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        want(block);
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (role == IsLoadedRole)
            return false;
        return {};
    }
    it->lastUse = ++m_useClock;
    const RowBlock &rows = it->rows;
    const int r = index.row() - block * kBlockRows;
    const int c = index.column();
    if (!rows.found.testBit(r)) {
        if (role == Qt::DisplayRole && c == 0)
            return tr("(row no longer in the table)");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (role == IsLoadedRole)
            return true;
        return {};
    }
    const bool null = rows.isNull(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (null)
            return QStringLiteral("NULL");
        return m_table.columns.at(c).sqlType == QLatin1String("double precision")
                   ? displayDouble(rows.cell(r, c))
                   : rows.cell(r, c);
    case Qt::EditRole:
        return null ? QString() : rows.cell(r, c);
    case Qt::ForegroundRole:
        if (null)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        return null ? tr("NULL: no value") : rows.cell(r, c);
    case IsNullRole:
        return null;
    case IsLoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant ResultRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_table.columns.size())
        return {};
    const TableColumn &c = m_table.columns.at(section);
    if (role == Qt::DisplayRole)
        return c.name;
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 (%2). Click to sort on the server.").arg(c.name, c.sqlType);
        if (c.name == QLatin1String("est_rtt_ms"))
            tip.prepend(tr("est. RTT: the network round trip from the row's location to its "
                           "region in ms, estimated from the distance, or measured where "
                           "est_rtt_source says so.")
                        + QLatin1Char('\n'));
        return tip;
    }
    return {};
}

void ResultRowsModel::want(int block) const
{
    if (m_inFlight.contains(block))
        return;
    m_wanted.insert(block);
    if (m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    // After the paint that asked: by then every visible block has been asked for.
    QTimer::singleShot(0, const_cast<ResultRowsModel *>(this), &ResultRowsModel::dispatchFetches);
}

void ResultRowsModel::dispatchFetches()
{
    m_dispatchScheduled = false;
    // One fetch at a time: while it runs, the view keeps asking for what it shows now, so a
    // fast scroll does not queue up blocks nobody looks at any more.
    if (!m_inFlight.isEmpty() || m_wanted.isEmpty())
        return;
    QList<int> blocks;
    for (const int b : std::as_const(m_wanted)) {
        if (qsizetype(b) * kBlockRows < m_tids.size())
            blocks << b;
    }
    m_wanted.clear();
    if (blocks.isEmpty())
        return;
    std::sort(blocks.begin(), blocks.end());
    if (blocks.size() > kBlocksPerFetch)
        blocks.resize(kBlocksPerFetch); // the rest are asked for again on the next paint
    QList<quint64> tids;
    for (const int b : std::as_const(blocks)) {
        const qsizetype first = qsizetype(b) * kBlockRows;
        const qsizetype last = std::min<qsizetype>(first + kBlockRows, m_tids.size());
        for (qsizetype i = first; i < last; ++i)
            tids << m_tids.at(i);
        m_inFlight.insert(b);
    }
    const TableInfo table = m_table;
    const quint64 epoch = m_epoch;
    m_runner->submit(
        QString(), this,
        [table, tids](QueryContext &ctx) { return RowQueries::fetch(ctx.conn, table, tids); },
        [this, blocks, epoch](const Result<RowBlock> &result) {
            if (epoch != m_epoch)
                return; // an older snapshot's rows
            for (const int b : blocks)
                m_inFlight.remove(b);
            if (!result) {
                emit errorOccurred(result.error().message, result.error().details);
                return;
            }
            storeBlocks(blocks, result.value());
            if (!m_wanted.isEmpty())
                dispatchFetches();
        });
}

void ResultRowsModel::storeBlocks(const QList<int> &blocks, const RowBlock &rows)
{
    int offset = 0;
    const int columns = rows.columnCount;
    for (const int b : blocks) {
        const int first = b * kBlockRows;
        const int count = int(std::min<qsizetype>(kBlockRows, m_tids.size() - first));
        if (count <= 0 || columns <= 0)
            break;
        CachedBlock cached;
        cached.rows.columnCount = columns;
        cached.rows.cells = rows.cells.mid(qsizetype(offset) * columns, qsizetype(count) * columns);
        cached.rows.nulls = QBitArray(count * columns);
        cached.rows.found = QBitArray(count);
        for (int r = 0; r < count; ++r) {
            if (rows.found.testBit(offset + r))
                cached.rows.found.setBit(r);
            for (int c = 0; c < columns; ++c) {
                if (rows.nulls.testBit((offset + r) * columns + c))
                    cached.rows.nulls.setBit(r * columns + c);
            }
        }
        cached.lastUse = ++m_useClock;
        m_blocks.insert(b, std::move(cached));
        offset += count;
        emit dataChanged(index(first, 0), index(first + count - 1, columns - 1));
    }
    evictBlocks();
}

void ResultRowsModel::evictBlocks()
{
    while (m_blocks.size() > kMaxCachedBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_blocks.erase(oldest);
    }
}

} // namespace regionmap
