#include "wizard/replay_registry.h"

namespace rdpd {

namespace {

class ReplayCheck final : public Check {
 public:
  ReplayCheck(const Check *real, CheckResult saved) : m_real(real), m_saved(std::move(saved)) {}
  CheckInfo info() const override {
    CheckInfo i = m_real->info();
    i.dependsOn.clear();  // every result is already known
    i.automatic = true;
    i.timeoutMs = 1000;
    return i;
  }
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
  auto reg = std::make_shared<CheckRegistry>();
  for (const Check *c : real.all()) {
    auto it = results.constFind(c->info().id);
    if (it == results.constEnd()) continue;
    reg->add(std::make_shared<ReplayCheck>(c, it.value()));
  }
  return reg;
}

}  // namespace rdpd
