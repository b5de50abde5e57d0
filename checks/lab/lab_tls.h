#pragma once
// The lab server's TLS side: a certificate made at run time with OpenSSL (self-signed; key size, signature hash and
// validity as the scenario says, e.g. an expired SHA-1 one) and the server context that serves it. Weak keys and
// SHA-1 are allowed on purpose (security level 0): the lab must be able to show them.

#include <QString>

#include <memory>

#include "checks/lab/lab_scenario.h"

struct ssl_ctx_st;

namespace rdpd::lab {

// Owns an SSL_CTX; shared by all connection threads of one lab run (SSL_CTX is thread-safe once set up).
using ServerTlsContext = std::shared_ptr<ssl_ctx_st>;

// Makes the key and certificate and the server context. Returns null and sets *error on failure.
ServerTlsContext makeServerTlsContext(const CertificateSpec &spec, const QString &commonName, QString *error);

}  // namespace rdpd::lab
