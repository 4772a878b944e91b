// HTTP/1.1 requests and responses as plain data, and a bounded, incremental
// request parser (no allocation beyond the request itself, no recursion).
// The server's event loop feeds it the bytes received so far; it says
// whether a whole request has arrived, how many bytes it took, or why the
// bytes can never be a request (with the status to answer).
//
// Self-contained (no other eventwire code) so the fuzzer links it alone.
// Thread safety: plain values; parse_request is reentrant.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eventwire::http {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;  // "GET", "POST", …
  std::string target;  // as sent: "/api/search?q=x"
  std::string path;    // percent-decoded, without the query
  Fields params;       // the decoded query, in order (a name may repeat)
  Fields headers;      // names lower-cased, values trimmed
  std::string body;
  bool keep_alive = true;  // HTTP/1.1 without "Connection: close", or 1.0 with keep-alive

  // The first header with that (lower-case) name, or null.
  const std::string* header(std::string_view name) const;
  bool has_param(std::string_view name) const;
  // The first value, or "".
  std::string param(std::string_view name) const;
  size_t param_count(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  Fields headers;  // besides Content-Type, Content-Length and Connection
  std::string body;

  void set_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
  void set_content(std::string content, std::string type) {
    body = std::move(content);
    content_type = std::move(type);
  }
};

struct ParseLimits {
  size_t max_header_bytes = 16 * 1024;  // request line and headers, with their line ends
  size_t max_headers = 64;
  size_t max_target_bytes = 8 * 1024;
  size_t max_body_bytes = 1 << 20;
};

enum class ParseState {
  kIncomplete,  // need more bytes
  kComplete,    // `request` is filled; `consumed` bytes belong to it
  kError,       // answer `status` with `message`, then close
};

struct ParseResult {
  ParseState state = ParseState::kIncomplete;
  size_t consumed = 0;
  bool headers_complete = false;  // with kIncomplete: the body is still arriving
  int status = 0;
  std::string message;
};

// Parses the request at the start of `bytes`. `scan_from` lets a caller that
// got kIncomplete before resume the search for the end of the headers where it
// stopped (pass the same variable each time; 0 for a new request), so bytes
// trickling in one at a time cost linear time overall.
ParseResult parse_request(std::string_view bytes, const ParseLimits& limits, Request& request,
                          size_t& scan_from);

// Decodes "%41+b" → "A b" (query style when `plus_is_space`); false on a
// malformed escape or a NUL.
bool percent_decode(std::string_view in, bool plus_is_space, std::string& out);

// The status line, headers and body, ready to send. `keep_alive` decides
// the Connection header; `head_only` omits the body (HEAD).
std::string serialize(const Response& response, bool keep_alive, bool head_only,
                      const Fields& default_headers);

const char* reason_phrase(int status);

}  // namespace eventwire::http
