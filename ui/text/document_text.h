#pragma once

#include "core/automation/document_problem.h"

#include <QString>

namespace WsBench {
namespace Text {

// Why a session file, a HAR file or a scenario cannot be read, in the user's words (English on
// the command line): "clients[1].url: must be a string".
namespace DocumentText {

QString describe(const Automation::DocumentProblem &problem);

} // namespace DocumentText
} // namespace Text
} // namespace WsBench
