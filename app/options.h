#pragma once
// Command-line options, parsed from argv before any Q(Core)Application exists, so main() can choose CLI or GUI.

#include <QList>
#include <QString>
#include <QStringList>

#include "app/cloud_options.h"

namespace rdpd::app {

enum class Mode { Gui, Screenshot, Diagnose, Explain, Cloud, Help, Version, Error };

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
  QString evidence;       // --evidence FILE: facts collected inside the server (docs/evidence-schema.md)
  bool lab = false;       // --lab [SCENARIO]: run against the built-in training lab (docs/lab.md)
  QString labScenario;    // scenario id or path to a scenario file; empty = none chosen (the GUI offers a picker)
  QString labDir;         // --lab-dir DIR: a trainer's own scenario files
  bool listLab = false;   // --list-lab: print the scenarios and exit
  QString errorText;      // --error TEXT: what the Remote Desktop client said (diagnose)
  QList<int> tryPorts;    // --try-ports 5588,4389: more ports net.alt_ports probes when the main port is closed
  bool redact = false;    // --redact: hide host names, addresses and account names in the report
  CloudOptions cloud;     // --cloud, --cloud-json, --public-ip… (app/cloud_options.h)
  QString explainText;    // explain TEXT: the message to look up
  // cloud screenshot|collect|snapshot|restart HOST (app/cloud_command.h)
  QString cloudAction;     // "screenshot", "collect", "snapshot" or "restart"
  bool forceStop = false;  // --force-stop: restart with ForceStop (asks a second question)
  bool yes = false;        // --yes: the answer to the questions, for scripts (after reading the plan)
  QString out;             // --out FILE: where the screenshot or the collected evidence is saved
  QString error;          // parse error, in English (the language is not known yet)
  QStringList rest;       // anything left for later issues
};

Options parseOptions(const QStringList &args);
// A translated sentence when `rdp-doctor cloud …` lacks something (the action, --cloud alibaba, a host or instance).
QString cloudCommandProblem(const Options &o);
QString usageText();
// The value of --lang (or --lang=) anywhere in args, even after an option that made parsing stop; empty if none.
QString languageArgument(const QStringList &args);

}  // namespace rdpd::app
