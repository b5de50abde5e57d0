#pragma once
// Shared by the guest tests: load a fixture from tests/fixtures/evidence and run every guest check on it the way
// the runner does (id, step, origin, summary filled in).

#include <QHash>
#include <QString>

#include <gtest/gtest.h>

#include "checks/core/registry.h"
#include "checks/guest/evidence_import.h"
#include "checks/verdict/verdict.h"

namespace rdpd::test {

inline QString evidenceFixture(const char *name) {
  return QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/evidence/") + QString::fromLatin1(name) + QStringLiteral(".json");
}

inline std::shared_ptr<const guest::GuestEvidence> loadEvidence(const char *name) {
  const guest::ImportResult r = guest::EvidenceImport::fromFile(evidenceFixture(name));
  EXPECT_TRUE(r.ok()) << name << ": " << r.message.toStdString();
  return r.evidence;
}

inline Target guestTarget(std::shared_ptr<const guest::GuestEvidence> ev, int port = 3389, const QString &clientError = {}) {
  Target t;
  t.host = QStringLiteral("203.0.113.10");
  t.kind = HostKind::Ipv4;
  t.port = port;
  t.clientError = clientError;
  t.guestEvidence = std::move(ev);
  return t;
}

inline QHash<QString, CheckResult> runGuestChecks(const Target &target) {
  QHash<QString, CheckResult> out;
  for (const Check *c : CheckRegistry::standard().all()) {
    const CheckInfo info = c->info();
    if (info.origin != Origin::Guest) continue;
    CheckContext ctx;
    ctx.target = target;
    ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(1000));
    CheckResult r = c->run(ctx);
    r.id = info.id;
    r.step = info.step;
    r.origin = info.origin;
    r.summary = c->summarize(r);
    r.detail = c->explain(r);
    out.insert(r.id, r);
  }
  return out;
}

inline QStringList problemIds(const QHash<QString, CheckResult> &results) {
  QStringList ids;
  for (const CheckResult &r : results)
    if (r.isProblem()) ids << r.id;
  ids.sort();
  return ids;
}

}  // namespace rdpd::test
