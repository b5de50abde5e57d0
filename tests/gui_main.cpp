// Test main for the wizard: one QApplication for the binary, offscreen unless the caller chose a platform
// (the gtest discovery run gets no ctest ENVIRONMENT).
#include <gtest/gtest.h>

#include <QApplication>

#include "tests/support/test_exit.h"
#include "wizard/platform_setup.h"

int main(int argc, char **argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  ::testing::InitGoogleTest(&argc, argv);
  QApplication app(argc, argv);
  rdpd::applyPlatformLook();  // where the product keeps settings (an INI file on Windows)
  // The results (console and --gtest_output) are complete here.
  return rdpd::test::endTestProcess(RUN_ALL_TESTS());
}
