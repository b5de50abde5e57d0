#pragma once
// Icons and short labels for a check's or a step's state. Icons are SVG (sharp at any DPI) with colours that read on
// light and dark palettes; text always comes from the palette, never a hard-coded colour.

#include <QIcon>
#include <QString>

#include <optional>

#include "checks/core/check_result.h"

namespace rdpd {

enum class ShownState { NotRun, Running, Pass, Warn, Fail, Error, Skipped };

ShownState shownState(std::optional<Status> status, bool running);
QIcon stateIcon(ShownState s);
QString stateLabel(ShownState s);  // translated: "Passed", "Not run yet", "Running…"
QIcon appIcon();

}  // namespace rdpd
