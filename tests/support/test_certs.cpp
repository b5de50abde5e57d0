#include "tests/support/test_certs.h"

#include <QFile>
#include <QHostAddress>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace rdpd::test {

namespace {

bool setTime(ASN1_TIME *t, const QDateTime &when) {
  const QByteArray s = when.toUTC().toString(u"yyyyMMddHHmmss'Z'"_s).toLatin1();
  return ASN1_TIME_set_string_X509(t, s.constData()) == 1;
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
  if (!ext) return false;
  const bool ok = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return ok;
}

X509 *makeCert(EVP_PKEY *key, const QString &cn, const CertSpec &spec, X509 *issuerCert, EVP_PKEY *issuerKey,
               long serial, bool isCa) {
  X509 *x = X509_new();
  X509_set_version(x, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(x), serial);
  const QDateTime now = QDateTime::currentDateTimeUtc();
  setTime(X509_getm_notBefore(x), spec.notBefore.isValid() ? spec.notBefore : now.addDays(-1));
  setTime(X509_getm_notAfter(x), spec.notAfter.isValid() ? spec.notAfter : now.addDays(365));
  X509_set_pubkey(x, key);
  X509_NAME *name = X509_get_subject_name(x);
  const QByteArray cnUtf8 = cn.toUtf8();
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cnUtf8.constData()), -1, -1, 0);
  X509_set_issuer_name(x, issuerCert ? X509_get_subject_name(issuerCert) : name);
  X509 *issuer = issuerCert ? issuerCert : x;
  addExt(x, issuer, NID_subject_key_identifier, "hash");
  addExt(x, issuer, NID_authority_key_identifier, "keyid");
  addExt(x, issuer, NID_basic_constraints, isCa ? "critical,CA:TRUE" : "CA:FALSE");
  if (!isCa) {
    QStringList sans;
    for (const QString &d : spec.dnsNames) sans << u"DNS:"_s + d;
    for (const QString &ip : spec.ipAddresses) sans << u"IP:"_s + ip;
    if (!sans.isEmpty()) addExt(x, issuer, NID_subject_alt_name, sans.join(u',').toLatin1());
  }
  const EVP_MD *md = EVP_get_digestbyname(spec.digest.toLatin1().constData());
  if (!md || X509_sign(x, issuerKey ? issuerKey : key, md) <= 0) {
    X509_free(x);
    return nullptr;
  }
  return x;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray pemOf(X509 *x) {
  BIO *b = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(b, x);
  char *d = nullptr;
  const long n = BIO_get_mem_data(b, &d);
  QByteArray out(d, qsizetype(n));
  BIO_free(b);
  return out;
}

QByteArray pemOf(EVP_PKEY *k) {
  BIO *b = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(b, k, nullptr, nullptr, 0, nullptr, nullptr);
  char *d = nullptr;
  const long n = BIO_get_mem_data(b, &d);
  QByteArray out(d, qsizetype(n));
  BIO_free(b);
  return out;
}

}  // namespace

CertFiles writeCertificate(const QString &dir, const QString &name, const CertSpec &spec) {
  CertFiles out;
  out.certPath = dir + u'/' + name + u".crt.pem"_s;
  out.keyPath = dir + u'/' + name + u".key.pem"_s;
  EVP_PKEY *key = EVP_RSA_gen(unsigned(spec.rsaBits));
  if (!key) { out.error = u"key generation failed"_s; return out; }
  EVP_PKEY *caKey = nullptr;
  X509 *ca = nullptr;
  if (spec.caIssued) {
    caKey = EVP_RSA_gen(2048);
    CertSpec caSpec;
    caSpec.digest = u"sha256"_s;
    ca = caKey ? makeCert(caKey, u"RDP Doctor Test CA"_s, caSpec, nullptr, nullptr, 1, true) : nullptr;
  }
  X509 *x = (spec.caIssued && !ca) ? nullptr : makeCert(key, spec.commonName, spec, ca, caKey, 2, false);
  if (!x) {
    out.error = u"certificate creation failed"_s;
  } else {
    out.certPem = pemOf(x);
    out.ok = writeFile(out.certPath, out.certPem) && writeFile(out.keyPath, pemOf(key));
    if (!out.ok) out.error = u"cannot write files"_s;
  }
  X509_free(x);
  X509_free(ca);
  EVP_PKEY_free(caKey);
  EVP_PKEY_free(key);
  return out;
}

const TestCerts &TestCerts::shared() {
  static const TestCerts certs;
  return certs;
}

TestCerts::TestCerts() {
  if (!m_dir.isValid()) { m_error = u"no temporary folder"_s; return; }
  const QString d = m_dir.path();
  CertSpec valid;
  m_valid = writeCertificate(d, u"valid"_s, valid);
  CertSpec expired;
  expired.commonName = u"expired-test.local"_s;
  expired.dnsNames = {u"expired-test.local"_s};
  expired.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
  expired.notAfter = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
  m_expired = writeCertificate(d, u"expired"_s, expired);
  CertSpec sha1;
  sha1.digest = u"sha1"_s;
  m_sha1 = writeCertificate(d, u"sha1"_s, sha1);
  CertSpec small;
  small.rsaBits = 1024;
  m_rsa1024 = writeCertificate(d, u"rsa1024"_s, small);
  CertSpec weak;
  weak.rsaBits = 1024;
  weak.digest = u"sha1"_s;
  m_weak = writeCertificate(d, u"weak"_s, weak);
  CertSpec other;
  other.commonName = u"other.example.net"_s;
  other.dnsNames = {u"other.example.net"_s};
  other.ipAddresses = {};
  other.caIssued = true;
  m_mismatch = writeCertificate(d, u"mismatch"_s, other);
  m_garbage = d + u"/garbage.pem"_s;
  const bool garbageOk = writeFile(m_garbage, QByteArray("this is not a certificate\n"));
  m_ok = m_valid.ok && m_expired.ok && m_sha1.ok && m_rsa1024.ok && m_weak.ok && m_mismatch.ok && garbageOk;
  if (!m_ok) m_error = u"could not create the test certificates"_s;
}

}  // namespace rdpd::test
