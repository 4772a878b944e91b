#include "eventwire/dict/cameo.h"

#include <algorithm>
#include <cstdlib>

#include "dict/embedded.h"
#include "dict/lines.h"

namespace eventwire::dict {

bool is_well_formed_cameo(std::string_view code) {
  if (code.size() < 2 || code.size() > 4 || !internal::is_digits(code)) return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

std::string cameo_root(std::string_view code) {
  return is_well_formed_cameo(code) ? std::string(code.substr(0, 2)) : std::string();
}

bool is_null_code(std::string_view code) {
  return code.empty() || code == "---" || code == "###" || code == "+++";
}

CameoCodebook CameoCodebook::parse(std::string_view text) {
  CameoCodebook book;
  size_t pos = 0;
  uint32_t number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#' || line[0] == '@') continue;
    std::vector<std::string_view> cells;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      cells.push_back(
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    auto warn = [&](const std::string& why) {
      book.warnings_.push_back("codebook:" + std::to_string(number) + ": " + why);
    };
    if (cells.size() != 7) {
      warn("expected 7 tab-separated cells, got " + std::to_string(cells.size()));
      continue;
    }
    CameoCode code;
    code.code = std::string(cells[0]);
    if (!is_well_formed_cameo(code.code)) {
      warn("malformed code " + internal::quote(cells[0]));
      continue;
    }
    code.root = code.code.substr(0, 2);
    std::string quad(cells[1]), gold(cells[2]);
    char* stop = nullptr;
    code.quad_class = static_cast<int>(std::strtol(quad.c_str(), &stop, 10));
    if (*stop != '\0' || code.quad_class < 1 || code.quad_class > 4) {
      warn("bad QuadClass " + internal::quote(quad));
      continue;
    }
    code.goldstein = std::strtod(gold.c_str(), &stop);
    if (gold.empty() || *stop != '\0' || code.goldstein < -10 || code.goldstein > 10) {
      warn("bad Goldstein value " + internal::quote(gold));
      continue;
    }
    auto cell = [](std::string_view c) { return c == "-" ? std::string() : std::string(c); };
    code.plover_type = cell(cells[3]);
    code.plover_mode = cell(cells[4]);
    code.plover_context = cell(cells[5]);
    code.name = std::string(cells[6]);
    book.codes_.push_back(std::move(code));
  }
  std::sort(book.codes_.begin(), book.codes_.end(),
            [](const CameoCode& a, const CameoCode& b) { return a.code < b.code; });
  auto dup =
      std::adjacent_find(book.codes_.begin(), book.codes_.end(),
                         [](const CameoCode& a, const CameoCode& b) { return a.code == b.code; });
  if (dup != book.codes_.end())
    book.warnings_.push_back("codebook: code " + dup->code + " listed twice");
  return book;
}

const CameoCodebook& CameoCodebook::get() {
  static const CameoCodebook book = parse(internal::embedded_cameo_codebook());
  return book;
}

const CameoCode* CameoCodebook::find(std::string_view code) const {
  auto it = std::lower_bound(codes_.begin(), codes_.end(), code,
                             [](const CameoCode& c, std::string_view key) { return c.code < key; });
  return it != codes_.end() && it->code == code ? &*it : nullptr;
}

}  // namespace eventwire::dict
