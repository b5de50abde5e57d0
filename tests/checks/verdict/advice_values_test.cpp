// The verdict names what the guest evidence found, in both languages: the licensing grace days left, the crash
// counts, and the remote addresses a Windows Firewall allow rule is limited to (which, dropped from outside, is the
// firewall's doing, not the security group's).
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include "checks/core/i18n.h"
#include "checks/lookup/client_error_check.h"
#include "tests/checks/guest/guest_test_util.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {

// A fixture with one section changed, imported the way a pasted document is.
std::shared_ptr<const guest::GuestEvidence> changed(const char *fixture,
                                                    const std::function<void(QJsonObject &)> &edit) {
  QFile f(evidenceFixture(fixture));
  EXPECT_TRUE(f.open(QIODevice::ReadOnly));
  QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
  edit(doc);
  const guest::ImportResult r = guest::EvidenceImport::fromJson(QJsonDocument(doc).toJson());
  EXPECT_TRUE(r.ok()) << r.message.toStdString();
  return r.evidence;
}

// healthy.json with its Remote Desktop allow rules limited to one office address.
std::shared_ptr<const guest::GuestEvidence> firewallLimitedTo(const QString &address) {
  return changed("healthy", [&](QJsonObject &doc) {
    QJsonObject fw = doc.value(u"firewall"_s).toObject();
    QJsonArray rules;
    for (const QJsonValue v : fw.value(u"rules"_s).toArray()) {
      QJsonObject rule = v.toObject();
      if (rule.value(u"action"_s).toString() == u"Allow"_s) rule.insert(u"remote_addresses"_s, QJsonArray{address});
      rules.append(rule);
    }
    fw.insert(u"rules"_s, rules);
    doc.insert(u"firewall"_s, fw);
  });
}

CheckResult remoteTcp(const QString &state) {
  CheckResult r;
  r.id = u"net.tcp_connect"_s;
  r.step = 3;
  r.origin = Origin::Remote;
  r.status = state == u"open"_s ? Status::Pass : Status::Fail;
  r.findings = {{u"state"_s, state}, {u"port"_s, 3389}};
  return r;
}

const Cause *findCause(const QList<Cause> &causes, const QString &id) {
  for (const Cause &c : causes)
    if (c.id == id) return &c;
  return nullptr;
}

QString ids(const QList<Cause> &causes) {
  QStringList out;
  for (const Cause &c : causes) out << c.id;
  return out.join(u", "_s);
}

// Runs f with the Chinese translation installed, then puts the language back.
void inChinese(const std::function<void()> &f) {
  const QString before = currentLanguage();
  installTranslators(QCoreApplication::instance(), u"zh_CN"_s);
  f();
  installTranslators(QCoreApplication::instance(), before.isEmpty() ? u"en"_s : before);
}

bool hasCjk(const QString &s) {
  for (QChar c : s)
    if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) return true;
  return false;
}

}  // namespace

TEST(AdviceValues, an_allow_rule_limited_to_other_addresses_is_the_firewall_not_the_security_group) {
  Results r = runGuestChecks(guestTarget(firewallLimitedTo(u"198.51.100.7"_s)));
  const CheckResult fw = r.value(u"guest.firewall"_s);
  EXPECT_EQ(fw.status, Status::Warn);
  EXPECT_TRUE(fw.summary.contains(u"198.51.100.7"_s)) << fw.summary.toStdString();
  EXPECT_TRUE(fw.summary.contains(u"Remote Desktop - User Mode (TCP-In)"_s)) << fw.summary.toStdString();
  EXPECT_FALSE(fw.detail.isEmpty());

  r.insert(u"net.tcp_connect"_s, remoteTcp(u"filtered"_s));
  QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"guest_firewall_blocks"_s) << ids(causes).toStdString();
  EXPECT_EQ(causes.first().step, 7);
  const QString advice = causeAdvice(causes.first());
  for (const QString &value : {u"198.51.100.7"_s, u"3389"_s, u"Remote Desktop - User Mode (TCP-In)"_s})
    EXPECT_TRUE(advice.contains(value)) << advice.toStdString();
  // The security group may block as well: still listed, below.
  const Cause *sg = findCause(causes, u"security_group_blocks"_s);
  ASSERT_NE(sg, nullptr) << ids(causes).toStdString();
  EXPECT_LT(sg->confidence, causes.first().confidence);
  inChinese([&] {
    const QString zh = causeAdvice(causes.first());
    EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
    EXPECT_TRUE(zh.contains(u"198.51.100.7"_s) && zh.contains(u"3389"_s)) << zh.toStdString();
  });

  // Connected from outside: this client is among the allowed addresses, nothing to blame.
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"open"_s));
  EXPECT_EQ(findCause(rankCauses(r), u"guest_firewall_blocks"_s), nullptr);
  // Any address allowed (the healthy server): no warning.
  EXPECT_EQ(runGuestChecks(guestTarget(loadEvidence("healthy"))).value(u"guest.firewall"_s).status, Status::Pass);
}

TEST(AdviceValues, licensing_in_grace_names_the_days_left) {
  const Results r = runGuestChecks(guestTarget(changed("licensing-expired", [](QJsonObject &doc) {
    QJsonObject lic = doc.value(u"licensing"_s).toObject();
    lic.insert(u"grace_days_left"_s, 12);
    doc.insert(u"licensing"_s, lic);
  })));
  EXPECT_EQ(r.value(u"guest.licensing"_s).status, Status::Warn);
  const QList<Cause> causes = rankCauses(r);
  const Cause *c = findCause(causes, u"guest_licensing_expired"_s);
  ASSERT_NE(c, nullptr) << ids(causes).toStdString();
  EXPECT_LT(c->confidence, 0.6);  // a reminder, not the verdict while logons still work
  EXPECT_TRUE(causeSummary(*c).contains(u"12"_s)) << causeSummary(*c).toStdString();
  EXPECT_TRUE(causeAdvice(*c).contains(u"12"_s)) << causeAdvice(*c).toStdString();
  inChinese([&] {
    EXPECT_TRUE(hasCjk(causeSummary(*c)) && causeSummary(*c).contains(u"12"_s)) << causeSummary(*c).toStdString();
    EXPECT_TRUE(hasCjk(causeAdvice(*c)) && causeAdvice(*c).contains(u"12"_s)) << causeAdvice(*c).toStdString();
  });
  // Over: the verdict says it ran out (no "0 days" sentence).
  const QList<Cause> over = rankCauses(runGuestChecks(guestTarget(loadEvidence("licensing-expired"))));
  ASSERT_FALSE(over.isEmpty());
  EXPECT_EQ(over.first().id, u"guest_licensing_expired"_s);
  EXPECT_EQ(causeSummary(over.first()), causeSummary(u"guest_licensing_expired"_s));
}

TEST(AdviceValues, a_licensing_message_with_the_grace_period_over_says_so) {
  Results r = runGuestChecks(guestTarget(loadEvidence("licensing-expired")));
  ClientErrorCheck check;
  CheckContext ctx;
  ctx.target.clientError = u"Error code: 0x808"_s;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(1000));
  CheckResult msg = check.run(ctx);
  msg.id = u"client.error_text"_s;
  msg.step = check.info().step;
  r.insert(msg.id, msg);
  const QList<Cause> causes = rankCauses(r);
  const Cause *c = findCause(causes, u"licensing"_s);
  ASSERT_NE(c, nullptr) << ids(causes).toStdString();
  EXPECT_TRUE(causeSummary(*c).contains(u"grace period is over"_s)) << causeSummary(*c).toStdString();
  EXPECT_EQ(causeSummary(u"licensing"_s),
            u"The server has no Remote Desktop license to give out."_s);  // without values
}

TEST(AdviceValues, crashes_are_counted_in_the_verdict) {
  Results r = runGuestChecks(guestTarget(loadEvidence("crash-loop")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  ASSERT_EQ(causes.first().id, u"guest_instance_crashing"_s) << ids(causes).toStdString();
  const CheckResult crashes = r.value(u"guest.crashes"_s);
  const QString bugchecks = crashes.findings.value(u"bugchecks"_s).toString();
  const QString unexpected = crashes.findings.value(u"unexpected_shutdowns"_s).toString();
  ASSERT_FALSE(bugchecks.isEmpty());
  const QString summary = causeSummary(causes.first());
  EXPECT_TRUE(summary.contains(u"24 hours"_s)) << summary.toStdString();
  EXPECT_TRUE(summary.contains(u"blue screens "_s + bugchecks)) << summary.toStdString();
  EXPECT_TRUE(summary.contains(u"unexpected restarts "_s + unexpected)) << summary.toStdString();
  inChinese([&] {
    const QString zh = causeSummary(causes.first());
    EXPECT_TRUE(hasCjk(zh) && zh.contains(u"24"_s) && zh.contains(bugchecks)) << zh.toStdString();
  });
}
