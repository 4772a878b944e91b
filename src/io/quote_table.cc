#include "io/quote_table.h"

#include <algorithm>

namespace eventwire {
namespace {

constexpr size_t kColumns = 13;
const std::string kHeader[kColumns] = {
    "article",        "quote",         "kind",       "speaker",     "speaker_name",
    "speaker_entity", "speaker_code",  "addressee",  "reported_by", "cue",
    "content",        "content_start", "content_end"};

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

const Entity* entity_of(const Document& doc, const std::string& id) {
  for (const Entity& e : doc.entities)
    if (!id.empty() && e.id == id) return &e;
  return nullptr;
}

}  // namespace

void QuoteTableWriter::row(const std::string* cells, size_t count) {
  for (size_t i = 0; i < count; ++i) out_ << (i ? "," : "") << csv_cell(cells[i]);
  out_ << '\n';
}

void QuoteTableWriter::write_header() {
  row(kHeader, kColumns);
}

void QuoteTableWriter::write(const Document& doc) {
  for (const Quote& q : doc.quotes) {
    // Reporters by name (entity ids mean nothing outside the JSON), outermost first.
    std::string reported;
    for (const std::string& r : q.reported_by) {
      const Entity* e = entity_of(doc, r);
      reported += (reported.empty() ? "" : "; ") + (e && !e->name.empty() ? e->name : r);
    }
    const Entity* speaker = entity_of(doc, q.speaker_entity);
    const std::string cells[kColumns] = {doc.article.id,
                                         q.id,
                                         q.kind,
                                         q.speaker ? q.speaker->text : "",
                                         speaker ? speaker->name : "",
                                         q.speaker_entity,
                                         speaker ? speaker->actor_code : "",
                                         q.addressee ? q.addressee->text : "",
                                         reported,
                                         q.cue.text,
                                         q.content.text,
                                         std::to_string(q.content.start),
                                         std::to_string(q.content.end)};
    row(cells, kColumns);
  }
}

}  // namespace eventwire
