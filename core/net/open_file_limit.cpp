#include "core/net/open_file_limit.h"

#include <sys/resource.h>

#include <algorithm>

namespace WsBench::Net {

namespace {
const rlim_t kCeiling = 1 << 20;
}

long openFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return limit.rlim_cur == RLIM_INFINITY ? long(kCeiling) : long(limit.rlim_cur);
}

long raiseOpenFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t wanted
        = limit.rlim_max == RLIM_INFINITY ? kCeiling : std::min(limit.rlim_max, kCeiling);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        setrlimit(RLIMIT_NOFILE, &raised);
    }
    return openFileLimit();
}

} // namespace WsBench::Net
