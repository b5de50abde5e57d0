// Test main for the headless core: a QCoreApplication (for event-loop based tests of the runner), English.
#include <gtest/gtest.h>

#include <QCoreApplication>

#include "tests/support/test_exit.h"

int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  QCoreApplication app(argc, argv);
  // The results (console and --gtest_output) are complete here.
  return rdpd::test::endTestProcess(RUN_ALL_TESTS());
}
