#pragma once
// The eleven steps of the FAQ, in order. Titles are translated; keys name content files (step-NN.md).

#include <QString>

namespace rdpd {

constexpr int kStepCount = 11;

struct StepInfo {
  int number;           // 1..11
  const char *key;      // stable: "console", "password", ...
};

const StepInfo &stepInfo(int number);
QString stepTitle(int number);    // translated, e.g. "Port and security group"
QString stepPurpose(int number);  // translated, one sentence: what this step rules out
QString stepContentName(int number);  // "step-03"

}  // namespace rdpd
