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

int FlowPainter::legendLineHeight() const
{
    return QFontMetrics(m_font).height() + 10;
}

QList<QPoint> FlowPainter::legendLayout(int width) const
{
    const QFontMetrics fm(m_font);
    QList<QPoint> at;
    int x = 6;
    int y = 0;
    for (Style style : kLegend) {
        const int w = 28 + fm.horizontalAdvance(styleName(style)) + 14;
        if (x + w > width && x > 6) {
            x = 6;
            y += legendLineHeight();
        }
        at.append(QPoint(x, y));
        x += w;
    }
    return at;
}

int FlowPainter::legendHeight(int width) const
{
    return legendLayout(width).last().y() + legendLineHeight();
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
    case Kind::Close: // its summary goes in the box below (closeLines())
        text = tr("The closing handshake, as %1 saw it")
                   .arg(m_model->laneNames().value(it.recordedAt));
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

QStringList FlowPainter::closeSentences(std::size_t row) const
{
    const FlowModel::Item &it = m_model->item(row);
    const FlowModel::CloseSummary c = m_model->closeSummary(row);
    const QStringList &lanes = m_model->laneNames();
    const int ours = it.recordedAt;
    const int peer = lanes.size() == 2 ? 1 - ours : ours;
    // What a Close frame carried, said of the end that sent it.
    const auto carried = [](const std::optional<quint16> &code, const QByteArray &reason) {
        if (!code)
            return tr("with no code");
        if (reason.isEmpty())
            return tr("with code %1 and no reason").arg(*code);
        return tr("with code %1 and reason \"%2\"").arg(*code).arg(Text::printable(reason));
    };
    QStringList sentences;
    if (c.initiator != FlowModel::Initiator::None) {
        const bool oursFirst = c.initiator == FlowModel::Initiator::Ours;
        const QString first = lanes.value(oursFirst ? ours : peer);
        const QString other = lanes.value(oursFirst ? peer : ours);
        sentences
            << (oursFirst
                    ? tr("%1 sent Close first, %2.").arg(first, carried(c.sentCode, c.sentReason))
                    : tr("%1 sent Close first, %2.")
                          .arg(first, carried(c.receivedCode, c.receivedReason)));
        const bool answered = oursFirst ? c.receivedClose : c.sentClose;
        if (!answered)
            sentences << tr("%1 sent no Close in reply.").arg(other);
        else if (oursFirst)
            sentences
                << tr("%1 answered %2.").arg(other, carried(c.receivedCode, c.receivedReason));
        else
            sentences << tr("%1 answered %2.").arg(other, carried(c.sentCode, c.sentReason));
    }
    sentences << tr("The close code is %1.").arg(Text::Explain::closeCode(c.code));
    sentences << (c.wasClean ? tr("wasClean is true.") : tr("wasClean is false."));
    // RFC 6455 §7.1.5: the codes an API reports that never cross the wire
    if (c.code == Protocol::CloseCode::NoStatusReceived)
        sentences << tr("1005 means the Close frame received carried no code.");
    else if (c.code == Protocol::CloseCode::Abnormal)
        sentences << tr("1006 means no Close frame was received: the connection just ended.");
    return sentences;
}

QString FlowPainter::closeText(std::size_t row) const
{
    return closeSentences(row).join(QLatin1Char(' '));
}

// Below its marker, across the diagram: the summary has the whole width to wrap in.
QRect FlowPainter::closeBox(std::size_t row, int width, int top) const
{
    const int pitch = m_model->rowPitch();
    const int boxTop = top + pitch / 2 + 8;
    return QRect(kGutter + 4, boxTop, width - kGutter - 4 - kMargin,
                 int(top + m_model->rowHeight(row)) - boxTop - 4);
}

QStringList FlowPainter::closeLines(std::size_t row, int width, bool *fits) const
{
    const QFontMetrics fm(m_font);
    const QRect box = closeBox(row, width, 0).adjusted(6, 3, -6, -3);
    QStringList lines;
    const QStringList sentences = closeSentences(row);
    for (const QString &sentence : sentences) {
        // Wrapped at a space, or anywhere where there is none (Chinese has no spaces).
        QString rest = sentence;
        while (!rest.isEmpty()) {
            int n = int(rest.size());
            while (n > 1 && fm.horizontalAdvance(rest.left(n)) > box.width())
                --n;
            const qsizetype space = rest.left(n).lastIndexOf(QLatin1Char(' '));
            if (n < rest.size() && space > 0)
                n = int(space);
            lines << rest.left(n).trimmed();
            rest = rest.mid(n).trimmed();
        }
    }
    if (fits)
        *fits = lines.size() * fm.lineSpacing() <= box.height();
    return lines;
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
    const QList<QPoint> at = legendLayout(width);
    const int h = legendLineHeight();
    for (int i = 0; i < at.size(); ++i) {
        const Style style = kLegend[i];
        const QString name = styleName(style);
        const int x = at[i].x();
        const int y = top + at[i].y();
        const int mid = y + h / 2;
        p->setPen(QPen(colour(style), 2, penStyle(style)));
        p->drawLine(x, mid, x + 22, mid);
        p->setPen(m_palette.color(QPalette::WindowText));
        p->drawText(QRect(x + 28, y, fm.horizontalAdvance(name) + 4, h),
                    Qt::AlignLeft | Qt::AlignVCenter, name);
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
        p->fillRect(QRect(0, top, width, int(m_model->rowHeight(row))),
                    m_palette.color(QPalette::Highlight).lighter(170));
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
        if (it.kind == Kind::Close) {
            // The summary in a box under the marker, a sentence a line, wrapped to the width.
            const QStringList lines = closeLines(row, width);
            QRect box = closeBox(row, width, top);
            box.setHeight(std::min(box.height(), int(lines.size()) * fm.lineSpacing() + 6));
            p->setPen(QPen(c, 1));
            p->setBrush(m_palette.color(QPalette::Base));
            p->drawRoundedRect(box, 4, 4);
            p->setPen(selected ? m_palette.color(QPalette::Text) : c.darker(130));
            const QRect inner = box.adjusted(6, 3, -6, -3);
            const int shown = std::max(1, inner.height() / fm.lineSpacing());
            for (int i = 0; i < lines.size() && i < shown; ++i) {
                const QString line = i + 1 == shown && lines.size() > shown
                    ? fm.elidedText(lines[i] + QChar(0x2026), Qt::ElideRight, inner.width())
                    : lines[i];
                p->drawText(QRect(inner.left(), inner.top() + i * fm.lineSpacing(), inner.width(),
                                  fm.lineSpacing()),
                            Qt::AlignLeft | Qt::AlignVCenter, line);
            }
        }
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
