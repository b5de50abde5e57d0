#include "checks/cloud/cloud_access.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <utility>

#include "checks/cloud/cloud_fetch.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

QString publicIpProblem(const QString &ip) {
  const QString t = ip.trimmed();
  // QHostAddress also takes shorthands ("198.51.100" = 198.51.0.100): a typo must not become another address.
  static const QRegularExpression dotted(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
  const bool wellFormed = t.contains(u':') || dotted.match(t).hasMatch();
  if (t.isEmpty() || (wellFormed && !QHostAddress(t).isNull())) return {};
  return QCoreApplication::translate("CloudAccess",
                                     "\"%1\" is not an IP address. Type this computer's public address as a "
                                     "\"what is my IP\" page shows it, e.g. 198.51.100.7.")
      .arg(t);
}

QStringList aliyunProfileNames(const QString &configPath) {
  QFile f(configPath);
  if (f.size() > 1024 * 1024 || !f.open(QIODevice::ReadOnly)) return {};
  const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
  const QString current = root.value(u"current"_s).toString();
  QStringList names;
  for (const QJsonValue v : root.value(u"profiles"_s).toArray()) {
    const QString name = v.toObject().value(u"name"_s).toString();
    if (name.isEmpty() || names.contains(name)) continue;
    if (name == current)
      names.prepend(name);
    else
      names.append(name);
  }
  return names;
}

CloudAccess::CloudAccess(QObject *parent) : QObject(parent), m_seams(ApiSeams::system()) {}

CloudAccess::~CloudAccess() {
  if (m_client) m_client->abortAll();  // the client is a child: deleted with this object, without callbacks
  dropActionClient();  // now, while this object is whole: whatever runs on it may still ask it something
}

void CloudAccess::dropActionClient() {
  if (!m_actionClient) return;
  m_actionClient->abortAll();
  delete std::exchange(m_actionClient, nullptr);  // with the actions running on it (its children)
}

std::optional<ActionTarget> CloudAccess::actionTarget() const {
  if (!m_actionClient || !m_evidence) return std::nullopt;
  const QList<Instance> &all = m_evidence->instances;
  for (const Instance &i : all) {
    if ((!m_settings.instanceId.isEmpty() && i.instanceId == m_settings.instanceId) ||
        (m_settings.instanceId.isEmpty() && all.size() == 1))
      return ActionTarget{i.instanceId, i.regionId, i.instanceName, i.status};
  }
  return std::nullopt;
}

std::optional<bool> CloudAccess::assistantOnline() const {
  const std::optional<ActionTarget> t = actionTarget();
  const AssistantStatus *a = t ? m_evidence->assistantFor(t->instanceId) : nullptr;
  return a ? a->online : std::nullopt;
}

void CloudAccess::setSettings(const CloudSettings &s) {
  CloudSettings trimmed{s.instanceId.trimmed(), s.regionId.trimmed(), s.publicIp.trimmed()};
  if (trimmed == m_settings) return;
  m_settings = trimmed;
  emit settingsChanged();
  if (m_base) publish();
}

QString CloudAccess::importFiles(const QStringList &paths) {
  if (paths.isEmpty()) return {};
  // The CLI's importer first (its sentences, its limits); then the same documents are added to what is in use.
  const CloudImport check = importCloudFiles(paths);
  if (!check.ok()) return check.message;
  auto next = m_base && !fromApi() ? std::make_shared<CloudEvidence>(*m_base) : std::make_shared<CloudEvidence>();
  for (const QString &path : paths) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
      return QCoreApplication::translate("CloudImport", "Cannot read %1: %2").arg(path, f.errorString());
    const QString problem = addCloudDocuments(*next, f.read(kMaxCloudJsonBytes + 1), QFileInfo(path).fileName());
    if (!problem.isEmpty()) return problem;
  }
  m_base = std::move(next);
  publish();
  return {};
}

QString CloudAccess::importText(const QString &text) {
  if (text.trimmed().isEmpty())
    return QCoreApplication::translate("CloudAccess",
                                       "Nothing was pasted. Paste the whole output of an aliyun command, from the "
                                       "first \"{\" to the last \"}\".");
  auto next = m_base && !fromApi() ? std::make_shared<CloudEvidence>(*m_base) : std::make_shared<CloudEvidence>();
  const QString name = QCoreApplication::translate("CloudAccess", "The pasted text");
  const QString problem = addCloudDocuments(*next, text.toUtf8(), name);
  if (!problem.isEmpty()) return problem;
  m_base = std::move(next);
  publish();
  return {};
}

void CloudAccess::forget() {
  cancelRead();
  if (!m_base) return;
  m_base.reset();
  publish();
}

void CloudAccess::publish() {
  if (!fromApi()) dropActionClient();
  if (!m_base) {
    m_evidence.reset();
  } else {
    auto e = std::make_shared<CloudEvidence>(*m_base);
    if (publicIpProblem(m_settings.publicIp).isEmpty()) e->clientPublicIp = m_settings.publicIp;
    noteLocalAddress(*e, m_address);  // the address typed on the start page may have changed since the read
    if (e->source == CloudEvidence::Source::Import || !m_settings.instanceId.isEmpty())
      e->instanceId = m_settings.instanceId;
    m_evidence = std::move(e);
  }
  emit evidenceChanged();
}

CredentialSources CloudAccess::credentialSources(const QString &profileName) const {
  CredentialSources s = m_sources ? *m_sources : CredentialSources::fromSystem();
  s.profileName = profileName;
  return s;
}

QString CloudAccess::startReadWithProfile(const QString &profileName) {
  const CredentialLoad load = loadCredentials(credentialSources(profileName));
  if (!load.credentials) return load.message();
  return startRead(*load.credentials);
}

QString CloudAccess::startRead(const Credentials &credentials, bool remember) {
  // The lab's endpoint is a pretend cloud on this computer: no other key is ever sent there.
  if (m_lab && credentials.accessKeyId != m_lab->key.accessKeyId)
    return QCoreApplication::translate("CloudAccess",
                                       "This is the training lab's pretend cloud: it is read with the lab's own key "
                                       "only. To use your key, enter your own server's address on the first page "
                                       "and start its diagnosis.");
  if (!credentials.isComplete())
    return QCoreApplication::translate("CloudAccess",
                                       "Type the AccessKey ID and the AccessKey secret, or choose an aliyun CLI "
                                       "profile.");
  if (const QString p = publicIpProblem(m_settings.publicIp); !p.isEmpty()) return p;
  CloudFetchRequest request;
  request.address = m_address;
  request.instanceId = m_settings.instanceId;
  request.regionId = m_settings.regionId;
  request.clientPublicIp = m_settings.publicIp;
  if (request.address.isEmpty() && request.instanceId.isEmpty())
    return QCoreApplication::translate("CloudAccess",
                                       "Enter the server's address on the first page, or the instance ID here, so "
                                       "RDP Doctor knows which instance to read.");
  if (const QString problem = fetchRequestProblem(request); !problem.isEmpty()) return problem;
  cancelRead();
  m_remember = remember && m_store && !m_lab;  // the lab key is never remembered
  m_client = new ApiClient(credentials, m_config, m_seams, this);
  auto *fetch = new CloudFetch(m_client, m_client);
  const quint64 generation = ++m_generation;
  QPointer<CloudAccess> self(this);
  spdlog::info("cloud: read started from the wizard ({})", credentials.source.toStdString());
  emit readingChanged(true);
  fetch->start(request, [self, generation](const CloudFetchResult &r) {
    if (self) self->onRead(generation, r);
  });
  return {};
}

void CloudAccess::onRead(quint64 generation, const CloudFetchResult &r) {
  if (generation != m_generation || !m_client) return;  // cancelled meanwhile
  ApiClient *client = std::exchange(m_client, nullptr);
  emit readingChanged(false);
  if (r.ok()) {
    if (m_actionClient) {  // the data read before goes: the client it was read with too (not now if it is this one)
      m_actionClient->abortAll();
      std::exchange(m_actionClient, nullptr)->deleteLater();
    }
    m_actionClient = client;  // kept for the actions, in memory only
    m_base = std::make_shared<CloudEvidence>(*r.evidence);
    publish();
  } else {
    client->deleteLater();  // not now: this call comes from inside it
  }
  if (r.ok() && m_remember) {  // only a key that worked is remembered
    m_store->save(client->credentials(), this, [this](const QString &error) {
      const QString done = QCoreApplication::translate("CloudAccess", "The key is remembered in the system keychain.");
      emit keyStoreDone(error.isEmpty(), error.isEmpty() ? done : error);
    });
  }
  m_remember = false;
  emit readFinished(r.ok(), r.message, r.warnings);
}

QString CloudAccess::useLab(const QUrl &endpoint, const Credentials &key, const QString &publicIp,
                            const QString &address) {
  cancelRead();  // a read of the user's cloud (or of the previous scenario's) is not wanted any more
  if (!m_lab) {
    LabUse saved;
    saved.userSettings = m_settings;
    saved.userConfig = m_config;
    saved.userAddress = m_address;
    if (m_base && !fromApi()) saved.userImport = m_base;
    m_lab = std::move(saved);
  }
  m_lab->endpoint = endpoint;
  m_lab->key = key;
  m_config = m_lab->userConfig;
  m_config.endpointOverride = endpoint;
  m_address = address;
  m_base.reset();
  publish();  // no data until the pretend cloud is read; the key read before goes with its data
  m_settings = CloudSettings{QString(), QString(), publicIp.trimmed()};
  emit settingsChanged();
  spdlog::info("cloud: the training lab's pretend cloud is in use");
  emit labChanged(true);
  return startRead(key);
}

QString CloudAccess::rereadLab() {
  if (!m_lab) return {};
  return startRead(m_lab->key);
}

void CloudAccess::leaveLab() {
  if (!m_lab) return;
  cancelRead();
  LabUse saved = std::move(*m_lab);
  m_lab.reset();
  m_config = saved.userConfig;
  m_address = saved.userAddress;
  m_settings = saved.userSettings;
  m_base = saved.userImport;
  publish();  // drops the lab's key client (and an action running on it) and its data
  emit settingsChanged();
  spdlog::info("cloud: the training lab's pretend cloud is no longer in use");
  emit labChanged(false);
}

void CloudAccess::startReadWithRememberedKey() {
  if (!m_store || isReading()) return;
  m_store->load(this, [this](const std::optional<Credentials> &key, const QString &error) {
    QString problem = error;
    if (problem.isEmpty() && !key)
      problem = QCoreApplication::translate("CloudAccess",
                                            "No key is remembered in the system keychain. Type one and tick "
                                            "\"Remember\", or choose a profile.");
    if (problem.isEmpty()) problem = startRead(*key);
    if (!problem.isEmpty()) emit readFinished(false, problem, {});
  });
}

void CloudAccess::forgetRememberedKey() {
  if (!m_store) return;
  m_store->remove(this, [this](const QString &error) {
    emit keyStoreDone(error.isEmpty(),
                      error.isEmpty() ? QCoreApplication::translate(
                                            "CloudAccess", "The remembered key was removed from the system keychain.")
                                      : error);
  });
}

void CloudAccess::cancelRead() {
  if (!m_client) return;
  ++m_generation;
  m_client->abortAll();
  m_client->deleteLater();
  m_client = nullptr;
  spdlog::info("cloud: read cancelled");
  emit readingChanged(false);
  emit readFinished(false,
                    QCoreApplication::translate("CloudAccess",
                                                "Cancelled. Nothing was read; the cloud data in use "
                                                "(if any) stays."),
                    {});
}

}  // namespace rdpd::cloud
