// net.dns through the Services seam: a fake resolver for each outcome, a real lookup of "localhost", and a
// resolver that hangs stopped by the token.
#include <gtest/gtest.h>

#include <QElapsedTimer>

#include <thread>

#include "checks/core/services.h"
#include "checks/net/dns_check.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {

class FixedClock final : public Clock {
 public:
  QDateTime nowUtc() const override { return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC); }
};

class FakeResolver final : public Resolver {
 public:
  explicit FakeResolver(ResolveResult r) : m_r(std::move(r)) {}
  ResolveResult resolve(const QString &, const CancelToken &) const override { return m_r; }

 private:
  ResolveResult m_r;
};

// Never answers on its own: returns only when the token says stop, like a resolver stuck on a dead DNS server.
class HangingResolver final : public Resolver {
 public:
  ResolveResult resolve(const QString &, const CancelToken &token) const override {
    while (!token.shouldStop()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ResolveResult r;
    r.error = token.isCancelled() ? ResolveError::Cancelled : ResolveError::TemporaryFailure;
    return r;
  }
};

CheckResult runDns(const Services &svc, const QString &host, int budgetMs = 3000, CancelTokenPtr token = nullptr) {
  CheckContext ctx;
  ctx.target = parseTarget(host).target;
  ctx.token = token ? token : std::make_shared<CancelToken>(std::chrono::milliseconds(budgetMs));
  ctx.services = &svc;
  ctx.timeoutMs = budgetMs;
  return DnsCheck().run(ctx);
}

Services fakeServices(ResolveResult r) {
  return Services(std::make_shared<FixedClock>(), std::make_shared<FakeResolver>(std::move(r)));
}

}  // namespace

TEST(Dns, no_such_name_fails_with_its_own_wording) {
  ResolveResult rr;
  rr.error = ResolveError::NoSuchName;
  rr.systemMessage = u"Name or service not known"_s;
  const Services svc = fakeServices(rr);
  const CheckResult r = runDns(svc, u"no-such-host.example"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"dns-failure"_s);
  EXPECT_EQ(r.findings.value(u"error"_s).toString(), u"no_such_name"_s);
  EXPECT_TRUE(DnsCheck().summarize(r).contains(u"no-such-host.example"_s));
}

TEST(Dns, temporary_failure_is_told_apart_from_no_such_name) {
  ResolveResult rr;
  rr.error = ResolveError::TemporaryFailure;
  const Services svc = fakeServices(rr);
  const CheckResult r = runDns(svc, u"server.example"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"error"_s).toString(), u"temporary_failure"_s);
  ResolveResult nx;
  nx.error = ResolveError::NoSuchName;
  const Services svc2 = fakeServices(nx);
  EXPECT_NE(DnsCheck().summarize(r), DnsCheck().summarize(runDns(svc2, u"server.example"_s)));
}

TEST(Dns, success_lists_every_address_and_the_time) {
  ResolveResult rr;
  rr.addresses = {QHostAddress(u"203.0.113.10"_s), QHostAddress(u"203.0.113.11"_s), QHostAddress(u"2001:db8::10"_s)};
  rr.elapsedMs = 42;
  const Services svc = fakeServices(rr);
  const CheckResult r = runDns(svc, u"server.example"_s);
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(r.findings.value(u"addresses"_s).toStringList(),
            (QStringList{u"203.0.113.10"_s, u"203.0.113.11"_s, u"2001:db8::10"_s}));
  EXPECT_EQ(r.findings.value(u"elapsed_ms"_s).toLongLong(), 42);
  EXPECT_FALSE(r.findings.value(u"literal"_s).toBool());
}

TEST(Dns, ip_literal_needs_no_lookup) {
  ResolveResult rr;
  rr.error = ResolveError::OtherFailure;  // would fail if it were asked
  const Services svc = fakeServices(rr);
  const CheckResult r = runDns(svc, u"198.51.100.7"_s);
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_TRUE(r.findings.value(u"literal"_s).toBool());
}

TEST(Dns, real_lookup_of_localhost) {
  const CheckResult r = runDns(Services::system(), u"localhost"_s);
  ASSERT_EQ(r.status, Status::Pass) << r.findings.value(u"system_message"_s).toString().toStdString();
  const QStringList a = r.findings.value(u"addresses"_s).toStringList();
  EXPECT_TRUE(a.contains(u"127.0.0.1"_s) || a.contains(u"::1"_s)) << a.join(u',').toStdString();
}

TEST(Dns, hanging_resolver_is_stopped_by_the_deadline) {
  const Services svc(std::make_shared<FixedClock>(), std::make_shared<HangingResolver>());
  QElapsedTimer t;
  t.start();
  const CheckResult r = runDns(svc, u"server.example"_s, 300);
  // Generous on purpose: a busy 2-CPU machine can stall a thread for hundreds of ms; the point is "far below the
  // timeout".
  EXPECT_LT(t.elapsed(), 300 + 1000);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"error"_s).toString(), u"temporary_failure"_s);
}

TEST(Dns, hanging_system_lookup_is_stopped_by_cancel) {
  // The real resolver's waiting loop, with a cancel: whatever getaddrinfo does, the check returns promptly.
  auto token = std::make_shared<CancelToken>(std::chrono::seconds(10));
  token->cancel();
  QElapsedTimer t;
  t.start();
  const CheckResult r = runDns(Services::system(), u"unresolvable-name-for-rdp-doctor.invalid"_s, 10000, token);
  // Generous on purpose: a busy 2-CPU machine can stall a thread for hundreds of ms; the point is "far below the
  // timeout".
  EXPECT_LT(t.elapsed(), 1000);
  EXPECT_EQ(r.status, Status::Skipped);
}
