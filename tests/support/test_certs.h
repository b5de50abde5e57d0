#pragma once
// Certificates for TLS tests, made with the OpenSSL API into a temporary folder: a valid 2048-bit SHA-256
// self-signed one (CN and SAN DNS + IP 127.0.0.1), an expired one (2020-01-01 to 2021-01-01), a SHA-1-signed one, a
// 1024-bit one, a 1024-bit SHA-1 one, one for another name, and a path that exists but holds garbage.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rdpd::test {

struct CertSpec {
  QString commonName = QStringLiteral("rdpd-test.local");
  QStringList dnsNames = {QStringLiteral("rdpd-test.local")};
  QStringList ipAddresses = {QStringLiteral("127.0.0.1")};
  int rsaBits = 2048;
  QString digest = QStringLiteral("sha256");  // "sha256", "sha1", "md5"
  QDateTime notBefore;  // invalid: yesterday
  QDateTime notAfter;   // invalid: a year from now
  bool caIssued = false;  // signed by a throw-away CA instead of itself (so it is not self-signed)
};

struct CertFiles {
  bool ok = false;
  QString certPath;
  QString keyPath;
  QByteArray certPem;
  QString error;
};

// Writes <dir>/<name>.crt.pem and <dir>/<name>.key.pem.
CertFiles writeCertificate(const QString &dir, const QString &name, const CertSpec &spec);

// The standard set, generated once per test process.
class TestCerts {
 public:
  static const TestCerts &shared();
  bool ok() const { return m_ok; }
  QString error() const { return m_error; }
  const CertFiles &valid() const { return m_valid; }
  const CertFiles &expired() const { return m_expired; }
  const CertFiles &sha1() const { return m_sha1; }
  const CertFiles &rsa1024() const { return m_rsa1024; }
  const CertFiles &weak() const { return m_weak; }          // 1024-bit and SHA-1
  const CertFiles &mismatch() const { return m_mismatch; }  // CA-issued for other.example.net
  QString garbagePath() const { return m_garbage; }         // exists, is not a certificate
  QString dir() const { return m_dir.path(); }

 private:
  TestCerts();
  QTemporaryDir m_dir;
  bool m_ok = false;
  QString m_error;
  CertFiles m_valid, m_expired, m_sha1, m_rsa1024, m_weak, m_mismatch;
  QString m_garbage;
};

}  // namespace rdpd::test
