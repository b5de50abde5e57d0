#pragma once
// Wall-clock bounds for tests that run on a busy 2-CPU machine (CI, or two builds at once), where a process or thread
// can stall for hundreds of milliseconds. Lower bounds stay strict (a timeout must really be waited for); upper bounds
// are what the product promises plus a margin: a run with a timeout ends within that timeout, and never takes a second
// timeout in series (the real bug an upper bound is there to catch).

#include <algorithm>

namespace rdpd::test {

// The longest a run bounded by timeoutMs may take in a test: the timeout plus three quarters of it (at least 300 ms)
// for a busy machine, which is still less than two timeouts in series.
constexpr long long withinTimeout(long long timeoutMs) { return timeoutMs + std::max(timeoutMs * 3 / 4, 300LL); }

// Something the product does at once (a refusal, a cancel): generous for a busy machine, far below any timeout.
inline constexpr long long kPromptMs = 1000;

}  // namespace rdpd::test
