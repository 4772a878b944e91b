// The request parser and response writer of http.h.
#include "server/http.h"
#include "base/strings.h"

#include <algorithm>
#include <cstdint>

namespace eventwire::http {
namespace {

bool is_token_char(char c) {
  if (c >= 'a' && c <= 'z') return true;
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  return base::trim(s, " \t\r");
}

ParseResult fail(int status, std::string message) {
  ParseResult r;
  r.state = ParseState::kError;
  r.status = status;
  r.message = std::move(message);
  return r;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// True when `list` (a comma-separated header value) contains `token`, case-insensitively.
bool has_token(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = trim(list.substr(0, comma));
    if (lower(item) == token) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace

const std::string* Request::header(std::string_view name) const {
  for (const auto& [key, value] : headers)
    if (key == name) return &value;
  return nullptr;
}

bool Request::has_param(std::string_view name) const {
  return param_count(name) > 0;
}

std::string Request::param(std::string_view name) const {
  for (const auto& [key, value] : params)
    if (key == name) return value;
  return {};
}

size_t Request::param_count(std::string_view name) const {
  return static_cast<size_t>(
      std::count_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; }));
}

bool percent_decode(std::string_view in, bool plus_is_space, std::string& out) {
  out.clear();
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
      if (c == '\0') return false;
    } else if (c == '+' && plus_is_space) {
      c = ' ';
    }
    out += c;
  }
  return true;
}

ParseResult parse_request(std::string_view bytes, const ParseLimits& limits, Request& request,
                          size_t& scan_from) {
  // Empty lines before a request are ignored (RFC 9112 §2.2).
  size_t start = 0;
  while (start < bytes.size() && (bytes[start] == '\r' || bytes[start] == '\n')) ++start;
  if (start > limits.max_header_bytes) return fail(400, "empty lines instead of a request");
  if (scan_from < start) scan_from = start;
  // The end of the headers: an empty line, "\r\n" or a bare "\n".
  size_t end = std::string_view::npos;
  size_t i = scan_from;
  for (; i < bytes.size(); ++i) {
    if (bytes[i] != '\n') continue;
    if (i + 1 >= bytes.size()) break;
    if (bytes[i + 1] == '\n') {
      end = i + 2;
      break;
    }
    if (bytes[i + 1] == '\r') {
      if (i + 2 >= bytes.size()) break;
      if (bytes[i + 2] == '\n') {
        end = i + 3;
        break;
      }
    }
  }
  if (end == std::string_view::npos) {
    scan_from = i;
    if (bytes.size() - start > limits.max_header_bytes)
      return fail(431, "request headers over the limit of " +
                           std::to_string(limits.max_header_bytes) + " bytes");
    return {};
  }
  if (end - start > limits.max_header_bytes)
    return fail(431, "request headers over the limit of " +
                         std::to_string(limits.max_header_bytes) + " bytes");

  std::string_view head = bytes.substr(start, end - start);
  request = Request();
  // Request line.
  size_t line_end = head.find('\n');
  std::string_view line = trim(head.substr(0, line_end));
  size_t sp1 = line.find(' ');
  size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp1 == std::string_view::npos || sp2 == std::string_view::npos ||
      line.find(' ', sp2 + 1) != std::string_view::npos)
    return fail(400, "malformed request line");
  std::string_view method = line.substr(0, sp1), target = line.substr(sp1 + 1, sp2 - sp1 - 1),
                   version = line.substr(sp2 + 1);
  if (method.empty() || method.size() > 16 ||
      !std::all_of(method.begin(), method.end(), is_token_char))
    return fail(400, "malformed request method");
  if (version != "HTTP/1.1" && version != "HTTP/1.0")
    return fail(505, "only HTTP/1.0 and HTTP/1.1 are served");
  if (target.size() > limits.max_target_bytes)
    return fail(414, "request target of " + std::to_string(target.size()) +
                         " bytes is over the limit of " + std::to_string(limits.max_target_bytes) +
                         " bytes");
  if (target.empty() || target[0] != '/')
    return fail(400, "the request target must start with \"/\"");
  for (char c : target)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
      return fail(400, "control byte in the request target");
  request.method = std::string(method);
  request.target = std::string(target);
  request.keep_alive = version == "HTTP/1.1";

  // Headers.
  bool has_length = false;
  uint64_t length = 0;
  size_t pos = line_end + 1;
  while (pos < head.size()) {
    size_t next = head.find('\n', pos);
    if (next == std::string_view::npos) next = head.size();
    std::string_view field = head.substr(pos, next - pos);
    pos = next + 1;
    if (!field.empty() && field.back() == '\r') field.remove_suffix(1);
    if (field.empty()) break;  // the final empty line
    if (request.headers.size() >= limits.max_headers)
      return fail(431, "more than " + std::to_string(limits.max_headers) + " request headers");
    size_t colon = field.find(':');
    if (colon == 0 || colon == std::string_view::npos) return fail(400, "malformed header line");
    std::string_view name = field.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(), is_token_char))
      return fail(400, "malformed header name");
    std::string_view value = trim(field.substr(colon + 1));
    for (char c : value)
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F)
        return fail(400, "control byte in a header value");
    std::string key = lower(name);
    if (key == "content-length") {
      if (value.empty() || value.size() > 18 ||
          !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return fail(400, "malformed Content-Length");
      uint64_t v = std::stoull(std::string(value));
      if (has_length && v != length) return fail(400, "conflicting Content-Length headers");
      has_length = true, length = v;
    } else if (key == "transfer-encoding") {
      return fail(411, "chunked request bodies are not supported: send Content-Length");
    } else if (key == "connection") {
      if (has_token(value, "close")) request.keep_alive = false;
      if (has_token(value, "keep-alive") && version == "HTTP/1.0") request.keep_alive = true;
    }
    request.headers.emplace_back(std::move(key), std::string(value));
  }
  if (length > limits.max_body_bytes)
    return fail(413, "request body of " + std::to_string(length) + " bytes is over the limit of " +
                         std::to_string(limits.max_body_bytes) + " bytes");
  if (bytes.size() - end < length) {
    ParseResult r;
    r.headers_complete = true;
    return r;
  }
  request.body = std::string(bytes.substr(end, length));

  // Path and query.
  std::string_view raw_path = target, query;
  if (size_t q = target.find('?'); q != std::string_view::npos) {
    raw_path = target.substr(0, q);
    query = target.substr(q + 1);
  }
  if (size_t hash = query.find('#'); hash != std::string_view::npos) query = query.substr(0, hash);
  if (!percent_decode(raw_path, false, request.path))
    return fail(400, "malformed percent-encoding in the path");
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string name, value;
    if (!percent_decode(pair.substr(0, eq), true, name) ||
        (eq != std::string_view::npos && !percent_decode(pair.substr(eq + 1), true, value)))
      return fail(400, "malformed percent-encoding in the query (a NUL byte or a bad %XX)");
    request.params.emplace_back(std::move(name), std::move(value));
  }
  ParseResult r;
  r.state = ParseState::kComplete;
  r.consumed = end + length;
  r.headers_complete = true;
  return r;
}

const char* reason_phrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 204:
      return "No Content";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 411:
      return "Length Required";
    case 413:
      return "Content Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return "Status";
  }
}

std::string serialize(const Response& response, bool keep_alive, bool head_only,
                      const Fields& default_headers) {
  std::string out;
  out.reserve(256 + (head_only ? 0 : response.body.size()));
  out +=
      "HTTP/1.1 " + std::to_string(response.status) + " " + reason_phrase(response.status) + "\r\n";
  if (!response.content_type.empty()) out += "Content-Type: " + response.content_type + "\r\n";
  out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  out += keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
  for (const auto& [name, value] : default_headers) out += name + ": " + value + "\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  out += "\r\n";
  if (!head_only) out += response.body;
  return out;
}

}  // namespace eventwire::http
