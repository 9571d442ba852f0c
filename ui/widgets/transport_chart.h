#pragma once

#include "core/net/transport_comparison.h"

#include <QWidget>

class QBarSet;
class QChart;
class QValueAxis;

namespace WsBench::Gui {

// Two bar charts side by side, one bar per transport: bytes on the wire per update, and the
// p95 delay from an update's creation to its arrival.
class TransportChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportChart)

public:
    explicit TransportChart(QWidget *parent = nullptr);
    ~TransportChart() override;

    void show(const Net::ComparisonResult &result);
    void clear();
    QBarSet *bytesBars() const { return m_bytes; }
    QBarSet *delayBars() const { return m_delay; }

private:
    QChart *makeChart(const QString &title, QBarSet *set, QValueAxis *axis);

    QBarSet *m_bytes;
    QBarSet *m_delay;
    QValueAxis *m_bytesAxis;
    QValueAxis *m_delayAxis;
};

} // namespace WsBench::Gui
