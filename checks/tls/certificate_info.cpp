#include "checks/tls/certificate_info.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace rdpd::tls {

namespace {

struct X509Free { void operator()(X509 *x) const { X509_free(x); } };
struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

X509Ptr readPem(const QByteArray &pem) {
  if (pem.isEmpty()) return nullptr;
  BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
  if (!bio) return nullptr;
  return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QString nameLine(const X509_NAME *name) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  X509_NAME_print_ex(bio.get(), name, 0, (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT);
  char *data = nullptr;
  const long n = BIO_get_mem_data(bio.get(), &data);
  return QString::fromUtf8(data, qsizetype(n));
}

QString commonName(const X509_NAME *name) {
  const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
  if (idx < 0) return {};
  const ASN1_STRING *s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
  unsigned char *utf8 = nullptr;
  const int n = ASN1_STRING_to_UTF8(&utf8, s);
  if (n < 0) return {};
  QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
  OPENSSL_free(utf8);
  return out;
}

QDateTime asn1Time(const ASN1_TIME *t) {
  struct tm tm {};
  if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return {};
  return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString digestHex(const X509 *x, const EVP_MD *md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (X509_digest(x, md, buf, &n) != 1) return {};
  return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(buf), int(n)).toHex().toUpper());
}

QString keyTypeName(const EVP_PKEY *k) {
  switch (EVP_PKEY_get_base_id(k)) {
    case EVP_PKEY_RSA: return u"RSA"_s;
    case EVP_PKEY_RSA_PSS: return u"RSA-PSS"_s;
    case EVP_PKEY_EC: return u"EC"_s;
    case EVP_PKEY_DSA: return u"DSA"_s;
    case EVP_PKEY_ED25519: return u"Ed25519"_s;
    case EVP_PKEY_ED448: return u"Ed448"_s;
    default: break;
  }
  const char *name = EVP_PKEY_get0_type_name(k);
  return name ? QString::fromLatin1(name) : u"unknown"_s;
}

QStringList sanList(const X509 *x) {
  QStringList out;
  auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr));
  if (!names) return out;
  for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
    const GENERAL_NAME *g = sk_GENERAL_NAME_value(names, i);
    if (g->type == GEN_DNS) {
      const ASN1_STRING *s = g->d.dNSName;
      out << u"DNS:"_s + QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
    } else if (g->type == GEN_IPADD) {
      const ASN1_OCTET_STRING *s = g->d.iPAddress;
      const auto *p = ASN1_STRING_get0_data(s);
      QHostAddress a;
      if (ASN1_STRING_length(s) == 4) a.setAddress(quint32((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]));
      else if (ASN1_STRING_length(s) == 16) a.setAddress(p);
      if (!a.isNull()) out << u"IP:"_s + a.toString();
    } else if (g->type == GEN_EMAIL) {
      const ASN1_STRING *s = g->d.rfc822Name;
      out << u"email:"_s + QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
    }
  }
  GENERAL_NAMES_free(names);
  return out;
}

}  // namespace

std::optional<CertificateInfo> parseCertificatePem(const QByteArray &pem, QString *error) {
  X509Ptr x = readPem(pem);
  if (!x) {
    if (error) *error = u"not a PEM certificate"_s;
    return std::nullopt;
  }
  CertificateInfo c;
  c.subject = nameLine(X509_get_subject_name(x.get()));
  c.issuer = nameLine(X509_get_issuer_name(x.get()));
  c.commonName = commonName(X509_get_subject_name(x.get()));
  // Self-signed: issued by itself (names and key identifiers agree); the signature itself is not re-verified here.
  c.selfSigned = X509_self_signed(x.get(), 0) == 1;
  c.notBefore = asn1Time(X509_get0_notBefore(x.get()));
  c.notAfter = asn1Time(X509_get0_notAfter(x.get()));
  if (EVP_PKEY *k = X509_get0_pubkey(x.get())) {
    c.keyType = keyTypeName(k);
    c.keyBits = EVP_PKEY_get_bits(k);
  }
  const int sigNid = X509_get_signature_nid(x.get());
  c.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(sigNid) ? OBJ_nid2ln(sigNid) : "unknown");
  int mdNid = NID_undef, pkNid = NID_undef;
  if (OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid) == 1 && mdNid != NID_undef) {
    c.signatureDigest = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper();
    c.weakSignature = mdNid == NID_sha1 || mdNid == NID_md5 || mdNid == NID_md4 || mdNid == NID_md2 ||
                      mdNid == NID_md5_sha1;
  }
  c.sha1 = digestHex(x.get(), EVP_sha1());
  c.sha256 = digestHex(x.get(), EVP_sha256());
  c.san = sanList(x.get());
  return c;
}

bool certificateMatchesHost(const QByteArray &pem, const QString &host) {
  X509Ptr x = readPem(pem);
  if (!x || host.isEmpty()) return false;
  QHostAddress literal;
  if (literal.setAddress(host)) {
    const QByteArray ip = literal.toString().toLatin1();
    return X509_check_ip_asc(x.get(), ip.constData(), 0) == 1;
  }
  const QByteArray name = host.toLower().toUtf8();
  return X509_check_host(x.get(), name.constData(), size_t(name.size()), 0, nullptr) == 1;
}

QByteArray derToPem(const QByteArray &der) {
  const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
  X509Ptr x(d2i_X509(nullptr, &p, long(der.size())));
  if (!x) return {};
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (PEM_write_bio_X509(bio.get(), x.get()) != 1) return {};
  char *data = nullptr;
  const long n = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, qsizetype(n));
}

bool isWeakKey(const CertificateInfo &c) {
  if (c.keyType == u"RSA"_s || c.keyType == u"RSA-PSS"_s || c.keyType == u"DSA"_s) return c.keyBits > 0 && c.keyBits < 2048;
  if (c.keyType == u"EC"_s) return c.keyBits > 0 && c.keyBits < 224;
  return false;
}

}  // namespace rdpd::tls
