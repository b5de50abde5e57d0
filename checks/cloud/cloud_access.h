#pragma once
// The cloud side as the wizard lives it (no Widgets, so tests drive it directly): what the user said about the
// instance (instance id, region, this computer's public IP), the aliyun CLI JSON given on the no-key path (through
// the same importer as `--cloud-json`), and the read with an AccessKey (CloudFetch: asynchronous, cancellable, no
// nested event loop). It holds the one CloudEvidence that goes into the diagnosis and announces when it changes.
// It never writes a secret anywhere: typed credentials live in the API client in memory only — for one read, and
// after a read that worked, for the actions of steps 1 and 11 (actionClient()) until the cloud data is forgotten,
// replaced or the window closes. The training lab's pretend cloud (useLab) is read with its lab-only key only, and
// what the lab brought goes again with leaveLab().

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

#include "checks/cloud/action_plan.h"
#include "checks/cloud/api_client.h"
#include "checks/cloud/cloud_evidence.h"
#include "checks/cloud/credentials.h"
#include "checks/cloud/key_store.h"

namespace rdpd::cloud {

struct CloudFetchResult;

struct CloudSettings {
  QString instanceId;
  QString regionId;
  QString publicIp;  // this computer's public address as the server sees it
  bool operator==(const CloudSettings &) const = default;
};

// A translated sentence when ip is given but is not an IP address, else empty.
QString publicIpProblem(const QString &ip);
// The profile names in the aliyun CLI's config.json (the file's current one first); none when it cannot be read.
QStringList aliyunProfileNames(const QString &configPath);

class CloudAccess final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudAccess)

 public:
  explicit CloudAccess(QObject *parent = nullptr);
  ~CloudAccess() override;

  const CloudSettings &settings() const { return m_settings; }
  // Applies to the evidence at once (a corrected public IP re-judges the security groups).
  void setSettings(const CloudSettings &s);
  // The server's address as typed on the start page: the key path looks the instance up by it.
  void setAddress(const QString &host) { m_address = host; }
  QString address() const { return m_address; }

  // The no-key path. Each returns an empty string when taken, else the importer's sentence (nothing changes then:
  // all or nothing). Documents add to what was imported before; a later one about the same instance or group wins.
  QString importFiles(const QStringList &paths);
  QString importText(const QString &text);
  // Forgets every cloud document (imported or read).
  void forget();

  // The key path. Tests point it at the mock (endpoint) and at their own config file and environment.
  void setApiConfig(const ApiClientConfig &config) { m_config = config; }
  void setApiSeams(const ApiSeams &seams) { m_seams = seams; }
  void setCredentialSources(const CredentialSources &sources) { m_sources = sources; }
  const ApiClientConfig &apiConfig() const { return m_config; }
  // Where profiles and environment variables are read (the system's unless a test set them).
  CredentialSources credentialSources(const QString &profileName) const;
  // Starts reading with these credentials; returns a translated sentence when it cannot start. remember: once the
  // read succeeded, the key goes into the key store (keyRemembered() says how that went). While the lab is in use
  // only the lab's key is taken, and never remembered.
  QString startRead(const Credentials &credentials, bool remember = false);
  // The system keychain (null: none offered). Tests give a MemoryKeyStore.
  void setKeyStore(std::shared_ptr<KeyStore> store) { m_store = std::move(store); }
  bool canRemember() const { return m_store != nullptr; }
  // Reads with the key remembered in the key store; what goes wrong arrives as readFinished(false, …).
  void startReadWithRememberedKey();
  void forgetRememberedKey();
  // Loads the profile (empty: the current one, or the environment variables) and starts reading.
  QString startReadWithProfile(const QString &profileName);
  // Stops a read in progress; the evidence stays as it was. readFinished(false, …) says so.
  void cancelRead();
  bool isReading() const { return m_client != nullptr; }

  // The evidence for the diagnosis (null when none), with the settings applied.
  std::shared_ptr<const CloudEvidence> evidence() const { return m_evidence; }
  // "file: kind" of each document in use.
  QStringList documents() const { return m_base ? m_base->documents : QStringList(); }
  bool fromApi() const { return m_base && m_base->source == CloudEvidence::Source::Api; }

  // The training lab (the wizard's lab panel): reads the lab's pretend cloud at endpoint with its lab-only key, for
  // the lab's address, judging the security groups for publicIp (instance and region found by the address). What
  // the user had is put aside first: the settings, the endpoint and imported documents (data read with a key goes:
  // it describes a real instance, and its key goes with it). Returns a translated sentence when the read cannot
  // start. Called again (another scenario), it reads the new pretend cloud and keeps what was put aside.
  QString useLab(const QUrl &endpoint, const Credentials &key, const QString &publicIp, const QString &address);
  // Reads the lab's pretend cloud again with the lab key (the key box's Read while the lab is in use).
  QString rereadLab();
  // Drops everything the lab brought (its cloud data, endpoint and key; a read or action on it stops) and gives
  // back what was put aside. Nothing happens when the lab is not in use.
  void leaveLab();
  bool isLab() const { return m_lab.has_value(); }
  QUrl labEndpoint() const { return m_lab ? m_lab->endpoint : QUrl(); }

  // The actions (action_plan.h). The client of the last read that worked, kept for them (null: no key read in use).
  // It is deleted when the data read with it goes (forget, an import, a later read that worked); whatever runs on
  // it should be its child, so it goes with it.
  ApiClient *actionClient() const { return m_actionClient; }
  // The instance the key read found (the one the settings name, or the only one); none when not known.
  std::optional<ActionTarget> actionTarget() const;
  // Whether Cloud Assistant was online on that instance when read (none: not read).
  std::optional<bool> assistantOnline() const;

 signals:
  void evidenceChanged();
  void settingsChanged();
  void readingChanged(bool reading);
  // message: translated, empty on success; warnings: parts that could not be read, a clock off by minutes.
  void readFinished(bool ok, const QString &message, const QStringList &warnings);
  // The key store's answer to remembering or forgetting the key (message translated).
  void keyStoreDone(bool ok, const QString &message);
  // The lab's pretend cloud came into use (true) or went (false).
  void labChanged(bool inUse);

 private:
  void onRead(quint64 generation, const CloudFetchResult &r);
  void publish();
  void dropActionClient();

  struct LabUse {
    QUrl endpoint;
    Credentials key;
    // What the user had before the lab, given back by leaveLab().
    CloudSettings userSettings;
    ApiClientConfig userConfig;
    QString userAddress;
    std::shared_ptr<CloudEvidence> userImport;  // imported documents only
  };

  CloudSettings m_settings;
  QString m_address;
  std::shared_ptr<CloudEvidence> m_base;  // as imported or read, before the settings are applied
  std::shared_ptr<const CloudEvidence> m_evidence;
  ApiClientConfig m_config;
  ApiSeams m_seams;
  std::optional<CredentialSources> m_sources;
  std::shared_ptr<KeyStore> m_store;
  ApiClient *m_client = nullptr;  // while a read runs
  ApiClient *m_actionClient = nullptr;
  std::optional<LabUse> m_lab;
  bool m_remember = false;  // for the read in progress
  quint64 m_generation = 0;
};

}  // namespace rdpd::cloud
