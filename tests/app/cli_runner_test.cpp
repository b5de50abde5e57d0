// The one helper every test uses to run rdp-doctor (tests/support/cli_runner.h): a missing binary fails the test
// with the path it expected, never a skip; arguments, standard input and environment changes reach the program.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include "tests/support/cli_runner.h"

using namespace Qt::StringLiterals;
using rdpd::test::CommandResult;
using rdpd::test::runCli;

TEST(CliRunner, a_missing_binary_fails_the_test_and_names_the_path_it_expected) {
  EXPECT_NONFATAL_FAILURE(runCli({u"--version"_s}, {.program = u"/nonexistent/dir/rdp-doctor"_s}),
                          "the rdp-doctor binary is not at /nonexistent/dir/rdp-doctor");
}

TEST(CliRunner, runs_the_real_binary_and_returns_its_exit_code_and_output) {
  const CommandResult v = runCli({u"--version"_s});
  ASSERT_TRUE(v.started) << v.describe().toStdString();
  EXPECT_FALSE(v.timedOut);
  EXPECT_EQ(v.exitCode, 0);
  EXPECT_TRUE(v.out.contains("rdp-doctor")) << v.describe().toStdString();
  const CommandResult bad = runCli({u"diagnose"_s});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_FALSE(bad.err.isEmpty());
}

TEST(CliRunner, standard_input_and_environment_reach_the_program) {
  // A plain program stands in for rdp-doctor here: what goes in must come out.
#ifdef Q_OS_WIN
  GTEST_SKIP() << "uses a POSIX shell as the stand-in program";
#else
  const CommandResult r =
      runCli({u"-c"_s, u"cat; printf '%s' \"$RDPD_RUNNER_PROBE\"; printf '%s' \"${DISPLAY-unset}\""_s},
             {.program = u"/bin/sh"_s,
              .stdinData = "typed in|",
              .env = {{u"RDPD_RUNNER_PROBE"_s, u"from the test|"_s}, {u"DISPLAY"_s, u":9"_s}}});
  EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
  EXPECT_EQ(r.out, QByteArray("typed in|from the test|:9"));
  const CommandResult headless = runCli({u"-c"_s, u"printf '%s' \"${DISPLAY-unset}\""_s}, {.program = u"/bin/sh"_s});
  EXPECT_EQ(headless.out, QByteArray("unset"));
#endif
}
