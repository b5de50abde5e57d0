// cloud.screenshot (step 1): was the console screenshot taken (CloudFetch reads it while the instance is Running)?
// The check passes with the time it was taken and the picture's size; the picture itself stays in the cloud
// evidence for the GUI to show (reports carry only its facts). It skips with the reason when there is none.
#include <QCoreApplication>

#include "checks/cloud/cloud_check.h"
#include "checks/cloud/cloud_judge.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

CheckResult judgeScreenshot(const CloudEvidence &e, const Target &t) {
  const auto skipped = [](const QString &reason, Findings extra = {}) {
    extra.insert(u"reason"_s, reason);
    return makeResult(Status::Skipped, extra);
  };
  const InstancePick pick = pickInstance(e, t);
  if (!pick.instance) return skipped(u"instance_not_found"_s, {{u"instances"_s, int(e.instances.size())}});
  const Findings where{{u"instance_id"_s, pick.instance->instanceId}, {u"region_id"_s, pick.instance->regionId}};
  if (e.source == CloudEvidence::Source::Import) return skipped(u"screenshot_needs_key"_s, where);
  if (pick.instance->status != u"Running"_s) {
    Findings f = where;
    f.insert(u"state"_s, pick.instance->status);
    return skipped(u"instance_not_running"_s, f);
  }
  if (!e.screenshot || !e.screenshot->ok()) {
    Findings f = where;
    f.insert(u"problem"_s, e.screenshot ? e.screenshot->problem : u"not_read"_s);
    if (e.screenshot) f.insert(u"detail"_s, e.screenshot->message);
    return skipped(u"screenshot_unreadable"_s, f);
  }
  Findings f = where;
  f.insert(u"taken_at"_s, e.screenshot->takenAtUtc.toString(Qt::ISODate));
  f.insert(u"format"_s, e.screenshot->format);
  f.insert(u"width"_s, e.screenshot->width);
  f.insert(u"height"_s, e.screenshot->height);
  f.insert(u"bytes"_s, int(e.screenshot->image.size()));
  return makeResult(Status::Pass, f);
}

QString summary(const CheckResult &r) {
  const auto ev = [&r](const char *key) { return r.findings.value(QString::fromLatin1(key)).toString(); };
  const QString reason = ev("reason");
  if (reason == u"screenshot_needs_key"_s)
    return QCoreApplication::translate("CloudChecks",
                                       "The console screenshot is only read with an AccessKey (--cloud alibaba without "
                                       "--cloud-json); without one, look at the console's VNC.");
  if (reason == u"instance_not_running"_s)
    return QCoreApplication::translate("CloudChecks", "No console screenshot: instance %1 is %2, not Running.")
        .arg(ev("instance_id"), ev("state"));
  if (reason == u"screenshot_unreadable"_s)
    return QCoreApplication::translate("CloudChecks", "The console screenshot could not be read: %1")
        .arg(ev("detail").isEmpty() ? ev("problem") : ev("detail"));
  if (r.status == Status::Skipped) return {};
  return QCoreApplication::translate("CloudChecks",
                                     "Console screenshot taken at %1 (%2×%3): it shows what Windows shows right now "
                                     "— a logon screen, \"Working on updates\" or a blue screen.")
      .arg(QDateTime::fromString(ev("taken_at"), Qt::ISODate).toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s),
           ev("width"), ev("height"));
}

}  // namespace

CloudCheckSpec consoleScreenshotSpec() {
  CloudCheckSpec s;
  s.id = "cloud.screenshot";
  s.step = 1;
  s.title = [] { return QCoreApplication::translate("CloudChecks", "What does the instance's console show?"); };
  s.evaluate = [](const CloudEvidence &e, const CheckContext &ctx) { return judgeScreenshot(e, ctx.target); };
  s.summarize = summary;
  s.summarizesSkips = true;
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate(
        "CloudChecks",
        "Open the console's VNC (ECS console > the instance > Connect > VNC) to see the screen yourself; "
        "rdp-doctor cloud screenshot HOST --cloud alibaba --out screen.jpg saves it to a file.");
  };
  return s;
}

}  // namespace rdpd::cloud
