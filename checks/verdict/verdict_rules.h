#pragma once
// The rules behind rankCauses(): each looks at the results and may propose one cause with a confidence.
// Every area keeps its rules and the words for its causes in its own file (rules_<area>.cpp) and appends them in
// its add<Area>Verdicts() function; verdict_book.cpp calls them all.

#include <functional>
#include <optional>
#include <vector>

#include "checks/verdict/verdict.h"

namespace rdpd {

using VerdictRule = std::function<std::optional<Cause>(const Results &)>;

struct CauseText {
  QString id;
  std::function<QString()> summary;  // translated at call time
  std::function<QString()> advice;
  // With the values of Cause::values (empty function or no values: the words above). Return empty to fall back.
  std::function<QString(const QVariantMap &)> summaryWith = {};
  std::function<QString(const QVariantMap &)> adviceWith = {};
};


struct VerdictBook {
  std::vector<VerdictRule> rules;
  std::vector<CauseText> causes;
};

const VerdictBook &verdictBook();
// Sets the words with values of an already registered cause.
void setCauseWords(VerdictBook &b, const QString &id, std::function<QString(const QVariantMap &)> summaryWith,
                   std::function<QString(const QVariantMap &)> adviceWith);

void addNetVerdicts(VerdictBook &b);     // rules_net.cpp: bad_target, dns_failure, port_*, host_unreachable, healthy
void addRdpVerdicts(VerdictBook &b);     // rules_rdp.cpp: negotiation outcomes
void addTlsVerdicts(VerdictBook &b);     // rules_tls.cpp: TLS, certificate, identity
void addPathVerdicts(VerdictBook &b);    // rules_path.cpp: ICMP, latency, path, local network
void addGuestVerdicts(VerdictBook &b);   // rules_guest.cpp: facts from inside the server
void addCloudVerdicts(
    VerdictBook &b);  // rules_cloud.cpp: the cloud control plane (instance, security group, bandwidth)
void addLookupVerdicts(VerdictBook &b);  // rules_lookup.cpp: the client's error message (client.error_text)

void addCauseWordsWithValues(VerdictBook &b);  // cause_values.cpp: words that name the values found
// The values a cause's words name, from the results that support it (cause_values.cpp).
void fillCauseValues(Cause &c, const Results &r);
// The same for the cloud's causes (cloud_cause_values.cpp): values into m, and the words that name them.
void fillCloudCauseValues(QVariantMap &m, const QString &id, const Results &r);
void addCloudCauseWords(VerdictBook &b);

// A rule that needs no code, as one row of its area's table: when check checkId ended with status `when`, propose
// cause in step with that confidence, the check as its supporting check.
struct SimpleRule {
  const char *checkId;
  Status when;
  const char *cause;
  int step;
  double confidence;
};
std::optional<Cause> applySimpleRule(const SimpleRule &rule, const Results &r);

// Helpers for rules.
const CheckResult *findResult(const Results &r, const char *id);
QString findingString(const Results &r, const char *id, const char *key);

}  // namespace rdpd
