// Lint passes behind `eventwire dict check`.
#include "eventwire/dict/check.h"

#include <algorithm>
#include <map>
#include <set>

#include "dict/lines.h"
#include "eventwire/dict/cameo.h"

namespace eventwire::dict {

using internal::join;
using internal::quote;
using internal::to_lower;

const char* dict_type_name(DictType type) {
  switch (type) {
    case DictType::kAuto:
      return "auto";
    case DictType::kVerbs:
      return "verbs";
    case DictType::kVerbPatterns:
      return "verbpatterns";
    case DictType::kActors:
      return "actors";
    case DictType::kAgents:
      return "agents";
    case DictType::kDiscards:
      return "discards";
    case DictType::kIssues:
      return "issues";
    case DictType::kLexicon:
      return "lexicon";
    case DictType::kWords:
      return "words";
  }
  return "?";
}

bool parse_dict_type(std::string_view text, DictType* type) {
  for (DictType t : {DictType::kAuto, DictType::kVerbs, DictType::kVerbPatterns, DictType::kActors,
                     DictType::kAgents, DictType::kDiscards, DictType::kIssues, DictType::kLexicon,
                     DictType::kWords}) {
    if (text == dict_type_name(t)) {
      *type = t;
      return true;
    }
  }
  return false;
}

DictType detect_dict_type(std::string_view name, std::string_view text) {
  std::string n = to_lower(base_name(std::string(name)));
  auto has = [&](std::string_view s) { return n.find(s) != std::string::npos; };
  auto verbs_kind = [&] {
    return detect_verb_dialect(text, name) == VerbDialect::kPetrarch2 ? DictType::kVerbs
                                                                      : DictType::kVerbPatterns;
  };
  if (has(".lex")) return DictType::kLexicon;
  if (has("verbpatterns") || (n.size() > 6 && n.substr(n.size() - 6) == ".verbs"))
    return DictType::kVerbPatterns;
  if (has("verbs") || has("cameo.2.0")) return verbs_kind();
  if (has("actors")) return DictType::kActors;
  if (has("agents")) return DictType::kAgents;
  if (has("discards")) return DictType::kDiscards;
  if (has("issue")) return DictType::kIssues;
  if (has("prepositions") || has("words")) return DictType::kWords;
  // By content.
  if (text.find("\n---") != std::string_view::npos || text.rfind("---", 0) == 0)
    return verbs_kind();
  if (text.find("<ISSUE") != std::string_view::npos) return DictType::kIssues;
  if (text.find("[~") != std::string_view::npos) return DictType::kAgents;
  if (text.find(" -> ") != std::string_view::npos) return DictType::kLexicon;
  if (text.find('[') != std::string_view::npos) return DictType::kActors;
  return DictType::kAuto;
}

namespace {

void add(std::vector<Diagnostic>* out, const std::string& file, uint32_t line,
         std::string message) {
  out->push_back({file, line, std::move(message)});
}

// Checks one written code ("---" and friends are fine).
void lint_code(const std::string& file, uint32_t line, const std::string& code,
               std::string_view where, std::vector<Diagnostic>* out) {
  if (is_null_code(code)) return;
  if (!is_well_formed_cameo(code)) {
    add(out, file, line, "invalid CAMEO code " + quote(code) + " in " + std::string(where));
  } else if (!CameoCodebook::get().is_valid(code)) {
    add(out, file, line, "unknown CAMEO code " + quote(code) + " in " + std::string(where));
  }
}

void lint_pair(const std::string& file, uint32_t line, const CodePair& code, std::string_view where,
               std::vector<Diagnostic>* out) {
  if (!code.active.empty()) lint_code(file, line, code.active, where, out);
  if (!code.passive.empty()) lint_code(file, line, code.passive, where, out);
}

std::string token_key(const PatternToken& t) {
  std::string key = std::to_string(static_cast<int>(t.kind)) + ":" + t.text;
  for (const std::string& w : t.words) key += "," + w;
  if (t.joined) key += "_";
  if (!t.exact) key += "~";
  return key;
}

std::string pattern_key(const VerbPattern& p) {
  std::string key;
  for (const PatternToken& t : p.pre) key += token_key(t) + " ";
  key += "* ";
  for (const PatternToken& t : p.post) key += token_key(t) + " ";
  for (const PrepPhrase& pp : p.preps) {
    key += '(';
    key += pp.preposition;
    for (const PatternToken& t : pp.object) {
      key += ' ';
      key += token_key(t);
    }
    key += ") ";
  }
  return key;
}

bool is_valid_actor_code(const std::string& code) {
  if (is_null_code(code)) return true;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return !code.empty();
}

}  // namespace

void lint_verbs(const VerbDictionary& dict, std::vector<Diagnostic>* out) {
  const std::string& file = dict.name;
  const bool petrarch = dict.dialect != VerbDialect::kTabari;
  std::map<std::string, std::pair<uint32_t, std::string>> verb_seen;  // verb key → (line, block)
  for (const Synset& s : dict.synsets) {
    if (s.phrases.empty()) add(out, file, s.line, "synset &" + s.name + " has no phrases");
    std::set<std::string> seen;
    for (const Synset::Phrase& p : s.phrases) {
      std::string key = join(p.words, " ");
      if (!seen.insert(key).second)
        add(out, file, p.line, "synset &" + s.name + " lists " + quote(key) + " twice");
      if (!p.words.empty() && p.words[0][0] == '&') {
        add(out, file, p.line,
            "synset &" + s.name + " contains synset " + p.words[0] +
                ", which PETRARCH does not expand");
      }
    }
  }
  for (const VerbBlock& block : dict.blocks) {
    std::string where = "block " + quote(block.name);
    lint_pair(file, block.line, block.code, where, out);
    if (block.verbs.empty() && !block.patterns.empty()) {
      add(out, file, block.line, where + " has patterns but no verbs: they can never match");
    }
    for (const Verb& v : block.verbs) {
      lint_pair(file, v.line, v.code, "verb " + quote(v.written), out);
      std::string key = join(v.pre_words, "_") + "|" + v.word + "|" + join(v.post_words, "_");
      auto [it, inserted] = verb_seen.emplace(key, std::make_pair(v.line, block.name));
      if (!inserted) {
        add(out, file, v.line,
            "verb " + quote(v.written) + " is also listed at line " +
                std::to_string(it->second.first) + " (block " + quote(it->second.second) +
                "); only one block's patterns will apply");
      }
    }
    std::map<std::string, const VerbPattern*> seen;
    for (const VerbPattern& p : block.patterns) {
      lint_pair(file, p.line, p.code, "pattern " + quote(p.text), out);
      if (petrarch && !p.has_verb_marker) {
        add(out, file, p.line,
            "pattern " + quote(p.text) + " has no '*' for the verb: it can never match");
      }
      auto check_tokens = [&](const std::vector<PatternToken>& tokens) {
        for (const PatternToken& t : tokens) {
          if (t.kind == PatternToken::Kind::kSynset && !dict.find_synset(t.text)) {
            add(out, file, p.line,
                "pattern " + quote(p.text) + " uses undefined synset &" + t.text +
                    ": it can never match");
          }
          if (t.kind == PatternToken::Kind::kAlternatives && petrarch) {
            add(out, file, p.line,
                "pattern " + quote(p.text) +
                    " uses { | } choices, which PETRARCH skips: it can never match");
          }
        }
      };
      check_tokens(p.pre);
      check_tokens(p.post);
      for (const PrepPhrase& pp : p.preps) {
        check_tokens(pp.object);
        if (pp.preposition.empty()) {
          add(out, file, p.line,
              "prepositional phrase in " + quote(p.text) +
                  " has no preposition: it can never match");
        } else if (pp.preposition[0] == '&' && !dict.find_synset(pp.preposition.substr(1))) {
          add(out, file, p.line,
              "pattern " + quote(p.text) + " uses undefined synset " + pp.preposition +
                  ": it can never match");
        }
      }
      auto [it, inserted] = seen.emplace(pattern_key(p), &p);
      if (!inserted) {
        const VerbPattern& first = *it->second;
        if (first.code.active == p.code.active && first.code.passive == p.code.passive) {
          add(out, file, p.line,
              "duplicate pattern " + quote(p.text) + " (same as line " +
                  std::to_string(first.line) + ")");
        } else {
          add(out, file, p.line,
              "pattern " + quote(p.text) + " [" + p.code.to_string() + "] conflicts with line " +
                  std::to_string(first.line) + " [" + first.code.to_string() +
                  "]: same words, different codes, only one can apply");
        }
      }
    }
  }
}

void lint_actors(const ActorDictionary& dict, std::vector<Diagnostic>* out) {
  const std::string& file = dict.name;
  for (size_t i = 0; i < dict.entries.size(); ++i) {
    const ActorEntry& e = dict.entries[i];
    for (const ActorCode& c : e.codes) {
      if (!is_valid_actor_code(c.code)) {
        add(out, file, c.line,
            "actor code " + quote(c.code) + " is not upper-case letters and digits");
      } else if (!is_null_code(c.code) && c.code.size() % 3 != 0) {
        add(out, file, c.line,
            "actor code " + quote(c.code) + " is not made of three-character parts");
      }
    }
    for (size_t a = 0; a < e.codes.size(); ++a) {
      for (size_t b = a + 1; b < e.codes.size(); ++b) {
        const ActorCode& x = e.codes[a];
        const ActorCode& y = e.codes[b];
        if (x.when != ActorCode::When::kBetween || y.when != ActorCode::When::kBetween) continue;
        if (x.code != y.code && x.from <= x.to && y.from <= y.to && x.from < y.to &&
            y.from < x.to) {
          add(out, file, y.line,
              "date range of " + y.code + " overlaps that of " + x.code + " (line " +
                  std::to_string(x.line) + ")");
        }
      }
    }
    for (const ActorName& n : e.names) {
      auto it = dict.by_name.find(join(n.words, " "));
      if (it == dict.by_name.end() || it->second.size() < 2 || it->second.front() == i) continue;
      const ActorEntry& first = dict.entries[it->second.front()];
      uint32_t first_line = first.line;
      for (const ActorName& fn : first.names) {
        if (fn.words == n.words) first_line = fn.line;
      }
      if (&first != &e) {
        add(out, file, n.line,
            "actor name " + quote(join(n.words, " ")) + " is also defined at line " +
                std::to_string(first_line));
      }
    }
  }
}

void lint_agents(const AgentDictionary& dict, std::vector<Diagnostic>* out) {
  for (size_t i = 0; i < dict.entries.size(); ++i) {
    const AgentEntry& e = dict.entries[i];
    if (!is_valid_actor_code(e.code)) {
      add(out, dict.name, e.line,
          "agent code " + quote(e.code) + " is not upper-case letters and digits");
    }
    auto it = dict.by_name.find(join(e.words, " "));
    if (it != dict.by_name.end() && it->second.front() != i) {
      const AgentEntry& first = dict.entries[it->second.front()];
      add(out, dict.name, e.line,
          "agent " + quote(join(e.words, " ")) + " is also defined at line " +
              std::to_string(first.line) +
              (first.code == e.code ? "" : " with code " + quote(first.code)));
    }
  }
}

void lint_lexicon(const Lexicon& lexicon, std::vector<Diagnostic>* out) {
  std::map<std::string, const LexiconEntry*> seen;
  for (const LexiconEntry& e : lexicon.entries) {
    std::string key = std::to_string(static_cast<int>(e.pos)) + e.lemma + "/" +
                      std::to_string(static_cast<int>(e.voice));
    for (const DepPath& p : e.source) key += " S" + dep_path_to_string(p);
    for (const DepPath& p : e.target) key += " T" + dep_path_to_string(p);
    std::vector<std::string> cs;
    for (const LexiconConstraint& c : e.constraints) {
      std::string s = c.negated ? "!" : "";
      for (const DepPath& p : c.paths) s += dep_path_to_string(p) + ",";
      std::vector<std::string> lemmas = c.lemmas;
      std::sort(lemmas.begin(), lemmas.end());
      s += '=';  // (not "=" + join(…): GCC 12 -Wrestrict false positive)
      s += join(lemmas, "|");
      cs.push_back(s);
    }
    std::sort(cs.begin(), cs.end());
    key += " " + join(cs, " ");
    auto [it, inserted] = seen.emplace(key, &e);
    if (!inserted) {
      const LexiconEntry& first = *it->second;
      add(out, lexicon.name, e.line,
          first.code == e.code
              ? "duplicate entry for " + quote(e.lemma) + " (same as line " +
                    std::to_string(first.line) + ")"
              : "entry for " + quote(e.lemma) + " -> " + e.code + " can never win: line " +
                    std::to_string(first.line) + " has the same frame -> " + first.code);
    }
  }
}

CheckReport check_dictionary_text(std::string_view text, const std::string& name, DictType type) {
  CheckReport report;
  report.file = name;
  report.type = type == DictType::kAuto ? detect_dict_type(name, text) : type;
  std::vector<Diagnostic>& f = report.findings;
  switch (report.type) {
    case DictType::kVerbs:
    case DictType::kVerbPatterns: {
      VerbDialect dialect = VerbDialect::kAuto;
      if (type == DictType::kVerbs) dialect = VerbDialect::kPetrarch2;
      VerbDictionary d = load_verbs_from_string(text, name, dialect);
      report.entries = d.verb_count() + d.pattern_count();
      f = d.warnings;
      lint_verbs(d, &f);
      break;
    }
    case DictType::kActors: {
      ActorDictionary d = load_actors_from_string(text, name);
      report.entries = d.name_count();
      f = d.warnings;
      lint_actors(d, &f);
      break;
    }
    case DictType::kAgents: {
      AgentDictionary d = load_agents_from_string(text, name);
      report.entries = d.entries.size();
      f = d.warnings;
      lint_agents(d, &f);
      break;
    }
    case DictType::kDiscards: {
      DiscardList d = load_discards_from_string(text, name);
      report.entries = d.entries.size();
      f = d.warnings;
      std::map<std::string, uint32_t> seen;
      for (const DiscardEntry& e : d.entries) {
        std::string key = (e.story_level ? "+" : "") + e.phrase;
        auto [it, inserted] = seen.emplace(key, e.line);
        if (!inserted)
          add(&f, name, e.line,
              "duplicate discard " + quote(e.phrase) + " (line " + std::to_string(it->second) +
                  ")");
      }
      break;
    }
    case DictType::kIssues: {
      IssueList d = load_issues_from_string(text, name);
      report.entries = d.entries.size();
      f = d.warnings;
      std::map<std::string, uint32_t> seen;
      for (const IssueEntry& e : d.entries) {
        auto [it, inserted] = seen.emplace(e.written + "|" + e.code, e.line);
        if (!inserted)
          add(&f, name, e.line,
              "duplicate issue phrase " + quote(e.written) + " (line " +
                  std::to_string(it->second) + ")");
      }
      break;
    }
    case DictType::kLexicon: {
      Lexicon d = load_lexicon_from_string(text, name);
      report.entries = d.entries.size();
      f = d.warnings;
      lint_lexicon(d, &f);
      break;
    }
    case DictType::kWords: {
      WordList d = load_word_list_from_string(text, name);
      report.entries = d.words.size();
      f = d.warnings;
      std::map<std::string, uint32_t> seen;
      for (size_t i = 0; i < d.words.size(); ++i) {
        auto [it, inserted] = seen.emplace(d.words[i], d.lines[i]);
        if (!inserted) {
          add(&f, name, d.lines[i],
              "word " + quote(d.words[i]) + " also at line " + std::to_string(it->second));
        }
      }
      break;
    }
    case DictType::kAuto:
      break;
  }
  std::stable_sort(f.begin(), f.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  return report;
}

Result<CheckReport> check_dictionary_file(const std::string& path, DictType type) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  CheckReport report = check_dictionary_text(*bytes, path, type);
  if (report.type == DictType::kAuto) {
    return Status::invalid_input("cannot tell what kind of dictionary \"" + path +
                                 "\" is; give --type");
  }
  return report;
}

}  // namespace eventwire::dict
