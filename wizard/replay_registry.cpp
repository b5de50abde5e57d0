#include "wizard/replay_registry.h"

namespace rdpd {

namespace {

CheckInfo replayInfo(CheckInfo i) {
  i.dependsOn.clear();  // every result is already known
  i.automatic = true;
  i.timeoutMs = 1000;
  return i;
}

class ReplayCheck final : public Check {
 public:
  ReplayCheck(const Check *real, CheckResult saved)
      : Check(replayInfo(real->info())), m_real(real), m_saved(std::move(saved)) {}
  QString title() const override { return m_real->title(); }
  CheckResult run(const CheckContext &) const override { return m_saved; }
  QString summarize(const CheckResult &r) const override { return m_real->summarize(r); }
  QString explain(const CheckResult &r) const override { return m_real->explain(r); }

 private:
  const Check *m_real;
  const CheckResult m_saved;
};

}  // namespace

std::shared_ptr<const CheckRegistry> makeReplayRegistry(const QHash<QString, CheckResult> &results,
                                                        const CheckRegistry &real) {
  CheckList replays;
  for (const Check *c : real.all()) {
    auto it = results.constFind(c->info().id);
    if (it == results.constEnd()) continue;
    replays.push_back(std::make_shared<ReplayCheck>(c, it.value()));
  }
  // The real pages; ids without a saved result are left out of them.
  return std::make_shared<CheckRegistry>(CheckRegistry::fromPages(std::move(replays), real.pages()));
}

}  // namespace rdpd
