// The two verdicts no other test reached: bad_target (from the real target.validate check on an address that can
// never work) and inconclusive (results that no rule explains).
#include <gtest/gtest.h>

#include "checks/core/registry.h"
#include "checks/target/validate_check.h"
#include "checks/verdict/verdict.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

CheckResult validate(const QString &input) {
  const ValidateTargetCheck check;
  CheckContext ctx;
  ctx.target = Target::fromInput(input);
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(1000));
  CheckResult r = check.run(ctx);
  r.id = check.info().id;
  return r;
}

}  // namespace

TEST(NetVerdict, an_address_that_can_never_work_is_the_verdict_bad_target) {
  Results results;
  const CheckResult bad = validate(u"rdp.example.com:113322"_s);
  ASSERT_EQ(bad.status, Status::Fail);
  results.insert(bad.id, bad);
  const QList<Cause> causes = rankCauses(results);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"bad_target"_s);
  EXPECT_EQ(causes.first().step, 3);
  EXPECT_EQ(causes.first().supportingChecks, QStringList{u"target.validate"_s});
  EXPECT_NE(causeSummary(u"bad_target"_s), u"bad_target"_s);
  EXPECT_FALSE(causeAdvice(u"bad_target"_s).isEmpty());

  // A valid address is not bad_target.
  results.insert(u"target.validate"_s, validate(u"rdp.example.com:3389"_s));
  for (const Cause &c : rankCauses(results)) EXPECT_NE(c.id, u"bad_target"_s);
}

TEST(NetVerdict, results_no_rule_explains_are_inconclusive_and_none_are_no_verdict) {
  EXPECT_TRUE(rankCauses({}).isEmpty());
  Results results;
  CheckResult skipped = makeResult(Status::Skipped, {{u"reason"_s, u"no_guest_evidence"_s}});
  skipped.id = u"guest.crashes"_s;
  results.insert(skipped.id, skipped);
  const QList<Cause> causes = rankCauses(results);
  ASSERT_EQ(causes.size(), 1);
  EXPECT_EQ(causes.first().id, u"inconclusive"_s);
  EXPECT_LT(causes.first().confidence, 0.5);
  EXPECT_NE(causeSummary(u"inconclusive"_s), u"inconclusive"_s);
  EXPECT_FALSE(causeAdvice(u"inconclusive"_s).isEmpty());
}
