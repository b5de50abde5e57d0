#pragma once
// Shared helpers of the wizard GUI tests: a shown window in a known language, finding widgets by object name,
// clicking list entries, waiting for results (polling, never sleeping).

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <memory>

#include "checks/core/i18n.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/page_ids.h"
#include "wizard/start_page.h"
#include "wizard/wizard_window.h"

namespace rdpd::test {

// English before and after each test, so no test depends on the language another one left behind.
class WizardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    installTranslators(qApp, QStringLiteral("en"));
    window = std::make_unique<WizardWindow>();
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    // Offscreen windows may never become active; keyboard tests focus widgets themselves.
    (void)QTest::qWaitForWindowActive(window.get());
  }
  void TearDown() override {
    window.reset();
    installTranslators(qApp, QStringLiteral("en"));
  }

  template <typename T>
  T *find(const QString &name) const {
    return window->currentPage()->findChild<T *>(name);
  }
  QAbstractButton *next() const { return window->button(QWizard::NextButton); }
  Diagnosis *session() const { return window->session(); }

  void typeTarget(const QString &text) {
    auto *host = window->startPage()->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    ASSERT_NE(host, nullptr);
    host->clear();
    QTest::keyClicks(host, text);
  }

  void clickStepListEntry(int pageId) {
    QListWidget *list = window->findChild<QListWidget *>(QStringLiteral("stepList"));
    ASSERT_NE(list, nullptr);
    QListWidgetItem *item = list->item(pageId);
    ASSERT_NE(item, nullptr);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
  }

  // Starts lab scenario `id` from the start page's lab panel as a trainer would: the wizard moves to step 1 with
  // the lab running (the diagnosis is still to be waited for).
  void clickStartLab(const QString &id) {
    if (window->currentId() != Page_Start) {
      ASSERT_TRUE(window->jumpTo(Page_Start));
    }
    auto *combo = find<QComboBox>(QStringLiteral("labScenarioCombo"));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(id);
    ASSERT_GE(index, 0) << id.toStdString();
    combo->setCurrentIndex(index);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("labStartButton")), Qt::LeftButton);
    ASSERT_TRUE(window->isLabRunning());
    ASSERT_EQ(window->currentId(), Page_Step1);
  }

  // Presses a key where the keyboard focus is, as a user would.
  void pressKey(Qt::Key key) {
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window.get(), key);
  }

  std::unique_ptr<WizardWindow> window;
};

}  // namespace rdpd::test
