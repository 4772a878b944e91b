// The event scorer (event_scorer.h): features and the weights file.
#include "events/event_scorer.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <optional>

#include "base/fingerprint.h"
#include "events/embedded.h"
#include "events/mentions.h"
#include "events/sense.h"
#include "events/tree.h"
#include "eventwire/dict.h"
#include "eventwire/events.h"

namespace eventwire::events {
namespace {

int token_starting_at(const Sentence& sentence, uint32_t start) {
  for (size_t i = 0; i < sentence.tokens.size(); ++i)
    if (sentence.tokens[i].start == start) return static_cast<int>(i);
  return -1;
}

// The lexicon entry an event's evidence names: "LEMMA … (FILE line N) …".
const dict::LexiconEntry* entry_of(const Event& e, const dict::Lexicon& lexicon) {
  const std::string_view p = e.evidence_pattern;
  std::string_view lemma = p.substr(0, p.find(' '));
  for (size_t at = p.find(" line "); at != std::string_view::npos; at = p.find(" line ", at + 1)) {
    size_t open = p.rfind('(', at);
    size_t close = p.find(')', at);
    if (open == std::string_view::npos || close == std::string_view::npos) continue;
    std::string_view file = p.substr(open + 1, at - open - 1);
    uint32_t line =
        static_cast<uint32_t>(std::strtoul(e.evidence_pattern.c_str() + at + 6, nullptr, 10));
    if (file == "backoff") {
      auto it = lexicon.backoff.find(std::string(lemma));
      return it == lexicon.backoff.end() ? nullptr : &it->second;
    }
    // Lexicon::find without its vector: the lemma lower-cased (ASCII, as
    // find does), its entry ids looked up.
    std::string lower(lemma);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    auto ids = lexicon.by_lemma.find(lower);
    if (ids == lexicon.by_lemma.end()) return nullptr;
    for (uint32_t id : ids->second) {
      const dict::LexiconEntry& entry = lexicon.entries[id];
      if (entry.line == line && entry.file == file) return &entry;
    }
    return nullptr;
  }
  return nullptr;
}

// "LO-HI" for the bucket of `n` between the edges, "LO+" past the last one;
// the text lives in the object (no allocation).
class Bucket {
 public:
  Bucket(int n, std::initializer_list<int> edges) {
    int lo = 0;
    for (int edge : edges) {
      if (n < edge) {
        put(lo);
        text_[size_++] = '-';
        put(edge - 1);
        return;
      }
      lo = edge;
    }
    put(lo);
    text_[size_++] = '+';
  }
  std::string_view view() const { return {text_, size_}; }

 private:
  void put(int v) {
    size_ = static_cast<size_t>(std::to_chars(text_ + size_, text_ + 24, v).ptr - text_);
  }
  char text_[24];
  size_t size_ = 0;
};

const Entity* entity_of(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Entity& entity : doc.entities)
    if (entity.id == id) return &entity;
  return nullptr;
}

// A relation name in up to two parts: "A" or "A>B" (views into the tree's
// tokens or literals).
struct Relation {
  Relation(std::string_view only) : a(only) {}  // NOLINT: implicit from a literal
  Relation(std::string_view up, std::string_view down) : a(up), sep(">"), b(down) {}
  std::string_view a, sep, b;
};

// How `head` hangs from the predicate: its own relation when it is a child,
// "obj>REL" one step below the object, "sub" deeper inside the predicate's
// subtree, "out" elsewhere in the sentence.
Relation relation_to(const Tree& tree, int predicate, int head) {
  if (head < 0) return {"none"};
  if (head == predicate) return {"self"};
  if (tree.head(head) == predicate) return {Tree::base(tree.token(head).deprel)};
  int up = tree.head(head);
  if (up >= 0 && tree.head(up) == predicate)
    return {Tree::base(tree.token(up).deprel), Tree::base(tree.token(head).deprel)};
  for (int depth = 0; up >= 0 && depth < 40; ++depth, up = tree.head(up))
    if (up == predicate) return {"sub"};
  // The predicate below the argument: a relative or participle clause.
  for (int p = tree.head(predicate), depth = 0; p >= 0 && depth < 40; p = tree.head(p), ++depth)
    if (p == head) return {"above"};
  return {"out"};
}

bool personal_pronoun(const Token& t) {
  if (std::string_view(t.upos) != "PRON") return false;
  std::string_view l = t.lemma;
  return l == "I" || l == "i" || l == "we" || l == "you";
}

bool is_role(std::string_view three) {
  return three.size() == 3 && std::all_of(three.begin(), three.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c));
         });
}

// What an uncoded argument is: on everyday text an uncoded doer is mostly a
// private person, in conflict news an unnamed group (gunmen, protesters) or a
// weapon, so the kinds must not share one weight.
std::string_view uncoded_kind(const Document& doc, const Tree& tree, int sentence, int head) {
  const Token& t = tree.token(head);
  if (t.upos == "PRON") return "pronoun";
  if (const Entity* entity = entity_at(doc, sentence, head)) {
    if (entity->type == "PER") return "person";
    if (entity->type == "ORG" || entity->type == "NORP") return "org";
    return "named";
  }
  if (t.upos == "PROPN") return "name";
  if (t.upos != "NOUN") return "other";
  auto classes = SenseRestrictions::get().classes(tree.lemma(head));
  if (classes.empty()) return "other";
  const std::string& c = classes.front();
  const bool plural = t.xpos == "NNS" || t.xpos == "NNPS";
  if (c == "group" || (c == "person" && plural)) return "group";
  if (c == "person") return "one-person";
  if (c == "artifact" || c == "act" || c == "event") return "thing";
  return "other";
}

// The event's root as one of five classes: statements and appeals,
// cooperation, verbal conflict, protest, force.
std::string_view root_class(std::string_view root) {
  if (root == "01" || root == "02") return "say";
  if (root >= "03" && root <= "08") return "coop";
  if (root == "14") return "protest";
  if (root == "15" || root >= "17") return "force";
  return "conflict";  // 09-13, 16
}

using Parts = std::initializer_list<std::string_view>;

// The feature extraction below writes each feature name as a few parts to a
// sink: NameSink joins them into ScorerFeature strings (training, tests),
// ScoreSink adds the weight of each name to a sum (no allocation). Both
// see the same names in the same order, so the sums are the same bit for bit.
// add(parts, true) marks a feature the event's root is crossed with (cross()).
class NameSink {
 public:
  explicit NameSink(std::vector<ScorerFeature>& out) : out_(out) {}
  void add(Parts parts, bool crossable = false) {
    std::string name;
    for (std::string_view part : parts) name.append(part);
    out_.emplace_back(std::move(name), 1.0f);
    if (crossable) crossable_.push_back(out_.size() - 1);
  }
  void cross(std::string_view root) {
    for (size_t k : crossable_) add({"w:root*", out_[k].first, ":", root});
  }

 private:
  std::vector<ScorerFeature>& out_;
  std::vector<size_t> crossable_;
};

}  // namespace

// The weights by a 64-bit FNV-1a hash of the name, open addressing with
// linear probing; the names are kept (in one string) to confirm a hit.
class EventScorer::Table {
 public:
  // A multiplicative hash of the name, eight bytes at a time.
  static uint64_t hash(std::string_view name) {
    char last[8] = {};
    std::memcpy(last, name.data() + name.size() / 8 * 8, name.size() % 8);
    return hash_words(name, last);
  }
  // The same for a name followed by eight zero bytes in its buffer: the last
  // word is read in place (no byte loop).
  static uint64_t hash_padded(std::string_view name) {
    return hash_words(name, name.data() + name.size() / 8 * 8);
  }
  // The weight of the name, or nullptr; `h` is its hash.
  const double* find(std::string_view name) const { return find(name, hash(name)); }
  const double* find(std::string_view name, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask; slots_[i].used; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == h && slot.size == name.size() &&
          std::memcmp(names_.data() + slot.offset, name.data(), name.size()) == 0)
        return &slot.weight;
    }
    return nullptr;
  }
  void build(const std::unordered_map<std::string, double>& weights) {
    size_t capacity = 16;
    while (capacity < 4 * weights.size()) capacity *= 2;
    slots_.assign(capacity, Slot{});
    names_.clear();
    for (const auto& [name, weight] : weights) {
      uint64_t h = hash(name);
      size_t i = h & (capacity - 1);
      while (slots_[i].used) i = (i + 1) & (capacity - 1);  // names are unique
      slots_[i] = {h, static_cast<uint32_t>(names_.size()), static_cast<uint32_t>(name.size()),
                   true, weight};
      names_ += name;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, size = 0;
    bool used = false;
    double weight = 0;
  };
  // The words of the name, the last (`name.size() % 8` bytes, zeros after)
  // from `last`.
  static uint64_t hash_words(std::string_view name, const char* last) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ name.size();
    const char* p = name.data();
    for (size_t n = name.size(); n >= 8; p += 8, n -= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      h = (h ^ word) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
    }
    uint64_t tail;
    std::memcpy(&tail, last, 8);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
  }
  std::vector<Slot> slots_;
  std::string names_;  // the names end to end (slot offset, size)
};

namespace {

// Buffers a ScoreSink reuses from event to event (no allocation once they
// have grown).
struct ScoreBuffers {
  std::string name;
  std::vector<std::string> crossable;
};

// The linear score of the names, added in the order they come (as
// scorer_probability does). A name is joined in a reused buffer and looked up
// by its hash; the crossable ones are kept for cross().
class ScoreSink {
 public:
  ScoreSink(const EventScorer::Table& table, ScoreBuffers& buffers)
      : table_(table), buffers_(buffers) {}
  void add(Parts parts, bool crossable = false) {
    // Joined in a fixed buffer (names are short), else in the string.
    // Eight zero bytes after the name let the last word be read in place.
    char text[136];
    size_t n = 0;
    for (std::string_view part : parts) {
      if (n + part.size() > 128) return add_long(parts, crossable);
      std::memcpy(text + n, part.data(), part.size());
      n += part.size();
    }
    std::memset(text + n, 0, 8);
    std::string_view name(text, n);
    if (const double* w = table_.find(name, EventScorer::Table::hash_padded(name))) z_ += *w * 1.0f;
    if (crossable) keep(name);
  }
  void cross(std::string_view root) {
    for (size_t k = 0; k < crossed_; ++k) add({"w:root*", buffers_.crossable[k], ":", root});
  }
  double z() const { return z_; }

 private:
  void add_long(Parts parts, bool crossable) {
    std::string& name = buffers_.name;
    name.clear();
    for (std::string_view part : parts) name.append(part);
    if (const double* w = table_.find(name)) z_ += *w * 1.0f;
    if (crossable) keep(name);
  }
  void keep(std::string_view name) {
    if (crossed_ == buffers_.crossable.size()) buffers_.crossable.emplace_back();
    buffers_.crossable[crossed_++].assign(name.data(), name.size());
  }
  const EventScorer::Table& table_;
  ScoreBuffers& buffers_;
  size_t crossed_ = 0;
  double z_ = 0;
};

template <class Sink>
void actor_features(const Document& doc, const Tree& tree, int predicate,
                    const std::optional<EventArgument>& arg, int event_sentence,
                    std::string_view root, std::string_view side, Sink& sink, int* head_out) {
  const bool target = side == "tgt";
  *head_out = -1;
  if (!arg) {
    // Features the root is crossed with: the argument's kind.
    sink.add({side, ".none"}, target);
    return;
  }
  const std::string_view code = arg->actor_code;
  sink.add({side, code.empty() ? ".uncoded" : ".coded"});
  if (!code.empty()) {
    std::string_view first = code.substr(0, 3);
    if (first == "---")
      sink.add({side, ".nocountry"});
    else if (first == "IGO" || first == "NGO" || first == "IMG" || first == "MNC")
      sink.add({side, ".group=", first});
    else
      sink.add({side, ".country"});
    if (code.size() == 3) sink.add({side, ".bare"});
    int roles = 0;
    for (size_t i = 3; i + 3 <= code.size() && roles < 2; i += 3, ++roles)
      if (is_role(code.substr(i, 3))) sink.add({side, ".role=", code.substr(i, 3)}, true);
  }
  if (const Entity* entity = entity_of(doc, arg->entity)) {
    sink.add({side, ".entity=", entity->type}, true);
    std::string_view how = std::string_view(entity->resolved_by);
    how = how.substr(0, how.find(':'));
    sink.add({side, ".by=", how.empty() ? std::string_view("?") : how});
  } else if (!code.empty()) {
    sink.add({side, ".dictionary"});
  }
  if (arg->mention.sentence != event_sentence) {
    sink.add({side, ".othersentence"});
    return;
  }
  int head = phrase_head(tree, arg->mention.first_token, arg->mention.last_token);
  *head_out = head;
  if (head < 0) return;
  const Token& t = tree.token(head);
  sink.add({side, ".upos=", t.upos});
  if (code.empty()) {
    std::string_view kind = uncoded_kind(doc, tree, event_sentence, head);
    sink.add({side, ".kind=", kind});
    sink.add({side, ".kind*rc=", kind, ":", root_class(root)});
  }
  Relation rel = relation_to(tree, predicate, head);
  sink.add({side, ".rel=", rel.a, rel.sep, rel.b}, target);
  int distance = std::abs(head - predicate);
  sink.add({side, ".dist=", Bucket(distance, {2, 4, 8, 16}).view()});
  if (head > predicate) sink.add({side, ".after"});
  if (t.upos == "NOUN")
    if (auto classes = SenseRestrictions::get().classes(tree.lemma(head)); !classes.empty())
      sink.add({side, ".class=", classes.front()}, true);
}

// Adverbs of habit and repetition: a habit is no event ("they usually meet
// on Fridays", "it still buys grain from them").
bool habitual_adverb(std::string_view lemma) {
  static constexpr std::string_view kAdverbs[] = {
      "always",    "usually", "often",  "generally", "typically",   "normally",     "regularly",
      "routinely", "rarely",  "seldom", "sometimes", "constantly",  "still",        "frequently",
      "ever",      "never",   "long",   "commonly",  "customarily", "traditionally"};
  return std::find(std::begin(kAdverbs), std::end(kAdverbs), lemma) != std::end(kAdverbs);
}

// The predicate modified by an adverb of habit.
template <class Sink>
void habit_features(const Tree& tree, int predicate, Sink& sink) {
  for (int child : tree.children(predicate))
    if (Tree::base(tree.token(child).deprel) == "advmod" && habitual_adverb(tree.lemma(child))) {
      sink.add({"habitual"});
      return;
    }
}

// Discourse features (issue 12, nineteenth session): where the event stands in
// the story and how its time is told. Background history is told late in the
// article, in a perfect or a relative, appositive or after/since clause, under
// a time of its own or of the sentences before; the news is in the lead,
// attributed by a present-story "said".

// Clause relations a time expression does not cross to date a predicate.
bool clause_relation(std::string_view rel) {
  return rel == "ccomp" || rel == "advcl" || rel == "acl" || rel == "xcomp" || rel == "conj" ||
         rel == "parataxis" || rel == "csubj" || rel == "root";
}

// The clause predicate token `i` belongs to: up from it to the first token
// that hangs by a clause relation (or the root).
int clause_of(const Tree& tree, int i) {
  for (int depth = 0; i >= 0 && depth < 40; ++depth) {
    if (clause_relation(Tree::base(tree.token(i).deprel)) || tree.head(i) < 0) return i;
    i = tree.head(i);
  }
  return -1;
}

// A date or time of day (not a duration or a set) in the sentence.
bool dated_time(const TimeExpression& t) {
  return t.type == "DATE" || t.type == "TIME";
}

// Where the event's time is told: on its own clause, on a clause above it (a
// clause link), elsewhere in its sentence, in one of the two sentences before
// (the story's frame; news paragraphs are a sentence or two long), or nowhere
// (only the article's date).
std::string_view time_told(const Document& doc, const Tree& tree, int sentence, int predicate) {
  const int own = clause_of(tree, predicate);
  bool in_sentence = false, link = false, before = false;
  for (const TimeExpression& t : doc.times) {
    if (!dated_time(t) || t.sentence < 0) continue;
    if (t.sentence != sentence) {
      before |= t.sentence < sentence && t.sentence >= sentence - 2;
      continue;
    }
    in_sentence = true;
    int clause = clause_of(tree, phrase_head(tree, t.first_token, t.last_token));
    if (clause == own) return "own";
    for (int up = own >= 0 ? tree.head(own) : -1, depth = 0; up >= 0 && depth < 40;
         up = tree.head(up), ++depth)
      if (up == clause) link = true;
  }
  return link ? "link" : in_sentence ? "sentence" : before ? "before" : "none";
}

// The predicate's perfect: "pastperf" (had + participle), "perf" (has / have
// + participle) or "" (none, or under a modal).
std::string_view perfect_of(const Sentence& sentence, int predicate) {
  std::string_view have_form;
  for (const Token& t : sentence.tokens) {
    if (t.head != predicate + 1 || Tree::base(t.deprel) != "aux") continue;
    if (t.xpos == "MD") return "";
    if (t.lemma == "have") have_form = t.xpos;
  }
  if (have_form.empty() || sentence.tokens[static_cast<size_t>(predicate)].xpos != "VBN") return "";
  return have_form == "VBD" || have_form == "VBG" ? "pastperf" : "perf";
}

// The kind of clause that tells the predicate as context: a relative clause,
// an apposition, an adverbial clause of time or of reason.
std::string_view context_clause(const Tree& tree, int predicate) {
  static constexpr std::string_view kTime[] = {"after", "since", "when",  "before",
                                               "once",  "until", "while", "as"};
  for (int p = predicate, depth = 0; p >= 0 && depth < 40; p = tree.head(p), ++depth) {
    const std::string_view rel = tree.token(p).deprel;
    if (rel.starts_with("acl:relcl")) return "relcl";
    std::string_view base = Tree::base(rel);
    if (base == "appos") return "appos";
    if (base == "advcl") {
      for (int child : tree.children(p)) {
        if (Tree::base(tree.token(child).deprel) != "mark") continue;
        const std::string& mark = tree.lemma(child);
        if (std::find(std::begin(kTime), std::end(kTime), mark) != std::end(kTime)) return "time";
        if (mark == "because") return "reason";
      }
    }
    if (base == "ccomp" || base == "parataxis" || base == "root") break;
  }
  return "";
}

// A current attribution: a "said" / "says" / "told" with its own subject in
// the sentence, other than the predicate and not a pluperfect "had said".
bool current_attribution(const Tree& tree, int predicate) {
  for (int i = 0; i < static_cast<int>(tree.size()); ++i) {
    if (i == predicate) continue;
    const std::string& lemma = tree.lemma(i);
    if (lemma != "say" && lemma != "tell") continue;
    const std::string_view xpos = tree.token(i).xpos;
    if (xpos != "VBD" && xpos != "VBZ" && xpos != "VBP") continue;
    bool subject = false, had = false;
    for (int child : tree.children(i)) {
      std::string_view rel = Tree::base(tree.token(child).deprel);
      subject |= rel == "nsubj";
      had |= rel == "aux" && tree.lemma(child) == "have";
    }
    if (subject && !had) return true;
  }
  return false;
}

template <class Sink>
void discourse_features(const Document& doc, const Tree& tree, int sentence, int predicate,
                        Sink& sink) {
  const Sentence& s = doc.sentences[static_cast<size_t>(sentence)];
  // Place in the story: the title, or the body sentence's index (news
  // paragraphs are short, so sentences count rather than paragraphs).
  if (s.paragraph < 0) {
    sink.add({"disc.para=title"});
  } else {
    int body = 0;  // (counted up to the last bucket's bound only)
    for (int k = 0; k < sentence && body < 8; ++k)
      body += doc.sentences[static_cast<size_t>(k)].paragraph >= 0;
    sink.add({"disc.para=", Bucket(body, {1, 3, 8}).view()});
  }
  sink.add({"disc.time=", time_told(doc, tree, sentence, predicate)});
  if (std::string_view perfect = perfect_of(s, predicate); !perfect.empty())
    sink.add({"disc.perfect=", perfect});
  if (std::string_view clause = context_clause(tree, predicate); !clause.empty())
    sink.add({"disc.clause=", clause});
  if (current_attribution(tree, predicate)) sink.add({"disc.attributed"});
}

// The register of the whole text: how many of its sentences speak in the
// first or second person (weblogs, mail, interviews) rather than report.
std::string register_feature(const Document& doc) {
  int personal = 0;
  for (const Sentence& other : doc.sentences)
    for (const Token& t : other.tokens)
      if (personal_pronoun(t)) {
        ++personal;
        break;
      }
  int share = doc.sentences.empty() ? 0 : 10 * personal / static_cast<int>(doc.sentences.size());
  return "doc.personal=" + std::string(Bucket(share, {1, 3, 6}).view());
}

// What features_with keeps between the events of one sentence (they come
// sentence by sentence): its tree and its own features.
struct SentenceCache {
  std::span<const std::optional<Tree>> given;  // the coder's trees by sentence, if any
  int sentence = -1;
  const Tree* tree = nullptr;  // given[sentence] or own
  std::optional<Tree> own;
  std::vector<std::string> sentence_features;
  void fill(const Sentence& s, int index) {
    sentence = index;
    size_t k = static_cast<size_t>(index);
    // The coder's tree only when it is over this very parse (not a repaired copy).
    if (k < given.size() && given[k] && &given[k]->sentence() == &s) {
      tree = &*given[k];
    } else {
      own.emplace(s);
      tree = &*own;
    }
    sentence_features.clear();
    sentence_features.push_back(
        "slen=" + std::string(Bucket(static_cast<int>(s.tokens.size()), {8, 16, 30, 50}).view()));
    bool question = false, quote_marks = false, first_person = false;
    for (const Token& t : s.tokens) {
      std::string_view text = t.text;
      if (text == "?") question = true;
      if (text == "\"" || text == "\u201c" || text == "\u201d" || text == "``") quote_marks = true;
      if (personal_pronoun(t)) first_person = true;
    }
    if (question) sentence_features.push_back("question");
    if (quote_marks) sentence_features.push_back("quote-marks");
    if (first_person) sentence_features.push_back("first-second-person");
  }
};

// How the coder found the event's arguments, read off its evidence pattern:
// each flag says the pattern contains its phrase anywhere (the five opening
// with "(" tested at each "(" only, not searched for one by one).
struct Via {
  explicit Via(std::string_view p) {
    // The phrases opening with "(": at each "(" (few), found by memchr.
    for (size_t i = p.find('('); i != std::string_view::npos; i = p.find('(', i + 1)) {
      std::string_view rest = p.substr(i);
      target_elsewhere |= rest.starts_with("(target: first coded");
      nearest |= rest.starts_with("(source: nearest");
      attack |= rest.starts_with("(source: the attack");
      demand |= rest.starts_with("(demand:");
      weapon |= rest.starts_with("(weapon:");
    }
    governor = p.find(" under ") != std::string_view::npos;
    announced = p.find(" announced as ") != std::string_view::npos;
  }
  bool target_elsewhere = false, governor = false, nearest = false, attack = false, demand = false,
       weapon = false, announced = false;
};

template <class Sink>
void features_with(const Document& doc, size_t event, const dict::Lexicon& lexicon,
                   std::string_view doc_register, SentenceCache& cache, Sink& sink) {
  const Event& e = doc.events[event];
  sink.add({"bias"});
  const dict::LexiconEntry* entry = entry_of(e, lexicon);
  std::string_view dict = !entry                        ? "other"
                          : entry->file == "backoff"    ? "backoff"
                          : entry->file == "events.lex" ? "hand"
                                                        : "derived";
  std::string_view root = e.root_code.empty() ? std::string_view("?") : e.root_code;
  // The event's type enters only with the dictionary that read it (derived
  // readings other than statements are the usual wrong ones) and in the
  // crosses with its arguments below: root and code alone learned how often
  // each kind of event is right in the judged genres (protests, fights: never
  // in weblogs), which does not carry over to news (docs/events.md).
  sink.add({"dict=", dict});
  sink.add({"dict*root=", dict, ":", root});
  if (entry) {
    sink.add({"pos=", entry->pos == dict::LexiconEntry::Pos::kNoun        ? "noun"
                      : entry->pos == dict::LexiconEntry::Pos::kAdjective ? "adj"
                                                                          : "verb"});
    int spec = entry->specificity();
    std::string_view s = spec == 0 ? "0" : spec <= 2 ? "1" : "2+";
    sink.add({"spec=", s});
    sink.add({"dict*spec=", dict, ":", s});
    if (entry->target.empty()) sink.add({"targetless"});
    if (entry->code != e.code) sink.add({"recoded"});
  }
  const std::string_view p = e.evidence_pattern;
  const Via via(p);
  if (via.target_elsewhere) sink.add({"via=target-elsewhere"});
  if (via.governor) sink.add({"via=governor"});
  if (via.nearest) sink.add({"via=nearest"});
  if (via.attack) sink.add({"via=attack"});
  if (via.demand) sink.add({"via=demand"});
  if (via.weapon) sink.add({"via=weapon"});
  if (via.announced) sink.add({"via=announced"});
  sink.add({"w:lemma=", p.substr(0, p.find(' '))});
  // A background act is an asserted act (the scorer was trained before the
  // modality existed); the tables select on the modality themselves.
  const std::string_view modality =
      e.modality == "historical" ? std::string_view("asserted") : std::string_view(e.modality);
  sink.add({"mod=", modality});
  if (e.negated) sink.add({"negated"});

  if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size())) return;
  const Sentence& sentence = doc.sentences[static_cast<size_t>(e.sentence)];
  if (cache.sentence != e.sentence) cache.fill(sentence, e.sentence);
  const Tree& tree = *cache.tree;
  int predicate = token_starting_at(sentence, e.start);
  if (predicate < 0) return;
  const Token& verb = tree.token(predicate);
  sink.add({"pred.upos=", verb.upos});
  // Tense and aspect: news reports past acts, opinion and mail speak of the
  // habitual and the generic in the present.
  if (!verb.xpos.empty()) sink.add({"pred.xpos=", verb.xpos});
  for (int child : tree.children(predicate)) {
    const Token& c = tree.token(child);
    if (Tree::base(c.deprel) != "aux") continue;
    const std::string& l = tree.lemma(child);
    if (l == "have" || l == "be" || l == "do") sink.add({"aux=", l});
  }
  sink.add({"pred.rel=", Tree::base(verb.deprel)});
  int src_head = -1, tgt_head = -1;
  actor_features(doc, tree, predicate, e.source, e.sentence, root, "src", sink, &src_head);
  actor_features(doc, tree, predicate, e.target, e.sentence, root, "tgt", sink, &tgt_head);
  auto state = [](const std::optional<EventArgument>& arg) -> std::string_view {
    return !arg ? "none" : arg->actor_code.empty() ? "uncoded" : "coded";
  };
  sink.add({"dict*src=", dict, ":", state(e.source)});
  sink.add({"dict*tgt=", dict, ":", state(e.target)});
  if (e.target && tgt_head >= 0) {
    Relation rel = relation_to(tree, predicate, tgt_head);
    sink.add({"dict*tgt.rel=", dict, ":", rel.a, rel.sep, rel.b});
  }
  if (e.source && e.target && !e.source->actor_code.empty() && !e.target->actor_code.empty()) {
    std::string_view a = std::string_view(e.source->actor_code).substr(0, 3),
                     b = std::string_view(e.target->actor_code).substr(0, 3);
    if (a == b && a != "---") sink.add({"same-country"});
  }
  // The old confidence formula's inputs.
  if (src_head >= 0 && tree.head(src_head) != predicate) sink.add({"old.inherited"});
  if (e.source && e.source->entity.empty() && !e.source->actor_code.empty())
    sink.add({"old.source-dictionary"});
  // The verb's direct object, by its noun class.
  bool has_obj = false, has_ccomp = false;
  for (int i = 0; i < static_cast<int>(tree.size()); ++i) {
    if (tree.head(i) != predicate) continue;
    std::string_view rel = Tree::base(tree.token(i).deprel);
    if (rel == "ccomp") has_ccomp = true;
    if (rel != "obj") continue;
    has_obj = true;
    const Token& o = tree.token(i);
    sink.add({"obj.upos=", o.upos});
    if (o.upos == "NOUN")
      if (auto classes = SenseRestrictions::get().classes(tree.lemma(i)); !classes.empty())
        sink.add({"obj.class=", classes.front()}, true);
  }
  if (!has_obj) sink.add({"obj=none"}, true);
  // The sense a reading needs from its arguments, by root: an attack on a
  // text, a visit by a business. Sparse crosses, strongly regularized.
  sink.cross(root);
  if (has_ccomp) sink.add({"ccomp"});
  // Events read off the same predicate (several sources or targets).
  int same = 0;
  for (const Event& other : doc.events)
    if (other.sentence == e.sentence && other.start == e.start) ++same;
  if (same > 1) sink.add({"same-predicate=", Bucket(same, {3}).view()});
  // Quotes: inside reported content, or the quote's own cue.
  bool in_quote = false, cue = false;
  for (const Quote& q : doc.quotes) {
    if (e.start >= q.content.start && e.end <= q.content.end) in_quote = true;
    if (q.cue.sentence == e.sentence && q.cue.start == e.start) cue = true;
  }
  if (in_quote) sink.add({"in-quote"});
  if (cue) sink.add({"quote-cue"});
  habit_features(tree, predicate, sink);
  discourse_features(doc, tree, e.sentence, predicate, sink);
  // The sentence (its features computed once, with its tree).
  for (const std::string& f : cache.sentence_features) sink.add({f});
  sink.add({doc_register});
}

}  // namespace

std::vector<ScorerFeature> event_features(const Document& doc, size_t event,
                                          const dict::Lexicon& lexicon) {
  std::vector<ScorerFeature> out;
  out.reserve(96);
  SentenceCache cache;
  NameSink sink(out);
  features_with(doc, event, lexicon, register_feature(doc), cache, sink);
  return out;
}

double scorer_probability(const std::unordered_map<std::string, double>& weights,
                          const std::vector<ScorerFeature>& features) {
  double z = 0;
  for (const auto& [name, value] : features)
    if (auto it = weights.find(name); it != weights.end()) z += it->second * value;
  return 1.0 / (1.0 + std::exp(-z));
}

EventScorer::EventScorer() : table_(std::make_unique<Table>()) {}
EventScorer::EventScorer(EventScorer&&) noexcept = default;
EventScorer& EventScorer::operator=(EventScorer&&) noexcept = default;
EventScorer::~EventScorer() = default;

double EventScorer::probability(const std::vector<ScorerFeature>& features) const {
  return scorer_probability(weights_, features);
}

double EventScorer::event_probability(const Document& doc, size_t event,
                                      const dict::Lexicon& lexicon) const {
  if (!table_ || weights_.empty()) return 0.5;  // no weights (or moved from): z = 0
  ScoreBuffers buffers;
  SentenceCache cache;
  ScoreSink sink(*table_, buffers);
  features_with(doc, event, lexicon, register_feature(doc), cache, sink);
  return 1.0 / (1.0 + std::exp(-sink.z()));
}

void EventScorer::score(Document& doc, size_t first, const dict::Lexicon& lexicon,
                        std::span<const std::optional<Tree>> trees) const {
  if (!table_ || weights_.empty()) return;
  std::vector<double> p;
  p.reserve(doc.events.size() - std::min(first, doc.events.size()));
  const std::string doc_register = register_feature(doc);  // once per document
  SentenceCache cache;
  cache.given = trees;
  ScoreBuffers buffers;  // reused by every event
  for (size_t k = first; k < doc.events.size(); ++k) {
    ScoreSink sink(*table_, buffers);
    features_with(doc, k, lexicon, doc_register, cache, sink);
    p.push_back(1.0 / (1.0 + std::exp(-sink.z())));
  }
  for (size_t k = first; k < doc.events.size(); ++k)
    doc.events[k].confidence = std::round(p[k - first] * 1000) / 1000;
}

Result<EventScorer> EventScorer::parse(std::string_view text) {
  EventScorer scorer;
  scorer.fingerprint_ = base::fingerprint_hex(text);
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return Status::invalid_input("event scorer line " + std::to_string(line_no) + ": no tab");
    std::string key(line.substr(0, tab)), value(line.substr(tab + 1));
    if (key == "@version") {
      scorer.version_ = value;
    } else if (key == "@threshold") {
      scorer.threshold_ = std::strtod(value.c_str(), nullptr);
    } else if (key[0] == '@') {
      continue;  // other header fields (training notes)
    } else {
      char* end = nullptr;
      double w = std::strtod(value.c_str(), &end);
      if (end == value.c_str())
        return Status::invalid_input("event scorer line " + std::to_string(line_no) +
                                     ": bad weight");
      scorer.weights_[key] = w;
    }
  }
  scorer.table_->build(scorer.weights_);
  return scorer;
}

const EventScorer& EventScorer::get() {
  static const EventScorer scorer = [] {
    auto parsed = parse(internal::embedded_event_scorer());
    return parsed ? std::move(*parsed) : EventScorer();
  }();
  return scorer;
}

}  // namespace eventwire::events

namespace eventwire {

double default_min_confidence() {
  return events::EventScorer::get().threshold();
}

}  // namespace eventwire
