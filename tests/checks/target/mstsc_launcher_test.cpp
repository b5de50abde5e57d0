// "Try to connect now" (checks/target/mstsc_launcher): only a validated target reaches mstsc's command line.
#include <gtest/gtest.h>

#include "checks/target/mstsc_launcher.h"

using namespace Qt::StringLiterals;

namespace rdpd {
namespace {

Target target(const QString &host, int port) {
  Target t;
  t.host = host;
  t.port = port;
  return t;
}

TEST(MstscLauncher, BuildsOneVArgumentForNamesAndAddresses) {
  EXPECT_EQ(mstscTargetArgument(u"server.example.com"_s, 3389), u"/v:server.example.com:3389"_s);
  EXPECT_EQ(mstscTargetArgument(u"203.0.113.7"_s, 5588), u"/v:203.0.113.7:5588"_s);
  EXPECT_EQ(mstscTargetArgument(u"2001:db8::7"_s, 3389), u"/v:[2001:db8::7]:3389"_s);
  EXPECT_EQ(mstscTargetArgument(u"win-srv01"_s, 65535), u"/v:win-srv01:65535"_s);
}

TEST(MstscLauncher, RefusesAnythingThatIsNotAValidatedTarget) {
  const QStringList bad{u""_s,
                        u"host name"_s,                  // a space would split the argument
                        u"host\" /admin"_s,              // quotes and a second option
                        u"-host"_s,                      // looks like an option
                        u"/v:evil"_s,                    // slash
                        u"host;calc.exe"_s,              // shell characters
                        u"host&calc"_s,
                        u"fe80::1%eth0"_s,               // zone ids are not passed on
                        u"300.1.1.1"_s,                  // not an IPv4 address
                        u"a..b"_s,                       // empty label
                        u"\u670D\u52A1\u5668.cn"_s,      // not a host-name character (IDN must be typed as punycode)
                        QString(64, u'a') + u".com"_s};  // label too long
  for (const QString &h : bad) EXPECT_TRUE(mstscTargetArgument(h, 3389).isEmpty()) << h.toStdString();
  EXPECT_TRUE(mstscTargetArgument(u"server"_s, 0).isEmpty());
  EXPECT_TRUE(mstscTargetArgument(u"server"_s, 65536).isEmpty());
  EXPECT_TRUE(mstscTargetArgument(u"server"_s, -1).isEmpty());
  EXPECT_TRUE(mstscTargetArgument(u"server"_s, 113322).isEmpty());  // the FAQ's impossible port
}

TEST(MstscLauncher, CommandHasTheProgramAndExactlyOneArgument) {
  const MstscCommand ok = mstscCommand(target(u"10.0.0.5"_s, 3390), u"C:\\Windows\\System32\\mstsc.exe"_s);
  ASSERT_TRUE(ok.ok()) << ok.error.toStdString();
  EXPECT_EQ(ok.program, u"C:\\Windows\\System32\\mstsc.exe"_s);
  EXPECT_EQ(ok.arguments, QStringList{u"/v:10.0.0.5:3390"_s});

  const MstscCommand refused = mstscCommand(target(u"10.0.0.5 /admin"_s, 3389), u"C:\\mstsc.exe"_s);
  EXPECT_FALSE(refused.ok());
  EXPECT_TRUE(refused.arguments.isEmpty());
  EXPECT_FALSE(refused.error.isEmpty());

  const MstscCommand noProgram = mstscCommand(target(u"10.0.0.5"_s, 3389), QString());
  EXPECT_FALSE(noProgram.ok());
  EXPECT_FALSE(noProgram.error.isEmpty());
}

TEST(MstscLauncher, ProgramComesFromTheSystemDirectoryOnWindowsOnly) {
#ifdef Q_OS_WIN
  const QString p = mstscProgram();
  EXPECT_TRUE(p.endsWith(u"\\mstsc.exe"_s, Qt::CaseInsensitive)) << p.toStdString();
  EXPECT_TRUE(p.contains(u"system32"_s, Qt::CaseInsensitive)) << p.toStdString();
#else
  EXPECT_TRUE(mstscProgram().isEmpty());
  EXPECT_FALSE(mstscAvailable());
  QString error;
  EXPECT_FALSE(launchMstsc(target(u"127.0.0.1"_s, 3389), &error));
  EXPECT_FALSE(error.isEmpty());
#endif
}

}  // namespace
}  // namespace rdpd
