#pragma once
// The tests' name for the Alibaba Cloud API mock. It lives in the product's training lab
// (checks/lab/aliyun_mock_server.h), which serves the lab's cloud scenarios with it; the tests use the same server.
#include "checks/lab/aliyun_mock_http.h"
#include "checks/lab/aliyun_mock_server.h"

namespace rdpd::test {
using lab::AliyunMockServer;
using lab::MockAuthConfig;
using lab::mockCanonicalRequest;
using lab::MockCommandRun;
using lab::MockHttpRequest;
using lab::mockPercentEncode;
using lab::MockRecord;
using lab::MockRejection;
using lab::mockSignature;
using lab::parseMockAuthorization;
using lab::takeHttpRequest;
using lab::verifyMockRequest;
}  // namespace rdpd::test
