#include "cli/quote_table.h"

#include <algorithm>

namespace eventwire::cli {
namespace {

constexpr size_t kColumns = 12;
const std::string kHeader[kColumns] = {
    "article",   "quote",       "kind", "speaker", "speaker_entity", "speaker_code",
    "addressee", "reported_by", "cue",  "content", "content_start",  "content_end"};

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// Table cells stay on one line and within a readable width.
std::string table_cell(const std::string& s, size_t width) {
  std::string flat;
  for (char c : s) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  size_t points = 0, cut = flat.size();
  for (size_t i = 0; i < flat.size(); ++i)
    if ((static_cast<unsigned char>(flat[i]) & 0xC0) != 0x80 && ++points > width) {
      cut = i;
      break;
    }
  if (cut < flat.size()) flat = flat.substr(0, cut) + "…";
  return flat;
}

std::string code_of(const Document& doc, const std::string& entity) {
  for (const Entity& e : doc.entities)
    if (e.id == entity) return e.actor_code;
  return "";
}

}  // namespace

void QuoteTableWriter::row(const std::string* cells, size_t count) {
  static const size_t widths[kColumns] = {24, 5, 8, 30, 6, 12, 20, 14, 16, 80, 8, 8};
  for (size_t i = 0; i < count; ++i) {
    if (i) out_ << (csv_ ? "," : "\t");
    out_ << (csv_ ? csv_cell(cells[i]) : table_cell(cells[i], widths[i]));
  }
  out_ << '\n';
}

void QuoteTableWriter::write_header() {
  row(kHeader, kColumns);
}

void QuoteTableWriter::write(const Document& doc) {
  for (const Quote& q : doc.quotes) {
    std::string reported;
    for (const std::string& r : q.reported_by) reported += (reported.empty() ? "" : " ") + r;
    const std::string cells[kColumns] = {doc.article.id,
                                         q.id,
                                         q.kind,
                                         q.speaker ? q.speaker->text : "",
                                         q.speaker_entity,
                                         code_of(doc, q.speaker_entity),
                                         q.addressee ? q.addressee->text : "",
                                         reported,
                                         q.cue.text,
                                         q.content.text,
                                         std::to_string(q.content.start),
                                         std::to_string(q.content.end)};
    row(cells, kColumns);
  }
}

}  // namespace eventwire::cli
