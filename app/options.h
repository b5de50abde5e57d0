#pragma once
// Command-line options, parsed from argv before any Q(Core)Application exists, so main() can choose CLI or GUI.

#include <QString>
#include <QStringList>

namespace rdpd::app {

enum class Mode { Gui, Screenshot, Diagnose, Help, Version, Error };

struct Options {
  Mode mode = Mode::Gui;
  QString lang;           // empty = system
  QString contentDir;
  QString screenshotDir;
  // diagnose
  QString target;
  QString port;           // --port N (text: validated with the target)
  int timeoutMs = 0;      // 0 = default
  QString format = QStringLiteral("text");
  QString output;
  QString error;          // parse error, in English (the language is not known yet)
  QStringList rest;       // anything left for later issues
};

Options parseOptions(const QStringList &args);
QString usageText();

}  // namespace rdpd::app
