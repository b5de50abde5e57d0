#include "wizard/cloud_import_box.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "checks/cloud/cloud_access.h"

using namespace Qt::StringLiterals;

namespace rdpd {

CloudImportBox::CloudImportBox(cloud::CloudAccess *access, QWidget *parent) : QGroupBox(parent), m_access(access) {
  setObjectName(u"cloudImportBox"_s);
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_console = new QLabel(this);
  m_console->setObjectName(u"cloudConsolePath"_s);
  m_console->setWordWrap(true);
  m_console->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_commandRows = new QVBoxLayout;
  m_openFiles = new QPushButton(this);
  m_openFiles->setObjectName(u"cloudImportFilesButton"_s);
  m_pasteLabel = new QLabel(this);
  m_pasteLabel->setWordWrap(true);
  m_paste = new QPlainTextEdit(this);
  m_paste->setObjectName(u"cloudPasteEdit"_s);
  m_paste->setTabChangesFocus(true);
  m_paste->setMaximumHeight(90);
  m_pasteLabel->setBuddy(m_paste);
  m_usePaste = new QPushButton(this);
  m_usePaste->setObjectName(u"cloudUsePasteButton"_s);
  m_forget = new QPushButton(this);
  m_forget->setObjectName(u"cloudForgetButton"_s);
  m_status = new QLabel(this);
  m_status->setObjectName(u"cloudImportStatus"_s);
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::PlainText);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  for (QPushButton *b : {m_openFiles, m_usePaste, m_forget}) b->setAutoDefault(false);
  connect(m_openFiles, &QPushButton::clicked, this, &CloudImportBox::openFileDialog);
  connect(m_usePaste, &QPushButton::clicked, this, &CloudImportBox::importPasted);
  connect(m_forget, &QPushButton::clicked, this, [this] {
    m_access->forget();
    setStatus(tr("The cloud data was forgotten; the cloud checks are skipped again."), false);
  });

  auto *pasteButtons = new QHBoxLayout;
  pasteButtons->addWidget(m_usePaste);
  pasteButtons->addWidget(m_forget);
  pasteButtons->addStretch(1);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addWidget(m_console);
  layout->addLayout(m_commandRows);
  layout->addWidget(m_openFiles, 0, Qt::AlignLeft);
  layout->addWidget(m_pasteLabel);
  layout->addWidget(m_paste);
  layout->addLayout(pasteButtons);
  layout->addWidget(m_status);
  // The commands name what is known: refill them when the settings or the documents change.
  connect(m_access, &cloud::CloudAccess::settingsChanged, this, &CloudImportBox::rebuildCommands);
  connect(m_access, &cloud::CloudAccess::evidenceChanged, this, &CloudImportBox::rebuildCommands);
  retranslate();
}

QStringList CloudImportBox::commands() const {
  const cloud::CloudSettings &s = m_access->settings();
  QString region = s.regionId, instance = s.instanceId;
  QStringList groups;
  if (const auto e = m_access->evidence(); e && e->instances.size() == 1) {
    const cloud::Instance &i = e->instances.first();
    if (region.isEmpty()) region = i.regionId;
    if (instance.isEmpty()) instance = i.instanceId;
    groups = i.securityGroupIds;
  }
  return cloud::aliyunCommandsFor(region, instance, groups);
}

void CloudImportBox::rebuildCommands() {
  const QStringList now = commands();
  if (now == m_shownCommands) return;
  m_shownCommands = now;
  while (QLayoutItem *item = m_commandRows->takeAt(0)) {
    if (QLayout *row = item->layout()) {
      while (QLayoutItem *w = row->takeAt(0)) {
        delete w->widget();
        delete w;
      }
    }
    delete item;
  }
  for (int i = 0; i < now.size(); ++i) {
    auto *line = new QLineEdit(now[i], this);
    line->setObjectName(u"cloudCommand%1"_s.arg(i));
    line->setReadOnly(true);
    line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    line->setCursorPosition(0);
    line->setMinimumWidth(80);
    line->setAccessibleName(tr("aliyun command %1").arg(i + 1));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(u"cloudCopyCommand%1"_s.arg(i));
    copy->setAutoDefault(false);
    copy->setAccessibleName(tr("Copy aliyun command %1 to the clipboard").arg(i + 1));
    connect(copy, &QPushButton::clicked, this, [this, text = now[i]] {
      QGuiApplication::clipboard()->setText(text);
      setStatus(tr("The command is on the clipboard."), false);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(line, 1);
    row->addWidget(copy);
    m_commandRows->addLayout(row);
  }
}

void CloudImportBox::openFileDialog() {
  auto *dlg =
      new QFileDialog(this, tr("Open the aliyun commands' JSON output"), QString(), tr("JSON (*.json);;All files (*)"));
  dlg->setObjectName(u"cloudFileDialog"_s);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->setFileMode(QFileDialog::ExistingFiles);
  connect(dlg, &QFileDialog::filesSelected, this, &CloudImportBox::importFiles);
  dlg->open();  // no nested event loop
}

void CloudImportBox::importFiles(const QStringList &paths) {
  const QString problem = m_access->importFiles(paths);
  if (!problem.isEmpty()) return setStatus(problem, true);
  setStatus(tr("Taken: %1 file(s). The cloud checks run again with them; %2 document(s) in use.")
                .arg(paths.size())
                .arg(m_access->documents().size()),
            false);
}

void CloudImportBox::importPasted() {
  const QString problem = m_access->importText(m_paste->toPlainText());
  if (!problem.isEmpty()) return setStatus(problem, true);  // the pasted text stays for the user to fix
  m_paste->clear();
  setStatus(tr("Taken. The cloud checks run again with it; %1 document(s) in use.").arg(m_access->documents().size()),
            false);
}

void CloudImportBox::setStatus(const QString &text, bool error) {
  m_status->setText(error ? tr("Not taken: %1").arg(text) : text);
  m_status->setProperty("error", error);
  m_status->setAccessibleName(m_status->text());
  QFont f = m_status->font();
  f.setBold(error);
  m_status->setFont(f);
}

void CloudImportBox::retranslate() {
  setTitle(tr("Without a key: the aliyun commands' output"));
  m_intro->setText(
      tr("Someone who can sign in to the Alibaba Cloud console runs these read-only commands (they "
         "change nothing) and gives you what they print. Cloud Shell in the console (the >_ icon in "
         "the top bar) has the aliyun command ready. Run one DescribeSecurityGroupAttribute per "
         "security group of the instance; name the monitoring output after its metric, e.g. "
         "CPUUtilization.json."));
  m_console->setText(
      tr("To look without commands: ECS console > Instances > the instance: its status (step 1), "
         "Security Groups > Inbound rules (step 3), the public bandwidth under Configuration "
         "(step 6), Monitoring for the CPU."));
  m_openFiles->setText(tr("Import JSON &files…"));
  m_openFiles->setAccessibleName(tr("Import the JSON files the aliyun commands saved (several at once)"));
  m_pasteLabel->setText(tr("Or paste the &JSON output (one or several commands' output, one after the other):"));
  m_paste->setAccessibleName(tr("Paste the aliyun commands' JSON output here"));
  m_paste->setPlaceholderText(u"{ \"InstanceId\": \"i-…\", \"Status\": \"Running\", … }"_s);
  m_usePaste->setText(tr("Use the pasted JSON"));
  m_forget->setText(tr("Forget the cloud data"));
  m_forget->setAccessibleName(tr("Forget every cloud document and read"));
  m_shownCommands.clear();  // the copy buttons' words
  rebuildCommands();
}

void CloudImportBox::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
