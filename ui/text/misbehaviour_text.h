#pragma once

#include "core/session/misbehaviour.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace WsBench {
namespace Text {

// Words for the rules a server breaks on purpose (translated, context "MisbehaviourText").
namespace MisbehaviourText {

// A few words for one: "wrong Accept", "3 fragments", "status 403 instead of 101".
QString label(const Session::Misbehaviour &misbehaviour);
// The pane's warning: "Misbehaving: wrong Accept, 3 fragments"; empty when the list is.
QString warning(const QList<Session::Misbehaviour> &list);
// A Note::Misbehaving's arguments ("kind" or "kind=value", each) in words.
QString note(const QList<QByteArray> &arguments);
// The glossary topic that explains a kind ("misbehave.wrong-accept").
QByteArray topic(Session::Misbehaviour::Kind kind);

} // namespace MisbehaviourText
} // namespace Text
} // namespace WsBench
