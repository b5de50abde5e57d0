// Test main for the headless core: a QCoreApplication (for event-loop based tests of the runner), English.
#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  QCoreApplication app(argc, argv);
  return RUN_ALL_TESTS();
}
