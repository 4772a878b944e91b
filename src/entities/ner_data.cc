// Readers for NER training and evaluation data: CoNLL-style IOB1/IOB2 files
// and GUM CoNLL-U entity annotations.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "eventwire/conllu.h"
#include "eventwire/ner.h"

namespace eventwire {

namespace {

std::vector<std::string> split_columns(const std::string& line) {
  std::vector<std::string> cols;
  const bool tabs = line.find('\t') != std::string::npos;
  std::string cur;
  for (char c : line) {
    if (c == '\t' || (!tabs && (c == ' '))) {
      if (!cur.empty() || tabs) cols.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur += c;
    }
  }
  if (!cur.empty() || tabs) cols.push_back(cur);
  return cols;
}

// Other corpora's names for our types (CrossNER, re3d, OntoNotes-style sets): a
// politician is a person, a political party an organization, a country a location.
std::string canonical_type(const std::string& type) {
  std::string lower;
  for (char c : type) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "per" || lower == "person" || lower == "politician") return "PER";
  if (lower == "org" || lower == "organisation" || lower == "organization" ||
      lower == "politicalparty")
    return "ORG";
  if (lower == "loc" || lower == "location" || lower == "country") return "LOC";
  return type;
}

// "O", or a prefix B/I/E/L/S/U, a dash and a type.
bool parse_tag(const std::string& tag, char& prefix, std::string& type) {
  if (tag == "O") {
    prefix = 'O';
    type.clear();
    return true;
  }
  if (tag.size() < 3 || tag[1] != '-' || std::string("BIELSU").find(tag[0]) == std::string::npos)
    return false;
  prefix = tag[0];
  type = canonical_type(tag.substr(2));
  return true;
}

// Spans from IOB1, IOB2 or BIOES/BILOU tags: an I- continues only a span of the same type.
std::vector<NamedSpan> spans_from_tags(const std::vector<std::pair<char, std::string>>& tags) {
  std::vector<NamedSpan> spans;
  int open = -1;
  std::string open_type;
  auto close = [&](int end) {
    if (open >= 0) spans.push_back({0, open, end, open_type});
    open = -1;
  };
  for (int i = 0; i < static_cast<int>(tags.size()); ++i) {
    const auto& [prefix, type] = tags[i];
    bool continues = open >= 0 && open_type == type;
    if (prefix == 'O') {
      close(i);
    } else if (prefix == 'B' || prefix == 'S' || prefix == 'U' || !continues) {
      close(i);
      open = i;
      open_type = type;
    }
    if (prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U') close(i + 1);
  }
  close(static_cast<int>(tags.size()));
  return spans;
}

struct Row {
  std::vector<std::string> cols;
  uint64_t line = 0;
};

Status finish_sentence(std::vector<Row>& rows, const std::string& doc_id, const std::string& path,
                       std::vector<NerSentence>& out) {
  if (rows.empty()) return Status::ok();
  bool indexed = true;
  for (size_t k = 0; k < rows.size() && indexed; ++k)
    indexed = rows[k].cols.size() >= 3 && rows[k].cols[0] == std::to_string(k + 1);
  NerSentence sentence;
  sentence.doc_id = doc_id;
  std::vector<std::pair<char, std::string>> tags;
  for (const Row& row : rows) {
    if (row.cols.size() < 2)
      return Status::invalid_input(path + ":" + std::to_string(row.line) +
                                   ": expected a token and a tag, got \"" +
                                   (row.cols.empty() ? std::string() : row.cols[0]) + "\"");
    const std::string& token = indexed ? row.cols[1] : row.cols[0];
    const std::string& tag = indexed ? row.cols[2] : row.cols.back();
    char prefix = 'O';
    std::string type;
    if (!parse_tag(tag, prefix, type))
      return Status::invalid_input(path + ":" + std::to_string(row.line) + ": tag \"" + tag +
                                   "\" is not an IOB tag");
    sentence.tokens.push_back(token);
    tags.emplace_back(prefix, type);
  }
  sentence.spans = spans_from_tags(tags);
  out.push_back(std::move(sentence));
  rows.clear();
  return Status::ok();
}

bool looks_like_tag(const std::string& s) {
  char p;
  std::string t;
  return parse_tag(s, p, t);
}

}  // namespace

Result<std::vector<NerSentence>> read_ner_conll(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::not_found("cannot open NER file \"" + path + "\"");
  std::vector<NerSentence> out;
  std::vector<Row> rows;
  std::string line, doc_id;
  uint64_t line_number = 0;
  int docstarts = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cols = split_columns(line);
    bool blank =
        std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
    if (blank) {
      if (Status st = finish_sentence(rows, doc_id, path, out); !st) return st;
      continue;
    }
    if (cols[0] == "-DOCSTART-") {
      if (Status st = finish_sentence(rows, doc_id, path, out); !st) return st;
      doc_id = "doc" + std::to_string(++docstarts);
      continue;
    }
    // "#" lines are comments unless they end in a tag (a "#" token in a 2-column file).
    if (line[0] == '#' && !(cols.size() >= 2 && cols.size() <= 5 && looks_like_tag(cols.back()))) {
      if (line.rfind("# newdoc id = ", 0) == 0) doc_id = line.substr(14);
      continue;
    }
    rows.push_back({std::move(cols), line_number});
  }
  if (Status st = finish_sentence(rows, doc_id, path, out); !st) return st;
  return out;
}

namespace {

struct GumMention {
  int first = 0, last = 0;  // word indices, inclusive
  std::string etype, identity;
};

// Parses one word's Entity= value, opening and closing mentions on `open`.
void parse_entity_field(const std::string& value, int word,
                        std::vector<std::pair<std::string, GumMention>>& open,
                        std::vector<GumMention>& done) {
  size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '(') {
      size_t j = value.find_first_of("()", i + 1);
      if (j == std::string::npos) j = value.size();
      std::string content = value.substr(i + 1, j - i - 1);
      std::vector<std::string> fields;
      std::stringstream ss(content);
      for (std::string f; std::getline(ss, f, '-');) fields.push_back(f);
      GumMention m;
      m.first = m.last = word;
      if (fields.size() > 1) m.etype = fields[1];
      for (size_t k = 7; k < fields.size(); ++k) m.identity += (k > 7 ? "-" : "") + fields[k];
      std::string id = fields.empty() ? std::string() : fields[0];
      if (j < value.size() && value[j] == ')') {
        done.push_back(m);
        i = j + 1;
      } else {
        open.emplace_back(id, m);
        i = j;
      }
    } else if (value[i] >= '0' && value[i] <= '9') {
      size_t j = value.find(')', i);
      if (j == std::string::npos) break;
      std::string id = value.substr(i, j - i);
      for (size_t k = open.size(); k-- > 0;) {
        if (open[k].first == id) {
          open[k].second.last = word;
          done.push_back(open[k].second);
          open.erase(open.begin() + static_cast<long>(k));
          break;
        }
      }
      i = j + 1;
    } else {
      ++i;
    }
  }
}

std::string gum_type(const std::string& etype) {
  if (etype == "person") return "PER";
  if (etype == "organization") return "ORG";
  if (etype == "place") return "LOC";
  if (etype == "event") return "EVENT";
  return "";
}

}  // namespace

Result<std::vector<NerSentence>> read_ner_gum(const std::string& path,
                                              const std::vector<std::string>& genres) {
  Result<std::vector<ConlluSentence>> sentences = read_conllu_file(path);
  if (!sentences) return sentences.status();
  std::vector<NerSentence> out;
  std::string doc_id;
  bool keep = true;
  for (const ConlluSentence& cs : *sentences) {
    if (cs.newdoc) {
      doc_id = cs.newdoc_id;
      std::string genre =
          doc_id.rfind("GUM_", 0) == 0 ? doc_id.substr(4, doc_id.find('_', 4) - 4) : "";
      keep = genres.empty() || std::find(genres.begin(), genres.end(), genre) != genres.end();
    }
    if (!keep) continue;
    NerSentence sentence;
    sentence.doc_id = doc_id;
    std::vector<std::pair<std::string, GumMention>> open;
    std::vector<GumMention> done;
    for (size_t w = 0; w < cs.words.size(); ++w) {
      const ConlluWord& word = cs.words[w];
      sentence.tokens.push_back(word.form);
      std::stringstream misc(word.misc);
      for (std::string item; std::getline(misc, item, '|');)
        if (item.rfind("Entity=", 0) == 0)
          parse_entity_field(item.substr(7), static_cast<int>(w), open, done);
    }
    // Named mentions: headed by a proper noun, trimmed to their capitalized words;
    // the outermost (longest) wins where mentions nest.
    std::vector<NamedSpan> candidates;
    for (const GumMention& m : done) {
      std::string type = gum_type(m.etype);
      if (type.empty()) continue;
      // The mention's syntactic head: the word whose head lies outside the mention.
      int head = -1;
      for (int k = m.first; k <= m.last && head < 0; ++k) {
        int h = cs.words[k].head;
        if (h <= 0 || h - 1 < m.first || h - 1 > m.last) head = k;
      }
      if (head < 0 || cs.words[head].upos != "PROPN") continue;
      int first = -1, last = -1;
      for (int k = m.first; k <= m.last; ++k) {
        const std::string& form = cs.words[k].form;
        const std::string& upos = cs.words[k].upos;
        if (form.empty() ||
            !(std::isupper(static_cast<unsigned char>(form[0])) || (form[0] & 0x80)) ||
            upos == "DET" || upos == "PRON" || upos == "ADP" || upos == "CCONJ" || upos == "PUNCT")
          continue;
        if (first < 0) first = k;
        last = k;
      }
      if (first >= 0) candidates.push_back({0, first, last + 1, type});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const NamedSpan& a, const NamedSpan& b) {
                       return a.last_token - a.first_token > b.last_token - b.first_token;
                     });
    for (const NamedSpan& c : candidates) {
      bool overlaps =
          std::any_of(sentence.spans.begin(), sentence.spans.end(), [&](const NamedSpan& s) {
            return c.first_token < s.last_token && s.first_token < c.last_token;
          });
      if (!overlaps) sentence.spans.push_back(c);
    }
    std::sort(sentence.spans.begin(), sentence.spans.end(),
              [](const NamedSpan& a, const NamedSpan& b) { return a.first_token < b.first_token; });
    out.push_back(std::move(sentence));
  }
  return out;
}

Result<std::vector<NerSentence>> read_ner_file(const std::string& path,
                                               const std::vector<std::string>& genres) {
  if (path.size() >= 7 && path.compare(path.size() - 7, 7, ".conllu") == 0)
    return read_ner_gum(path, genres);
  return read_ner_conll(path);
}

}  // namespace eventwire

namespace eventwire {

Result<std::vector<NerSentence>> read_ner_spec(const std::string& spec,
                                               const std::vector<std::string>& genres) {
  std::string path = spec;
  int head = -1, tail = -1;
  if (size_t colon = spec.rfind(':'); colon != std::string::npos) {
    std::string option = spec.substr(colon + 1);
    int* target = option.rfind("head=", 0) == 0   ? &head
                  : option.rfind("tail=", 0) == 0 ? &tail
                                                  : nullptr;
    if (target) {
      path = spec.substr(0, colon);
      char* end = nullptr;
      long pct = std::strtol(option.c_str() + 5, &end, 10);
      if (*end != '\0' || pct < 0 || pct > 100)
        return Status::invalid_input("bad document share \"" + option + "\" in \"" + spec +
                                     "\" (want head=P or tail=P, 0-100)");
      *target = static_cast<int>(pct);
    }
  }
  Result<std::vector<NerSentence>> all = read_ner_file(path, genres);
  if (!all || (head < 0 && tail < 0)) return all;
  // Documents in file order; a file without document marks counts as one per sentence.
  std::vector<size_t> doc_of(all->size());
  size_t docs = 0;
  for (size_t s = 0; s < all->size(); ++s) {
    if (s == 0 || (*all)[s].doc_id != (*all)[s - 1].doc_id || (*all)[s].doc_id.empty()) ++docs;
    doc_of[s] = docs - 1;
  }
  size_t cut = head >= 0 ? docs * static_cast<size_t>(head) / 100
                         : docs - docs * static_cast<size_t>(tail) / 100;
  std::vector<NerSentence> out;
  for (size_t s = 0; s < all->size(); ++s)
    if ((head >= 0) == (doc_of[s] < cut)) out.push_back(std::move((*all)[s]));
  return out;
}

}  // namespace eventwire
