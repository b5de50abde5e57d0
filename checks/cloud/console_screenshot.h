#pragma once
// The instance's console screenshot (ECS GetInstanceScreenshot: a Base64 JPEG of what the console's VNC would
// show): the fastest way to see a blue screen, "Working on updates" or a logon screen. The answer is outside bytes:
// decoded, capped in size and checked to be a JPEG or PNG by its header (width and height read from it) — never
// decoded as a picture here (checks/ has no image code); the GUI shows it. Read during CloudFetch when the
// instance is Running, or on its own with a plan and a consent (action_plan.h).

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>

#include "checks/cloud/action_plan.h"
#include "checks/cloud/api_client.h"
#include "checks/cloud/ecs_model.h"

namespace rdpd::cloud {

struct ImageHeader {
  QString format;  // empty: not a JPEG or PNG
  int width = 0;
  int height = 0;
};
// Reads the picture's type and size from its first bytes (JPEG SOFn marker, PNG IHDR). Pure; fuzzed.
ImageHeader readImageHeader(const QByteArray &bytes);

// The call for one instance (WakeUp=false: it never wakes a sleeping screen, so nothing changes).
ApiCall screenshotCall(const QString &instanceId, const QString &regionId);
// GetInstanceScreenshot's answer ({"Screenshot": "<Base64>", "InstanceId": …}) → the picture or a problem. Pure.
ConsoleScreenshot parseScreenshotAnswer(const QByteArray &json, const QDateTime &nowUtc);
// A screenshot that could not be taken, with the API's sentence.
ConsoleScreenshot screenshotFailure(const ApiOutcome &o, const QString &maskedKeyId);

// `rdp-doctor cloud screenshot`: one GetInstanceScreenshot after a consent.
class ScreenshotAction final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ScreenshotAction)

 public:
  explicit ScreenshotAction(ApiClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}
  // done runs once, later, on this object's thread. Without a consent for plan, nothing is sent and done gets a
  // problem "refused" with the reason.
  void start(const ActionPlan &plan, const ActionConsent &consent, std::function<void(ConsoleScreenshot)> done);

 private:
  ApiClient *m_client;
};

}  // namespace rdpd::cloud
