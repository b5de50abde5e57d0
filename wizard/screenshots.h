#pragma once
// Screenshot mode: renders the start page, the eleven step pages and the summary of a wizard window to PNG files
// (00-start.png, step-01.png … step-11.png, 12-summary.png). Works on the offscreen platform, no display needed.

#include <QString>
#include <QStringList>

namespace rdpd {

class WizardWindow;

// Fixed window size of the screenshots, so documentation images are comparable between runs and languages.
constexpr int kScreenshotWidth = 1100;
constexpr int kScreenshotHeight = 760;

// File names in page order.
QStringList screenshotFileNames();
// Renders every page into dir (which must exist). Returns false and sets *error when a file cannot be written.
// Synchronous: it switches pages and grabs each one without running an event loop.
bool renderScreenshots(WizardWindow &window, const QString &dir, QString *error = nullptr);

}  // namespace rdpd
