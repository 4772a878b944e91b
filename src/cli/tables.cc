#include "cli/tables.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>

namespace eventwire::cli {
namespace {

constexpr int kGap = 2;  // spaces between columns
const std::string kEllipsis = "…";

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The first `points` code points of `s`.
std::string_view prefix_points(std::string_view s, int points) {
  size_t i = 0;
  for (int n = 0; i < s.size(); ++i)
    if (!is_continuation(s[i]) && n++ == points) break;
  return s.substr(0, i);
}

// A word too long for its column: its head and "…".
std::string elide_word(std::string_view word, int width) {
  if (width <= 1) return kEllipsis;
  return std::string(prefix_points(word, width - 1)) + kEllipsis;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\r') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string pad(const std::string& s, int width) {
  int w = display_width(s);
  return w >= width ? s : s + std::string(static_cast<size_t>(width - w), ' ');
}

std::string signed_number(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%+.1f", value);
  return buffer;
}

const Entity* find_entity(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Entity& e : doc.entities)
    if (e.id == id) return &e;
  return nullptr;
}

// "Name (CODE)" wrapped into `width`, the code always kept: the name is elided
// first (to max_lines - 1 lines when the code needs a line of its own).
std::string name_and_code(const std::string& name, const std::string& code, int width,
                          int max_lines) {
  if (code.empty()) return name;
  std::string tag = "(" + code + ")";
  std::vector<std::string> lines = wrap_words(name + " " + tag, width, max_lines);
  if (!lines.empty() && lines.back().ends_with(tag)) return name + " " + tag;
  lines = wrap_words(name, width, std::max(1, max_lines - 1));
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out + tag;
}

// The entity's name (the mention text when it has none) and code; "—" for none.
std::string actor_cell(const Document& doc, const std::optional<EventArgument>& arg, int width,
                       int max_lines) {
  if (!arg) return "—";
  const Entity* e = find_entity(doc, arg->entity);
  std::string name = e && !e->name.empty() ? e->name : arg->mention.text;
  return name_and_code(name, arg->actor_code, width, max_lines);
}

std::string speaker_cell(const Document& doc, const Quote& q, int width, int max_lines) {
  if (!q.speaker) return "—";
  const Entity* e = find_entity(doc, q.speaker_entity);
  std::string name = e && !e->name.empty() ? e->name : q.speaker->text;
  return name_and_code(name, e ? e->actor_code : "", width, max_lines);
}

// The sentence of an event, starting a few words before the verb when the whole
// sentence would not fit into `capacity` characters.
std::string event_snippet(const Document& doc, const Event& e, int capacity) {
  if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size())) return "";
  const Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
  std::string text = sentence_text(doc, e.sentence);
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  int verb = static_cast<int>(e.start) - static_cast<int>(s.start);
  if (display_width(text) <= capacity || verb <= capacity / 3) return text;
  // Drop whole words from the front until the verb sits in the first third.
  std::string_view view(text);
  size_t cut = prefix_points(view, verb - capacity / 4).size();
  while (cut < view.size() && view[cut] != ' ') ++cut;
  return kEllipsis + " " + std::string(view.substr(std::min(cut + 1, view.size())));
}

std::vector<TableColumn> columns_of(TableKind kind) {
  switch (kind) {
    case TableKind::kEvents:
      return {{"date", 10, 0, 0, 1},
              {"source", 0, 2, 12, 3},
              {"event", 10, 0, 0, 3},
              {"target", 0, 2, 12, 3},
              {"sentence", 0, 4, 20, 3}};
    case TableKind::kEntities:
      return {{"id", 4, 0, 0, 1},
              {"type", 6, 0, 0, 1},
              {"name", 0, 3, 12, 2},
              {"code", 0, 1, 9, 2},
              {"mentions", 0, 4, 16, 2}};
    case TableKind::kPlaces:
      return {{"id", 4, 0, 0, 1},      {"text", 0, 2, 10, 2},     {"place", 0, 3, 12, 2},
              {"country", 7, 0, 0, 1}, {"lat, lon", 17, 0, 0, 1}, {"geonames", 9, 0, 0, 1}};
    case TableKind::kTimes:
      return {
          {"id", 4, 0, 0, 1}, {"text", 0, 3, 12, 2}, {"type", 8, 0, 0, 1}, {"value", 0, 2, 10, 1}};
    case TableKind::kQuotes:
      return {{"id", 4, 0, 0, 1},
              {"kind", 8, 0, 0, 1},
              {"speaker", 0, 2, 12, 3},
              {"cue", 0, 1, 8, 2},
              {"content", 0, 5, 20, 3}};
  }
  return {};
}

}  // namespace

int display_width(std::string_view s) {
  int n = 0;
  for (char c : s) n += !is_continuation(c);
  return n;
}

int table_width(int requested, const std::string& output) {
  if (requested > 0) return requested;
  if (output == "-" && isatty(STDOUT_FILENO)) {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
  }
  return 100;
}

std::vector<std::string> wrap_words(std::string_view text, int width, int max_lines) {
  width = std::max(width, 1);
  max_lines = std::max(max_lines, 1);
  std::vector<std::string> lines;
  bool truncated = false;
  size_t at = 0;
  while (at <= text.size() && !truncated) {
    size_t nl = text.find('\n', at);
    std::string_view paragraph =
        text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    std::string line;
    int line_width = 0;
    for (std::string_view word : split_words(paragraph)) {
      int w = display_width(word);
      if (line_width > 0 && line_width + 1 + w <= width) {
        line += ' ';
        line += word;
        line_width += 1 + w;
        continue;
      }
      if (line_width > 0) {
        if (static_cast<int>(lines.size()) + 1 == max_lines) {
          truncated = true;
          break;
        }
        lines.push_back(std::move(line));
      }
      line = w <= width ? std::string(word) : elide_word(word, width);
      line_width = display_width(line);
    }
    if (truncated) {
      // The last line ends with "…" after its last whole word that leaves room
      // (a lone word that fills the line stays whole, without the mark).
      while (line_width + 2 > width) {
        size_t space = line.rfind(' ');
        if (space == std::string::npos) break;
        line.resize(space);
        line_width = display_width(line);
      }
      if (line_width + 2 <= width) line += " " + kEllipsis;
      lines.push_back(std::move(line));
      break;
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    if (static_cast<int>(lines.size()) == max_lines) {
      if (nl + 1 < text.size()) {
        std::string& last = lines.back();
        if (display_width(last) + 2 <= width) last += " " + kEllipsis;
      }
      break;
    }
    at = nl + 1;
  }
  return lines;
}

TextTable::TextTable(std::ostream& out, std::vector<TableColumn> columns, int total_width)
    : out_(out), columns_(std::move(columns)), total_width_(total_width) {
  int fixed = kGap * (static_cast<int>(columns_.size()) - 1), weights = 0;
  for (const TableColumn& c : columns_) {
    fixed += c.width;
    weights += c.weight;
  }
  int left = std::max(0, total_width - fixed);
  widths_.resize(columns_.size());
  int given = 0, last_flexible = -1;
  for (size_t i = 0; i < columns_.size(); ++i) {
    const TableColumn& c = columns_[i];
    if (c.width > 0) {
      widths_[i] = c.width;
      continue;
    }
    widths_[i] = weights > 0 ? left * c.weight / weights : c.min_width;
    given += widths_[i];
    last_flexible = static_cast<int>(i);
  }
  // Rounding leftovers go to the last flexible column.
  if (last_flexible >= 0) widths_[static_cast<size_t>(last_flexible)] += left - given;
  // Columns under their minimum take width from those above theirs, when the
  // others can spare it; a very narrow table keeps the shares by weight.
  int deficit = 0, surplus = 0;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].width > 0) continue;
    deficit += std::max(0, columns_[i].min_width - widths_[i]);
    surplus += std::max(0, widths_[i] - columns_[i].min_width);
  }
  if (deficit > 0 && deficit <= surplus) {
    int taken = 0, donor = -1;
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].width > 0) continue;
      int spare = widths_[i] - columns_[i].min_width;
      if (spare > 0) {
        int give = deficit * spare / surplus;
        widths_[i] -= give;
        taken += give;
        donor = static_cast<int>(i);
      } else {
        widths_[i] = columns_[i].min_width;
      }
    }
    if (donor >= 0) widths_[static_cast<size_t>(donor)] -= deficit - taken;
  }
  for (int& w : widths_) w = std::max(w, 4);
}

void TextTable::write_row(const std::vector<std::string>& cells) {
  std::vector<std::vector<std::string>> wrapped(columns_.size());
  size_t height = 1;
  for (size_t i = 0; i < columns_.size(); ++i) {
    wrapped[i] = wrap_words(i < cells.size() ? cells[i] : "", widths_[i], columns_[i].max_lines);
    height = std::max(height, wrapped[i].size());
  }
  // Rows of several lines are set apart from their neighbours by a blank line.
  if (any_row_ && (height > 1 || last_height_ > 1)) out_ << '\n';
  for (size_t line = 0; line < height; ++line) {
    std::string text;
    for (size_t i = 0; i < columns_.size(); ++i) {
      const std::string cell = line < wrapped[i].size() ? wrapped[i][line] : "";
      if (i + 1 == columns_.size()) {
        text += cell;
      } else {
        text += pad(cell, widths_[i]);
        text.append(kGap, ' ');
      }
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out_ << text << '\n';
  }
  any_row_ = true;
  last_height_ = height;
}

void TextTable::write_header() {
  std::string head, rule;
  for (size_t i = 0; i < columns_.size(); ++i) {
    bool last = i + 1 == columns_.size();
    head += last ? columns_[i].header : pad(columns_[i].header, widths_[i]);
    for (int k = 0; k < widths_[i]; ++k) rule += "─";
    if (!last) {
      head.append(kGap, ' ');
      rule.append(kGap, ' ');
    }
  }
  while (!head.empty() && head.back() == ' ') head.pop_back();
  out_ << head << '\n' << rule << '\n';
  any_row_ = false;
}

void TextTable::write_caption(const std::string& text) {
  std::vector<std::string> lines = wrap_words(text, total_width_, 1);
  if (any_caption_) out_ << '\n';
  any_caption_ = true;
  out_ << (lines.empty() ? "" : lines[0]) << '\n';
  any_row_ = false;
}

std::string sentence_text(const Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.sentences.size())) return "";
  const Sentence& s = doc.sentences[static_cast<size_t>(index)];
  if (s.byte_end > doc.article.text.size() || s.byte_start > s.byte_end) return "";
  return doc.article.text.substr(s.byte_start, s.byte_end - s.byte_start);
}

DocumentTableWriter::DocumentTableWriter(std::ostream& out, TableKind kind, int total_width,
                                         bool all_modalities)
    : kind_(kind), all_modalities_(all_modalities), table_(out, columns_of(kind), total_width) {}

void DocumentTableWriter::write(const Document& doc) {
  std::vector<std::vector<std::string>> rows;
  switch (kind_) {
    case TableKind::kEvents: {
      const std::vector<int>& w = table_.widths();
      int capacity = w[4] * 3 - 4;
      for (const Event& e : doc.events) {
        if (!all_modalities_ && e.modality != "asserted") continue;
        std::string event = e.code + " " + signed_number(e.goldstein);
        if (!e.plover.empty()) event += "\n" + e.plover;
        if (e.modality != "asserted") event += "\n" + e.modality;
        rows.push_back({e.date.empty() ? doc.article.date : e.date,
                        actor_cell(doc, e.source, w[1], 3), event,
                        actor_cell(doc, e.target, w[3], 3), event_snippet(doc, e, capacity)});
      }
      break;
    }
    case TableKind::kEntities:
      for (const Entity& e : doc.entities) {
        // Distinct mention texts, commonest first.
        std::map<std::string, int> counts;
        for (const Mention& m : e.mentions) ++counts[m.text];
        std::vector<std::pair<std::string, int>> order(counts.begin(), counts.end());
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        std::string mentions = std::to_string(e.mentions.size()) + "×:";
        for (size_t i = 0; i < order.size(); ++i) mentions += (i ? "; " : " ") + order[i].first;
        rows.push_back({e.id, e.type, e.name, e.actor_code.empty() ? "—" : e.actor_code, mentions});
      }
      break;
    case TableKind::kPlaces:
      for (const Place& p : doc.places) {
        char coords[48];
        std::snprintf(coords, sizeof coords, "%.3f, %.3f", p.lat, p.lon);
        rows.push_back({p.id, p.text, p.name + (p.admin1.empty() ? "" : " (" + p.admin1 + ")"),
                        p.country, coords, p.geonames_id ? std::to_string(p.geonames_id) : "—"});
      }
      break;
    case TableKind::kTimes:
      for (const TimeExpression& t : doc.times) rows.push_back({t.id, t.text, t.type, t.value});
      break;
    case TableKind::kQuotes:
      for (const Quote& q : doc.quotes) {
        std::string content = q.content.text;
        for (char& c : content)
          if (c == '\n' || c == '\t') c = ' ';
        rows.push_back(
            {q.id, q.kind, speaker_cell(doc, q, table_.widths()[2], 3), q.cue.text, content});
      }
      break;
  }
  if (rows.empty()) return;
  if (!header_written_) {
    table_.write_header();
    header_written_ = true;
  }
  std::string caption = "── " + doc.article.id;
  if (!doc.article.date.empty()) caption += " · " + doc.article.date;
  if (!doc.article.title.empty()) caption += " · " + doc.article.title;
  table_.write_caption(caption);
  for (const auto& row : rows) table_.write_row(row);
}

}  // namespace eventwire::cli
