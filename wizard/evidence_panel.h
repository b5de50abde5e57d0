#pragma once
// Step 1's panel "Collect evidence from the server": how to run the collector script inside the server (a one-line
// command for the VNC console or a cloud run-command feature, the script to copy, a read-only view of it first),
// then taking the result back by file, by paste or by the short typed code. A failed import shows the importer's
// message (which names the position) and changes nothing already shown; a good one is announced with
// evidenceImported() for the window to fold into the diagnosis.
// On Windows a fourth way is offered: "Check this computer" runs the same script here (guest::LocalCollector), for
// when RDP Doctor itself runs on the server, e.g. from its console session.

#include <QGroupBox>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rdpd {

namespace guest {
struct GuestEvidence;
struct ImportResult;
struct LocalCollectResult;
class LocalCollector;
}  // namespace guest

class EvidencePanel final : public QGroupBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EvidencePanel)

 public:
  explicit EvidencePanel(QWidget *parent = nullptr);

  // The command to paste into the server's PowerShell (as Administrator).
  static QString oneLineCommand();
  // The collector script as embedded in the binary.
  static QString scriptText();

  // Imports what the paste box holds, or else the typed code.
  void importTyped();
  // Imports a file (what the file dialog calls).
  void importFile(const QString &path);
  // The status line shown for evidence already in use (after a language switch, or evidence from the lab).
  void showAccepted(const std::shared_ptr<const guest::GuestEvidence> &ev);
  // "Check this computer": the collector that runs the script here. Shown only when it is available (Windows
  // PowerShell found); tests give it a stand-in interpreter and call refreshLocalCheck().
  guest::LocalCollector *localCollector() const { return m_local; }
  void refreshLocalCheck();
  void checkThisComputer();  // starts it, or stops it while it runs

 signals:
  void evidenceImported(std::shared_ptr<const rdpd::guest::GuestEvidence> evidence);

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void apply(const guest::ImportResult &r, bool fromCode);
  void openFileDialog();
  void viewScript();
  void setStatus(const QString &text, bool error);
  void onLocalFinished(const guest::LocalCollectResult &r);

  std::shared_ptr<const guest::GuestEvidence> m_accepted;
  QLabel *m_intro;
  QLabel *m_commandLabel;
  QLineEdit *m_command;
  QPushButton *m_copyCommand;
  QPushButton *m_copyScript;
  QPushButton *m_viewScript;
  QLabel *m_resultLabel;
  QPushButton *m_openFile;
  QLabel *m_pasteLabel;
  QPlainTextEdit *m_paste;
  QLabel *m_codeLabel;
  QLineEdit *m_code;
  QPushButton *m_import;
  QLabel *m_status;
  guest::LocalCollector *m_local;
  QLabel *m_localLabel;
  QPushButton *m_checkHere;
};

}  // namespace rdpd
