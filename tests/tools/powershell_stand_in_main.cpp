// powershell_stand_in: the program behind tests/support/powershell_stand_in.h. It takes the arguments Windows
// PowerShell gets from "Check this computer" (`-File <script> -OutFile <json> [-Account <name>]`) after three of its
// own (RECORD_DIR MODE SAMPLE), records what it got in RECORD_DIR and behaves as MODE says. Plain C++ without Qt, so
// the same stand-in runs on Linux and as a Windows program (under Wine in scripts/windows/test.sh) — no shell needed.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char **argv) {
  if (argc < 4) {
    std::fputs("usage: powershell_stand_in RECORD_DIR MODE SAMPLE [powershell arguments...]\n", stderr);
    return 64;
  }
  const fs::path record = fs::u8path(argv[1]);
  const std::string mode = argv[2];
  const std::string sample = argv[3];
  std::string script, out;
  {
    std::ofstream args(record / "args.txt", std::ios::binary);
    for (int i = 4; i < argc; ++i) {
      args << argv[i] << '\n';
      const std::string a = argv[i];
      if (a == "-File" && i + 1 < argc) script = argv[i + 1];
      if (a == "-OutFile" && i + 1 < argc) out = argv[i + 1];
    }
  }
  std::error_code ec;
  if (!script.empty())
    fs::copy_file(fs::u8path(script), record / "script-seen.ps1", fs::copy_options::overwrite_existing, ec);
  if (mode == "sample") {
    if (out.empty() || !fs::copy_file(fs::u8path(sample), fs::u8path(out), fs::copy_options::overwrite_existing, ec))
      return 1;
  } else if (mode == "fail") {
    std::fputs("Access is denied.\nAt line:1 char:1\n", stderr);
    return 5;
  } else if (mode == "hang") {
    std::this_thread::sleep_for(std::chrono::seconds(30));  // the scenario: a script that never ends by itself
  } else if (mode == "garbage") {
    std::ofstream(fs::u8path(out), std::ios::binary) << "this is not evidence";
  } else if (mode != "nothing") {
    std::fprintf(stderr, "powershell_stand_in: unknown mode %s\n", mode.c_str());
    return 64;
  }
  return 0;
}
