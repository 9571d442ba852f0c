#pragma once

#include "core/session/workspace.h"

namespace WsBench::TestSupport {

// Profiles with every field set to a value that differs from its default. Each function names
// every field through a structured binding, so a field added to a profile does not compile
// until it is set here, compared here, and (in tst_profile_options) checked in the options.
Session::ClientProfile everyClientField();
Session::ServerProfile everyServerField();

// QCOMPARE of every field; returns false (after the failed QCOMPARE) on the first difference.
bool sameLink(const Session::LinkConditions &actual, const Session::LinkConditions &expected);
bool sameClient(const Session::ClientProfile &actual, const Session::ClientProfile &expected);
bool sameServer(const Session::ServerProfile &actual, const Session::ServerProfile &expected);

} // namespace WsBench::TestSupport
