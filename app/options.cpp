#include "app/options.h"

#include <QCoreApplication>

#include <algorithm>

#include "app/cloud_command.h"
#include "checks/core/target.h"

using namespace Qt::StringLiterals;

namespace rdpd::app {

namespace {
// Accepts "--name value" and "--name=value".
bool takeValue(const QStringList &args, int &i, const QString &name, QString *out) {
  const QString &a = args[i];
  if (a == name) {
    if (i + 1 >= args.size()) return false;
    *out = args[++i];
    return true;
  }
  if (a.startsWith(name + u'=')) {
    *out = a.mid(name.size() + 1);
    return true;
  }
  return false;
}

const QStringList &knownOptions() {
  static const QStringList k{
      u"--help"_s,       u"--version"_s,     u"--error"_s,         u"--try-ports"_s,      u"--redact"_s,
      u"--lang"_s,       u"--content-dir"_s, u"--screenshot"_s,    u"--port"_s,           u"--format"_s,
      u"--output"_s,     u"--evidence"_s,    u"--lab-dir"_s,       u"--list-lab"_s,       u"--lab"_s,
      u"--timeout-ms"_s, u"--cloud"_s,       u"--cloud-json"_s,    u"--public-ip"_s,      u"--instance"_s,
      u"--region"_s,     u"--profile"_s,     u"--cloud-profile"_s, u"--cloud-endpoint"_s, u"--force-stop"_s,
      u"--yes"_s,        u"--out"_s};
  return k;
}

// Edits between a and b, a swap of two neighbours counting as one ("--lagn" is one edit from "--lang").
int editDistance(const QString &a, const QString &b) {
  QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1));
  for (int i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (int j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (int i = 1; i <= a.size(); ++i)
    for (int j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

struct Closest {
  QString option;         // the known option nearest to what was typed
  bool nearMiss = false;  // close enough to be a typo of it: at most two edits, and fewer than half its letters
};

// An option nobody knows: its name without "=value", and the closest known option if it looks like a typo of one.
Closest closestOption(const QString &arg) {
  QString name = arg.section(u'=', 0, 0).toLower();
  if (!name.startsWith(u"--"_s)) name = u'-' + name;  // "-format" means "--format"
  Closest c;
  int bestD = 1000;
  for (const QString &k : knownOptions()) {
    const int d = editDistance(name, k);
    if (d < bestD) {
      bestD = d;
      c.option = k;
    }
  }
  const qsizetype letters = std::max(name.size(), c.option.size()) - 2;  // without the "--"
  c.nearMiss = bestD <= 2 && bestD * 2 < letters;
  return c;
}

QString unknownOptionError(const QString &arg) {
  const Closest c = closestOption(arg);
  const QString name = arg.section(u'=', 0, 0);
  if (c.nearMiss)
    return QCoreApplication::translate("Options", "Unknown option %1 — did you mean %2?").arg(name, c.option);
  return QCoreApplication::translate("Options", "Unknown option %1. See the list of options below.").arg(name);
}

// rdp-doctor cloud ACTION HOST …: the subcommand word, its action and the options only it takes.
bool takeCloudCommandArgument(const QStringList &args, int &i, Options &o) {
  const QString &a = args[i];
  if (a == u"cloud"_s && o.mode == Mode::Gui) {
    o.mode = Mode::Cloud;
    return true;
  }
  if (o.mode == Mode::Cloud && o.cloudAction.isEmpty() && !a.startsWith(u'-')) {
    o.cloudAction = a;
    return true;
  }
  if (a == u"--force-stop"_s || a == u"--yes"_s || a == u"-y"_s) {
    (a == u"--force-stop"_s ? o.forceStop : o.yes) = true;
    return true;
  }
  return takeValue(args, i, u"--out"_s, &o.out);
}

// What needs every option seen first: a scenario for diagnose --lab, the cloud options together, the format.
void checkCombinations(Options &o) {
  if (o.mode == Mode::Diagnose && o.lab && o.labScenario.isEmpty() && !o.listLab) {
    o.mode = Mode::Error;
    o.error = QCoreApplication::translate(
        "Options", "diagnose --lab needs a scenario, e.g. diagnose --lab healthy (see --list-lab).");
    return;
  }
  if (const QString cloudError = validateCloudOptions(o.cloud); !cloudError.isEmpty()) {
    o.mode = Mode::Error;
    o.error = cloudError;
    return;
  }
  if (o.mode == Mode::Cloud) {
    if (const QString problem = cloudCommandProblem(o); !problem.isEmpty()) {
      o.mode = Mode::Error;
      o.error = problem;
      return;
    }
  } else if (o.forceStop || o.yes || !o.out.isEmpty()) {
    o.mode = Mode::Error;
    o.error = QCoreApplication::translate("Options",
                                          "--force-stop, --yes and --out belong to rdp-doctor cloud "
                                          "screenshot|collect|snapshot|restart.");
    return;
  }
  if (o.mode == Mode::Diagnose || o.mode == Mode::Cloud) {
    static const QStringList formats{u"text"_s, u"json"_s, u"markdown"_s, u"html"_s, u"pdf"_s, u"ticket"_s};
    if (!formats.contains(o.format)) {
      o.mode = Mode::Error;
      o.error =
          QCoreApplication::translate("Options", "--format must be one of: text, json, markdown, html, pdf, ticket.");
    }
  }
  if (o.mode == Mode::Explain && o.format != u"text"_s && o.format != u"json"_s) {
    o.mode = Mode::Error;
    o.error = QCoreApplication::translate("Options", "explain --format must be text or json.");
  }
}
}  // namespace

Options parseOptions(const QStringList &args) {
  Options o;
  for (int i = 1; i < args.size(); ++i) {
    const QString &a = args[i];
    QString v;
    if (a == u"-h"_s || a == u"--help"_s || a == u"help"_s) { o.mode = Mode::Help; return o; }
    if (a == u"--version"_s) { o.mode = Mode::Version; return o; }
    if (a == u"diagnose"_s && o.mode == Mode::Gui) { o.mode = Mode::Diagnose; continue; }
    if (a == u"explain"_s && o.mode == Mode::Gui) { o.mode = Mode::Explain; o.format = u"text"_s; continue; }
    if (takeCloudCommandArgument(args, i, o)) continue;
    if (o.mode == Mode::Explain && !a.startsWith(u"--"_s)) { o.explainText += (o.explainText.isEmpty() ? QString() : u" "_s) + a; continue; }
    if (QString cloudError; parseCloudOption(args, i, &o.cloud, &cloudError)) {
      if (!cloudError.isEmpty()) { o.mode = Mode::Error; o.error = cloudError; return o; }
      continue;
    }
    if (takeValue(args, i, u"--error"_s, &v)) { o.errorText = v; continue; }
    if (takeValue(args, i, u"--try-ports"_s, &v)) {
      const PortListParse ports = parsePortList(v);
      if (!ports.ok()) {
        o.mode = Mode::Error;
        o.error = u"--try-ports: "_s + describePortListError(ports);
        return o;
      }
      for (int port : ports.ports)
        if (!o.tryPorts.contains(port)) o.tryPorts << port;
      continue;
    }
    if (a == u"--redact"_s) { o.redact = true; continue; }
    if (takeValue(args, i, u"--lang"_s, &v)) { o.lang = v; continue; }
    if (takeValue(args, i, u"--content-dir"_s, &v)) { o.contentDir = v; continue; }
    if (takeValue(args, i, u"--screenshot"_s, &v)) { o.screenshotDir = v; if (o.mode == Mode::Gui) o.mode = Mode::Screenshot; continue; }
    if (takeValue(args, i, u"--port"_s, &v)) { o.port = v; continue; }
    if (takeValue(args, i, u"--format"_s, &v)) { o.format = v.toLower(); continue; }
    if (takeValue(args, i, u"--output"_s, &v) || takeValue(args, i, u"-o"_s, &v)) { o.output = v; continue; }
    if (takeValue(args, i, u"--evidence"_s, &v)) { o.evidence = v; continue; }
    if (takeValue(args, i, u"--lab-dir"_s, &v)) { o.labDir = v; continue; }
    if (a == u"--list-lab"_s) { o.listLab = true; continue; }
    // --lab takes an optional scenario: "--lab=ID", or "--lab ID" when the next word is not an option.
    if (a == u"--lab"_s || a.startsWith(u"--lab="_s)) {
      o.lab = true;
      if (a.startsWith(u"--lab="_s)) o.labScenario = a.mid(6);
      else if (i + 1 < args.size() && !args[i + 1].startsWith(u'-') && args[i + 1] != u"diagnose"_s) o.labScenario = args[++i];
      continue;
    }
    if (takeValue(args, i, u"--timeout-ms"_s, &v)) {
      bool ok = false;
      o.timeoutMs = v.toInt(&ok);
      if (!ok || o.timeoutMs < 100 || o.timeoutMs > 120000) {
        o.mode = Mode::Error;
        o.error = QCoreApplication::translate("Options", "--timeout-ms needs a number of milliseconds between 100 and 120000.");
        return o;
      }
      continue;
    }
    if (a.startsWith(u"--"_s) &&
        (a == u"--lang"_s || a == u"--port"_s || a == u"--format"_s || a == u"--timeout-ms"_s ||
         a == u"--content-dir"_s || a == u"--screenshot"_s || a == u"--output"_s || a == u"--evidence"_s ||
         a == u"--lab-dir"_s || a == u"--error"_s || a == u"--out"_s)) {
      o.mode = Mode::Error;
      o.error = QCoreApplication::translate("Options", "%1 needs a value.").arg(a);
      return o;
    }
    // diagnose and explain know every option they take: a mistyped one is an error, never silently ignored.
    const bool takesHost = o.mode == Mode::Diagnose || o.mode == Mode::Cloud;
    if (!a.startsWith(u'-') && takesHost && o.target.isEmpty()) {
      o.target = a;
      continue;
    }
    if (!a.startsWith(u'-') && o.mode == Mode::Gui && o.target.isEmpty()) { o.target = a; continue; }
    if (a.startsWith(u'-') && a.size() > 1) {
      // diagnose and explain know every option they take: anything else is a typo that would otherwise be ignored
      // silently ("--formt json" printing text). The wizard passes Qt's own options (-platform, -style...) to Qt,
      // but a near miss of one of ours ("--lagn") is still refused.
      if (takesHost || o.mode == Mode::Explain || (a.startsWith(u"--"_s) && closestOption(a).nearMiss)) {
        o.mode = Mode::Error;
        o.error = unknownOptionError(a);
        return o;
      }
    } else if (takesHost) {
      o.mode = Mode::Error;
      o.error = QCoreApplication::translate("Options", "diagnose takes one server address; \"%1\" is one word too many.").arg(a);
      return o;
    }
    o.rest << a;
  }
  checkCombinations(o);
  return o;
}

QString cloudCommandProblem(const Options &o) {
  static const QStringList actions{u"screenshot"_s, u"collect"_s, u"snapshot"_s, u"restart"_s};
  if (!actions.contains(o.cloudAction))
    return QCoreApplication::translate("Options",
                                       "rdp-doctor cloud needs what to do: screenshot, collect, snapshot or restart, "
                                       "e.g. rdp-doctor cloud screenshot 203.0.113.10 --cloud alibaba.");
  if (o.lab && o.labScenario.isEmpty())
    return QCoreApplication::translate("Options",
                                       "rdp-doctor cloud %1 --lab needs a scenario with a pretend cloud, e.g. --lab "
                                       "cloud-agent-offline (see --list-lab).")
        .arg(o.cloudAction);
  if (o.lab) return {};  // the lab brings its own pretend cloud, key and address
  if (o.cloud.provider.isEmpty() || !o.cloud.jsonFiles.isEmpty())
    return QCoreApplication::translate("Options",
                                       "rdp-doctor cloud %1 needs --cloud alibaba and an AccessKey (the aliyun CLI's "
                                       "profile or the ALIBABA_CLOUD_* variables); --cloud-json cannot act.")
        .arg(o.cloudAction);
  if (o.target.trimmed().isEmpty() && o.cloud.instance.isEmpty())
    return QCoreApplication::translate("Options",
                                       "rdp-doctor cloud %1 needs the server's public IP address, or --instance ID "
                                       "--region R.")
        .arg(o.cloudAction);
  if (o.forceStop && o.cloudAction != u"restart"_s)
    return QCoreApplication::translate("Options", "--force-stop only goes with rdp-doctor cloud restart.");
  return {};
}

QString languageArgument(const QStringList &args) {
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == u"--lang"_s && i + 1 < args.size()) return args[i + 1];
    if (args[i].startsWith(u"--lang="_s)) return args[i].mid(7);
  }
  return {};
}

QString usageText() {
  // The command lines stay as typed; what they do is said in the user's language.
  const auto t = [](const char *text) { return QCoreApplication::translate("Usage", text); };
  return t(QT_TRANSLATE_NOOP("Usage", "Usage:")) + u"\n"_s +
         u"  rdp-doctor [HOST[:PORT]] [--lang en|zh_CN] [--content-dir DIR]\n"_s +
         t(QT_TRANSLATE_NOOP("Usage", "      Start the wizard.\n")) +
         u"  rdp-doctor diagnose HOST[:PORT] [--port N] [--try-ports N,N...] [--timeout-ms N] [--format "
         u"text|json|markdown]\n"
         u"                      [--output FILE] [--evidence FILE] [--lang en|zh_CN]\n"_s +
         t(QT_TRANSLATE_NOOP(
             "Usage",
             "      Run every automatic check without a display. --evidence adds the facts collected inside\n"
             "      the server by collect-rdp-evidence.ps1 (a JSON file, or a text file with the typed code).\n"
             "      Exit codes: 0 healthy, 1 a problem was found, 2 bad input, 3 internal error.\n"
             "      More diagnose options: --error \"TEXT\" (the message the Remote Desktop client showed),\n"
             "      --format html|pdf|ticket, --redact (hide host names, addresses and account names).\n")) +
         cloudUsageText() + cloudCommandUsageText() +
         u"  rdp-doctor explain \"TEXT\" [--format text|json] [--lang en|zh_CN]\n"_s +
         t(QT_TRANSLATE_NOOP(
             "Usage",
             "      What a Remote Desktop error message or code (0x204, 2308...) means and which step to go to.\n"
             "      Exit codes: 0 recognised, 1 not recognised, 2 no text given.\n")) +
         u"  rdp-doctor diagnose --lab SCENARIO [--lab-dir DIR] [--format text|json|markdown]\n"_s +
         t(QT_TRANSLATE_NOOP(
             "Usage",
             "      Start the training lab on 127.0.0.1 with that fault and diagnose it (SCENARIO is an id or a\n"
             "      .json file). rdp-doctor --lab [SCENARIO] opens the wizard on the lab instead.\n")) +
         u"  rdp-doctor --list-lab [--lab-dir DIR]\n"_s +
         t(QT_TRANSLATE_NOOP("Usage", "      List the training-lab scenarios.\n")) +
         u"  rdp-doctor --screenshot DIR [--lang en|zh_CN]\n"_s +
         t(QT_TRANSLATE_NOOP(
             "Usage", "      Render the start page, the eleven steps and the summary to PNG files and exit.\n")) +
         u"  rdp-doctor --version | --help\n"_s;
}

}  // namespace rdpd::app
