#pragma once
// Waiting for the event loop inside gtest tests. Qt's QTRY_VERIFY / QTRY_COMPARE report a timeout only to QTest's
// own log and then `return` — inside a gtest test body that is a silent PASS. These wait the same way (events are
// processed while waiting, nothing sleeps) and fail the gtest test with the condition that did not come true.
// scripts/check-structure.sh refuses QVERIFY/QCOMPARE/QTRY_* in tests/.

#include <gtest/gtest.h>

#include <QTest>

// Waits up to timeoutMs for expr to become true; a fatal gtest failure otherwise.
#define RDPD_TRY_VERIFY(expr, timeoutMs)                                                                    \
  do {                                                                                                      \
    const bool rdpdWaited_ = QTest::qWaitFor([&]() -> bool { return static_cast<bool>(expr); }, timeoutMs); \
    ASSERT_TRUE(rdpdWaited_) << "waited " << (timeoutMs) << " ms for: " #expr;                              \
  } while (false)

// Waits up to timeoutMs for actual == expected; a fatal gtest failure showing both values otherwise.
#define RDPD_TRY_COMPARE(actual, expected, timeoutMs)                                   \
  do {                                                                                  \
    (void)QTest::qWaitFor([&]() -> bool { return (actual) == (expected); }, timeoutMs); \
    ASSERT_EQ((actual), (expected)) << "after waiting " << (timeoutMs) << " ms";        \
  } while (false)
