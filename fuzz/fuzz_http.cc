// libFuzzer entry for the HTTP request parser (src/server/http.cc): arbitrary
// bytes, parsed whole and fed in pieces as a trickling client sends them, must
// never crash, and both ways must agree; every complete request's fields obey
// the limits, and every error carries a status and a message.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "server/http.h"

namespace {

using eventwire::http::ParseLimits;
using eventwire::http::ParseResult;
using eventwire::http::ParseState;
using eventwire::http::Request;

void check(const ParseResult& r, const Request& request, std::string_view bytes,
           const ParseLimits& limits) {
  if (r.state == ParseState::kError && (r.status < 400 || r.status > 599 || r.message.empty()))
    std::abort();
  if (r.state != ParseState::kComplete) return;
  if (r.consumed == 0 || r.consumed > bytes.size()) std::abort();
  if (request.body.size() > limits.max_body_bytes) std::abort();
  if (request.target.size() > limits.max_target_bytes) std::abort();
  if (request.headers.size() > limits.max_headers) std::abort();
  if (request.path.empty() || request.path.find('\0') != std::string::npos) std::abort();
  eventwire::http::Response response;
  response.body = request.body;
  std::string out = eventwire::http::serialize(response, request.keep_alive, false, {});
  if (out.size() < response.body.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ParseLimits limits;
  limits.max_body_bytes = 64 * 1024;
  // Whole, and every pipelined request after it.
  std::string_view rest = bytes;
  ParseResult whole;
  Request first;
  for (int n = 0; n < 1000 && !rest.empty(); ++n) {
    Request request;
    size_t scan_from = 0;
    ParseResult r = eventwire::http::parse_request(rest, limits, request, scan_from);
    check(r, request, rest, limits);
    if (n == 0) whole = r, first = request;
    if (r.state != ParseState::kComplete) break;
    rest.remove_prefix(r.consumed);
  }
  // In pieces, resuming with scan_from as the server does: the same verdict on the first request.
  size_t piece = size == 0 ? 1 : 1 + data[0] % 97;
  size_t scan_from = 0;
  ParseResult last;
  Request request;
  for (size_t end = std::min(piece, size);; end = std::min(end + piece, size)) {
    request = Request();
    last = eventwire::http::parse_request(bytes.substr(0, end), limits, request, scan_from);
    if (last.state != ParseState::kIncomplete || end == size) break;
  }
  if (size > 0 && last.state != whole.state) std::abort();
  if (last.state == ParseState::kComplete &&
      (last.consumed != whole.consumed || request.target != first.target ||
       request.body != first.body))
    std::abort();
  return 0;
}
