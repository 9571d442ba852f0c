// The session and HAR loaders on arbitrary bytes: no crash, no sanitizer report, a clear error
// or a document, and what loads saves and loads again to the same thing.
#include "core/session/har.h"
#include "core/session/workspace.h"

#include <cstdlib>

using namespace WsBench::Session;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto workspace = loadWorkspace(bytes, &error)) {
        const QByteArray saved = saveWorkspace(*workspace, {true});
        const auto again = loadWorkspace(saved, &error);
        if (!again || saveWorkspace(*again, {true}) != saved)
            std::abort(); // a saved session must load back to the same bytes
    } else if (error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    error.clear();
    if (const auto har = readHar(bytes, &error)) {
        const auto again = readHar(writeHar(*har, QStringLiteral("fuzz")), &error);
        if (!again || again->size() != har->size())
            std::abort();
        for (qsizetype i = 0; i < har->size(); ++i) {
            if (again->at(i).messages.size() != har->at(i).messages.size())
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
