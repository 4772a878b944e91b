// Sense restrictions (sense.h): the noun class table, the rules and the check.
#include "events/sense.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <new>

#include "dict/embedded.h"
#include "events/actor_sectors.h"
#include "events/embedded.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// Object preferences: a row speaks for a code when its patterns name at least
// this many nouns; a noun's first two senses are judged (the rarer ones are
// mostly other words); a class counts for the code when at least two of its
// nouns and 5 % of them have it (one stray pattern noun says nothing).
constexpr int kPreferenceNouns = 20;
constexpr int kPreferenceSenses = 2;
// Classes of nouns that name no thing one can give, take or strike: a noun
// whose usual sense is one of them ("an outbreak", "her skill", "the fear")
// is no object of a derived reading unless the root's patterns name it.
constexpr std::string_view kAbstractClasses[] = {"state",     "feeling", "phenomenon",
                                                 "attribute", "motive",  "shape"};

int preferred_count(int nouns) {
  return std::max(2, (nouns * 5 + 99) / 100);
}

// `piece` without the blanks and CRs at its ends.
std::string_view trim_blanks(std::string_view piece) {
  while (!piece.empty() && (piece.front() == ' ' || piece.front() == '\r')) piece.remove_prefix(1);
  while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\r')) piece.remove_suffix(1);
  return piece;
}

// The non-empty pieces of `text` between `sep`s, trimmed of blanks and CRs,
// into *pieces (cleared first: a caller reuses one vector over 57,000 lines).
void split_into(std::string_view text, char sep, std::vector<std::string_view>* pieces) {
  std::vector<std::string_view>& out = *pieces;
  out.clear();
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find(sep, at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view piece = trim_blanks(text.substr(at, end - at));
    if (!piece.empty()) out.push_back(piece);
    at = end + 1;
  }
}

}  // namespace

std::vector<std::string_view> split_fields(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  split_into(text, sep, &out);
  return out;
}

int phrase_head(const Tree& tree, int first, int last) {
  for (int i = first; i < last && i < static_cast<int>(tree.size()); ++i) {
    int h = tree.head(i);
    if (h < first || h >= last) return i;
  }
  return -1;
}

Result<SenseRestrictions> SenseRestrictions::parse(std::string_view noun_classes,
                                                   std::string_view rules,
                                                   std::string_view preferences) {
  // The noun table's keys view this copy (shared by copies of the table).
  auto text = std::make_shared<const std::string>(noun_classes);
  return parse_viewing(*text, text, rules, preferences);
}

Result<SenseRestrictions> SenseRestrictions::parse_viewing(std::string_view noun_classes,
                                                           std::shared_ptr<const std::string> owner,
                                                           std::string_view rules,
                                                           std::string_view preferences) {
  SenseRestrictions out;
  out.noun_text_ = std::move(owner);
  int letter_to_id[128];
  std::fill(std::begin(letter_to_id), std::end(letter_to_id), -1);
  auto class_id = [&](std::string_view name) {
    for (size_t k = 0; k < out.class_names_.size(); ++k)
      if (out.class_names_[k] == name) return static_cast<int>(k);
    return -1;
  };
  out.nouns_.reserve(noun_classes.size() / 12);
  int number = 0;
  std::vector<std::string_view> fields;
  // Line by line in place (57,000 lines): the same pieces as split_fields.
  for (size_t at = 0; at < noun_classes.size();) {
    size_t end = noun_classes.find('\n', at);
    if (end == std::string_view::npos) end = noun_classes.size();
    std::string_view line = trim_blanks(noun_classes.substr(at, end - at));
    at = end + 1;
    if (line.empty()) continue;
    ++number;
    if (line.front() == '#') {
      // The legend: "#   A noun.act".
      split_into(line.substr(1), ' ', &fields);
      if (fields.size() == 2 && fields[0].size() == 1 && fields[0][0] > 0 &&
          fields[1].substr(0, 5) == "noun.") {
        std::string_view name = fields[1].substr(5);
        if (class_id(name) < 0) out.class_names_.emplace_back(name);
        letter_to_id[static_cast<int>(fields[0][0])] = class_id(name);
      }
      continue;
    }
    split_into(line, '\t', &fields);
    if (fields.size() < 2 || fields[1].size() > sizeof(Noun::classes))
      return Status::corrupt("noun-classes.tsv line " + std::to_string(number) +
                             ": want noun<TAB>classes (at most four)");
    Noun noun;
    for (char c : fields[1]) {
      int id = c > 0 ? letter_to_id[static_cast<int>(c)] : -1;
      if (id < 0)
        return Status::corrupt("noun-classes.tsv line " + std::to_string(number) +
                               ": class letter not in the legend");
      noun.classes[noun.count++] = static_cast<uint8_t>(id);
    }
    noun.contest = fields.size() > 2 && fields[2] == "contest";
    out.nouns_.emplace(fields[0], noun);
  }

  number = 0;
  for (std::string_view line : split_fields(rules, '\n')) {
    ++number;
    if (line.front() == '#') continue;
    auto bad = [&](const std::string& why) {
      return Status::corrupt("sense-restrictions.tsv line " + std::to_string(number) + ": " + why);
    };
    std::vector<std::string_view> f = split_fields(line, '\t');
    if (f.size() < 3) return bad("want CODES<TAB>TESTS<TAB>THEN[<TAB>why]");
    Rule rule;
    rule.line = number;
    rule.text = std::string(f[0]) + " " + std::string(f[1]) + " -> " + std::string(f[2]);
    for (std::string_view code : split_fields(f[0], ' ')) rule.codes.emplace_back(code);
    for (std::string_view word : split_fields(f[1], ' ')) {
      size_t eq = word.find('=');
      if (eq == std::string_view::npos) return bad("a test is WHAT=VALUES");
      std::string_view what = word.substr(0, eq), values = word.substr(eq + 1);
      Test test;
      // "context:by=quantity": only obliques with that preposition.
      // "object~=communication": the object's most frequent sense only.
      if (what == "object~") {
        test.usual = true;
        what = "object";
      }
      if (size_t colon = what.find(':'); colon != std::string_view::npos) {
        test.preposition = std::string(what.substr(colon + 1));
        what = what.substr(0, colon);
      }
      if (what == "source")
        test.what = Test::What::kSource;
      else if (what == "target")
        test.what = Test::What::kTarget;
      else if (what == "object")
        test.what = Test::What::kObject;
      else if (what == "context")
        test.what = Test::What::kContext;
      else if (what == "source-actor")
        test.what = Test::What::kSourceActor;
      else if (what == "target-actor")
        test.what = Test::What::kTargetActor;
      else if (what == "verb")
        test.what = Test::What::kVerb;
      else if (what == "particle")
        test.what = Test::What::kParticle;
      else if (what == "complement")
        test.what = Test::What::kComplement;
      else
        return bad("unknown test \"" + std::string(what) + "\"");
      if (!values.empty() && values.front() == '!') {
        test.negated = true;
        values.remove_prefix(1);
      }
      bool actor_test =
          test.what == Test::What::kSourceActor || test.what == Test::What::kTargetActor;
      for (std::string_view v : split_fields(values, ',')) {
        if (actor_test && v.size() == 3)
          test.sectors.emplace_back(v);
        else if (actor_test)
          return bad("an actor role has three letters");
        else if (v == "none" && test.what == Test::What::kTarget)
          test.none = true;
        else if (test.what == Test::What::kVerb || test.what == Test::What::kParticle ||
                 test.what == Test::What::kComplement)
          test.lemmas.emplace_back(v);
        else if (v == "clause" && test.what == Test::What::kObject)
          test.clause = true;
        else if (v == "other-clause" && test.what == Test::What::kObject)
          test.other_clause = true;
        else if (v == "self" && test.what == Test::What::kObject)
          test.self = true;
        else if (v == "contest" && test.what == Test::What::kContext)
          test.contest = true;
        else if (int id = class_id(v); id >= 0)
          test.classes |= 1u << id;
        else
          return bad("unknown class \"" + std::string(v) + "\"");
      }
      rule.tests.push_back(test);
    }
    rule.then = std::string(f[2]);
    out.rules_.push_back(std::move(rule));
  }
  if (Status st = out.read_preferences(preferences); !st.is_ok()) return st;
  return out;
}

// "160<TAB>obj<TAB>89<TAB>communication:29,act:27,…": the classes of the
// object nouns a code's patterns name; "16<TAB>nouns<TAB>3<TAB>aid,talks,ties":
// the nouns a root's patterns name. Other roles are skipped.
Status SenseRestrictions::read_preferences(std::string_view text) {
  int number = 0;
  for (std::string_view line : split_fields(text, '\n')) {
    ++number;
    if (line.front() == '#') continue;
    auto bad = [&](const std::string& why) {
      return Status::corrupt("object-preferences.tsv line " + std::to_string(number) + ": " + why);
    };
    std::vector<std::string_view> f = split_fields(line, '\t');
    if (f.size() != 4) return bad("want CODE<TAB>ROLE<TAB>NOUNS<TAB>class:count,...");
    if (f[1] == "nouns") {
      std::vector<std::string>& list = named_objects_[std::string(f[0])];
      for (std::string_view word : split_fields(f[3], ',')) list.emplace_back(word);
      std::sort(list.begin(), list.end());
      continue;
    }
    if (f[1] != "obj") continue;
    Preference pref;
    pref.nouns = std::atoi(std::string(f[2]).c_str());
    pref.counts.assign(class_names_.size(), 0);
    for (std::string_view item : split_fields(f[3], ',')) {
      size_t colon = item.find(':');
      auto named = std::find(class_names_.begin(), class_names_.end(), item.substr(0, colon));
      if (colon == std::string_view::npos || named == class_names_.end())
        return bad("unknown class \"" + std::string(item.substr(0, colon)) + "\"");
      pref.counts[named - class_names_.begin()] =
          std::atoi(std::string(item.substr(colon + 1)).c_str());
    }
    preferences_[std::string(f[0])] = std::move(pref);
  }
  return Status::ok();
}

const SenseRestrictions& SenseRestrictions::get() {
  // Built once and never destroyed (freeing its 57,000 nouns at exit cost 3 M
  // instructions); its noun keys view the embedded table, which outlives it.
  alignas(SenseRestrictions) static unsigned char storage[sizeof(SenseRestrictions)];
  static const SenseRestrictions& table = *new (storage) SenseRestrictions([] {
    Result<SenseRestrictions> parsed =
        parse_viewing(dict::internal::embedded_noun_classes(), nullptr,
                      internal::embedded_sense_rules(), internal::embedded_object_preferences());
    // The files are ours and checked by the tests; a broken build restricts nothing.
    return parsed ? std::move(*parsed) : SenseRestrictions();
  }());
  return table;
}

std::vector<std::string> SenseRestrictions::classes(std::string_view noun) const {
  std::vector<std::string> out;
  auto it = nouns_.find(noun);
  if (it == nouns_.end()) return out;
  for (uint8_t id : it->second) out.push_back(class_names_[id]);
  return out;
}

const SenseRestrictions::Noun* SenseRestrictions::noun(const Tree& tree, int node) const {
  if (node < 0 || tree.token(node).upos != "NOUN") return nullptr;
  auto it = nouns_.find(tree.lemma(node));
  return it == nouns_.end() ? nullptr : &it->second;
}

// The side's head is a common noun WordNet knows, not the actor's own name,
// and every class of its (most frequent) senses is listed: "policy" can only
// be an idea or a text, while "pipeline" may be a pipe. Negated: none of its
// senses is of a listed class ("flag" is no person, group or place).
bool SenseRestrictions::class_test(const Tree& tree, const Test& test,
                                   const SenseArgument& arg) const {
  if (arg.head < 0 || arg.named) return false;
  const Noun* n = noun(tree, arg.head);
  if (!n || n->count == 0) return false;
  return std::all_of(n->begin(), n->end(), [&](uint8_t id) {
    return ((test.classes & (1u << id)) != 0) != test.negated;
  });
}

// "acknowledged that some voters still …", "warned that Brexit
// will sap growth": the verb's clause is about someone other than the speaker
// (its subject is neither a personal pronoun nor the speaker's own head word;
// passive or subjectless clauses may be the speaker's own act and do not count).
bool SenseRestrictions::other_clause(const Tree& tree, int predicate, const SenseArgument& source) {
  static const char* const kSpeaker[] = {"i", "we", "he", "she", "it", "they", "who"};
  // The clause, or a "that" clause the parser hung on the object ("warning
  // voters that a Clinton victory would bring …").
  std::vector<int> clauses;
  for (int child : tree.children(predicate)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "ccomp") clauses.push_back(child);
    if (rel == "obj")
      for (int c : tree.children(child))
        if (Tree::base(tree.token(c).deprel) == "acl" &&
            std::any_of(tree.children(c).begin(), tree.children(c).end(), [&](int m) {
              return tree.token(m).deprel == "mark" && tree.lemma(m) == "that";
            }))
          clauses.push_back(c);
  }
  for (int child : clauses) {
    int subject = -1;
    bool passive = false;
    for (int c : tree.children(child)) {
      const std::string& rel = tree.token(c).deprel;
      if (rel == "nsubj" || rel == "csubj") subject = c;
      passive = passive || rel == "nsubj:pass" || rel == "aux:pass";
    }
    if (passive || subject < 0) return false;
    std::string lemma = tree.lemma(subject);
    std::transform(lemma.begin(), lemma.end(), lemma.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (tree.token(subject).upos == "PRON" &&
        std::any_of(std::begin(kSpeaker), std::end(kSpeaker),
                    [&](const char* p) { return lemma == p; }))
      return false;
    if (source.head >= 0 && tree.lemma(source.head) == tree.lemma(subject)) return false;
    return true;
  }
  return false;
}

// "released his tax returns", "released the plan": the object is first of all
// a text or an idea (a return may also be an act, a plan a drawing) and in
// no sense a person or a group ("released the prisoners").
bool SenseRestrictions::usual_class(const Tree& tree, const Test& test, int node) const {
  const Noun* n = noun(tree, node);
  return n && n->count > 0 && (test.classes & (1u << n->classes[0])) != 0 &&
         !party_object(tree, node);
}

bool SenseRestrictions::party_object(const Tree& tree, int node) const {
  const std::string& upos = tree.token(node).upos;
  if (upos == "PROPN" || upos == "PRON") return true;
  const Noun* n = noun(tree, node);
  return n && std::any_of(n->begin(), n->end(), [&](uint8_t id) {
           return class_names_[id] == "person" || class_names_[id] == "group";
         });
}

// A clause "to VERB …" with no subject of its own.
static bool sense_to_infinitive(const Tree& tree, int clause) {
  bool to = false;
  for (int c : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(c).deprel);
    if (rel == "nsubj") return false;
    to = to || (rel == "mark" && tree.lemma(c) == "to");
  }
  return to;
}

// A "complement=" test. "expect Clinton to win": the verb's complement
// clause is one of these verbs; "other": an xcomp under a verb with an object
// (the act expected is someone else's), or a subjectless "to" clause the
// parser hung on the verb as a purpose ("warned officials to boost …").
// "act": an act to do (an xcomp or a subjectless "to" clause); "!act": none
// ("agreed with Rohan" is accord, "agreed with Rohan to meet" an intent).
bool SenseRestrictions::complement_test(const Tree& tree, int predicate, const Test& test) const {
  bool object = false;
  for (int child : tree.children(predicate))
    object = object || (Tree::base(tree.token(child).deprel) == "obj" && party_object(tree, child));
  for (int child : tree.children(predicate)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    // A nominal xcomp names, it asks nothing ("called them heroes").
    const bool verbal = tree.token(child).upos == "VERB" || tree.token(child).upos == "AUX";
    bool to_act =
        (rel == "xcomp" && verbal) || (rel == "advcl" && sense_to_infinitive(tree, child));
    bool other = object && to_act;
    if (rel != "xcomp" && rel != "ccomp" && !to_act) continue;
    for (const std::string& l : test.lemmas)
      if ((l == tree.lemma(child) && rel != "advcl") || (l == "other" && other) ||
          (l == "act" && to_act))
        return !test.negated;
  }
  return test.negated;
}

bool SenseRestrictions::holds(const Tree& tree, int predicate, const Test& test,
                              const SenseArgument& source, const SenseArgument& target,
                              bool speech) const {
  switch (test.what) {
    case Test::What::kSource:
      return class_test(tree, test, source);
    case Test::What::kTarget:
      if (test.none && target.head < 0) return true;
      return test.classes != 0 && class_test(tree, test, target);
    case Test::What::kObject: {
      // "charges that …": what the verb takes is a clause, not a party.
      bool clause = false, object = false;
      for (int child : tree.children(predicate)) {
        std::string_view rel = Tree::base(tree.token(child).deprel);
        // ("that" misread as the object is none)
        object = object || (rel == "obj" && tree.token(child).upos != "SCONJ");
        if (rel == "ccomp")
          for (int c : tree.children(child))
            clause = clause || (tree.token(c).deprel == "mark" && tree.lemma(c) == "that");
      }
      if (test.other_clause) return other_clause(tree, predicate, source);
      if (test.self) {
        // "surrounded himself with advisors", "defend himself": done to oneself.
        for (int child : tree.children(predicate)) {
          if (Tree::base(tree.token(child).deprel) != "obj" || tree.token(child).upos != "PRON")
            continue;
          std::string_view l = tree.token(child).text;
          if (l.ends_with("self") || l.ends_with("selves")) return true;
        }
        return false;
      }
      if (test.classes != 0) {
        // "acknowledged the reality of the drought": the object is such a noun.
        for (int child : tree.children(predicate))
          if (Tree::base(tree.token(child).deprel) == "obj") {
            if (test.usual) return usual_class(tree, test, child);
            const Noun* n = noun(tree, child);
            return n && n->count > 0 && std::all_of(n->begin(), n->end(), [&](uint8_t id) {
                     return (test.classes & (1u << id)) != 0;
                   });
          }
        return false;
      }
      return test.clause && (clause || speech) && !object;
    }
    case Test::What::kVerb:
      return std::find(test.lemmas.begin(), test.lemmas.end(), tree.lemma(predicate)) !=
             test.lemmas.end();
    case Test::What::kComplement:
      return complement_test(tree, predicate, test);
    case Test::What::kParticle:
      // "seized upon his remarks", "weighed in": a particle of the verb (or
      // the parser's adverb) or the preposition of one of its obliques, and
      // no object ("seized the stations on the pipeline" is no idiom).
      for (int child : tree.children(predicate))
        if (Tree::base(tree.token(child).deprel) == "obj") return false;
      for (int child : tree.children(predicate)) {
        const std::string& rel = tree.token(child).deprel;
        auto listed = [&](int node) {
          return std::find(test.lemmas.begin(), test.lemmas.end(), tree.lemma(node)) !=
                 test.lemmas.end();
        };
        if ((rel == "compound:prt" || rel == "advmod") && listed(child)) return true;
        if (Tree::base(rel) != "obl" || rel == "obl:agent") continue;
        for (int c : tree.children(child))
          if (tree.token(c).deprel == "case" && listed(c)) return true;
      }
      return false;
    case Test::What::kSourceActor:
    case Test::What::kTargetActor: {
      // Every role after the country part is listed ("---CVL", "MEXCVL"; not "MEXGOVCVL").
      const std::string& code = test.what == Test::What::kSourceActor ? source.code : target.code;
      return all_sectors(code, [&](std::string_view sector) {
        return std::find(test.sectors.begin(), test.sectors.end(), sector) != test.sectors.end();
      });
    }
    case Test::What::kContext: {
      // "defeated in the election", "beats Trump by four points", "heading
      // into their debate"; also in a complement ("expect her to win the
      // primary").
      std::vector<int> obliques;
      for (int child : tree.children(predicate)) {
        std::string_view rel = Tree::base(tree.token(child).deprel);
        if (rel == "obl" && tree.token(child).deprel != "obl:agent") obliques.push_back(child);
        if (rel == "xcomp" && test.preposition.empty())
          for (int c : tree.children(child)) {
            std::string_view r = Tree::base(tree.token(c).deprel);
            if (r == "obj" || (r == "obl" && tree.token(c).deprel != "obl:agent"))
              obliques.push_back(c);
          }
      }
      uint32_t quantity = 0;
      for (size_t k = 0; k < class_names_.size(); ++k)
        if (class_names_[k] == "quantity") quantity = 1u << k;
      for (int child : obliques) {
        if (!test.preposition.empty() && !tree.has_case(child, {test.preposition})) continue;
        // "by four points": a counted noun is a quantity whatever the noun.
        if ((test.classes & quantity) != 0 &&
            std::any_of(tree.children(child).begin(), tree.children(child).end(),
                        [&](int c) { return tree.token(c).deprel == "nummod"; }))
          return true;
        const Noun* n = noun(tree, child);
        if (!n || n->count == 0) continue;
        if (test.contest && n->contest) return true;
        if (test.classes != 0 && std::all_of(n->begin(), n->end(), [&](uint8_t id) {
              return (test.classes & (1u << id)) != 0;
            }))
          return true;
      }
      return false;
    }
  }
  return false;
}

bool SenseRestrictions::restricts(std::string_view code, bool* speech, bool derived) const {
  bool any = derived && preference(code) != nullptr;
  for (const Rule& rule : rules_) {
    if (std::none_of(rule.codes.begin(), rule.codes.end(),
                     [&](const std::string& prefix) { return code.starts_with(prefix); }))
      continue;
    any = true;
    if (speech)
      for (const Test& t : rule.tests) *speech = *speech || t.what == Test::What::kObject;
  }
  return any;
}

SenseVerdict SenseRestrictions::check(const Tree& tree, int predicate, std::string_view code,
                                      const SenseArgument& source, const SenseArgument& target,
                                      bool speech, bool derived) const {
  SenseVerdict verdict;
  for (const Rule& rule : rules_) {
    if (std::none_of(rule.codes.begin(), rule.codes.end(),
                     [&](const std::string& prefix) { return code.starts_with(prefix); }))
      continue;
    if (!std::all_of(rule.tests.begin(), rule.tests.end(), [&](const Test& t) {
          return holds(tree, predicate, t, source, target, speech);
        }))
      continue;
    verdict.kind = rule.then == "-" ? SenseVerdict::Kind::kDrop : SenseVerdict::Kind::kRecode;
    if (verdict.kind == SenseVerdict::Kind::kRecode) verdict.code = rule.then;
    verdict.reason = "sense-restrictions.tsv line " + std::to_string(rule.line) + ": " + rule.text;
    return verdict;
  }
  return derived ? prefer(tree, predicate, code, target) : verdict;
}

// The most specific row with enough nouns to say what the code takes: the
// code, then its shorter prefixes down to the root ("0841", "084", "08").
const SenseRestrictions::Preference* SenseRestrictions::preference(std::string_view code) const {
  for (size_t n = std::min<size_t>(code.size(), 4); n >= 2; --n) {
    auto it = preferences_.find(std::string(code.substr(0, n)));
    if (it != preferences_.end() && it->second.nouns >= kPreferenceNouns) return &it->second;
  }
  return nullptr;
}

// Whether the noun at `node` may be an object of the code: a party (a name,
// a pronoun, a person or a group; a place), a noun WordNet does not know or
// names only at its top (an "artifact"), a noun the root's patterns name, or a
// noun one of whose first two senses (all, for a plural) is of a class enough
// of the code's nouns have. `kinds` collects the classes of a noun that may not.
bool SenseRestrictions::preferred_object(const Tree& tree, int node, const Preference& pref,
                                         const std::vector<std::string>* named,
                                         std::string* kinds) const {
  if (party_object(tree, node)) return true;
  const Noun* n = noun(tree, node);
  if (!n || n->count == 0) return true;
  if (named && std::binary_search(named->begin(), named->end(), tree.lemma(node))) return true;
  // (A plural is abstract only in all its senses: "ruins" are also things.)
  auto abstract = [&](uint8_t id) {
    return std::find(std::begin(kAbstractClasses), std::end(kAbstractClasses), class_names_[id]) !=
           std::end(kAbstractClasses);
  };
  if (tree.token(node).xpos == "NNS" ? std::all_of(n->begin(), n->end(), abstract)
                                     : abstract(n->classes[0])) {
    *kinds = "first of all a " + class_names_[n->classes[0]];
    return false;
  }
  // A plural is counted: its rarer senses of things count too ("ruins" are
  // artefacts, "ruin" first of all a state).
  int senses = tree.token(node).xpos == "NNS" ? n->count : kPreferenceSenses;
  for (int k = 0; k < std::min<int>(n->count, senses); ++k) {
    const std::string& name = class_names_[n->classes[k]];
    if (name == "location" || name == "Tops" ||
        pref.counts[n->classes[k]] >= preferred_count(pref.nouns))
      return true;
    *kinds += (kinds->empty() ? "" : ", ") + name;
  }
  return false;
}

bool SenseRestrictions::place_or_party(const Tree& tree, int node) const {
  const Noun* n = noun(tree, node);
  return party_object(tree, node) || (n && std::any_of(n->begin(), n->end(), [&](uint8_t id) {
                                        return class_names_[id] == "location";
                                      }));
}

// "recalled the cheese" 160, "cut the ribbon" 16x: the patterns of the code
// name objects of other kinds. The object is looked through a quantity word
// ("scores of arrows"), and a party or a place in its "of" modifier stands
// for it ("a strip of the valley", not "a tenth of the cost").
SenseVerdict SenseRestrictions::prefer(const Tree& tree, int predicate, std::string_view code,
                                       const SenseArgument& target) const {
  SenseVerdict verdict;
  const Preference* pref = preference(code);
  if (!pref) return verdict;
  auto found = named_objects_.find(std::string(code.substr(0, 2)));
  const std::vector<std::string>* named = found == named_objects_.end() ? nullptr : &found->second;
  for (int object : tree.children(predicate)) {
    if (Tree::base(tree.token(object).deprel) != "obj") continue;
    int head = tree.through_quantity(object);
    if (head == target.head && target.named) return verdict;
    std::string kinds;
    if (preferred_object(tree, head, *pref, named, &kinds)) return verdict;
    for (int c : tree.children(head))
      if (Tree::base(tree.token(c).deprel) == "nmod" && tree.has_case(c, {"of"}) &&
          place_or_party(tree, c))
        return verdict;
    verdict.kind = SenseVerdict::Kind::kDrop;
    verdict.reason = "object-preferences.tsv: no pattern of " + std::string(code) + " takes \"" +
                     tree.lemma(head) + "\" (" + kinds + ")";
    return verdict;
  }
  return verdict;
}

namespace {

// A possessor or an of / in / from modifier of a noun ("Trump's comments",
// "an outbreak in Angola").
bool of_phrase(const Tree& tree, int node) {
  const std::string& rel = tree.token(node).deprel;
  if (rel == "nmod:poss") return true;
  if (Tree::base(rel) != "nmod") return false;
  for (int child : tree.children(node))
    if (tree.token(child).deprel == "case") {
      const std::string& l = tree.lemma(child);
      return l == "of" || l == "in" || l == "from";
    }
  return false;
}

SenseArgument sense_argument(const Tree& tree, const Document& doc, int predicate,
                             const Actor& actor) {
  SenseArgument arg;
  arg.code = actor.code;
  const Mention& m = actor.mention;
  if (m.sentence < 0) return arg;
  arg.head = phrase_head(tree, m.first_token, m.last_token);
  if (arg.head < 0) return arg;
  // The coder moves an argument to the noun below it that names its actor
  // ("a measles outbreak in Chad" → Chad, "Trump's comments" → Trump);
  // what the verb's argument is, is the noun it hangs on, when that noun is a
  // dependent of the verb. A partner in a with / to / against phrase ("talks
  // with Tusk") stays where it is, and so does the noun a participle modifies
  // ("the epidemic of guards beating …": the guards beat).
  int at = arg.head;
  for (int depth = 0; depth < 3 && of_phrase(tree, at); ++depth) {
    int up = tree.head(at);
    // "scores of terrorists": a quantity word stands aside for its noun.
    if (up < 0 || up == predicate || tree.token(up).upos != "NOUN" ||
        tree.through_quantity(up) != up)
      break;
    at = up;
    if (tree.head(at) == predicate) {
      arg.head = at;
      break;
    }
  }
  const std::string& upos = tree.token(arg.head).upos;
  arg.named = upos == "PROPN" || upos == "PRON";
  // "Gondor last week announced …": the parser made the time word the head
  // and the name its modifier; the side is the name, not a time.
  if (!arg.named && upos == "NOUN") {
    std::vector<std::string> classes = SenseRestrictions::get().classes(tree.lemma(arg.head));
    if (!classes.empty() && classes.front() == "time")
      for (int child : tree.children(arg.head))
        if (m.first_token <= child && child < m.last_token && tree.token(child).upos == "PROPN")
          arg.named = true;
  }
  // "the army" coded by the entities stage: the head is the actor's own name;
  // "a unique New Zealand flag" coded by its modifier: the head is a thing.
  if (arg.named || actor.entity.empty() || upos != "NOUN") return arg;
  for (const Entity& e : doc.entities) {
    if (arg.named) break;
    if (e.id != actor.entity) continue;
    for (const Mention& em : e.mentions)
      if (em.sentence == m.sentence && em.first_token <= arg.head && arg.head < em.last_token)
        arg.named = true;
  }
  return arg;
}

}  // namespace

bool sense_allows(const Tree& tree, const Document& doc, int predicate, const Actor& source,
                  const Actor& target, bool derived, std::string* code,
                  std::vector<std::string>* trace) {
  const SenseRestrictions& table = SenseRestrictions::get();
  // (The hand-written entries were written for the objects they take; the
  // derived lexicon's defaults and the backoff take any: docs/events.md,
  // "Sense restrictions", object preferences.)
  bool object_tested = false;
  if (!table.restricts(*code, &object_tested, derived)) return true;
  int sentence = source.mention.sentence >= 0 ? source.mention.sentence : target.mention.sentence;
  bool speech =
      object_tested && std::any_of(doc.quotes.begin(), doc.quotes.end(), [&](const Quote& q) {
        return q.cue.sentence == sentence && q.cue.first_token <= predicate &&
               predicate < q.cue.last_token;
      });
  SenseVerdict verdict =
      table.check(tree, predicate, *code, sense_argument(tree, doc, predicate, source),
                  sense_argument(tree, doc, predicate, target), speech, derived);
  if (verdict.kind == SenseVerdict::Kind::kKeep) return true;
  if (trace)
    trace->push_back(
        "  " + *code + " for " + (source.code.empty() ? "?" : source.code) + " -> " +
        (target.code.empty() ? "?" : target.code) + ": " +
        (verdict.kind == SenseVerdict::Kind::kDrop ? "no event" : "read as " + verdict.code) +
        " (" + verdict.reason + ")");
  if (verdict.kind == SenseVerdict::Kind::kDrop) return false;
  *code = verdict.code;
  return true;
}

}  // namespace eventwire::events
