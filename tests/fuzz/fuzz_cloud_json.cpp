// libFuzzer target: whatever JSON is pasted or imported as aliyun CLI output (or answered by the API) must never
// crash or hang the parsers, the security-group evaluator or the credentials reader.
#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "checks/cloud/credentials.h"
#include "checks/cloud/ecs_json.h"
#include "checks/cloud/security_group.h"
#include "checks/cloud/sg_advice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace rdpd::cloud;
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const CloudDocument d = parseCloudDocument(bytes, QStringLiteral("CPUUtilization"));
  // A document of no known kind always says why.
  if (d.kind == CloudDocKind::Unknown && d.problem.isEmpty()) __builtin_trap();
  SgQuery q;
  q.groups = {d.group};
  for (const char *client : {"198.51.100.7", "2001:db8::7", "10.0.0.5"}) {
    q.client = QHostAddress(QString::fromLatin1(client));
    const SgVerdict v = evaluateSecurityGroups(q);
    if ((v.outcome == SgOutcome::Allowed || v.outcome == SgOutcome::DroppedByRule) && !v.deciding) __builtin_trap();
    (void)authorizeCommand(ruleToAdd(q, v, QString()));
    if (v.deciding) (void)describeRule(*v.deciding);
  }
  for (const Instance &i : d.instances) (void)i.holdsAddress(QStringLiteral("203.0.113.45"));
  const CredentialLoad c = credentialsFromConfig(bytes, QString(), {});
  if (!c.credentials && c.message().isEmpty()) __builtin_trap();
  return 0;
}
