#pragma once
// Per-platform set-up of the GUI around the QApplication (docs/windows.md): which Qt platform and fonts the
// screenshot mode uses, the system's dark mode, where settings live. Linux keeps Qt's defaults except that
// screenshots use the offscreen platform.

#include <QPalette>

namespace rdpd {

// Before the QApplication exists (it reads the environment).
//  - Screenshots (--screenshot): offscreen on Linux (no display needed). On Windows the native "windows" platform
//    instead: offscreen there has no Windows font database (it looks for font files in Qt's own folder, finds none
//    and draws every glyph as a box) and forces the Fusion style. If offscreen is chosen anyway on Windows, it is
//    pointed at the Windows font folder.
//  - Windows, normal start and screenshots alike (a screenshot shows what the user sees): when Windows is set to
//    dark apps, a dark title bar (platform option darkmode=1); the palette is ours (darkPalette()).
// An explicit QT_QPA_PLATFORM (or -platform) always wins.
void preparePlatform(bool screenshots);

// After the QApplication exists: Windows keeps settings in %APPDATA%\rdp-doctor\rdp-doctor.ini (a file the user can
// see and delete, rather than the registry); in dark mode the Fusion style (the Windows Vista style of Qt 6.4
// cannot draw dark controls) with darkPalette() — Qt 6.4's own Windows dark palette (darkmode=2) made Fusion draw
// every unchecked check box as a filled blue square, i.e. looking ticked.
void applyPlatformLook();

// The wizard's dark palette: light text on dark grey, a blue that stays readable on it for links and selections.
// The GUI tests render every page with it (layout_fit_test).
QPalette darkPalette();

// True when Windows says apps should be dark (HKCU ...\Themes\Personalize\AppsUseLightTheme = 0). False elsewhere.
bool systemPrefersDark();

}  // namespace rdpd
