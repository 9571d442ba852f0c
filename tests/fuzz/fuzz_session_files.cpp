// The session and HAR loaders on arbitrary bytes: no crash, no sanitizer report, a clear error
// or a document, and what loads saves and loads again to the same thing.
#include "core/session/har.h"
#include "core/session/workspace.h"

#include <cstdlib>

using namespace WsBench::Session;
using WsBench::Automation::DocumentProblem;
using WsBench::Automation::documentProblemKindName;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A kind no loader reports, to see that a refusal always sets one.
    const auto unset = DocumentProblem::Kind(255);
    DocumentProblem problem;
    problem.kind = unset;
    if (const auto workspace = loadWorkspace(bytes, &problem)) {
        const QByteArray saved = saveWorkspace(*workspace, {true});
        const auto again = loadWorkspace(saved, &problem);
        if (!again || saveWorkspace(*again, {true}) != saved)
            std::abort(); // a saved session must load back to the same bytes
    } else if (!documentProblemKindName(problem.kind)) {
        std::abort(); // a refusal always says why
    }
    problem.kind = unset;
    if (const auto har = readHar(bytes, &problem)) {
        const auto again = readHar(writeHar(*har, QStringLiteral("fuzz")), &problem);
        if (!again || again->size() != har->size())
            std::abort();
        for (qsizetype i = 0; i < har->size(); ++i) {
            if (again->at(i).messages.size() != har->at(i).messages.size())
                std::abort();
        }
    } else if (!documentProblemKindName(problem.kind)) {
        std::abort();
    }
    return 0;
}
