#include "wizard/diagnostic_page.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "checks/core/confirmations.h"
#include "checks/core/i18n.h"
#include "checks/core/steps.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/check_details_dialog.h"
#include "wizard/status_icons.h"
#include "wizard/text_images.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
constexpr int kMaxImageWidth = 440;
}  // namespace

DiagnosticPage::DiagnosticPage(int step, Diagnosis *session, const ContentStore *content, QWidget *parent)
    : QWizardPage(parent), m_step(step), m_session(session), m_content(content) {
  setObjectName(u"stepPage%1"_s.arg(step));
  for (const Check *c : session->registry().forStep(step)) m_checkIds << c->info().id;
  // Only the title now: the widgets are built the first time the page is opened (ensureBuilt), so the window
  // paints its start page without building eleven step pages first.
  retranslateTitle();
  connectSession();
}

void DiagnosticPage::ensureBuilt() {
  if (m_built) return;
  m_built = true;
  buildChecksView();
  QHBoxLayout *buttonRow = buildButtonRow();
  buildFixPanel();
  QVBoxLayout *side = buildSideColumn();

  auto *lower = new QHBoxLayout;
  lower->addLayout(m_fixColumn, 2);
  lower->addLayout(side, 1);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_checksLabel);
  layout->addWidget(m_noChecks);
  layout->addWidget(m_checks);
  layout->addLayout(buttonRow);
  layout->addLayout(lower, 1);

  const bool hasChecks = !m_checkIds.isEmpty();
  m_checks->setVisible(hasChecks);
  m_noChecks->setVisible(!hasChecks);
  m_details->setVisible(hasChecks);
  for (const ExtraPanel &p : std::as_const(m_extraPanels)) installExtraPanel(p.panel);
  retranslate();
  applyReadOnly();
}

void DiagnosticPage::buildChecksView() {
  m_checksLabel = new QLabel(this);
  m_noChecks = new QLabel(this);
  m_noChecks->setWordWrap(true);
  m_checks = new QTreeWidget(this);
  m_checks->setObjectName(u"checksView"_s);
  m_checks->setColumnCount(2);
  m_checks->setRootIsDecorated(false);
  m_checks->setUniformRowHeights(false);
  m_checks->setWordWrap(true);
  m_checks->setIconSize(QSize(18, 18));
  m_checks->setAllColumnsShowFocus(true);
  m_checks->header()->setSectionResizeMode(0, QHeaderView::Interactive);
  m_checks->header()->setStretchLastSection(true);
  m_checks->setColumnWidth(0, 300);
  for (const QString &id : std::as_const(m_checkIds)) {
    auto *item = new QTreeWidgetItem(m_checks);
    item->setData(0, Qt::UserRole, id);
  }
  m_checks->setMinimumHeight(70);
  m_checks->setMaximumHeight(qBound(70, 30 + 22 * int(m_checkIds.size()), 220));
  m_checksLabel->setBuddy(m_checks);
  // Double-click opens the details; Enter is left to the wizard (Enter = Next), keyboard users have Alt+D.
  connect(m_checks, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *, int) { showDetails(); });
}

QHBoxLayout *DiagnosticPage::buildButtonRow() {
  m_progress = new QProgressBar(this);
  m_progress->setObjectName(u"stepProgress"_s);
  m_progress->setRange(0, 0);  // busy indicator: the step's checks run concurrently
  m_progress->setTextVisible(false);
  m_progress->setMaximumHeight(10);

  m_rerun = new QPushButton(this);
  m_rerun->setObjectName(u"rerunButton"_s);
  m_rerun->setIcon(QIcon(u":/icons/running.svg"_s));
  m_cancel = new QPushButton(this);
  m_cancel->setObjectName(u"cancelChecksButton"_s);
  m_details = new QPushButton(this);
  m_details->setObjectName(u"detailsButton"_s);
  for (QPushButton *b : {m_rerun, m_cancel, m_details}) b->setAutoDefault(false);  // Enter stays "Next"
  connect(m_rerun, &QPushButton::clicked, this, [this] { m_session->rerunStep(m_step); });
  connect(m_cancel, &QPushButton::clicked, this, [this] { m_session->cancel(); });
  connect(m_details, &QPushButton::clicked, this, &DiagnosticPage::showDetails);

  auto *buttonRow = new QHBoxLayout;
  buttonRow->addWidget(m_rerun);
  buttonRow->addWidget(m_cancel);
  buttonRow->addWidget(m_details);
  buttonRow->addWidget(m_progress, 1);
  buttonRow->addStretch(1);  // keeps the buttons compact while the progress bar is hidden
  return buttonRow;
}

void DiagnosticPage::buildFixPanel() {
  m_fixLabel = new QLabel(this);
  m_fixLabel->setWordWrap(true);
  m_fix = new QTextBrowser(this);
  m_fix->setObjectName(u"fixPanel"_s);
  m_fix->setOpenExternalLinks(true);
  m_fix->setMinimumHeight(120);
  m_fixLabel->setBuddy(m_fix);
  m_fixColumn = new QVBoxLayout;
  m_fixColumn->addWidget(m_fixLabel);
  m_fixColumn->addWidget(m_fix, 1);
}

QGroupBox *DiagnosticPage::buildConfirmations() {
  auto *group = new QGroupBox(this);
  group->setObjectName(u"confirmGroup"_s);
  auto *confirmLayout = new QVBoxLayout(group);
  for (const Confirmation &c : confirmationsForStep(m_step)) {
    // QCheckBox cannot wrap its text: a word-wrapped label next to it carries the sentence and toggles it.
    auto *box = new QCheckBox(group);
    box->setObjectName(u"confirm_"_s + c.id);
    box->setProperty("confirmationId", c.id);
    box->setChecked(m_session->isConfirmed(c.id));
    connect(box, &QCheckBox::toggled, this, [this, id = c.id](bool on) { m_session->setConfirmed(id, on); });
    auto *label = new QLabel(group);
    label->setWordWrap(true);
    label->setBuddy(box);
    label->installEventFilter(this);
    auto *row = new QHBoxLayout;
    row->addWidget(box, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    confirmLayout->addLayout(row);
    m_confirmBoxes << box;
    m_confirmLabels << label;
  }
  return group;
}

QVBoxLayout *DiagnosticPage::buildSideColumn() {
  m_confirmGroup = buildConfirmations();
  m_note = new QPlainTextEdit(this);
  m_note->setObjectName(u"noteEdit"_s);
  m_note->setTabChangesFocus(true);
  m_note->setMaximumHeight(90);
  m_note->setPlainText(m_session->note(m_step));
  m_noteLabel = new QLabel(this);
  m_noteLabel->setWordWrap(true);
  m_noteLabel->setBuddy(m_note);
  connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_session->setNote(m_step, m_note->toPlainText()); });

  auto *side = new QVBoxLayout;
  side->addWidget(m_confirmGroup);
  side->addWidget(m_noteLabel);
  side->addWidget(m_note);
  side->addStretch(1);
  return side;
}

void DiagnosticPage::connectSession() {
  connect(m_session, &Diagnosis::resultChanged, this, [this](const QString &id) {
    if (m_built && m_checkIds.contains(id)) {
      refreshCheck(id);
      refreshRunning();
      renderContent();
    }
  });
  connect(m_session, &Diagnosis::runningChanged, this, [this] {
    if (m_built) refreshRunning();
  });
  connect(m_session, &Diagnosis::confirmationsChanged, this, [this] {
    for (QCheckBox *b : std::as_const(m_confirmBoxes)) {
      const QSignalBlocker block(b);
      b->setChecked(m_session->isConfirmed(b->property("confirmationId").toString()));
    }
  });
}

void DiagnosticPage::setReadOnly(bool on) {
  m_readOnly = on;
  if (m_built) applyReadOnly();
}

void DiagnosticPage::applyReadOnly() {
  m_note->setReadOnly(m_readOnly);
  for (QCheckBox *b : std::as_const(m_confirmBoxes)) b->setEnabled(!m_readOnly);
  m_rerun->setVisible(!m_readOnly);
  m_cancel->setVisible(!m_readOnly && m_session->isRunning());
  const QSignalBlocker block(m_note);
  m_note->setPlainText(m_session->note(m_step));
}

void DiagnosticPage::initializePage() {
  // Only render: the session started the checks when the user left the start page.
  ensureBuilt();
  refreshAll();
  renderContent();
}

QTreeWidgetItem *DiagnosticPage::itemFor(const QString &id) const {
  for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
    QTreeWidgetItem *it = m_checks->topLevelItem(i);
    if (it->data(0, Qt::UserRole).toString() == id) return it;
  }
  return nullptr;
}

void DiagnosticPage::refreshCheck(const QString &id) {
  QTreeWidgetItem *it = itemFor(id);
  if (!it) return;
  const auto r = m_session->result(id);
  const bool running = m_session->isCheckRunning(id);
  const ShownState s = shownState(r ? std::optional<Status>(r->status) : std::nullopt, running);
  it->setIcon(0, stateIcon(s));
  it->setText(0, m_session->registry().title(id));
  it->setToolTip(0, it->text(0));
  QString summary;
  if (running) summary = stateLabel(ShownState::Running);
  else if (r) summary = r->summary.isEmpty() ? stateLabel(s) : r->summary;
  else summary = m_session->hasStarted() ? stateLabel(ShownState::NotRun) : tr("Starts when you enter an address on the first page.");
  it->setText(1, summary);
  it->setToolTip(1, summary);
  it->setData(0, Qt::AccessibleTextRole, QString(it->text(0) + u": "_s + stateLabel(s)));
  it->setData(1, Qt::AccessibleTextRole, summary);
  it->setData(0, Qt::UserRole + 1, int(s));
}

void DiagnosticPage::refreshAll() {
  for (const QString &id : std::as_const(m_checkIds)) refreshCheck(id);
  refreshRunning();
}

void DiagnosticPage::refreshRunning() {
  const bool running = m_session->isStepRunning(m_step);
  m_progress->setVisible(running);
  m_cancel->setVisible(m_session->isRunning());
  m_cancel->setEnabled(m_session->isRunning());
  m_rerun->setEnabled(!m_checkIds.isEmpty() && m_session->hasStarted() && !running);
}

void DiagnosticPage::showDetails() {
  ensureBuilt();
  QTreeWidgetItem *it = m_checks->currentItem();
  if (!it && m_checks->topLevelItemCount() > 0) it = m_checks->topLevelItem(0);
  if (!it) return;
  const QString id = it->data(0, Qt::UserRole).toString();
  CheckResult r;
  if (auto known = m_session->result(id)) {
    r = *known;
  } else {
    r.id = id;
    r.summary = stateLabel(ShownState::NotRun);
  }
  auto *dlg = new CheckDetailsDialog(m_session->registry(), r, this);
  dlg->open();
}

void DiagnosticPage::addExtraPanel(QWidget *panel, std::function<QString()> title) {
  m_extraPanels.append({panel, std::move(title)});
  panel->setParent(this);
  panel->hide();
  if (m_built) {
    installExtraPanel(panel);
    retranslate();
  }
}

void DiagnosticPage::installExtraPanel(QWidget *panel) {
  if (!m_tabs) {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"stepTabs"_s);
    m_fixColumn->removeWidget(m_fix);
    m_tabs->addTab(m_fix, QString());
    m_fixColumn->addWidget(m_tabs, 1);
  }
  auto *scroll = new QScrollArea(m_tabs);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the panel wraps its text to the width
  scroll->setWidget(panel);
  panel->show();
  m_tabs->addTab(scroll, QString());
}

void DiagnosticPage::showExtraPanel(QWidget *panel) {
  ensureBuilt();
  if (!m_tabs) return;
  for (int i = 0; i < m_tabs->count(); ++i) {
    auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i));
    if ((!panel && i == 0) || (scroll && scroll->widget() == panel)) m_tabs->setCurrentIndex(i);
  }
}

void DiagnosticPage::renderContent(bool force) {
  const QString lang = currentLanguage();
  // Fix articles of the problems found on this step, most severe first, each once.
  QList<CheckResult> problems;
  for (const CheckResult &r : m_session->stepResults(m_step)) {
    if (r.isProblem() && !r.fixId.isEmpty()) problems << r;
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const CheckResult &a, const CheckResult &b) { return severity(a.status) > severity(b.status); });
  QStringList fixIds;
  for (const CheckResult &r : std::as_const(problems)) {
    if (!fixIds.contains(r.fixId) && (m_content->hasFix(r.fixId, lang) || m_content->hasFix(r.fixId, u"en"_s)))
      fixIds << r.fixId;
  }
  const QString key = lang + u'|' + fixIds.join(u',');
  if (!force && key == m_renderedKey) return;  // re-rendering would reset the reader's scroll position
  m_renderedKey = key;

  QString md;
  for (const QString &id : std::as_const(fixIds)) md += m_content->fixMarkdown(id, lang) + u"\n\n---\n\n"_s;
  md += m_content->stepMarkdown(m_step, lang);
  if (md.trimmed().isEmpty()) md = tr("No instructions are available for this step.");
  m_fix->setSearchPaths(m_content->searchPaths(lang));
  m_fix->setMarkdown(md);
  // Illustrations are drawn for a wide screen; scale down (never up) to the panel.
  fitImagesToWidth(m_fix->document(), kMaxImageWidth);
  putImagesOnLightCards(m_fix->document(), palette());  // the page's: children get a new palette after it
  m_fixLabel->setText(fixIds.isEmpty() ? tr("&What to do in this step:") : tr("&How to fix what was found, then the step:"));
}

void DiagnosticPage::retranslateTitle() {
  setTitle(tr("Step %1 of %2: %3").arg(m_step).arg(kStepCount).arg(stepTitle(m_step)));
  setSubTitle(stepPurpose(m_step));
}

void DiagnosticPage::retranslate() {
  retranslateTitle();
  if (!m_built) return;
  m_checksLabel->setText(tr("Automatic &checks:"));
  m_noChecks->setText(tr("This step has no automatic checks: follow the instructions below and tick what you did."));
  m_checks->setHeaderLabels({tr("Check"), tr("Result")});
  m_checks->setAccessibleName(tr("Checks of this step and their results"));
  m_progress->setAccessibleName(tr("Checks are running"));
  m_rerun->setText(tr("&Re-run"));
  m_rerun->setAccessibleName(tr("Run this step's checks again"));
  m_cancel->setText(tr("Ca&ncel checks"));
  m_cancel->setAccessibleName(tr("Stop the running checks"));
  m_details->setText(tr("&Details…"));
  m_details->setAccessibleName(tr("Show the details of the selected check"));
  m_fix->setAccessibleName(tr("Instructions for this step"));
  if (m_tabs) {
    m_tabs->setTabText(0, tr("Instructions"));
    for (int i = 0; i < m_extraPanels.size() && i + 1 < m_tabs->count(); ++i)
      m_tabs->setTabText(i + 1, m_extraPanels[i].title ? m_extraPanels[i].title() : QString());
  }
  m_confirmGroup->setTitle(tr("What I did or checked"));
  for (int i = 0; i < m_confirmBoxes.size(); ++i) {
    const QString text = confirmationText(m_confirmBoxes[i]->property("confirmationId").toString());
    m_confirmLabels[i]->setText(text);
    m_confirmBoxes[i]->setAccessibleName(text);
    m_confirmBoxes[i]->setToolTip(text);
  }
  m_noteLabel->setText(tr("N&otes for this step (optional):"));
  m_note->setAccessibleName(tr("Notes for this step"));
  m_note->setPlaceholderText(tr("What you saw or changed, e.g. for a support ticket"));
  refreshAll();
  renderContent(true);
}

bool DiagnosticPage::eventFilter(QObject *watched, QEvent *e) {
  if (e->type() == QEvent::MouseButtonRelease) {
    if (auto *label = qobject_cast<QLabel *>(watched); label && m_confirmLabels.contains(label)) {
      if (auto *box = qobject_cast<QCheckBox *>(label->buddy())) box->toggle();
      return true;
    }
  }
  return QWizardPage::eventFilter(watched, e);
}

void DiagnosticPage::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  if (e->type() == QEvent::PaletteChange && m_built) renderContent(true);  // light cards behind the pictures
  QWizardPage::changeEvent(e);
}

}  // namespace rdpd
