#include "eventwire/conllu.h"

#include <charconv>
#include <fstream>
#include <string_view>

namespace eventwire {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool parse_int(std::string_view s, int& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool misc_has_no_space(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    std::string_view item = misc.substr(pos, bar == std::string_view::npos ? bar : bar - pos);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return false;
}

std::string_view value_after(std::string_view comment, std::string_view key) {
  // "key = value" or "key=value"
  if (comment.substr(0, key.size()) != key) return {};
  std::string_view rest = comment.substr(key.size());
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i >= rest.size() || rest[i] != '=') return {};
  ++i;
  while (i < rest.size() && rest[i] == ' ') ++i;
  return rest.substr(i);
}

}  // namespace

bool ConlluSentence::space_after(size_t word_index) const {
  for (const ConlluRange& range : ranges) {
    if (static_cast<size_t>(range.last - 1) == word_index) return !misc_has_no_space(range.misc);
    if (static_cast<size_t>(range.first - 1) <= word_index &&
        word_index < static_cast<size_t>(range.last - 1))
      return false;
  }
  return word_index >= words.size() || !misc_has_no_space(words[word_index].misc);
}

std::vector<ConlluSentence::Surface> ConlluSentence::surface_tokens() const {
  std::vector<Surface> out;
  size_t next_range = 0;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    while (next_range < ranges.size() && ranges[next_range].last - 1 < i) ++next_range;
    if (next_range < ranges.size() && ranges[next_range].first - 1 == i) {
      out.push_back({ranges[next_range].form, i, ranges[next_range].last - 1});
      i = ranges[next_range].last - 1;
      ++next_range;
    } else {
      out.push_back({words[i].form, i, i});
    }
  }
  return out;
}

ConlluReader::ConlluReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

bool ConlluReader::next(ConlluSentence& sentence, Status& status) {
  sentence = ConlluSentence();
  status = Status::ok();
  std::string line;
  bool started = false, broken = false;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (started) break;
      continue;
    }
    if (!started) sentence.line = line_number_;
    started = true;
    if (broken) continue;
    if (line[0] == '#') {
      std::string_view comment(line);
      comment.remove_prefix(1);
      if (!comment.empty() && comment[0] == ' ') comment.remove_prefix(1);
      sentence.comments.emplace_back(comment);
      if (auto v = value_after(comment, "sent_id"); !v.empty())
        sentence.sent_id = v;
      else if (auto t = value_after(comment, "text"); !t.empty())
        sentence.text = t;
      else if (comment.substr(0, 6) == "newdoc") {
        sentence.newdoc = true;
        sentence.newdoc_id = value_after(comment, "newdoc id");
      } else if (comment.substr(0, 6) == "newpar") {
        sentence.newpar = true;
      }
      continue;
    }
    auto fields = split_tabs(line);
    if (fields.size() != 10) {
      status = Status::invalid_input(name_ + ":" + std::to_string(line_number_) +
                                     ": expected 10 tab-separated columns, found " +
                                     std::to_string(fields.size()));
      broken = true;
      continue;
    }
    std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos)
      continue;  // empty nodes (enhanced graphs) are not used
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluRange range;
      if (!parse_int(id.substr(0, dash), range.first) ||
          !parse_int(id.substr(dash + 1), range.last)) {
        status = Status::invalid_input(name_ + ":" + std::to_string(line_number_) +
                                       ": bad token range \"" + std::string(id) + "\"");
        broken = true;
        continue;
      }
      range.form = fields[1];
      range.misc = fields[9];
      sentence.ranges.push_back(std::move(range));
      continue;
    }
    ConlluWord word;
    word.form = fields[1];
    word.lemma = fields[2];
    word.upos = fields[3];
    word.xpos = fields[4];
    word.feats = fields[5];
    if (fields[6] != "_" && !parse_int(fields[6], word.head)) {
      status = Status::invalid_input(name_ + ":" + std::to_string(line_number_) + ": bad head \"" +
                                     std::string(fields[6]) + "\"");
      broken = true;
      continue;
    }
    word.deprel = fields[7];
    word.deps = fields[8];
    word.misc = fields[9];
    sentence.words.push_back(std::move(word));
  }
  if (broken) return true;  // caller sees the error and may continue
  return started;
}

Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open \"" + path + "\"");
  ConlluReader reader(in, path);
  std::vector<ConlluSentence> sentences;
  ConlluSentence sentence;
  Status status;
  while (reader.next(sentence, status)) {
    if (!status.is_ok()) return status;
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

namespace {
const std::string& or_underscore(const std::string& s) {
  static const std::string underscore = "_";
  return s.empty() ? underscore : s;
}
}  // namespace

void write_conllu(std::ostream& out, const Document& doc, const Sentence& sentence) {
  out << "# sent_id = " << doc.article.id << "-" << (sentence.id + 1) << "\n";
  std::string_view text(doc.article.text);
  std::string sentence_text(
      text.substr(sentence.byte_start, sentence.byte_end - sentence.byte_start));
  for (char& c : sentence_text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  out << "# text = " << sentence_text << "\n";
  size_t next_range = 0;
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    bool in_range = false;
    if (next_range < sentence.multiword_tokens.size() &&
        sentence.multiword_tokens[next_range].first == static_cast<int>(i)) {
      const MultiwordToken& range = sentence.multiword_tokens[next_range];
      const Token& last = sentence.tokens[range.last];
      out << (range.first + 1) << '-' << (range.last + 1) << '\t' << range.text
          << "\t_\t_\t_\t_\t_\t_\t_\t" << (last.space_after ? "_" : "SpaceAfter=No") << '\n';
      ++next_range;
    }
    for (const MultiwordToken& range : sentence.multiword_tokens)
      if (range.first <= static_cast<int>(i) && static_cast<int>(i) <= range.last) in_range = true;
    out << (i + 1) << '\t' << token.text << '\t' << or_underscore(token.lemma) << '\t'
        << or_underscore(token.upos) << '\t' << or_underscore(token.xpos) << '\t'
        << or_underscore(token.feats) << '\t';
    if (token.head >= 0)
      out << token.head;
    else
      out << '_';
    out << '\t' << or_underscore(token.deprel) << "\t_\t";
    std::string misc = "start=" + std::to_string(token.start) + "|end=" + std::to_string(token.end);
    if (!token.space_after && !in_range) misc = "SpaceAfter=No|" + misc;
    out << misc << '\n';
  }
  out << '\n';
}

void write_conllu(std::ostream& out, const ConlluSentence& sentence) {
  for (const std::string& comment : sentence.comments) out << "# " << comment << '\n';
  size_t next_range = 0;
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    if (next_range < sentence.ranges.size() &&
        sentence.ranges[next_range].first == static_cast<int>(i + 1)) {
      const ConlluRange& range = sentence.ranges[next_range++];
      out << range.first << '-' << range.last << '\t' << range.form << "\t_\t_\t_\t_\t_\t_\t_\t"
          << or_underscore(range.misc) << '\n';
    }
    const ConlluWord& w = sentence.words[i];
    out << (i + 1) << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t'
        << w.feats << '\t';
    if (w.head >= 0)
      out << w.head;
    else
      out << '_';
    out << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc << '\n';
  }
  out << '\n';
}

}  // namespace eventwire
