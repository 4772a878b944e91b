// Verb dictionary loader: one state machine for the PETRARCH-2, PETRARCH-1
// and TABARI dialects, which share head lines, "-" patterns and "&" synsets
// and differ in blocks, stemming and the meaning of { }.
#include <algorithm>

#include "dict/lines.h"
#include "dict/verb_pattern.h"
#include "eventwire/dict/verbs.h"

namespace eventwire::dict {

using internal::LineSource;
using internal::quote;
using internal::SourceLine;
using internal::split_name;
using internal::split_ws;
using internal::to_lower;
using internal::to_upper;
using internal::trim;

const char* dialect_name(VerbDialect dialect) {
  switch (dialect) {
    case VerbDialect::kAuto:
      return "auto";
    case VerbDialect::kPetrarch2:
      return "petrarch2";
    case VerbDialect::kPetrarch1:
      return "petrarch1";
    case VerbDialect::kTabari:
      return "tabari";
  }
  return "?";
}

VerbDialect detect_verb_dialect(std::string_view text, std::string_view name) {
  if (name.size() >= 6 && name.substr(name.size() - 6) == ".verbs") return VerbDialect::kTabari;
  bool blocks = false, parens = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (line.rfind("---", 0) == 0) blocks = true;
    if (line.rfind("- ", 0) == 0) {
      std::string_view body = line.substr(0, line.find('#'));
      if (body.find('(') != std::string_view::npos) parens = true;
    }
    pos = end + 1;
  }
  if (!blocks) return VerbDialect::kTabari;
  return parens ? VerbDialect::kPetrarch2 : VerbDialect::kPetrarch1;
}

size_t VerbDictionary::verb_count() const {
  size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.verbs.size();
  return n;
}

size_t VerbDictionary::pattern_count() const {
  size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.patterns.size();
  return n;
}

const Synset* VerbDictionary::find_synset(std::string_view synset_name) const {
  auto it = synset_index.find(to_upper(synset_name));
  return it == synset_index.end() ? nullptr : &synsets[it->second];
}

std::vector<VerbRef> VerbDictionary::find_lemma(std::string_view lemma) const {
  auto it = by_lemma.find(to_lower(lemma));
  return it == by_lemma.end() ? std::vector<VerbRef>{} : it->second;
}

const CodePair& VerbDictionary::verb_code(VerbRef ref) const {
  const VerbBlock& block = blocks[ref.block];
  const Verb& verb = block.verbs[ref.verb];
  return verb.code.empty() ? block.code : verb.code;
}

namespace {

class VerbReader {
 public:
  VerbReader(std::string_view text, std::string name, VerbDialect dialect)
      : source_(text, name, &dict_.warnings) {
    dict_.name = std::move(name);
    dict_.fingerprint = fingerprint(text);
    dict_.dialect = dialect;
  }

  VerbDictionary run() {
    SourceLine line;
    while (source_.next(&line)) read_line(line);
    index();
    return std::move(dict_);
  }

 private:
  enum class Context { kNone, kSynset, kTime, kBlock };

  void read_line(const SourceLine& line) {
    const std::string& t = line.text;
    if (t.empty()) {
      if (context_ == Context::kSynset && !line.comment_only) context_ = Context::kNone;
      return;
    }
    if (t[0] == '<') return read_tag(line);
    if (context_ == Context::kTime) return;  // TABARI <TIME> entries: not verbs
    if (t.rfind("---", 0) == 0) return read_header(line);
    switch (t[0]) {
      case '&':
        return read_synset_label(line);
      case '+':
        if (context_ == Context::kSynset) return read_synset_phrase(line);
        return read_verb(line, t.substr(1), /*multiword_mark=*/true);
      case '-':
        return read_pattern(line);
      case '~':
        return read_transformation(line);
      case '{':
        return read_forms_line(line);
      default:
        return read_verb(line, t, false);
    }
  }

  void read_tag(const SourceLine& line) {
    std::string tag = to_upper(line.text);
    if (tag == "<TIME>") {
      context_ = Context::kTime;
    } else if (tag == "</TIME>" || tag == "<SYNSETS>" || tag == "</SYNSETS>") {
      context_ = Context::kNone;
    } else {
      source_.warn(line.number, "unknown section tag " + quote(line.text) + " ignored");
    }
  }

  void read_header(const SourceLine& line) {
    std::string_view body = trim(std::string_view(line.text).substr(3));
    if (body.size() >= 3 && body.substr(body.size() - 3) == "---")
      body = trim(body.substr(0, body.size() - 3));
    VerbBlock block;
    block.line = line.number;
    size_t open = body.find('[');
    if (open != std::string_view::npos) {
      size_t close = body.find(']', open);
      if (close == std::string_view::npos) {
        source_.warn(line.number, "block header " + quote(line.text) + " has an unclosed '['");
      } else {
        block.code = internal::parse_code_pair(body.substr(open + 1, close - open - 1));
      }
      body = trim(body.substr(0, open));
    }
    if (block.code.empty()) block.code.active = "---";
    block.name = to_upper(body);
    if (block.name.empty())
      source_.warn(line.number, "block header " + quote(line.text) + " has no name");
    dict_.blocks.push_back(std::move(block));
    context_ = Context::kBlock;
  }

  void read_synset_label(const SourceLine& line) {
    std::vector<std::string_view> parts = split_ws(line.text);
    std::string label = to_upper(parts[0].substr(1));
    Synset synset;
    synset.line = line.number;
    if (!label.empty() && label.back() == '_') {
      synset.no_plurals = true;
      label.pop_back();
    }
    if (label.empty()) {
      source_.warn(line.number,
                   "synset label " + quote(line.text) + " has no name; its phrases are skipped");
      context_ = Context::kSynset;
      current_synset_ = -1;
      return;
    }
    if (parts.size() > 1)
      source_.warn(line.number, "text after synset label " + quote(line.text) + " ignored");
    synset.name = label;
    auto [it, inserted] =
        dict_.synset_index.emplace(label, static_cast<uint32_t>(dict_.synsets.size()));
    if (!inserted) {
      source_.warn(line.number, "synset &" + label + " defined again (first at line " +
                                    std::to_string(dict_.synsets[it->second].line) +
                                    "); phrases added to the first");
      current_synset_ = static_cast<int>(it->second);
    } else {
      dict_.synsets.push_back(std::move(synset));
      current_synset_ = static_cast<int>(dict_.synsets.size() - 1);
    }
    context_ = Context::kSynset;
  }

  void read_synset_phrase(const SourceLine& line) {
    if (current_synset_ < 0) return;
    std::string_view body = trim(std::string_view(line.text).substr(1));
    Synset::Phrase phrase;
    phrase.no_plural = !body.empty() && body.back() == '_';
    phrase.words = split_name(body);
    phrase.line = line.number;
    if (phrase.words.empty()) {
      source_.warn(line.number, "empty synset phrase " + quote(line.text));
      return;
    }
    dict_.synsets[current_synset_].phrases.push_back(std::move(phrase));
  }

  VerbBlock& block_for(const SourceLine& line, std::string_view what) {
    if (dict_.blocks.empty()) {
      source_.warn(line.number,
                   std::string(what) + " before any verb block; an unnamed block is opened");
      VerbBlock block;
      block.line = line.number;
      block.code.active = "---";
      dict_.blocks.push_back(std::move(block));
    }
    return dict_.blocks.back();
  }

  // "WORD {FORMS} [CODE]" or a multiword "KLM_NOP_+RST [002]".
  void read_verb(const SourceLine& line, std::string_view text, bool multiword_mark) {
    context_ = Context::kBlock;
    // The head runs to the first "{" or "["; TABARI heads may be phrases
    // ("BURN DOWN", "CORDON OFF_").
    size_t head_end = text.find_first_of("{[");
    std::string_view head = trim(text.substr(0, head_end));
    std::string_view rest =
        head_end == std::string_view::npos ? std::string_view() : text.substr(head_end);
    size_t junk = head.find_first_of("()}]|*$%^&");
    if (junk != std::string_view::npos) {
      source_.warn(line.number, "unexpected text " + quote(head.substr(junk)) + " in verb " +
                                    quote(line.text) + " ignored");
      head = trim(head.substr(0, junk));
      rest = {};
    }
    if (head.empty()) {
      source_.warn(line.number, "verb line " + quote(line.text) + " has no verb; skipped");
      return;
    }
    Verb verb;
    verb.line = line.number;
    verb.written = multiword_mark ? "+" : "";
    verb.written.append(head);
    if (!internal::split_verb_head(head, dict_.dialect == VerbDialect::kTabari, &verb)) {
      source_.warn(line.number, "verb line " + quote(line.text) + " has no verb word; skipped");
      return;
    }
    // "{forms}" and "[code]" in either order.
    for (int round = 0; round < 2 && !rest.empty(); ++round) {
      if (rest[0] == '{' && verb.forms.empty() && !verb.forms_suppressed) {
        size_t close = rest.find('}');
        if (close == std::string_view::npos) {
          source_.warn(line.number,
                       "unclosed '{' in verb forms " + quote(line.text) + "; forms ignored");
          rest = {};
          break;
        }
        internal::read_forms(rest.substr(1, close - 1), &verb);
        rest = trim(rest.substr(close + 1));
      } else if (rest[0] == '[' && verb.code.empty()) {
        size_t close = rest.find(']');
        if (close == std::string_view::npos) {
          source_.warn(line.number,
                       "unclosed '[' in verb code " + quote(line.text) + "; code ignored");
          rest = {};
          break;
        }
        verb.code = internal::parse_code_pair(rest.substr(1, close - 1));
        rest = trim(rest.substr(close + 1));
      }
    }
    if (!rest.empty())
      source_.warn(line.number,
                   "unexpected text " + quote(rest) + " after verb " + quote(head) + " ignored");

    if (dict_.dialect == VerbDialect::kTabari) {
      // TABARI: each head line is its own block; its code is the block code.
      VerbBlock block;
      block.line = line.number;
      block.name = verb.word;
      block.code = verb.code.empty() ? CodePair{"---", "", false} : verb.code;
      verb.code = {};
      block.verbs.push_back(std::move(verb));
      dict_.blocks.push_back(std::move(block));
      return;
    }
    block_for(line, "verb").verbs.push_back(std::move(verb));
  }

  // TABARI: "{ ACTING_ ACTXD_ }" on its own line gives forms of the last verb.
  void read_forms_line(const SourceLine& line) {
    if (dict_.blocks.empty() || dict_.blocks.back().verbs.empty()) {
      source_.warn(line.number, "verb forms " + quote(line.text) + " before any verb; ignored");
      return;
    }
    std::string_view body = line.text;
    size_t close = body.find('}');
    if (close == std::string_view::npos) {
      source_.warn(line.number,
                   "unclosed '{' in verb forms " + quote(line.text) + "; forms ignored");
      return;
    }
    internal::read_forms(body.substr(1, close - 1), &dict_.blocks.back().verbs.back());
  }

  void read_pattern(const SourceLine& line) {
    context_ = context_ == Context::kSynset ? Context::kBlock : context_;
    VerbPattern pattern;
    std::string error;
    if (!internal::parse_verb_pattern(line.text, dict_.dialect, &dict_.synset_index, &pattern,
                                      &error)) {
      source_.warn(line.number, "pattern " + quote(line.text) + " skipped: " + error);
      return;
    }
    pattern.line = line.number;
    pattern.comment = line.comment;
    block_for(line, "pattern").patterns.push_back(std::move(pattern));
  }

  void read_transformation(const SourceLine& line) {
    std::string_view body = trim(std::string_view(line.text).substr(1));
    size_t eq = body.find('=');
    if (eq == std::string_view::npos) {
      source_.warn(line.number, "transformation " + quote(line.text) + " has no '='; skipped");
      return;
    }
    Transformation transformation;
    transformation.line = line.number;
    auto tokens = [](std::string_view s) {
      std::string spaced;
      for (char c : s) {
        if (c == '(' || c == ')') {
          spaced += ' ';
          spaced += c;
          spaced += ' ';
        } else {
          spaced += c;
        }
      }
      std::vector<std::string> out;
      for (std::string_view t : split_ws(spaced)) out.emplace_back(t);
      return out;
    };
    transformation.lhs = tokens(body.substr(0, eq));
    transformation.rhs = tokens(body.substr(eq + 1));
    if (transformation.lhs.empty() || transformation.rhs.empty()) {
      source_.warn(line.number,
                   "transformation " + quote(line.text) + " has an empty side; skipped");
      return;
    }
    dict_.transformations.push_back(std::move(transformation));
  }

  void index() {
    for (uint32_t b = 0; b < dict_.blocks.size(); ++b) {
      const VerbBlock& block = dict_.blocks[b];
      for (uint32_t v = 0; v < block.verbs.size(); ++v) {
        dict_.by_lemma[block.verbs[v].lemma].push_back({b, v});
        for (const std::string& form : block.verbs[v].forms)
          dict_.by_form[to_lower(form)].push_back({b, v});
      }
    }
  }

  VerbDictionary dict_;
  LineSource source_;
  Context context_ = Context::kNone;
  int current_synset_ = -1;
};

}  // namespace

VerbDictionary load_verbs_from_string(std::string_view text, std::string name,
                                      VerbDialect dialect) {
  if (dialect == VerbDialect::kAuto) dialect = detect_verb_dialect(text, name);
  return VerbReader(text, std::move(name), dialect).run();
}

Result<VerbDictionary> load_verbs(const std::string& path, VerbDialect dialect) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  VerbDictionary dict = load_verbs_from_string(*bytes, path, dialect);
  dict.name = base_name(path);
  return dict;
}

}  // namespace eventwire::dict
