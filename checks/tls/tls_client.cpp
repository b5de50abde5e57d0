#include "checks/tls/tls_client.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>


using namespace Qt::StringLiterals;

namespace rdpd::tls {

namespace {

constexpr int kChunk = 16 * 1024;
constexpr int kFirstBytesKept = 16;

int opensslVersion(TlsVersion v) {
  switch (v) {
    case TlsVersion::Tls10: return TLS1_VERSION;
    case TlsVersion::Tls11: return TLS1_1_VERSION;
    case TlsVersion::Tls12: return TLS1_2_VERSION;
    case TlsVersion::Tls13: return TLS1_3_VERSION;
    case TlsVersion::Any: return 0;
  }
  return 0;
}

// The system trust store, loaded once and shared read-only (X509_STORE is reference counted and thread safe).
X509_STORE *systemStore() {
  static X509_STORE *store = [] {
    X509_STORE *s = X509_STORE_new();
    if (s) X509_STORE_set_default_paths(s);
    return s;
  }();
  return store;
}

QString lastOpenSslError() {
  QString out;
  unsigned long e = 0;
  while ((e = ERR_get_error()) != 0) {
    // Keep the first, most specific reason: later entries are usually generic wrappers.
    if (out.isEmpty()) {
      const char *reason = ERR_reason_error_string(e);
      out = reason ? QString::fromLatin1(reason) : QString::fromLatin1(ERR_error_string(e, nullptr));
    }
  }
  return out;
}

}  // namespace

QString versionName(TlsVersion v) {
  switch (v) {
    case TlsVersion::Tls10: return u"TLSv1.0"_s;
    case TlsVersion::Tls11: return u"TLSv1.1"_s;
    case TlsVersion::Tls12: return u"TLSv1.2"_s;
    case TlsVersion::Tls13: return u"TLSv1.3"_s;
    case TlsVersion::Any: return u"any"_s;
  }
  return {};
}

QString toString(PeerReply p) {
  switch (p) {
    case PeerReply::None: return u"none"_s;
    case PeerReply::Alert: return u"alert"_s;
    case PeerReply::Closed: return u"closed"_s;
    case PeerReply::Reset: return u"reset"_s;
    case PeerReply::McsDisconnect: return u"mcs_disconnect"_s;
    case PeerReply::NotTls: return u"not_tls"_s;
    case PeerReply::Timeout: return u"timeout"_s;
    case PeerReply::Cancelled: return u"cancelled"_s;
    case PeerReply::LocalError: return u"local_error"_s;
  }
  return {};
}

bool looksLikeMcsDisconnect(const QByteArray &b) {
  // 03 00 LL LL | 02 F0 80 | 21 80 (MCS DPUm, reason in the low bits of the second byte)
  return b.size() >= 9 && quint8(b[0]) == 0x03 && quint8(b[1]) == 0x00 && quint8(b[4]) == 0x02 &&
         quint8(b[5]) == 0xF0 && quint8(b[6]) == 0x80 && (quint8(b[7]) & 0xFC) == 0x20;
}

struct TlsClient::Impl {
  TcpSocket &sock;
  SSL_CTX *ctx = nullptr;
  SSL *ssl = nullptr;
  BIO *rbio = nullptr;  // owned by ssl
  BIO *wbio = nullptr;
  QByteArray firstBytes;
  QString alert;
  bool peerClosed = false;
  bool peerReset = false;

  explicit Impl(TcpSocket &s) : sock(s) {}
  ~Impl() {
    if (ssl) SSL_free(ssl);
    if (ctx) SSL_CTX_free(ctx);
  }

  static void infoCallback(const SSL *s, int where, int ret) {
    if (!(where & SSL_CB_READ_ALERT)) return;
    auto *self = static_cast<Impl *>(SSL_get_app_data(s));
    if (self && self->alert.isEmpty()) self->alert = QString::fromLatin1(SSL_alert_desc_string_long(ret));
  }

  // Sends whatever OpenSSL produced.
  IoStatus flush(const CancelToken &token, int timeoutMs) {
    while (BIO_ctrl_pending(wbio) > 0) {
      QByteArray buf(int(qMin<size_t>(BIO_ctrl_pending(wbio), kChunk)), Qt::Uninitialized);
      const int n = BIO_read(wbio, buf.data(), int(buf.size()));
      if (n <= 0) break;
      buf.resize(n);
      const IoStatus s = sock.sendAll(buf, token, timeoutMs);
      if (s == IoStatus::Reset) peerReset = true;
      if (s != IoStatus::Ok) return s;
    }
    return IoStatus::Ok;
  }

  // Feeds the next bytes from the socket into OpenSSL.
  IoStatus feed(const CancelToken &token, int timeoutMs) {
    RecvResult r = sock.recvSome(kChunk, token, timeoutMs);
    if (r.status == IoStatus::Ok) {
      if (firstBytes.size() < kFirstBytesKept) firstBytes += r.data.left(kFirstBytesKept - firstBytes.size());
      BIO_write(rbio, r.data.constData(), int(r.data.size()));
      return IoStatus::Ok;
    }
    if (r.status == IoStatus::Closed) {
      peerClosed = true;
      BIO_set_mem_eof_return(rbio, 0);  // OpenSSL now sees EOF instead of "try again"
    }
    if (r.status == IoStatus::Reset) peerReset = true;
    return r.status;
  }
};

TlsClient::TlsClient(TcpSocket &socket) : d(std::make_unique<Impl>(socket)) {}
TlsClient::~TlsClient() = default;

namespace {

// After a completed handshake: version, cipher suite, the peer's chain (DER) and, when asked, its verification.
void describeSession(SSL *ssl, bool verifyChain, TlsHandshakeResult &out) {
  QString version = QString::fromLatin1(SSL_get_version(ssl));
  if (version == u"TLSv1"_s) version = u"TLSv1.0"_s;
  out.version = version;
  if (const SSL_CIPHER *c = SSL_get_current_cipher(ssl)) {
    out.cipherOpenSsl = QString::fromLatin1(SSL_CIPHER_get_name(c));
    const char *iana = SSL_CIPHER_standard_name(c);
    out.cipher = iana ? QString::fromLatin1(iana) : out.cipherOpenSsl;
  }
  STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);  // client side: leaf included
  for (int i = 0; chain && i < sk_X509_num(chain); ++i) {
    unsigned char *der = nullptr;
    const int n = i2d_X509(sk_X509_value(chain, i), &der);
    if (n > 0) out.chainDer.append(QByteArray(reinterpret_cast<const char *>(der), n));
    OPENSSL_free(der);
  }
  if (verifyChain && chain && sk_X509_num(chain) > 0) {
    X509_STORE_CTX *vctx = X509_STORE_CTX_new();
    if (vctx && systemStore() && X509_STORE_CTX_init(vctx, systemStore(), sk_X509_value(chain, 0), chain) == 1) {
      out.chainVerified = X509_verify_cert(vctx) == 1;
      if (!out.chainVerified)
        out.verifyError = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(vctx)));
    } else {
      out.verifyError = u"could not set up verification"_s;
    }
    X509_STORE_CTX_free(vctx);
    ERR_clear_error();
  } else if (out.chainDer.isEmpty()) {
    out.verifyError = u"no certificate"_s;
  }
}

}  // namespace

TlsHandshakeResult TlsClient::handshake(const TlsClientOptions &o, const CancelToken &token) {
  TlsHandshakeResult out;
  QElapsedTimer t;
  t.start();
  auto left = [&] { return qMax(0, o.timeoutMs - int(t.elapsed())); };
  auto fail = [&](PeerReply p, QString error) {
    out.ok = false;
    out.peer = p;
    out.error = std::move(error);
    out.firstBytes = d->firstBytes;
    out.alert = d->alert;
    out.elapsedMs = t.elapsed();
    return out;
  };

  ERR_clear_error();
  d->ctx = SSL_CTX_new(TLS_client_method());
  if (!d->ctx) return fail(PeerReply::LocalError, lastOpenSslError());
  // We diagnose, we do not trust: accept every version, every suite and every key size the library still has.
  SSL_CTX_set_security_level(d->ctx, 0);
  SSL_CTX_set_cipher_list(d->ctx, "ALL:@SECLEVEL=0");
  SSL_CTX_set_options(d->ctx, SSL_OP_LEGACY_SERVER_CONNECT);
  SSL_CTX_set_verify(d->ctx, SSL_VERIFY_NONE, nullptr);
  if (SSL_CTX_set_min_proto_version(d->ctx, opensslVersion(o.minVersion)) != 1 ||
      SSL_CTX_set_max_proto_version(d->ctx, opensslVersion(o.maxVersion)) != 1)
    return fail(PeerReply::LocalError, lastOpenSslError());

  d->ssl = SSL_new(d->ctx);
  d->rbio = BIO_new(BIO_s_mem());
  d->wbio = BIO_new(BIO_s_mem());
  if (!d->ssl || !d->rbio || !d->wbio) return fail(PeerReply::LocalError, lastOpenSslError());
  BIO_set_mem_eof_return(d->rbio, -1);
  SSL_set_bio(d->ssl, d->rbio, d->wbio);
  SSL_set_app_data(d->ssl, d.get());
  SSL_set_info_callback(d->ssl, &Impl::infoCallback);
  SSL_set_connect_state(d->ssl);
  QHostAddress literal;
  if (!o.serverName.isEmpty() && !literal.setAddress(o.serverName)) {
    const QByteArray sni = o.serverName.toUtf8();
    // SSL_set_tlsext_host_name() is a macro with a C cast inside (-Wold-style-cast); this is what it expands to.
    SSL_ctrl(d->ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char *>(sni.constData()));
  }

  for (;;) {
    ERR_clear_error();
    const int rc = SSL_do_handshake(d->ssl);
    const int err = rc == 1 ? SSL_ERROR_NONE : SSL_get_error(d->ssl, rc);
    const QString reason = rc == 1 ? QString() : lastOpenSslError();
    // Send what the handshake produced (the ClientHello, or an alert we raise) before judging.
    const IoStatus sent = d->flush(token, left());
    if (rc == 1) break;
    if (err == SSL_ERROR_WANT_READ && sent == IoStatus::Ok) {
      const IoStatus got = d->feed(token, left());
      if (got == IoStatus::Ok || got == IoStatus::Closed) continue;  // on Closed OpenSSL reports EOF next round
      if (got == IoStatus::Timeout) return fail(PeerReply::Timeout, u"no answer to the TLS handshake in time"_s);
      if (got == IoStatus::Cancelled) return fail(PeerReply::Cancelled, u"cancelled"_s);
    }
    // A definite failure: tell what the peer did.
    QString why = reason;
    if (why.isEmpty() && d->peerReset) why = u"connection reset by the server"_s;
    if (why.isEmpty() && d->peerClosed) why = u"the server closed the connection"_s;
    if (why.isEmpty()) why = u"TLS handshake failed"_s;
    if (looksLikeMcsDisconnect(d->firstBytes)) return fail(PeerReply::McsDisconnect, why);
    if (!d->alert.isEmpty()) return fail(PeerReply::Alert, why);
    if (!d->firstBytes.isEmpty() && quint8(d->firstBytes[0]) != 0x16 && quint8(d->firstBytes[0]) != 0x15)
      return fail(PeerReply::NotTls, why);
    if (d->peerReset) return fail(PeerReply::Reset, why);
    if (d->peerClosed) return fail(PeerReply::Closed, why);
    if (sent == IoStatus::Timeout) return fail(PeerReply::Timeout, why);
    if (sent == IoStatus::Cancelled) return fail(PeerReply::Cancelled, why);
    return fail(PeerReply::LocalError, why);
  }

  out.ok = true;
  out.peer = PeerReply::None;
  out.firstBytes = d->firstBytes;
  describeSession(d->ssl, o.verifyChain, out);
  out.elapsedMs = t.elapsed();
  return out;
}

IoStatus TlsClient::write(const QByteArray &plain, const CancelToken &token, int timeoutMs) {
  if (!d->ssl) return IoStatus::Error;
  ERR_clear_error();
  if (SSL_write(d->ssl, plain.constData(), int(plain.size())) <= 0) {
    ERR_clear_error();
    return IoStatus::Error;
  }
  return d->flush(token, timeoutMs);
}

RecvResult TlsClient::read(int maxBytes, const CancelToken &token, int timeoutMs) {
  RecvResult r;
  if (!d->ssl) return r;
  QElapsedTimer t;
  t.start();
  QByteArray buf(maxBytes, Qt::Uninitialized);
  for (;;) {
    ERR_clear_error();
    const int n = SSL_read(d->ssl, buf.data(), maxBytes);
    if (n > 0) {
      buf.resize(n);
      r.data = buf;
      r.status = IoStatus::Ok;
      return r;
    }
    const int err = SSL_get_error(d->ssl, n);
    ERR_clear_error();
    d->flush(token, qMax(0, timeoutMs - int(t.elapsed())));  // TLS 1.3 may answer key updates
    if (err == SSL_ERROR_ZERO_RETURN) { r.status = IoStatus::Closed; return r; }
    if (err != SSL_ERROR_WANT_READ) {
      r.status = d->peerReset ? IoStatus::Reset : d->peerClosed ? IoStatus::Closed : IoStatus::Error;
      return r;
    }
    const IoStatus got = d->feed(token, qMax(0, timeoutMs - int(t.elapsed())));
    if (got != IoStatus::Ok && got != IoStatus::Closed) { r.status = got; return r; }
  }
}

}  // namespace rdpd::tls
