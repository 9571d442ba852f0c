#pragma once

#include "core/net/transport_comparison.h"

#include <QString>

namespace WsBench::Text {

// The figures of a transport comparison, in the order of the table's columns.
enum class ComparisonFigure : quint8 {
    Requests,
    BytesPerUpdate,
    DelayP50,
    DelayP95,
    Delivered,
    Missed,
    Duplicated,
};
inline constexpr int kComparisonFigureCount = 7;

QString transportName(Net::FeedTransport transport);
// What the transport is, in one sentence (a tooltip on its name).
QString transportDescription(Net::FeedTransport transport);
QString figureName(ComparisonFigure figure);
// What the figure measures and how to read it (a tooltip on its column).
QString figureExplanation(ComparisonFigure figure);
// The figure of one transport as the table shows it ("412.5", "3.2 ms", "–" when none).
QString figureValue(const Net::TransportFigures &figures, ComparisonFigure figure);
// Why a transport stopped early ("HTTP status 404", ...); empty when it did not.
QString transportProblem(const Net::TransportFigures &figures);
// Which parameter is out of range, with the range.
QString parameterProblem(Net::ParameterProblem problem);
// Why a run produced no figures: bad parameters, or the demo server could not listen.
QString comparisonFailure(const Net::ComparisonResult &result);

} // namespace WsBench::Text
