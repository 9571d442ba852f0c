#pragma once

#include "core/automation/document_problem.h"
#include "core/session/json_format.h"
#include "core/session/workspace.h"

#include <QString>

namespace WsBench {
namespace Text {

// Why a session file, a HAR file or a scenario cannot be read, in the user's words (English on
// the command line): "clients[1].url: must be a string".
namespace DocumentText {

QString describe(const Automation::DocumentProblem &problem);
// Where a secret the file left out belongs: "Prices: the value of the Authorization header".
QString secretPlace(const Session::SecretRef &ref);
// Why a text is not JSON, with where: "Not valid JSON at byte 12: a number needs a digit …".
QString jsonError(const Session::JsonError &error);

} // namespace DocumentText
} // namespace Text
} // namespace WsBench
