#include "app/cli/transcript.h"

#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/handshake_review.h"
#include "core/protocol/opcode.h"
#include "core/protocol/utf8_validator.h"
#include "core/traffic/connection_id.h"
#include "ui/text/explain.h"
#include "ui/text/handshake_text.h"
#include "ui/text/printable.h"
#include "ui/text/record_text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringBuilder>
#include <QTimer>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace WsBench::Cli {

using namespace Traffic;

namespace {

// Whether a message is shown as text: a Text message always; a binary one when what would be
// shown of it (its first 800 bytes) is printable UTF-8.
bool showsAsText(QByteArrayView shown, quint8 opcode)
{
    if (opcode == Protocol::toRaw(Protocol::Opcode::Text))
        return true;
    const bool printable = std::all_of(shown.begin(), shown.end(), [](char c) {
        return quint8(c) >= 0x20 || c == '\n' || c == '\t';
    });
    return printable && Protocol::Utf8Validator::isValid(shown.data(), shown.size());
}

// Whether every byte is printable ASCII (0x20 to 0x7E).
bool printableAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
#if defined(__SSE2__)
    // Sixteen bytes at a time: as signed bytes, 0x80-0xFF are below 0x20 with the controls.
    if (n >= 16) {
        const __m128i space = _mm_set1_epi8(0x20);
        const __m128i del = _mm_set1_epi8(0x7F);
        __m128i bad = _mm_setzero_si128();
        const auto check = [&](const char *at) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
            bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, del)));
        };
        qsizetype i = 0;
        for (; i + 16 <= n; i += 16)
            check(p + i);
        if (i < n)
            check(p + n - 16); // the last sixteen, overlapping what was checked
        return _mm_movemask_epi8(bad) == 0;
    }
#endif
    // Eight bytes at a time: a byte below 0x20 or above 0x7E sets its top bit in `bad`.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 tops = 0x8080808080808080ULL;
    quint64 bad = 0;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 x;
        std::memcpy(&x, p, 8);
        bad |= ((x - ones * 0x20) & ~x) | ((x + ones * (0x7F - 0x7E)) | x);
    }
    for (; n > 0; ++p, --n)
        bad |= (quint8(*p) < 0x20 || quint8(*p) > 0x7E) ? tops : 0;
    return (bad & tops) == 0;
}

QString preview(const QByteArray &bytes, quint8 opcode)
{
    const QByteArrayView shown
        = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 800));
    if (showsAsText(shown, opcode)) {
        // Whatever the peer sent, nothing reaches the terminal as a control sequence.
        QString text = Text::printable(shown);
        if (text.size() > 200 || bytes.size() > 800)
            text = text.left(200) % QStringLiteral("…");
        return QLatin1Char('"') % text % QLatin1Char('"');
    }
    QString hex = QString::fromLatin1(bytes.left(32).toHex(' '));
    if (bytes.size() > 32)
        hex += QStringLiteral(" …");
    return hex;
}

// A number in decimal, without a temporary.
template<typename Out>
void appendNumber(Out &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out += QByteArrayView(digits, end - digits);
}

QString closeText(quint16 code)
{
    return QString::number(code) % QStringLiteral(" (")
        % QLatin1String(Protocol::closeCodeInfo(code).name) % QLatin1Char(')');
}

} // namespace

Transcript::Transcript(TrafficStore *store, bool json, bool quiet, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_json(json)
    , m_quiet(quiet)
{
    // A quiet transcript (notes, errors, closes) drains on a timer, off the hot path.
    if (m_quiet) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &Transcript::drain);
        timer->start(250);
        return;
    }
    // Notifications arrive from the I/O thread; coalesce them into one drain every few
    // milliseconds (sooner than anyone reads). Under load that is one wake-up of this thread per
    // batch of thousands of records instead of one per read the I/O thread handles, which on a
    // single core would take turns with it.
    connect(
        store, &TrafficStore::appended, this,
        [this]() {
            if (m_drainQueued)
                return;
            m_drainQueued = true;
            QTimer::singleShot(kDrainDelayMs, Qt::PreciseTimer, this, [this]() {
                m_drainQueued = false;
                drain();
            });
        },
        Qt::QueuedConnection);
}

void Transcript::drain()
{
    const quint32 kinds = m_quiet ? TrafficStore::kindBit(RecordKind::Note)
            | TrafficStore::kindBit(RecordKind::Error) | TrafficStore::kindBit(RecordKind::Close)
                                  : 0xFFFFFFFF;
    // The readable transcript prints in place under the store's lock, a bounded batch at a
    // time: a copy of every record would cost more than printing it, and a line shows at most
    // 800 bytes of a payload, so the I/O thread waits little to append. JSON writes whole
    // payloads: it works on copies, outside the lock.
    constexpr qsizetype kBatch = 512;
    for (;;) {
        const quint64 last = m_store->stats().lastId;
        qsizetype visited = 0;
        const auto printRecord = [&](const TrafficRecord &r) {
            if (visited++ == 0 && !m_quiet && r.id > m_lastId + 1) {
                // The store let them go before this could print them (output slower than
                // traffic).
                m_out += "… ";
                appendNumber(m_out, qint64(r.id - m_lastId - 1));
                m_out += " records left memory before they could be printed\n";
            }
            if (kinds & TrafficStore::kindBit(r.kind))
                m_json ? printJson(r) : print(r);
        };
        quint64 seen = m_lastId;
        if (m_json) {
            const std::vector<TrafficRecord> records = m_store->since(m_lastId, kBatch);
            for (const TrafficRecord &r : records)
                printRecord(r);
            if (!records.empty())
                seen = records.back().id;
        } else {
            seen = m_store->visit(m_lastId, kBatch, printRecord);
        }
        if (!m_out.bytes.empty()) { // a batch at a time: a backlog never becomes one huge buffer
            std::fwrite(m_out.bytes.data(), 1, m_out.bytes.size(), stdout);
            std::fflush(stdout);
            m_out.bytes.clear(); // keeps its capacity for the next batch
        }
        if (visited < kBatch) { // everything up to `last` was seen
            m_lastId = std::max(last, seen);
            break;
        }
        m_lastId = seen; // a full batch: more follow it
    }
}

void Transcript::printJson(const TrafficRecord &r)
{
    QJsonObject o = r.toJson();
    if (r.kind == RecordKind::Note) // the code and arguments, and the note in words
        o.insert(QStringLiteral("text"), Text::RecordText::note(r.note, r.arguments()));
    const bool first = !m_lastStatus.contains(r.connectionId);
    auto &last = m_lastStatus[r.connectionId];
    if (!first && last.first == r.readyState && r.kind != RecordKind::State)
        o.remove(QStringLiteral("readyState"));
    if (!first && last.second == r.bufferedAmount)
        o.remove(QStringLiteral("bufferedAmount"));
    last = {r.readyState, r.bufferedAmount};
    m_out += QJsonDocument(o).toJson(QJsonDocument::Compact);
    m_out += '\n';
}

void Transcript::printMessage(const TrafficRecord &r)
{
    const Traffic::ConnectionId id(r.connectionId);
    // `[peer N] → text   "payload" (N bytes)`: the usual line (a short printable payload) is put
    // together in one buffer and appended once.
    const QByteArrayView head
        = QByteArrayView(r.bytes).first(std::min<qsizetype>(r.bytes.size(), 200));
    const bool text = r.opcode == Protocol::toRaw(Protocol::Opcode::Text);
    // Binary shows as text when what would be shown of it (800 bytes) is text.
    const bool plain = printableAscii(
        QByteArrayView(r.bytes).first(std::min<qsizetype>(r.bytes.size(), text ? 200 : 800)));
    char line[320]; // prefix 28 + preview 205 + suffix 42, at most
    char *at = line;
    const auto put = [&at](QByteArrayView bytes) {
        std::memcpy(at, bytes.data(), std::size_t(bytes.size()));
        at += bytes.size();
    };
    // A literal: a copy of known size, which the compiler writes inline.
    const auto lit = [&at](const auto &text) {
        std::memcpy(at, text, sizeof text - 1);
        at += sizeof text - 1;
    };
    const auto number = [&at](qint64 n) {
        if (n >= 0 && n < 100) { // a peer's number and a short message's size, mostly
            if (n >= 10)
                *at++ = char('0' + n / 10);
            *at++ = char('0' + n % 10);
            return;
        }
        at = std::to_chars(at, at + 24, n).ptr;
    };
    if (id.isServerPeer()) {
        lit("[peer ");
        number(id.peerSerial());
        lit("] ");
    }
    if (r.direction == Direction::Outbound)
        lit("→ ");
    else
        lit("← ");
    if (text)
        lit("text   ");
    else
        lit("binary ");
    if (plain) {
        *at++ = '"';
        put(head);
        if (r.bytes.size() > 200)
            lit("…");
        *at++ = '"';
    } else { // escaped or hex: the general path
        m_out += QByteArrayView(line, at - line);
        m_out += preview(r.bytes, r.opcode).toUtf8();
        at = line;
    }
    lit(" (");
    number(r.bytes.size());
    if (r.compressed)
        lit(" bytes, compressed)\n");
    else
        lit(" bytes)\n");
    m_out += QByteArrayView(line, at - line);
}

void Transcript::print(const TrafficRecord &r)
{
    // Server peers carry the server's number in the high bits: every line of theirs says which.
    const Traffic::ConnectionId id(r.connectionId);
    if (r.kind == RecordKind::Message) { // the most frequent line, built in UTF-8 directly
        printMessage(r);
        return;
    }
    QByteArray prefix;
    if (id.isServerPeer())
        prefix = "[peer " + QByteArray::number(id.peerSerial()) + "] ";
    const auto line = [this, &prefix](const QString &text) {
        m_out += prefix;
        m_out += text.toUtf8();
        m_out += '\n';
    };
    const QString arrow
        = r.direction == Direction::Outbound ? QStringLiteral("→") : QStringLiteral("←");
    switch (r.kind) {
    case RecordKind::HandshakeRequest:
    case RecordKind::HandshakeResponse: {
        const QByteArray shown = Traffic::withoutCredentials(r.bytes);
        auto &handshake = m_handshakes[r.connectionId];
        (r.kind == RecordKind::HandshakeRequest ? handshake.first : handshake.second) = shown;
        const QList<QByteArray> lines = shown.split('\n');
        for (const QByteArray &headLine : lines) {
            const QByteArray trimmed = headLine.trimmed();
            if (!trimmed.isEmpty())
                line(arrow % QLatin1Char(' ') % Text::printable(trimmed));
        }
        break; // a failure is reported once, by the error record that follows
    }
    case RecordKind::Message: // above
        break;
    case RecordKind::Frame:
        // Data frames are shown as messages; control frames on their own.
        // Frame records keep the unmasked payload.
        if (r.opcode == Protocol::toRaw(Protocol::Opcode::Ping)
            || r.opcode == Protocol::toRaw(Protocol::Opcode::Pong)) {
            line(arrow % QLatin1Char(' ')
                 % (r.opcode == Protocol::toRaw(Protocol::Opcode::Ping) ? QStringLiteral("ping")
                                                                        : QStringLiteral("pong"))
                 % QLatin1Char(' ') % (r.bytes.isEmpty() ? QString() : preview(r.bytes, 0)));
        } else if (r.opcode == Protocol::toRaw(Protocol::Opcode::Close)) {
            const std::optional<quint16> code = Protocol::parseClosePayload(r.bytes).close.code;
            line(arrow % QStringLiteral(" close ")
                 % (code ? closeText(*code) : QStringLiteral("(no code)")));
        }
        break;
    case RecordKind::State:
        line(QStringLiteral("● %1 (readyState %2)")
                 .arg(QLatin1String(Protocol::readyStateName(r.readyState)))
                 .arg(int(r.readyState)));
        break;
    case RecordKind::Close:
        line(QStringLiteral("● closed: ") % closeText(r.closeCode)
             % (r.wasClean ? QStringLiteral(", clean") : QStringLiteral(", not clean"))
             % (r.text.isEmpty()
                    ? QString()
                    : QStringLiteral(", reason \"%1\"").arg(Text::printable(r.text.value())))
             % (r.failure == Failure::None ? QString()
                                           : QStringLiteral(", after the failure above")));
        break;
    case RecordKind::Error: {
        // Once, in words, with the engine's detail; the checks follow without repeating it.
        const QString title = Text::Explain::failureTitle(r.failure);
        const QString detail = Text::printable(r.text.value());
        const bool saysMore = !detail.isEmpty() && detail.compare(title, Qt::CaseInsensitive) != 0;
        line(QStringLiteral("✗ ") % title % (saysMore ? QStringLiteral(": ") + detail : QString()));
        printChecks(r, prefix);
        break;
    }
    case RecordKind::Note:
        line(QStringLiteral("· ")
             % Text::printable(Text::RecordText::note(r.note, r.arguments()).toUtf8()));
        printChecks(r, prefix);
        break;
    }
}

void Transcript::printChecks(const TrafficRecord &r, const QByteArray &prefix)
{
    const bool continued = r.kind == RecordKind::Note && r.note == Note::HandshakeErrorsIgnored;
    if ((r.kind != RecordKind::Error && !continued) || !m_handshakes.contains(r.connectionId))
        return;
    const auto &[request, response] = m_handshakes.value(r.connectionId);
    const Protocol::HandshakeReview review = Protocol::reviewHandshake(request, response);
    const Protocol::CheckResult *ending = review.endingFailure();
    if (!ending || (!continued && failureOf(ending->problem) != r.failure))
        return;
    const bool onResponse
        = review.responseComplete && ending == review.responseChecks.firstFailure();
    m_out += prefix;
    m_out += (QCoreApplication::translate("Transcript", "  Every check of the %1:")
                  .arg(onResponse ? QCoreApplication::translate("Transcript", "response")
                                  : QCoreApplication::translate("Transcript", "request")))
                 .toUtf8();
    m_out += '\n';
    // The error line above has the ending failure's detail already.
    const QStringList lines
        = Text::HandshakeText::checkLines(review, onResponse, continued, continued);
    for (const QString &l : lines) {
        m_out += prefix;
        m_out += "    ";
        m_out += l.toUtf8();
        m_out += '\n';
    }
}

} // namespace WsBench::Cli
