#include "wizard/start_page.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWizard>

#include "checks/core/i18n.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

// The page shows `content` in a frameless vertical scroll area that looks like the page itself.
void placeInScrollArea(QWidget *page, QWidget *content) {
  auto *scroll = new QScrollArea(page);
  scroll->setObjectName(u"startScrollArea"_s);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setWidget(content);
  scroll->viewport()->setAutoFillBackground(false);
  content->setAutoFillBackground(false);
  auto *outer = new QVBoxLayout(page);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
}

}  // namespace

StartPage::StartPage(QWidget *parent) : QWizardPage(parent) {
  setObjectName(u"startPage"_s);
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);

  m_host = new QLineEdit(this);
  m_host->setObjectName(u"hostEdit"_s);
  m_host->setClearButtonEnabled(true);
  m_hostLabel = new QLabel(this);
  m_hostLabel->setBuddy(m_host);

  m_port = new QLineEdit(this);
  m_port->setObjectName(u"portEdit"_s);
  m_port->setMaximumWidth(120);
  m_portLabel = new QLabel(this);
  m_portLabel->setBuddy(m_port);

  m_extraPorts = new QLineEdit(this);
  m_extraPorts->setObjectName(u"extraPortsEdit"_s);
  m_extraPorts->setMaxLength(120);
  m_extraLabel = new QLabel(this);
  m_extraLabel->setWordWrap(true);
  m_extraLabel->setBuddy(m_extraPorts);

  m_errorIcon = new QLabel(this);
  m_errorIcon->setPixmap(QIcon(u":/icons/warn.svg"_s).pixmap(QSize(18, 18)));
  m_errorIcon->setAlignment(Qt::AlignTop);
  m_error = new QLabel(this);
  m_error->setObjectName(u"targetErrorLabel"_s);
  m_error->setWordWrap(true);
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto *errorRow = new QHBoxLayout;
  errorRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
  errorRow->addWidget(m_error, 1);

  m_clientError = new QPlainTextEdit(this);
  m_clientError->setObjectName(u"clientErrorEdit"_s);
  m_clientError->setTabChangesFocus(true);  // Tab moves on; keyboard users are not trapped
  m_clientError->setMaximumHeight(110);
  m_clientLabel = new QLabel(this);
  m_clientLabel->setWordWrap(true);
  m_clientLabel->setBuddy(m_clientError);

  m_lang = new QComboBox(this);
  m_lang->setObjectName(u"languageCombo"_s);
  m_lang->addItem(u"English"_s, u"en"_s);
  m_lang->addItem(u"简体中文"_s, u"zh_CN"_s);
  m_lang->setCurrentIndex(qMax(0, m_lang->findData(currentLanguage())));
  m_langLabel = new QLabel(this);
  m_langLabel->setBuddy(m_lang);

  m_privacy = new QLabel(this);
  m_privacy->setWordWrap(true);
  m_privacy->setForegroundRole(QPalette::PlaceholderText);

  auto *hostRow = new QHBoxLayout;
  hostRow->addWidget(m_host, 1);
  hostRow->addSpacing(12);
  hostRow->addWidget(m_portLabel);
  hostRow->addWidget(m_port);

  auto *form = new QFormLayout;
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->addRow(m_hostLabel, hostRow);
  form->addRow(QString(), errorRow);
  form->addRow(m_extraLabel, m_extraPorts);
  form->addRow(m_clientLabel, m_clientError);
  form->addRow(m_langLabel, m_lang);

  // The content scrolls when the screen is too small for it (1024x600, large fonts): wrapped texts keep the height
  // they need instead of being squeezed.
  auto *content = new QWidget;
  m_box = new QVBoxLayout(content);
  m_box->setContentsMargins(0, 0, 0, 0);
  m_box->addWidget(m_intro);
  m_box->addSpacing(8);
  m_box->addLayout(form);
  m_box->addStretch(1);
  m_box->addWidget(m_privacy);
  placeInScrollArea(this, content);

  setTabOrder(m_host, m_port);
  setTabOrder(m_port, m_extraPorts);
  setTabOrder(m_extraPorts, m_clientError);
  setTabOrder(m_clientError, m_lang);

  connect(m_host, &QLineEdit::textChanged, this, &StartPage::validate);
  connect(m_port, &QLineEdit::textChanged, this, &StartPage::validate);
  connect(m_extraPorts, &QLineEdit::textChanged, this, &StartPage::validate);
  connect(m_lang, &QComboBox::currentIndexChanged, this, [this](int) {
    emit languageChosen(m_lang->currentData().toString());
  });
  retranslate();
}

void StartPage::retranslate() {
  setTitle(tr("Why can't I connect with Remote Desktop?"));
  setSubTitle(tr("Enter your cloud Windows server's address. RDP Doctor then checks the connection and walks you "
                 "through the eleven steps that fix most problems."));
  m_intro->setText(tr("The checks start when you press Start diagnosis. They only test the connection from this "
                      "computer; they do not log in and never send a password."));
  m_hostLabel->setText(tr("Server &address:"));
  m_host->setPlaceholderText(tr("public IP or host name, e.g. 203.0.113.10:3389"));
  m_host->setAccessibleName(tr("Server address"));
  m_host->setAccessibleDescription(tr("The public IP address or host name of the server, optionally with :port"));
  m_portLabel->setText(tr("&Port:"));
  m_port->setPlaceholderText(tr("optional"));
  m_port->setAccessibleName(tr("Port (optional)"));
  m_extraLabel->setText(tr("Other ports to &try:"));
  m_extraPorts->setPlaceholderText(tr("optional: ports RDP may have been moved to, e.g. 5588, 4389"));
  m_extraPorts->setAccessibleName(tr("Other ports to try (optional)"));
  m_extraPorts->setAccessibleDescription(tr("If the Remote Desktop port is closed, RDP Doctor also tests these ports"));
  m_clientLabel->setText(tr("What did your Remote Desktop &client say?"));
  m_clientError->setPlaceholderText(tr("Optional: paste or type the error message, e.g. \"An internal error has occurred\""));
  m_clientError->setAccessibleName(tr("Error message shown by the Remote Desktop client"));
  m_langLabel->setText(tr("&Language:"));
  m_lang->setAccessibleName(tr("Language"));
  m_errorIcon->setAccessibleName(tr("Problem with the address"));
  m_privacy->setText(tr("Nothing you enter here leaves this computer, except the connection tests to the address itself."));
  setButtonText(QWizard::NextButton, tr("&Start diagnosis"));
  {
    const QSignalBlocker block(m_lang);  // the language may have been switched elsewhere (command line, tests)
    m_lang->setCurrentIndex(qMax(0, m_lang->findData(currentLanguage())));
  }
  validate();
}

void StartPage::validate() {
  const TargetParse p = parseTarget(m_host->text(), m_port->text());
  const PortListParse extra = parsePortList(m_extraPorts->text());
  // An empty field is not an error yet: only explain once the user typed something.
  const bool targetError = !p.ok() && !(p.error == TargetError::Empty && m_host->text().trimmed().isEmpty());
  const bool show = targetError || !extra.ok();
  m_error->setText(targetError ? describeTargetError(p) : !extra.ok() ? describePortListError(extra) : QString());
  m_error->setVisible(show);
  m_errorIcon->setVisible(show);
  m_host->setAccessibleDescription(targetError ? m_error->text()
                                               : tr("The public IP address or host name of the server, optionally with :port"));
  emit completeChanged();
}

bool StartPage::isComplete() const {
  return parseTarget(m_host->text(), m_port->text()).ok() && parsePortList(m_extraPorts->text()).ok();
}

Target StartPage::target() const {
  const TargetParse p = parseTarget(m_host->text(), m_port->text());
  Target t = p.ok() ? p.target : Target{};
  t.input = m_host->text();
  t.portInput = m_port->text();
  t.clientError = clientError();
  for (int port : parsePortList(m_extraPorts->text()).ports)
    if (port != t.port && !t.extraPorts.contains(port)) t.extraPorts << port;
  return t;
}

QString StartPage::clientError() const { return m_clientError->toPlainText(); }

void StartPage::setTargetText(const QString &text) { m_host->setText(text); }

void StartPage::setExtraPortsText(const QString &text) { m_extraPorts->setText(text); }

void StartPage::setClientErrorText(const QString &text) { m_clientError->setPlainText(text); }

void StartPage::addPanel(QWidget *panel) {
  m_box->insertWidget(m_box->count() - 2, panel);  // above the stretch and the privacy note
  setTabOrder(m_lang, panel);
}

void StartPage::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QWizardPage::changeEvent(e);
}

}  // namespace rdpd
