// The training lab runs on this computer's loopback, so what it shows must not depend on the computer it runs on:
// a trainer's laptop without a network, or behind a proxy, gets the same checks and the same verdict as any other.
// (A CI machine with no default route once turned every lab report's local.network into "No network connection"
// and took the "healthy" verdict away.) The real binary runs in a namespace of the test's own that has only
// loopback, with a proxy set in its environment, and is compared with the same scenario run here.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "tests/support/cli_runner.h"
#include "tests/support/netns.h"

using namespace Qt::StringLiterals;
using rdpd::test::CommandResult;
using rdpd::test::NetNs;

namespace {

const QStringList kProxyEnv{u"https_proxy=http://proxy.invalid:3128"_s, u"http_proxy=http://proxy.invalid:3128"_s};

QJsonObject labReport(const CommandResult &run) { return QJsonDocument::fromJson(run.out).object(); }

QJsonObject checkOf(const QJsonObject &report, const QString &id) {
  for (const QJsonValue &v : report.value(u"checks"_s).toArray())
    if (v.toObject().value(u"id"_s).toString() == id) return v.toObject();
  return {};
}

QStringList causeIds(const QJsonObject &report) {
  QStringList out;
  for (const QJsonValue &v : report.value(u"causes"_s).toArray()) out << v.toObject().value(u"cause_id"_s).toString();
  return out;
}

QStringList labArgs(const QString &scenario) {
  return {u"diagnose"_s, u"--lab"_s, scenario, u"--format"_s, u"json"_s, u"--lang"_s, u"en"_s};
}

}  // namespace

TEST(LabOffline, a_scenario_gives_the_same_verdict_without_any_network_and_behind_a_proxy) {
  if (!NetNs::available()) GTEST_SKIP() << NetNs::unavailableReason().toStdString();
  NetNs ns;
  ASSERT_TRUE(ns.ok()) << ns.error().toStdString();
  // Only lo, no route anywhere else: the namespace is a computer with no network at all.
  const CommandResult routes = ns.exec({u"ip"_s, u"route"_s, u"show"_s, u"default"_s});
  ASSERT_TRUE(routes.ok()) << routes.describe().toStdString();
  ASSERT_TRUE(routes.out.trimmed().isEmpty()) << routes.out.constData();

  for (const QString &scenario : {u"healthy"_s, u"cert-expired-sha1"_s, u"cloud-sg-no-rule"_s}) {
    SCOPED_TRACE(scenario.toStdString());
    QStringList argv{u"env"_s};
    argv << kProxyEnv << rdpd::test::binaryPath() << labArgs(scenario);
    const CommandResult offline = ns.exec(argv, 60000);
    const QJsonObject off = labReport(offline);
    ASSERT_FALSE(off.isEmpty()) << offline.describe().toStdString();
    const CommandResult here = rdpd::test::runCli(labArgs(scenario));
    const QJsonObject on = labReport(here);
    ASSERT_FALSE(on.isEmpty()) << here.describe().toStdString();

    const QJsonObject net = checkOf(off, u"local.network"_s);
    EXPECT_EQ(net.value(u"status"_s).toString(), u"pass"_s);
    EXPECT_TRUE(net.value(u"fix_id"_s).isNull());
    EXPECT_TRUE(net.value(u"evidence"_s).toObject().value(u"target_on_this_computer"_s).toBool());
    EXPECT_FALSE(net.value(u"evidence"_s).toObject().value(u"has_default_route"_s).toBool());
    EXPECT_TRUE(net.value(u"summary"_s).toString().contains(u"this computer itself"_s));
    EXPECT_EQ(checkOf(on, u"local.network"_s).value(u"status"_s).toString(), u"pass"_s);

    EXPECT_EQ(causeIds(off), causeIds(on));
    EXPECT_EQ(off.value(u"verdict"_s).toObject().value(u"cause_id"_s),
              on.value(u"verdict"_s).toObject().value(u"cause_id"_s));
  }
}
