#include "resultrowsmodel.h"

#include "results/queryrunner.h"
#include "results/resultslogging.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTimer>
#include <QWidget>

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

ResultRowsModel::ResultRowsModel(QueryRunner *runner, QueryRunner *positions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
    , m_positions(positions)
{ }

void ResultRowsModel::setSource(const TableInfo &table, const ResultScope &scope)
{
    beginResetModel();
    m_table = table;
    m_scope = scope;
    m_filter = {};
    m_order = {};
    m_tids.clear();
    m_total = 0;
    m_countKnown = true;
    m_blocks.clear();
    m_inFlight.clear();
    m_wanted.clear();
    ++m_epoch;
    endResetModel();
    requestSnapshot();
}

void ResultRowsModel::clear()
{
    dropSnapshotRequest();
    beginResetModel();
    m_table = {};
    m_scope = {};
    m_filter = {};
    m_order = {};
    m_tids.clear();
    m_total = 0;
    m_countKnown = true;
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

void ResultRowsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_deferred)
        requestSnapshot();
}

void ResultRowsModel::activeWhileVisible(QWidget *widget)
{
    widget->installEventFilter(this);
    setActive(widget->isVisible());
}

bool ResultRowsModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show)
        setActive(true);
    else if (event->type() == QEvent::Hide)
        setActive(false);
    return QAbstractTableModel::eventFilter(watched, event);
}

void ResultRowsModel::dropSnapshotRequest()
{
    m_positions->cancel(m_snapshotChannel);
    ++m_request;
    m_positionsPending = false;
    setStatusText({});
}

void ResultRowsModel::setLoading(bool loading)
{
    if (loading == m_snapshotPending)
        return;
    m_snapshotPending = loading;
    emit loadingChanged(loading);
}

void ResultRowsModel::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusTextChanged(text);
}

void ResultRowsModel::requestSnapshot()
{
    if (!m_scope.isValid() || m_table.columns.isEmpty())
        return;
    if (!m_active) {
        dropSnapshotRequest();
        setLoading(false);
        m_deferred = true;
        return;
    }
    m_deferred = false;
    setLoading(true);
    m_positionsPending = false;
    setStatusText(tr("Asking PostgreSQL for the matching rows…"));
    const quint64 request = ++m_request;
    const RowSelection selection = this->selection();
    m_positions->submit(
        m_snapshotChannel, this,
        [selection](QueryContext &ctx) { return RowIndexes::inspect(ctx.conn, selection); },
        [this, selection, request](const Result<RowIndexState> &state) {
            if (request != m_request)
                return;
            if (!state) {
                // Without knowing the indexes, the rows are read without making any.
                qCWarning(lcResults).noquote() << state.error().toString();
            }
            requestHead(selection, state ? state.value() : RowIndexState {});
        });
}

void ResultRowsModel::requestHead(const RowSelection &selection, const RowIndexState &indexes)
{
    if (!indexes.missing.isEmpty()) {
        QStringList columns;
        for (const RowIndex &index : indexes.missing)
            columns << RowIndexes::columnsText(index);
        setStatusText(tr("Making an index on %1 so that this big table sorts and filters in a "
                         "moment: once per table and column, it can take a minute. Change the "
                         "sort or the filter to stop it.")
                          .arg(columns.join(QStringLiteral(", "))));
    }
    const quint64 request = m_request;
    m_positions->submit(
        m_snapshotChannel, this,
        [selection, indexes](QueryContext &ctx) {
            bool indexOrder = indexes.orderIndexed;
            for (const RowIndex &index : indexes.missing) {
                const Status made = RowIndexes::make(ctx.conn, selection.table(), index);
                if (!made) {
                    // The rows are still read, only slower: say why in the log.
                    qCWarning(lcResults).noquote() << made.error().toString();
                } else if (index.column == selection.order().column) {
                    indexOrder = true;
                }
            }
            return RowQueries::head(ctx.conn, selection, RowQueries::kHeadRows, indexOrder);
        },
        [this, selection, request](const Result<RowHead> &head) {
            if (request != m_request)
                return;
            setLoading(false);
            setStatusText({});
            if (!head) {
                emit errorOccurred(head.error().message, head.error().details);
                return;
            }
            m_positionsPending = !head->complete;
            showHead(head.value());
            if (!head->complete)
                requestPositions(selection);
        });
}

void ResultRowsModel::resetRows(const QList<quint64> &tids, qint64 total)
{
    beginResetModel();
    m_tids = tids;
    m_total = std::max<qint64>(total, tids.size());
    m_countKnown = total >= 0;
    m_blocks.clear();
    m_inFlight.clear();
    m_wanted.clear();
    ++m_epoch;
    endResetModel();
}

void ResultRowsModel::showHead(const RowHead &head)
{
    resetRows(head.tids, head.total);
    emit snapshotReady(m_total);
}

void ResultRowsModel::requestPositions(const RowSelection &selection)
{
    m_positionsPending = true;
    setStatusText(tr("Finding where the other rows are, for scrolling…"));
    const quint64 request = m_request;
    m_positions->submit(
        m_snapshotChannel, this,
        [selection](QueryContext &ctx) { return RowQueries::snapshot(ctx.conn, selection); },
        [this, request](const Result<QList<quint64>> &tids) {
            if (request != m_request)
                return;
            m_positionsPending = false;
            setStatusText({});
            if (!tids) {
                emit errorOccurred(tids.error().message, tids.error().details);
                return;
            }
            showPositions(tids.value());
        });
}

void ResultRowsModel::showPositions(const QList<quint64> &tids)
{
    const qsizetype head = m_tids.size();
    if (tids.size() < head || !std::equal(m_tids.cbegin(), m_tids.cend(), tids.cbegin())) {
        // The rows shown first are not the snapshot's first (the table changed in between):
        // show the snapshot as it is.
        qCInfo(lcResults) << "the row table's first positions differ from its snapshot's";
        resetRows(tids, tids.size());
        emit snapshotReady(m_total);
        return;
    }
    // The cached blocks and the fetches in flight stay: they hold the head's rows, at the same
    // places. A new row count resets the view rather than inserting rows: a table view handles
    // a reset of a million rows at once, and an insertion of as many section by section.
    const qint64 total = tids.size();
    m_countKnown = true;
    if (total != m_total) {
        beginResetModel();
        m_tids = tids;
        m_total = total;
        endResetModel();
    } else {
        m_tids = tids;
    }
    if (m_total > head && !m_table.columns.isEmpty())
        emit dataChanged(index(int(head), 0), index(int(m_total - 1), columnCount() - 1));
    emit snapshotReady(m_total);
}

int ResultRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
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
        if (index.row() < m_tids.size())
            want(block); // else its position is still coming (requestPositions)
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
        emit rowsFetched(first, count);
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
