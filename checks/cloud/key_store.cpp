#include "checks/cloud/key_store.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

QByteArray packKey(const Credentials &key) { return key.accessKeyId.toUtf8() + '\n' + key.accessKeySecret.reveal(); }

std::optional<Credentials> unpackKey(const QByteArray &blob) {
  const qsizetype cut = blob.indexOf('\n');
  if (cut <= 0 || cut + 1 >= blob.size()) return std::nullopt;
  Credentials c;
  c.accessKeyId = QString::fromUtf8(blob.left(cut));
  c.accessKeySecret = Secret(blob.mid(cut + 1));
  c.source = u"system keychain"_s;
  return c;
}

void MemoryKeyStore::save(const Credentials &key, QObject *context, Done done) {
  m_key = unpackKey(packKey(key));
  QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

void MemoryKeyStore::load(QObject *context, Loaded done) {
  QTimer::singleShot(0, context, [key = m_key, done = std::move(done)] { done(key, {}); });
}

void MemoryKeyStore::remove(QObject *context, Done done) {
  m_key.reset();
  QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

}  // namespace rdpd::cloud
