// Fuzzes the token-level JSON formatter: any input either fails with an offset inside it, or
// formats; formatted text formats again to itself, and pretty and compact agree token for token.
#include "core/session/json_format.h"

#include <cstdint>
#include <cstdlib>

using namespace WsBench::Session;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonError error;
    const std::optional<QByteArray> compact = formatJson(input, JsonStyle::Compact, &error);
    const std::optional<QByteArray> pretty = formatJson(input, JsonStyle::Pretty);
    if (bool(compact) != bool(pretty))
        abort();
    if (!compact) {
        if (error.problem == JsonProblem::None || error.offset < 0 || error.offset > input.size())
            abort();
        return 0;
    }
    if (compact->size() > input.size())
        abort(); // only white space between tokens goes
    if (formatJson(*compact, JsonStyle::Compact) != compact)
        abort();
    if (formatJson(*pretty, JsonStyle::Compact) != compact)
        abort();
    if (formatJson(*pretty, JsonStyle::Pretty) != pretty)
        abort();
    return 0;
}
