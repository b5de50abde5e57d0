// rdp-doctor.com: the console front of rdp-doctor.exe on Windows (docs/windows.md, "Console mode").
// In cmd.exe and PowerShell, "rdp-doctor ..." finds rdp-doctor.com before rdp-doctor.exe (PATHEXT order), so a
// console user gets a program the shell waits for: it starts rdp-doctor.exe beside it with the same arguments and
// the same standard handles, waits, and returns its exit code. Double-clicking still opens rdp-doctor.exe, a GUI
// program without a console window.
#include <windows.h>

#include <cstdio>
#include <iterator>
#include <string>

namespace {

// The arguments part of this process's command line, exactly as typed (quotes kept).
const wchar_t *argumentsPart(const wchar_t *cmd) {
  bool quoted = false;
  for (; *cmd != L'\0'; ++cmd) {
    if (*cmd == L'"') quoted = !quoted;
    else if (!quoted && (*cmd == L' ' || *cmd == L'\t')) break;
  }
  while (*cmd == L' ' || *cmd == L'\t') ++cmd;
  return cmd;
}

}  // namespace

int wmain() {
  wchar_t self[32768];
  const DWORD n = GetModuleFileNameW(nullptr, self, static_cast<DWORD>(std::size(self)));
  if (n == 0 || n >= std::size(self)) return 3;
  std::wstring exe(self, n);
  const std::size_t dot = exe.find_last_of(L'.');
  if (dot == std::wstring::npos) return 3;
  exe.replace(dot, std::wstring::npos, L".exe");

  std::wstring cmd = L"\"" + exe + L"\" " + argumentsPart(GetCommandLineW());
  STARTUPINFOW si{};
  si.cb = sizeof si;
  si.dwFlags = STARTF_USESTDHANDLES;
  si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
  si.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
  si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
  PROCESS_INFORMATION pi{};
  if (!CreateProcessW(exe.c_str(), cmd.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &si, &pi)) {
    std::fwprintf(stderr, L"rdp-doctor: cannot start %ls (error %lu)\n", exe.c_str(), GetLastError());
    return 3;
  }
  // Ctrl+C reaches both processes through the shared console; the launcher just waits for the real exit code.
  SetConsoleCtrlHandler(nullptr, TRUE);
  WaitForSingleObject(pi.hProcess, INFINITE);
  DWORD code = 3;
  GetExitCodeProcess(pi.hProcess, &code);
  CloseHandle(pi.hThread);
  CloseHandle(pi.hProcess);
  return static_cast<int>(code);
}
