#include "wizard/evidence_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "checks/guest/evidence_import.h"
#include "checks/guest/local_collector.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

// Read-only view of the script, so a careful administrator can read what will run before running it.
class ScriptDialog final : public QDialog {
 public:
  explicit ScriptDialog(QWidget *parent) : QDialog(parent) {
    setObjectName(u"scriptViewDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(QCoreApplication::translate("EvidencePanel", "The evidence collector script (read only)"));
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(u"scriptView"_s);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(EvidencePanel::scriptText());
    text->setAccessibleName(QCoreApplication::translate("EvidencePanel", "Text of the evidence collector script"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(820, 600);
  }
};

}  // namespace

EvidencePanel::EvidencePanel(QWidget *parent) : QGroupBox(parent) {
  setObjectName(u"evidencePanel"_s);
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_intro->setTextFormat(Qt::PlainText);

  m_commandLabel = new QLabel(this);
  m_command = new QLineEdit(oneLineCommand(), this);
  m_command->setObjectName(u"evidenceCommandEdit"_s);
  m_command->setReadOnly(true);
  m_command->setMinimumWidth(80);
  m_command->setCursorPosition(0);  // show the start: "powershell ..."
  m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  m_commandLabel->setBuddy(m_command);
  m_copyCommand = new QPushButton(this);
  m_copyCommand->setObjectName(u"copyCommandButton"_s);
  m_copyScript = new QPushButton(this);
  m_copyScript->setObjectName(u"copyScriptButton"_s);
  m_viewScript = new QPushButton(this);
  m_viewScript->setObjectName(u"viewScriptButton"_s);

  m_resultLabel = new QLabel(this);
  m_resultLabel->setWordWrap(true);
  m_openFile = new QPushButton(this);
  m_openFile->setObjectName(u"evidenceFileButton"_s);
  m_pasteLabel = new QLabel(this);
  m_paste = new QPlainTextEdit(this);
  m_paste->setObjectName(u"evidencePasteEdit"_s);
  m_paste->setTabChangesFocus(true);
  m_paste->setMaximumHeight(80);
  m_pasteLabel->setBuddy(m_paste);
  m_codeLabel = new QLabel(this);
  m_code = new QLineEdit(this);
  m_code->setObjectName(u"evidenceCodeEdit"_s);
  m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  m_code->setMaxLength(200);
  m_codeLabel->setBuddy(m_code);
  m_import = new QPushButton(this);
  m_import->setObjectName(u"evidenceImportButton"_s);
  m_status = new QLabel(this);
  m_status->setObjectName(u"evidenceStatusLabel"_s);
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::PlainText);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_local = new guest::LocalCollector(this);
  m_localLabel = new QLabel(this);
  m_localLabel->setWordWrap(true);
  m_checkHere = new QPushButton(this);
  m_checkHere->setObjectName(u"checkThisComputerButton"_s);
  for (QPushButton *b : {m_copyCommand, m_copyScript, m_viewScript, m_openFile, m_import, m_checkHere}) b->setAutoDefault(false);
  connect(m_checkHere, &QPushButton::clicked, this, &EvidencePanel::checkThisComputer);
  connect(m_local, &guest::LocalCollector::finished, this, &EvidencePanel::onLocalFinished);

  connect(m_copyCommand, &QPushButton::clicked, this, [this] {
    QGuiApplication::clipboard()->setText(oneLineCommand());
    setStatus(tr("The command is on the clipboard."), false);
  });
  connect(m_copyScript, &QPushButton::clicked, this, [this] {
    QGuiApplication::clipboard()->setText(scriptText());
    setStatus(tr("The script is on the clipboard."), false);
  });
  connect(m_viewScript, &QPushButton::clicked, this, &EvidencePanel::viewScript);
  connect(m_openFile, &QPushButton::clicked, this, &EvidencePanel::openFileDialog);
  connect(m_import, &QPushButton::clicked, this, &EvidencePanel::importTyped);
  connect(m_code, &QLineEdit::returnPressed, this, &EvidencePanel::importTyped);

  auto *commandRow = new QHBoxLayout;
  commandRow->addWidget(m_command, 1);
  commandRow->addWidget(m_copyCommand);
  auto *scriptRow = new QHBoxLayout;
  scriptRow->addWidget(m_copyScript);
  scriptRow->addWidget(m_viewScript);
  scriptRow->addStretch(1);
  auto *codeRow = new QHBoxLayout;
  codeRow->addWidget(m_code, 1);
  codeRow->addWidget(m_import);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addWidget(m_commandLabel);
  layout->addLayout(commandRow);
  layout->addLayout(scriptRow);
  layout->addWidget(m_resultLabel);
  layout->addWidget(m_openFile, 0, Qt::AlignLeft);
  layout->addWidget(m_pasteLabel);
  layout->addWidget(m_paste);
  layout->addWidget(m_codeLabel);
  layout->addLayout(codeRow);
  layout->addWidget(m_localLabel);
  layout->addWidget(m_checkHere, 0, Qt::AlignLeft);
  layout->addWidget(m_status);
  layout->addStretch(1);
  retranslate();
  refreshLocalCheck();
}

void EvidencePanel::refreshLocalCheck() {
  const bool available = m_local->isAvailable();
  m_localLabel->setVisible(available);
  m_checkHere->setVisible(available);
}

void EvidencePanel::checkThisComputer() {
  if (m_local->isRunning()) {
    m_local->cancel();
    return;
  }
  m_local->start();
  if (!m_local->isRunning()) return;  // it reports why through finished()
  m_checkHere->setText(tr("Stop checking this computer"));
  setStatus(tr("Reading the facts of this computer. This can take a minute or two."), false);
}

void EvidencePanel::onLocalFinished(const guest::LocalCollectResult &r) {
  m_checkHere->setText(tr("Check this &computer"));
  m_status->setToolTip(r.detail);  // what the script printed on errors: one hover away
  if (r.ok()) {
    apply(r.import, false);
    return;
  }
  setStatus(r.message, true);
}

QString EvidencePanel::oneLineCommand() {
  return u"powershell -ExecutionPolicy Bypass -File .\\collect-rdp-evidence.ps1 -Account Administrator"_s;
}

QString EvidencePanel::scriptText() {
  QFile f(u":/collector/collect-rdp-evidence.ps1"_s);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

void EvidencePanel::importTyped() {
  if (!m_paste->toPlainText().trimmed().isEmpty()) {
    apply(guest::EvidenceImport::fromText(m_paste->toPlainText()), false);
  } else {
    apply(guest::EvidenceImport::fromCode(m_code->text()), true);
  }
}

void EvidencePanel::importFile(const QString &path) { apply(guest::EvidenceImport::fromFile(path), false); }

void EvidencePanel::openFileDialog() {
  auto *dlg = new QFileDialog(this, tr("Open the evidence file"), QString(),
                              tr("Evidence (*.json *.txt);;All files (*)"));
  dlg->setObjectName(u"evidenceFileDialog"_s);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->setFileMode(QFileDialog::ExistingFile);
  connect(dlg, &QFileDialog::fileSelected, this, &EvidencePanel::importFile);
  dlg->open();  // no nested event loop
}

void EvidencePanel::viewScript() {
  auto *dlg = new ScriptDialog(this);
  dlg->open();
}

void EvidencePanel::apply(const guest::ImportResult &r, bool fromCode) {
  if (!r.ok()) {
    // Evidence already in use stays in use: only the message changes.
    setStatus(r.message, true);
    if (fromCode && r.position >= 0 && r.position < m_code->text().size()) {
      m_code->setFocus();
      m_code->setSelection(int(r.position), 1);
    }
    return;
  }
  m_accepted = r.evidence;
  m_paste->clear();
  m_code->clear();
  showAccepted(r.evidence);
  emit evidenceImported(r.evidence);
}

void EvidencePanel::showAccepted(const std::shared_ptr<const guest::GuestEvidence> &ev) {
  m_accepted = ev;
  if (!ev) return;
  if (ev->source == guest::GuestEvidence::Source::Code) {
    setStatus(tr("The code was accepted. The checks inside the server are running; their findings appear on their "
                 "steps and in the summary."), false);
  } else if (!ev->collectedAt.isEmpty()) {
    setStatus(tr("The evidence collected at %1 was accepted. The checks inside the server are running; their "
                 "findings appear on their steps and in the summary.").arg(ev->collectedAt), false);
  } else {
    setStatus(tr("The evidence was accepted. The checks inside the server are running; their findings appear on "
                 "their steps and in the summary."), false);
  }
}

void EvidencePanel::setStatus(const QString &text, bool error) {
  m_status->setText(error ? tr("Not accepted: %1").arg(text) : text);
  m_status->setProperty("error", error);
  m_status->setAccessibleName(m_status->text());
  QFont f = m_status->font();
  f.setBold(error);
  m_status->setFont(f);
}

void EvidencePanel::retranslate() {
  setTitle(tr("Collect evidence from the server"));
  m_intro->setText(tr("Some causes can only be seen inside the server. RDP Doctor's script reads them (it changes "
                      "nothing and never reads a password). Run it in one of three ways: in the cloud console's VNC "
                      "terminal, open PowerShell as Administrator and run the command below; or paste the whole "
                      "script into the cloud's run-command feature (Alibaba Cloud Assistant, AWS Systems Manager Run "
                      "Command, Azure Run Command); or copy the script to the server as a file. You can read it "
                      "first."));
  m_commandLabel->setText(tr("Co&mmand for the server's PowerShell:"));
  m_command->setAccessibleName(tr("Command to run the script on the server"));
  m_copyCommand->setText(tr("Copy the command"));
  m_copyCommand->setAccessibleName(tr("Copy the command to the clipboard"));
  m_copyScript->setText(tr("Copy the &script"));
  m_copyScript->setAccessibleName(tr("Copy the whole script to the clipboard"));
  m_viewScript->setText(tr("&View the script first…"));
  m_viewScript->setAccessibleName(tr("Read the script before running it"));
  m_resultLabel->setText(tr("Then give RDP Doctor what the script produced: the file it saved, its output, or the "
                            "short code it printed last (for a console you cannot copy from)."));
  m_openFile->setText(tr("Open the evidence &file…"));
  m_openFile->setAccessibleName(tr("Open the evidence file the script saved"));
  m_pasteLabel->setText(tr("Or paste the script's out&put:"));
  m_paste->setAccessibleName(tr("Paste the script's output here"));
  m_paste->setPlaceholderText(tr("Paste everything the script printed; text around it does not matter."));
  m_codeLabel->setText(tr("Or t&ype the code (R1-…):"));
  m_code->setAccessibleName(tr("The code the script printed"));
  m_code->setPlaceholderText(u"R1-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XX"_s);
  m_import->setText(tr("&Use this evidence"));
  m_import->setAccessibleName(tr("Use the pasted output or the typed code"));
  m_localLabel->setText(tr("Is this computer the server itself (for example, you are in its console)? Then RDP "
                           "Doctor can run the script here for you; it needs to run as Administrator to see "
                           "everything."));
  m_checkHere->setText(m_local->isRunning() ? tr("Stop checking this computer") : tr("Check this &computer"));
  m_checkHere->setAccessibleName(tr("Run the script on this computer and use its result"));
  if (m_accepted) showAccepted(m_accepted);
}

void EvidencePanel::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
