#pragma once
// Redaction for exported reports: host names, IP addresses (v4 and v6) and account names are replaced with stable
// placeholders (host-1, ip-1, user-1...) everywhere in a report (target, summaries, details, findings, the client's
// error text, notes), so every format rendered from the redacted copy is clean.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "checks/report/diagnosis_report.h"

namespace rdpd {

class Redactor {
 public:
  void addHost(const QString &name);     // a host name to hide wherever it appears (case-insensitive)
  void addAccount(const QString &name);  // an account name to hide
  // Replaces known names, then every IPv4/IPv6 literal, and in free text (user-typed) also FQDN-looking words.
  QString apply(const QString &text, bool freeText = false);
  QVariant apply(const QVariant &v);
  QString placeholderFor(const QString &original) const { return m_map.value(original.toLower()); }

 private:
  QString placeholder(const QString &original, const char *kind);
  QStringList m_names;   // longest first
  QHash<QString, QString> m_map;  // lowercased original -> placeholder
  QHash<QString, int> m_counters;
};

// A copy of r with every host name, address and account name replaced; sets redacted = true.
DiagnosisReport redactReport(const DiagnosisReport &r);

}  // namespace rdpd
