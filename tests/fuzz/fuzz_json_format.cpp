// Fuzzes the token-level JSON formatter: any input either fails with an offset inside it, or
// formats; formatted text formats again to itself, and pretty and compact agree token for token.
// Every key and string token decodes, and never to more characters than it has bytes.
#include "core/session/json_format.h"

#include <cstdint>
#include <cstdlib>

using namespace WsBench::Session;

namespace {

class DecodeStrings final : public JsonVisitor
{
public:
    void token(JsonToken kind, QByteArrayView text) override
    {
        if ((kind == JsonToken::Key || kind == JsonToken::String)
            && jsonStringValue(text).size() > text.size())
            abort();
    }
};

} // namespace

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
    DecodeStrings decode;
    if (!readJson(input, decode))
        abort();
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
