#pragma once
// "Try to connect now": a button that opens the Windows Remote Desktop client (mstsc) for the session's target
// (checks/target/mstsc_launcher). It is shown on Windows only; elsewhere it stays hidden. The outcome goes to the
// status callback the page gives it.

#include <QPushButton>

#include <functional>

namespace rdpd {

class Diagnosis;

class MstscButton final : public QPushButton {
  Q_OBJECT
 public:
  // status(text, isError) shows the outcome on the page (e.g. the summary page's action line); may be empty.
  MstscButton(const Diagnosis *session, QWidget *parent, std::function<void(const QString &, bool)> status = {});

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void launch();
  const Diagnosis *m_session;
  std::function<void(const QString &, bool)> m_status;
};

}  // namespace rdpd
