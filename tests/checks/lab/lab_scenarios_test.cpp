// Training lab, end to end: for every built-in scenario file, the real binary (`rdp-doctor diagnose --lab ID
// --format json`) must reach the verdict cause and step the scenario promises. Also --list-lab, --lab with a file,
// and refusal of a malformed scenario with a message naming the field.
#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <vector>

#include "checks/core/steps.h"
#include "checks/lab/lab_scenario.h"
#include "tests/support/cli_runner.h"

using namespace Qt::StringLiterals;
namespace lab = rdpd::lab;

namespace {

QString labSourceDir() { return QStringLiteral(RDPD_SOURCE_DIR "/resources/lab"); }

int runToEnd(const QStringList &args, QByteArray *out, QByteArray *err) {
  const rdpd::test::CommandResult r = rdpd::test::runCli(args, {.timeoutMs = 60000});
  if (out) *out = r.out;
  if (err) *err = r.err;
  return r.exitCode;
}

// Scenarios whose intended cause no verdict rule produces yet (reported to the rule's owner). The test pins today's
// cause, so the day the rule is fixed this test fails and the entry must be removed: the gap cannot be forgotten.
// safedog-blacklist: security_group_blocks (0.93) outranks guest_security_software (0.7) when the port is filtered,
// the guest firewall allows it and SafeDog runs; rules_guest.cpp's securityGroupBlocks should step aside for SafeDog
// as it does for IPsec.
// password-reset-pending: the client-error lookup's wrong_credentials (0.76) outranks guest_password_needs_restart
// (0.7) although the guest evidence shows the password was set before the last boot.
const QHash<QString, QString> kKnownRuleGaps{};

}  // namespace

TEST(LabScenarios, every_scenario_file_gives_its_expected_verdict_in_the_real_binary) {
  const QStringList files = QDir(labSourceDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
  ASSERT_GE(files.size(), 15) << "expected at least one scenario per step";
  std::vector<lab::Scenario> scenarios;
  for (const QString &f : files) {
    const lab::ScenarioParse p = lab::loadScenarioFile(QDir(labSourceDir()).filePath(f));
    ASSERT_TRUE(p.ok()) << f.toStdString() << ": " << p.message.toStdString();
    EXPECT_EQ(p.scenario->id + u".json"_s, f) << "the file name must be the scenario id";
    scenarios.push_back(*p.scenario);
  }
  // The diagnoses mostly wait on timeouts, so a few at a time keeps the whole test short without starving them.
  constexpr size_t kParallel = 4;
  QElapsedTimer total;
  total.start();
  for (size_t start = 0; start < scenarios.size(); start += kParallel) {
    std::vector<rdpd::test::CliProcess> runs;
    for (size_t i = start; i < std::min(scenarios.size(), start + kParallel); ++i)
      runs.emplace_back(QStringList{u"diagnose"_s, u"--lab"_s, scenarios[i].id, u"--format"_s, u"json"_s},
                        rdpd::test::CliOptions{.timeoutMs = 60000});
    for (size_t k = 0; k < runs.size(); ++k) {
      const lab::Scenario &s = scenarios[start + k];
      SCOPED_TRACE(s.id.toStdString());
      const rdpd::test::CommandResult run = runs[k].finish();
      ASSERT_FALSE(run.timedOut) << "diagnose --lab " << s.id.toStdString() << " did not finish";
      const QJsonObject report = run.json();
      const QJsonObject verdict = report.value(u"verdict"_s).toObject();
      const QString cause = verdict.value(u"cause_id"_s).toString();
      if (kKnownRuleGaps.contains(s.id)) {
        EXPECT_EQ(cause, kKnownRuleGaps.value(s.id)) << "the rule gap for " << s.id.toStdString()
                                                     << " seems fixed: remove it from kKnownRuleGaps";
        continue;
      }
      EXPECT_EQ(cause, s.expectedCause) << "stderr: " << run.err.right(600).toStdString();
      EXPECT_EQ(verdict.value(u"step"_s).toInt(), s.expectedStep);
      // A lab fault is a problem, a healthy lab is healthy: the exit code says the same as the verdict.
      EXPECT_EQ(run.exitCode, s.expectedCause == u"healthy"_s ? 0 : 1);
    }
  }
  EXPECT_LT(total.elapsed(), 150000);
}

TEST(LabScenarios, there_is_a_scenario_for_every_step_a_loopback_lab_can_show) {
  QList<int> steps;
  for (const lab::Scenario &s : lab::listScenarios().scenarios) steps << s.expectedStep;
  for (int step = 1; step <= rdpd::kStepCount; ++step)
    EXPECT_TRUE(steps.contains(step)) << "no scenario for step " << step;
}

TEST(LabScenarios, list_lab_prints_every_scenario) {
  QByteArray out;
  ASSERT_EQ(runToEnd({u"--list-lab"_s}, &out, nullptr), 0);
  for (const lab::Scenario &s : lab::listScenarios().scenarios) EXPECT_TRUE(out.contains(s.id.toUtf8())) << s.id.toStdString();
}

TEST(LabScenarios, a_trainers_scenario_file_runs_and_a_malformed_one_is_refused_with_the_field_named) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  // A trainer's own scenario: a web server on the port.
  QFile in(labSourceDir() + u"/web-server-on-port.json"_s);
  ASSERT_TRUE(in.open(QIODevice::ReadOnly));
  QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
  o.insert(u"id"_s, u"my-web"_s);
  QFile mine(dir.filePath(u"my-web.json"_s));
  ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
  mine.write(QJsonDocument(o).toJson());
  mine.close();
  QByteArray out, err;
  EXPECT_EQ(runToEnd({u"diagnose"_s, u"--lab"_s, mine.fileName(), u"--format"_s, u"json"_s}, &out, &err), 1) << err.toStdString();
  EXPECT_EQ(QJsonDocument::fromJson(out).object().value(u"verdict"_s).toObject().value(u"cause_id"_s).toString(), u"not_rdp"_s);
  // By id through --lab-dir.
  EXPECT_EQ(runToEnd({u"--list-lab"_s, u"--lab-dir"_s, dir.path()}, &out, &err), 0);
  EXPECT_TRUE(out.contains("my-web"));

  // Broken: an unknown behaviour.
  o.insert(u"main"_s, QJsonObject{{u"behaviour"_s, u"teleport"_s}});
  QFile bad(dir.filePath(u"bad.json"_s));
  ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
  bad.write(QJsonDocument(o).toJson());
  bad.close();
  EXPECT_EQ(runToEnd({u"diagnose"_s, u"--lab"_s, bad.fileName()}, &out, &err), 2);
  EXPECT_TRUE(err.contains("main.behaviour")) << err.toStdString();
  EXPECT_TRUE(out.isEmpty());
  // An unknown id names the known ones.
  EXPECT_EQ(runToEnd({u"diagnose"_s, u"--lab"_s, u"no-such-scenario"_s}, &out, &err), 2);
  EXPECT_TRUE(err.contains("healthy")) << err.toStdString();
  // --list-lab reports the malformed file in the trainer's folder.
  EXPECT_EQ(runToEnd({u"--list-lab"_s, u"--lab-dir"_s, dir.path()}, &out, &err), 2);
  EXPECT_TRUE(err.contains("main.behaviour")) << err.toStdString();
}
