#include "ui/inspectors/flow_painter.h"

#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/opcode.h"
#include "core/traffic/traffic_store.h"
#include "ui/text/explain.h"
#include "ui/text/printable.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace WsBench {
namespace Gui {

using Kind = FlowModel::Kind;
using Style = FlowModel::Style;

namespace {

constexpr int kMargin = 8;
constexpr int kPreviewChars = 32;

const Style kLegend[]
    = {Style::Connect,           Style::Handshake, Style::Data,  Style::Fragment, Style::Control,
       Style::ControlInFragment, Style::State,     Style::Close, Style::Error};

} // namespace

FlowPainter::FlowPainter(const FlowModel *model, const QFont &font, const QPalette &palette)
    : m_model(model)
    , m_font(font)
    , m_palette(palette)
    , m_labels(2048)
{ }

int FlowPainter::rowPitch() const
{
    return QFontMetrics(m_font).height() * 2 + 4;
}

int FlowPainter::headerHeight() const
{
    return QFontMetrics(m_font).height() + 12;
}

int FlowPainter::legendHeight() const
{
    return QFontMetrics(m_font).height() + 10;
}

qreal FlowPainter::laneX(int lane, int width) const
{
    const int lanes = std::max<int>(1, int(m_model->laneNames().size()));
    const qreal left = kGutter + kMargin;
    const qreal span = std::max<qreal>(1, width - left - kMargin);
    return left + span * (lane + 0.5) / lanes;
}

QColor FlowPainter::colour(Style style)
{
    switch (style) {
    case Style::Connect:
        return QColor(0x80, 0x80, 0x80);
    case Style::Handshake:
        return QColor(0x8e, 0x44, 0xad);
    case Style::Data:
        return QColor(0x2a, 0x7a, 0xe2);
    case Style::Fragment:
        return QColor(0x17, 0xa2, 0xb8);
    case Style::Control:
        return QColor(0xe6, 0x7e, 0x22);
    case Style::ControlInFragment:
        return QColor(0xc0, 0x5a, 0x00);
    case Style::State:
        return QColor(0x2e, 0x9d, 0x4f);
    case Style::Close:
        return QColor(0x6d, 0x4c, 0x41);
    case Style::Error:
        return QColor(0xd0, 0x30, 0x30);
    }
    return {};
}

Qt::PenStyle FlowPainter::penStyle(Style style)
{
    switch (style) {
    case Style::Connect:
        return Qt::DotLine;
    case Style::Fragment:
        return Qt::DashLine;
    case Style::ControlInFragment:
        return Qt::DashDotLine;
    case Style::Error:
        return Qt::DashDotDotLine;
    case Style::Handshake:
    case Style::Data:
    case Style::Control:
    case Style::State:
    case Style::Close:
        break;
    }
    return Qt::SolidLine;
}

QString FlowPainter::styleName(Style style)
{
    switch (style) {
    case Style::Connect:
        return tr("TCP connect");
    case Style::Handshake:
        return tr("Handshake");
    case Style::Data:
        return tr("Data");
    case Style::Fragment:
        return tr("Fragment");
    case Style::Control:
        return tr("Control");
    case Style::ControlInFragment:
        return tr("Control between fragments");
    case Style::State:
        return tr("readyState");
    case Style::Close:
        return tr("Closed");
    case Style::Error:
        return tr("Error");
    }
    return {};
}

QString FlowPainter::timeText(qint64 us) const
{
    const qint64 origin = m_model->count() ? m_model->item(0).us : 0;
    const double ms = double(us - origin) / 1000.0;
    if (ms >= 10000)
        return tr("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    return tr("%1 ms").arg(ms, 0, 'f', 1);
}

QString FlowPainter::preview(const FlowModel::Item &item) const
{
    const std::optional<Traffic::TrafficRecord> r = m_model->store()->get(item.id);
    if (!r)
        return {};
    if (item.opcode == Protocol::toRaw(Protocol::Opcode::Text)
        || (item.kind == Kind::Frame && Protocol::isContinuationOpcode(item.opcode)
            && !item.rsv1)) {
        QString text = Text::printable(r->bytes.left(kPreviewChars * 4), QChar(0x23CE));
        if (text.size() > kPreviewChars)
            text = text.left(kPreviewChars) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    if (item.opcode == Protocol::toRaw(Protocol::Opcode::Close)) {
        const Protocol::ClosePayload close = Protocol::parseClosePayload(r->bytes).close;
        QString text = close.code ? QString::number(*close.code) : tr("no code");
        if (!close.reason.isEmpty())
            text += QStringLiteral(" \"") + Text::printable(close.reason) + QLatin1Char('"');
        return text;
    }
    if (item.kind == Kind::Handshake) {
        const QByteArray line = r->bytes.left(r->bytes.indexOf('\r'));
        return Text::printable(line.left(60));
    }
    return {};
}

QString FlowPainter::label(std::size_t row) const
{
    const FlowModel::Item &it = m_model->item(row);
    if (const QString *cached = m_labels.object(it.id))
        return *cached;
    QString text;
    switch (it.kind) {
    case Kind::Connect:
        text = tr("TCP connect");
        break;
    case Kind::Handshake:
        text = preview(it);
        break;
    case Kind::Frame: {
        QStringList parts {Text::Explain::opcode(it.opcode)};
        parts << (it.fin ? tr("FIN") : tr("FIN=0")) << tr("%1 B").arg(it.length);
        if (it.masked)
            parts << tr("MASK");
        if (it.rsv1)
            parts << tr("RSV1 (compressed)");
        const QString p = preview(it);
        if (!p.isEmpty())
            parts << p;
        text = parts.join(QStringLiteral(" · "));
        break;
    }
    case Kind::Message: {
        QStringList parts {tr("%1 message").arg(Text::Explain::opcode(it.opcode)),
                           tr("%1 B").arg(it.length)};
        if (it.rsv1)
            parts << tr("compressed");
        const QString p = preview(it);
        if (!p.isEmpty())
            parts << p;
        text = parts.join(QStringLiteral(" · "));
        break;
    }
    case Kind::State:
        text = tr("readyState %1").arg(Text::Explain::readyState(it.readyState));
        break;
    case Kind::Close:
        text = closeText(row);
        break;
    case Kind::Error: {
        const std::optional<Traffic::TrafficRecord> r = m_model->store()->get(it.id);
        text = r ? Text::Explain::failureTitle(r->failure) : tr("Error");
        if (it.closeCode)
            text += QStringLiteral(" · ") + Text::Explain::closeCode(it.closeCode);
        break;
    }
    }
    m_labels.insert(it.id, new QString(text));
    return text;
}

QString FlowPainter::closeText(std::size_t row) const
{
    const FlowModel::Item &it = m_model->item(row);
    const FlowModel::CloseSummary c = m_model->closeSummary(row);
    const QStringList &lanes = m_model->laneNames();
    const int ours = it.recordedAt;
    const int peer = lanes.size() == 2 ? 1 - ours : ours;
    const auto laneName = [&](int lane) {
        return lanes.value(lane);
    };
    const auto code = [](const std::optional<quint16> &value, const QByteArray &reason) {
        QString text = value ? QString::number(*value) : tr("no code");
        if (!reason.isEmpty())
            text += QStringLiteral(" \"") + Text::printable(reason) + QLatin1Char('"');
        return text;
    };
    QStringList parts;
    if (c.initiator != FlowModel::Initiator::None)
        parts << tr("%1 sent Close first")
                     .arg(laneName(c.initiator == FlowModel::Initiator::Ours ? ours : peer));
    if (c.sentClose)
        parts << tr("sent %1").arg(code(c.sentCode, c.sentReason));
    if (c.receivedClose)
        parts << tr("received %1").arg(code(c.receivedCode, c.receivedReason));
    parts << tr("code %1").arg(Text::Explain::closeCode(c.code));
    parts << (c.wasClean ? tr("wasClean true") : tr("wasClean false"));
    // RFC 6455 §7.1.5: the codes an API reports that never cross the wire
    if (c.code == Protocol::CloseCode::NoStatusReceived)
        parts << tr("1005: the Close frame received carried no code");
    else if (c.code == Protocol::CloseCode::Abnormal)
        parts << tr("1006: no Close frame was received; the connection just ended");
    return tr("%1 closed: %2").arg(laneName(ours), parts.join(QStringLiteral(" · ")));
}

void FlowPainter::paintLanes(QPainter *p, int width, int top, int bottom) const
{
    QPen pen(m_palette.color(QPalette::Mid), 1, Qt::SolidLine);
    p->setPen(pen);
    for (int lane = 0; lane < m_model->laneNames().size(); ++lane) {
        const qreal x = laneX(lane, width);
        p->drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void FlowPainter::paintHeader(QPainter *p, int width) const
{
    const int h = headerHeight();
    p->fillRect(QRect(0, 0, width, h), m_palette.color(QPalette::Window));
    p->setFont(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    p->setFont(bold);
    const int lanes = std::max<int>(1, int(m_model->laneNames().size()));
    const qreal span = (width - kGutter - 2 * kMargin) / qreal(lanes);
    for (int lane = 0; lane < m_model->laneNames().size(); ++lane) {
        const QRectF box(laneX(lane, width) - span / 2 + 6, 3, span - 12, h - 6);
        p->setPen(m_palette.color(QPalette::Mid));
        p->setBrush(m_palette.color(QPalette::Button));
        p->drawRoundedRect(box, 4, 4);
        p->setPen(m_palette.color(QPalette::ButtonText));
        p->drawText(box, Qt::AlignCenter, m_model->laneNames().at(lane));
    }
    p->setFont(m_font);
    p->setPen(m_palette.color(QPalette::PlaceholderText));
    p->drawText(QRect(4, 0, kGutter - 4, h), Qt::AlignLeft | Qt::AlignVCenter, tr("Time"));
}

void FlowPainter::paintLegend(QPainter *p, int width, int top) const
{
    const QFontMetrics fm(m_font);
    p->setFont(m_font);
    int x = 6;
    int y = top;
    for (Style style : kLegend) {
        const QString name = styleName(style);
        const int w = 28 + fm.horizontalAdvance(name) + 14;
        if (x + w > width && x > 6) {
            x = 6;
            y += legendHeight();
        }
        const int mid = y + legendHeight() / 2;
        p->setPen(QPen(colour(style), 2, penStyle(style)));
        p->drawLine(x, mid, x + 22, mid);
        p->setPen(m_palette.color(QPalette::WindowText));
        p->drawText(QRect(x + 28, y, w, legendHeight()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w;
    }
}

void FlowPainter::paintRow(QPainter *p, std::size_t row, int width, int top, bool selected) const
{
    const FlowModel::Item &it = m_model->item(row);
    const int pitch = m_model->rowPitch();
    const QFontMetrics fm(m_font);
    p->setFont(m_font);
    if (it.breakBefore && m_model->timeScale() == FlowModel::TimeScale::Compressed) {
        // A long gap folded into a marked break: a zigzag across the lanes and its length.
        const int mid = top - pitch / 2;
        QPainterPath zig;
        zig.moveTo(kGutter, mid);
        for (int x = kGutter; x < width - kMargin; x += 8)
            zig.lineTo(x + 4, mid + ((x / 8) % 2 ? -3 : 3));
        p->setPen(QPen(m_palette.color(QPalette::Mid), 1));
        p->setBrush(Qt::NoBrush);
        p->drawPath(zig);
        const qint64 gapUs = it.us - m_model->item(row - 1).us;
        const QString gap = tr("%1 s later").arg(double(gapUs) / 1e6, 0, 'f', 1);
        const QRect box(width / 2 - fm.horizontalAdvance(gap) / 2 - 6, mid - fm.height() / 2,
                        fm.horizontalAdvance(gap) + 12, fm.height());
        p->fillRect(box, m_palette.color(QPalette::Base));
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(box, Qt::AlignCenter, gap);
    }
    if (selected)
        p->fillRect(QRect(0, top, width, pitch), m_palette.color(QPalette::Highlight).lighter(170));
    p->setPen(m_palette.color(QPalette::PlaceholderText));
    p->drawText(QRect(4, top, kGutter - 8, pitch), Qt::AlignRight | Qt::AlignVCenter,
                timeText(it.us));

    const QColor c = colour(it.style);
    const QString text = label(row);
    const qreal x1 = laneX(it.from, width);
    const qreal x2 = laneX(it.to, width);
    if (it.from == it.to) {
        // A marker on a lane: its text beside it, towards the middle of the diagram.
        const qreal y = top + pitch / 2.0;
        p->setPen(QPen(c, 1));
        p->setBrush(c);
        if (it.kind == Kind::State)
            p->drawEllipse(QPointF(x1, y), 5, 5);
        else
            p->drawRect(QRectF(x1 - 5, y - 5, 10, 10));
        const bool right = x1 < width / 2.0;
        const int room = int(right ? width - x1 - 14 : x1 - kGutter - 14);
        const QRect box
            = right ? QRect(int(x1) + 10, top, room, pitch) : QRect(kGutter + 4, top, room, pitch);
        p->setPen(selected ? m_palette.color(QPalette::Text) : c.darker(130));
        p->drawText(box, (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    fm.elidedText(text, Qt::ElideRight, room));
        return;
    }
    // An arrow from the sender's lane to the receiver's, its words above it, and a dot at the
    // end that recorded it (sent or received).
    const qreal y = top + pitch * 0.7;
    const qreal dir = x2 > x1 ? 1 : -1;
    p->setPen(QPen(c, selected ? 3 : 2, penStyle(it.style), Qt::FlatCap));
    p->drawLine(QPointF(x1, y), QPointF(x2 - dir * 2, y));
    p->setPen(QPen(c, 1));
    p->setBrush(c);
    const QPointF head[] = {{x2, y}, {x2 - dir * 9, y - 4.5}, {x2 - dir * 9, y + 4.5}};
    p->drawPolygon(head, 3);
    const qreal dotX = laneX(it.recordedAt, width);
    p->drawEllipse(QPointF(dotX, y), 3.5, 3.5);
    const int room = int(std::abs(x2 - x1)) - 8;
    const QRect box(int(std::min(x1, x2)) + 4, top, room, int(y - top) - 1);
    p->setPen(selected ? m_palette.color(QPalette::Text) : c.darker(120));
    p->drawText(box, Qt::AlignHCenter | Qt::AlignBottom, fm.elidedText(text, Qt::ElideRight, room));
}

} // namespace Gui
} // namespace WsBench
