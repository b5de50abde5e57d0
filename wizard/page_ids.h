#pragma once
// Page ids of the wizard: the start page, one page per FAQ step (id == step number), the summary.

namespace rdpd {

enum PageId : int {
  Page_Start = 0,
  Page_Step1 = 1,   // Page_Step1 + (n - 1) is step n
  Page_Step11 = 11,
  Page_Summary = 12,
};

constexpr int pageForStep(int step) { return Page_Step1 + step - 1; }
constexpr bool isStepPage(int id) { return id >= Page_Step1 && id <= Page_Step11; }

}  // namespace rdpd
