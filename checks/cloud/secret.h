#pragma once
// A secret (AccessKey secret, STS token) that cannot be printed, logged or exported by accident: no conversion to
// QString, no stream or fmt output (a compile error), QDebug and gtest print "<redacted>". The bytes come out only
// through reveal(), whose callers are the signer and the header that must carry an STS token.

#include <QByteArray>
#include <QDebug>
#include <ostream>

namespace rdpd::cloud {

class Secret {
 public:
  Secret() = default;
  explicit Secret(QByteArray bytes) : m_bytes(std::move(bytes)) {}
  Secret(const Secret &) = default;
  Secret &operator=(const Secret &) = default;
  Secret(Secret &&) noexcept = default;
  Secret &operator=(Secret &&) noexcept = default;
  ~Secret() { m_bytes.fill('\0'); }

  bool isEmpty() const { return m_bytes.isEmpty(); }
  // The bytes, for the HMAC key or a header that must carry them. Never pass the result to a log or a report.
  const QByteArray &reveal() const { return m_bytes; }
  bool operator==(const Secret &o) const { return m_bytes == o.m_bytes; }

 private:
  QByteArray m_bytes;
};

inline QDebug operator<<(QDebug d, const Secret &) { return d << "Secret(<redacted>)"; }
// gtest finds this by argument-dependent lookup.
inline void PrintTo(const Secret &, std::ostream *os) { *os << "Secret(<redacted>)"; }

}  // namespace rdpd::cloud
