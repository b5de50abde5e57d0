#pragma once
// The cloud panel's no-key path: where to look in the console, the read-only aliyun commands filled in with what is
// known (instance ID, region, the groups on the instance), each with a copy button, and their JSON output taken
// back from files (several at once) or pasted — through the same importer as `rdp-doctor --cloud-json`. A refused
// document shows the importer's sentence and keeps what the user pasted; nothing is half-imported.

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace rdpd {

namespace cloud {
class CloudAccess;
}

class CloudImportBox final : public QGroupBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudImportBox)

 public:
  explicit CloudImportBox(cloud::CloudAccess *access, QWidget *parent = nullptr);
  // What the file dialog calls (tests call it directly).
  void importFiles(const QStringList &paths);
  void importPasted();
  // The commands shown, in order (for tests and the copy buttons).
  QStringList commands() const;

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void rebuildCommands();
  void openFileDialog();
  void setStatus(const QString &text, bool error);

  cloud::CloudAccess *m_access;
  QLabel *m_intro;
  QLabel *m_console;
  QVBoxLayout *m_commandRows;
  QStringList m_shownCommands;
  QPushButton *m_openFiles;
  QLabel *m_pasteLabel;
  QPlainTextEdit *m_paste;
  QPushButton *m_usePaste;
  QPushButton *m_forget;
  QLabel *m_status;
};

}  // namespace rdpd
