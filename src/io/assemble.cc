// Dates, paragraphs and the assembly of an article's single `text`.
#include <cctype>
#include <cstdio>

#include "eventwire/io.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

bool all_digits(const std::string& s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

bool is_blank(const std::string& line) {
  for (char c : line)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

}  // namespace

Result<std::string> normalize_date(const std::string& raw) {
  std::string input = trim(raw);
  if (input.empty()) return Status::invalid_input("missing date");
  int year = 0, month = 0, day = 0;
  if (all_digits(input, 0, 8) && (input.size() == 8 || !std::isdigit(static_cast<unsigned char>(input[8])))) {
    year = std::stoi(input.substr(0, 4)), month = std::stoi(input.substr(4, 2)), day = std::stoi(input.substr(6, 2));
  } else if (all_digits(input, 0, 4) && input.size() >= 10 && (input[4] == '-' || input[4] == '/') &&
             input[7] == input[4] && all_digits(input, 5, 2) && all_digits(input, 8, 2) &&
             (input.size() == 10 || input[10] == 'T' || input[10] == ' ')) {
    year = std::stoi(input.substr(0, 4)), month = std::stoi(input.substr(5, 2)), day = std::stoi(input.substr(8, 2));
  } else {
    return Status::invalid_input("date \"" + raw + "\" is not in the form YYYY-MM-DD");
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days_in_month = month >= 1 && month <= 12 ? kDays[month - 1] + (month == 2 && leap) : 0;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month)
    return Status::invalid_input("date \"" + raw + "\" is not a valid calendar date");
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

std::vector<std::string> split_paragraphs(const std::string& body) {
  std::vector<std::string> lines;
  for (size_t start = 0; start <= body.size();) {
    size_t newline = body.find('\n', start);
    if (newline == std::string::npos) newline = body.size();
    lines.push_back(body.substr(start, newline - start));
    start = newline + 1;
  }
  // Blank lines separate paragraphs; a body without any uses single line breaks.
  size_t first = 0, last = lines.size();
  while (first < last && is_blank(lines[first])) ++first;
  while (last > first && is_blank(lines[last - 1])) --last;
  bool has_blank_line = false;
  for (size_t i = first; i < last; ++i) has_blank_line = has_blank_line || is_blank(lines[i]);
  std::vector<std::string> paragraphs;
  std::string current;
  for (size_t i = first; i < last; ++i) {
    if (!has_blank_line) {
      if (!is_blank(lines[i])) paragraphs.push_back(trim(lines[i]));
      continue;
    }
    if (is_blank(lines[i])) {
      if (!current.empty()) paragraphs.push_back(trim(current));
      current.clear();
      continue;
    }
    if (!current.empty()) current += '\n';
    current += lines[i];
  }
  if (!trim(current).empty()) paragraphs.push_back(trim(current));
  return paragraphs;
}

Status assemble_article(Article& article, const std::vector<std::string>& paragraphs) {
  auto normalize_field = [](std::string& field, const char* name) -> Status {
    auto normalized = normalize_nfc(field);
    if (!normalized) return Status::invalid_input(std::string(name) + ": " + normalized.status().message());
    field = std::move(*normalized);
    return Status::ok();
  };
  for (auto [field, name] : {std::pair{&article.title, "title"}, {&article.source, "source"}, {&article.url, "url"},
                             {&article.id, "id"}}) {
    if (Status s = normalize_field(*field, name); !s) return s;
  }
  article.title = trim(article.title);
  for (char& c : article.title)
    if (c == '\n' || c == '\t') c = ' ';
  article.text.clear();
  article.paragraphs.clear();
  article.title_span = {};
  uint32_t cp = 0;
  if (!article.title.empty()) {
    article.text = article.title;
    cp = count_code_points(article.text);
    article.title_span = {0, cp};
  }
  size_t index = 0;
  for (const std::string& raw : paragraphs) {
    ++index;
    auto normalized = normalize_nfc(raw);
    if (!normalized) return Status::invalid_input("paragraph " + std::to_string(index) + ": " + normalized.status().message());
    std::string paragraph = trim(*normalized);
    if (paragraph.empty()) continue;
    if (!article.text.empty()) article.text += "\n\n", cp += 2;
    uint32_t length = count_code_points(paragraph);
    article.paragraphs.push_back({cp, cp + length});
    article.text += paragraph;
    cp += length;
  }
  if (article.paragraphs.empty() && article.title.empty()) return Status::invalid_input("empty article: no title and no text");
  return Status::ok();
}

}  // namespace eventwire
