// Startup timing: with WSBENCH_STARTUP_PROBE set, the window reports its first paint on stdout
// ("painted") and the application quits, so a benchmark can time a cold start from outside.
#pragma once

class QWidget;

namespace WsBench::App {

// Watches `window` if the environment asks for it; does nothing otherwise.
void watchFirstPaint(QWidget *window);

} // namespace WsBench::App
