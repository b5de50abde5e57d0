#include "checks/lab/lab_tls.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {
QString lastError() {
  const unsigned long e = ERR_get_error();
  char buf[256] = {0};
  if (e) ERR_error_string_n(e, buf, sizeof buf);
  ERR_clear_error();
  return QString::fromLatin1(buf);
}

template <typename T, void (*F)(T *)>
struct Deleter {
  void operator()(T *p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

bool addExtension(X509 *cert, int nid, const char *value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
  X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  if (!ext) return false;
  const bool ok = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return ok;
}
}  // namespace

ServerTlsContext makeServerTlsContext(const CertificateSpec &spec, const QString &commonName, QString *error) {
  KeyPtr key(EVP_RSA_gen(unsigned(spec.keyBits)));
  if (!key) { *error = u"key: "_s + lastError(); return {}; }
  CertPtr cert(X509_new());
  if (!cert) { *error = u"certificate: "_s + lastError(); return {}; }
  X509_set_version(cert.get(), 2);
  unsigned char serial[8];
  RAND_bytes(serial, sizeof serial);
  serial[0] &= 0x7F;
  BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
  BN_free(bn);
  constexpr long kDay = 86400;
  // Windows makes its own Remote Desktop certificate valid for six months; an expired one ended a year ago.
  if (spec.expired) {
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -2 * 365 * kDay);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), -365 * kDay);
  } else {
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kDay);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 180 * kDay);
  }
  X509_set_pubkey(cert.get(), key.get());
  X509_NAME *name = X509_get_subject_name(cert.get());
  const QByteArray cn = commonName.toUtf8();
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
  X509_set_issuer_name(cert.get(), name);
  // What Windows puts in its self-signed Remote Desktop certificate: server authentication.
  addExtension(cert.get(), NID_ext_key_usage, "serverAuth");
  addExtension(cert.get(), NID_key_usage, "keyEncipherment,dataEncipherment");
  const EVP_MD *md = spec.digest == u"sha1"_s ? EVP_sha1() : EVP_sha256();
  if (X509_sign(cert.get(), key.get(), md) <= 0) { *error = u"sign: "_s + lastError(); return {}; }

  ServerTlsContext ctx(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
  if (!ctx) { *error = u"context: "_s + lastError(); return {}; }
  SSL_CTX_set_security_level(ctx.get(), 0);
  SSL_CTX_set_cipher_list(ctx.get(), "DEFAULT:@SECLEVEL=0");
  SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
  if (SSL_CTX_use_certificate(ctx.get(), cert.get()) != 1 || SSL_CTX_use_PrivateKey(ctx.get(), key.get()) != 1 ||
      SSL_CTX_check_private_key(ctx.get()) != 1) {
    *error = u"use certificate: "_s + lastError();
    return {};
  }
  return ctx;
}

}  // namespace rdpd::lab
