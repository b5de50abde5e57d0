#pragma once
// What a server certificate says, read with OpenSSL from PEM: names, validity, key, signature algorithm,
// thumbprints (SHA-1 as Windows shows it), subject alternative names and whether it matches the host the user typed.
// Pure: no network, the clock is passed in.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdpd::tls {

struct CertificateInfo {
  QString subject;             // one line, RFC 2253 order ("CN=host,O=...")
  QString issuer;
  QString commonName;          // the subject's CN alone, for the summary
  bool selfSigned = false;
  QDateTime notBefore;         // UTC
  QDateTime notAfter;
  QString keyType;             // "RSA", "EC", "DSA", "Ed25519", ...
  int keyBits = 0;
  QString signatureAlgorithm;  // "sha256WithRSAEncryption", ...
  QString signatureDigest;     // "SHA256", "SHA1", "MD5", ... (empty when not separable, e.g. Ed25519)
  bool weakSignature = false;  // MD5 / SHA-1 (or older)
  QString sha1;                // uppercase hex, no separators
  QString sha256;
  QStringList san;             // "DNS:name", "IP:1.2.3.4"
};

// Parses the first certificate in pem; nullopt (and *error) when it is not one.
std::optional<CertificateInfo> parseCertificatePem(const QByteArray &pem, QString *error = nullptr);

// Does the certificate name host? DNS names via SAN (CN when there is no SAN), IP literals via IP SANs only.
bool certificateMatchesHost(const QByteArray &pem, const QString &host);

// DER -> PEM of one certificate (empty on failure).
QByteArray derToPem(const QByteArray &der);

// Weak by today's rules: RSA/DSA below 2048 bits, EC below 224 bits, or an MD5/SHA-1 signature.
bool isWeakKey(const CertificateInfo &c);

}  // namespace rdpd::tls
