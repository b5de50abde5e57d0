#include "tests/support/netns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include "tests/support/platform.h"

using namespace Qt::StringLiterals;

namespace rdpd::test {

namespace {
QString &reasonStore() {
  static QString reason;
  return reason;
}

QString randomName() {
  return u"rdpdt-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));  // 14 characters
}
}  // namespace

bool NetNs::available() {
  static const bool ok = [] {
    if (kOnWindows) {
      reasonStore() = linuxOnly(u"network namespaces are a Linux kernel feature; the Linux run covers these faults"_s);
      return false;
    }
    if (!isRoot()) {
      reasonStore() = u"needs root to create a network namespace"_s;
      return false;
    }
    const QString probe = randomName();
    const CommandResult add = runCommand({u"ip"_s, u"netns"_s, u"add"_s, probe}, 5000);
    if (!add.ok()) {
      reasonStore() = u"needs root and a working \"ip netns\" to create a network namespace: "_s + add.describe();
      return false;
    }
    runCommand({u"ip"_s, u"netns"_s, u"del"_s, probe}, 5000);
    return true;
  }();
  return ok;
}

QString NetNs::unavailableReason() {
  available();
  return reasonStore();
}

NetNs::NetNs() : m_name(randomName()) {
  if (!available()) {
    m_error = unavailableReason();
    return;
  }
  const CommandResult add = runCommand({u"ip"_s, u"netns"_s, u"add"_s, m_name}, 5000);
  if (!add.ok()) {
    m_error = add.describe();
    return;
  }
  m_created = true;
  m_ok = true;
  const CommandResult lo = ip({u"link"_s, u"set"_s, u"lo"_s, u"up"_s});
  if (!lo.ok()) {
    m_ok = false;
    m_error = lo.describe();
  }
}

NetNs::~NetNs() {
  // Only this namespace: the name is ours (random, created by the constructor).
  if (m_created) runCommand({u"ip"_s, u"netns"_s, u"del"_s, m_name}, 5000);
}

CommandResult NetNs::exec(const QStringList &argv, int timeoutMs, const QByteArray &stdinData) const {
  return runCommand(QStringList{u"ip"_s, u"netns"_s, u"exec"_s, m_name} + argv, timeoutMs, stdinData);
}

CommandResult NetNs::ip(const QStringList &args) const {
  return runCommand(QStringList{u"ip"_s, u"-n"_s, m_name} + args, 5000);
}

bool NetNs::applyNft(const QString &ruleset, QString *error) const {
  const CommandResult r = exec({u"nft"_s, u"-f"_s, u"-"_s}, 5000, ruleset.toUtf8());
  if (!r.ok() && error) *error = r.describe();
  return r.ok();
}

NetNsChain::NetNsChain() {
  if (!client.ok() || !router.ok() || !server.ok()) {
    error = client.error() + router.error() + server.error();
    return;
  }
  // veth pairs are created inside the namespaces, so their names never clash with the host or other tests.
  const QList<QPair<const NetNs *, QStringList>> steps = {
      {&client, {u"link"_s, u"add"_s, u"c0"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, u"r0"_s, u"netns"_s, router.name()}},
      {&server, {u"link"_s, u"add"_s, u"s0"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, u"r1"_s, u"netns"_s, router.name()}},
      {&client, {u"addr"_s, u"add"_s, u"10.201.1.2/24"_s, u"dev"_s, u"c0"_s}},
      {&router, {u"addr"_s, u"add"_s, u"10.201.1.1/24"_s, u"dev"_s, u"r0"_s}},
      {&router, {u"addr"_s, u"add"_s, u"10.201.2.1/24"_s, u"dev"_s, u"r1"_s}},
      {&server, {u"addr"_s, u"add"_s, u"10.201.2.2/24"_s, u"dev"_s, u"s0"_s}},
      {&client, {u"link"_s, u"set"_s, u"c0"_s, u"up"_s}},
      {&router, {u"link"_s, u"set"_s, u"r0"_s, u"up"_s}},
      {&router, {u"link"_s, u"set"_s, u"r1"_s, u"up"_s}},
      {&server, {u"link"_s, u"set"_s, u"s0"_s, u"up"_s}},
      {&client, {u"route"_s, u"add"_s, u"default"_s, u"via"_s, u"10.201.1.1"_s}},
      {&server, {u"route"_s, u"add"_s, u"default"_s, u"via"_s, u"10.201.2.1"_s}},
  };
  for (const auto &[ns, args] : steps) {
    const CommandResult r = ns->ip(args);
    if (!r.ok()) {
      error = u"ip -n %1 %2: %3"_s.arg(ns->name(), args.join(u' '), r.describe());
      return;
    }
  }
  const CommandResult fwd = router.exec({u"sysctl"_s, u"-qw"_s, u"net.ipv4.ip_forward=1"_s});
  if (!fwd.ok()) {
    error = fwd.describe();
    return;
  }
  ok = true;
}

QJsonObject DiagnoseRun::check(const QString &id) const {
  for (const QJsonValue &v : report.value(u"checks"_s).toArray())
    if (v.toObject().value(u"id"_s).toString() == id) return v.toObject();
  return {};
}

QString DiagnoseRun::verdict() const {
  return report.value(u"verdict"_s).toObject().value(u"cause_id"_s).toString();
}

QStringList DiagnoseRun::causeIds() const {
  QStringList out;
  for (const QJsonValue &v : report.value(u"causes"_s).toArray()) out << v.toObject().value(u"cause_id"_s).toString();
  return out;
}

DiagnoseRun diagnoseIn(const NetNs &ns, const QString &target, int timeoutMs, const QStringList &env) {
  DiagnoseRun run;
  QStringList argv{u"env"_s};
  argv << env;
  argv << binaryPath() << u"diagnose"_s << target << u"--format"_s << u"json"_s
       << u"--timeout-ms"_s << QString::number(timeoutMs);
  run.cmd = ns.exec(argv, timeoutMs * 4 + 10000);
  QJsonParseError err{};
  const QJsonDocument doc = QJsonDocument::fromJson(run.cmd.out, &err);
  run.parsed = err.error == QJsonParseError::NoError && doc.isObject();
  if (run.parsed) run.report = doc.object();
  return run;
}

}  // namespace rdpd::test
