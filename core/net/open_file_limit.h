#pragma once

namespace WsBench::Net {

// Every connection is a file descriptor. Many systems start programs with a soft limit of 1,024,
// which a server reaches long before its connection limit; the hard limit is what the
// administrator allows. Raises the soft limit to the hard one (at most 1,048,576) and returns
// the limit now in force, or -1 when it cannot be read.
long raiseOpenFileLimit();

// The limit in force now, or -1 when it cannot be read.
long openFileLimit();

} // namespace WsBench::Net
