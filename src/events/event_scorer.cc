// The event scorer (event_scorer.h): features, the weights file, training.
#include "events/event_scorer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "base/fingerprint.h"
#include "events/embedded.h"
#include "events/sense.h"
#include "events/tree.h"
#include "eventwire/dict.h"

namespace eventwire::events {
namespace {

int token_starting_at(const Sentence& sentence, uint32_t start) {
  for (size_t i = 0; i < sentence.tokens.size(); ++i)
    if (sentence.tokens[i].start == start) return static_cast<int>(i);
  return -1;
}

// The lexicon entry an event's evidence names: "LEMMA … (FILE line N) …".
const dict::LexiconEntry* entry_of(const Event& e, const dict::Lexicon& lexicon) {
  const std::string& p = e.evidence_pattern;
  std::string lemma = p.substr(0, p.find(' '));
  for (size_t at = p.find(" line "); at != std::string::npos; at = p.find(" line ", at + 1)) {
    size_t open = p.rfind('(', at);
    size_t close = p.find(')', at);
    if (open == std::string::npos || close == std::string::npos) continue;
    std::string file = p.substr(open + 1, at - open - 1);
    uint32_t line = static_cast<uint32_t>(std::strtoul(p.c_str() + at + 6, nullptr, 10));
    if (file == "backoff") {
      auto it = lexicon.backoff.find(lemma);
      return it == lexicon.backoff.end() ? nullptr : &it->second;
    }
    for (const dict::LexiconEntry* entry : lexicon.find(lemma))
      if (entry->line == line && entry->file == file) return entry;
    return nullptr;
  }
  return nullptr;
}

std::string bucket(int n, std::initializer_list<int> edges) {
  int lo = 0;
  for (int edge : edges) {
    if (n < edge) return std::to_string(lo) + "-" + std::to_string(edge - 1);
    lo = edge;
  }
  return std::to_string(lo) + "+";
}

const Entity* entity_of(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Entity& entity : doc.entities)
    if (entity.id == id) return &entity;
  return nullptr;
}

// How `head` hangs from the predicate: its own relation when it is a child,
// "obj>REL" one step below the object, "sub" deeper inside the predicate's
// subtree, "out" elsewhere in the sentence.
std::string relation_to(const Tree& tree, int predicate, int head) {
  if (head < 0) return "none";
  if (head == predicate) return "self";
  if (tree.head(head) == predicate) return std::string(Tree::base(tree.token(head).deprel));
  int up = tree.head(head);
  if (up >= 0 && tree.head(up) == predicate)
    return std::string(Tree::base(tree.token(up).deprel)) + ">" +
           std::string(Tree::base(tree.token(head).deprel));
  for (int depth = 0; up >= 0 && depth < 40; ++depth, up = tree.head(up))
    if (up == predicate) return "sub";
  // The predicate below the argument: a relative or participle clause.
  for (int p = tree.head(predicate), depth = 0; p >= 0 && depth < 40; p = tree.head(p), ++depth)
    if (p == head) return "above";
  return "out";
}

bool is_role(std::string_view three) {
  return three.size() == 3 && std::all_of(three.begin(), three.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c));
         });
}

void actor_features(const Document& doc, const Tree& tree, int predicate,
                    const std::optional<EventArgument>& arg, int event_sentence,
                    const std::string& side, std::vector<ScorerFeature>& out, int* head_out,
                    std::vector<size_t>& crossable) {
  auto add = [&](const std::string& name) { out.emplace_back(side + name, 1.0f); };
  // Features the root is crossed with (features_with): the argument's kind.
  auto add_crossed = [&](const std::string& name) {
    add(name);
    crossable.push_back(out.size() - 1);
  };
  const bool target = side == "tgt";
  *head_out = -1;
  if (!arg) {
    target ? add_crossed(".none") : add(".none");
    return;
  }
  const std::string& code = arg->actor_code;
  add(code.empty() ? ".uncoded" : ".coded");
  if (!code.empty()) {
    std::string first = code.substr(0, 3);
    if (first == "---")
      add(".nocountry");
    else if (first == "IGO" || first == "NGO" || first == "IMG" || first == "MNC")
      add(".group=" + first);
    else
      add(".country");
    if (code.size() == 3) add(".bare");
    int roles = 0;
    for (size_t i = 3; i + 3 <= code.size() && roles < 2; i += 3, ++roles)
      if (is_role(std::string_view(code).substr(i, 3))) add_crossed(".role=" + code.substr(i, 3));
  }
  if (const Entity* entity = entity_of(doc, arg->entity)) {
    add_crossed(".entity=" + entity->type);
    std::string how = entity->resolved_by.substr(0, entity->resolved_by.find(':'));
    add(".by=" + (how.empty() ? std::string("?") : how));
  } else if (!code.empty()) {
    add(".dictionary");
  }
  if (arg->mention.sentence != event_sentence) {
    add(".othersentence");
    return;
  }
  int head = phrase_head(tree, arg->mention.first_token, arg->mention.last_token);
  *head_out = head;
  if (head < 0) return;
  const Token& t = tree.token(head);
  add(".upos=" + t.upos);
  std::string rel = relation_to(tree, predicate, head);
  target ? add_crossed(".rel=" + rel) : add(".rel=" + rel);
  int distance = std::abs(head - predicate);
  add(".dist=" + bucket(distance, {2, 4, 8, 16}));
  if (head > predicate) add(".after");
  if (t.upos == "NOUN")
    if (auto classes = SenseRestrictions::get().classes(tree.lemma(head)); !classes.empty())
      add_crossed(".class=" + classes.front());
}

// The register of the whole text: how many of its sentences speak in the
// first or second person (weblogs, mail, interviews) rather than report.
std::string register_feature(const Document& doc) {
  int personal = 0;
  for (const Sentence& other : doc.sentences)
    for (const Token& t : other.tokens)
      if (t.upos == "PRON" &&
          (t.lemma == "I" || t.lemma == "i" || t.lemma == "we" || t.lemma == "you")) {
        ++personal;
        break;
      }
  int share = doc.sentences.empty() ? 0 : 10 * personal / static_cast<int>(doc.sentences.size());
  return "doc.personal=" + bucket(share, {1, 3, 6});
}

// What features_with keeps between the events of one sentence (they come
// sentence by sentence): its tree and its own features.
struct SentenceCache {
  int sentence = -1;
  std::optional<Tree> tree;
  std::vector<std::string> sentence_features;
  void fill(const Sentence& s, int index) {
    sentence = index;
    tree.emplace(s);
    sentence_features.clear();
    sentence_features.push_back("slen=" +
                                bucket(static_cast<int>(s.tokens.size()), {8, 16, 30, 50}));
    bool question = false, quote_marks = false, first_person = false;
    for (const Token& t : s.tokens) {
      if (t.text == "?") question = true;
      if (t.text == "\"" || t.text == "\u201c" || t.text == "\u201d" || t.text == "``")
        quote_marks = true;
      if (t.upos == "PRON" &&
          (t.lemma == "I" || t.lemma == "i" || t.lemma == "we" || t.lemma == "you"))
        first_person = true;
    }
    if (question) sentence_features.push_back("question");
    if (quote_marks) sentence_features.push_back("quote-marks");
    if (first_person) sentence_features.push_back("first-second-person");
  }
};

std::vector<ScorerFeature> features_with(const Document& doc, size_t event,
                                         const dict::Lexicon& lexicon,
                                         const std::string& doc_register, SentenceCache& cache);

}  // namespace

std::vector<ScorerFeature> event_features(const Document& doc, size_t event,
                                          const dict::Lexicon& lexicon) {
  SentenceCache cache;
  return features_with(doc, event, lexicon, register_feature(doc), cache);
}

namespace {

std::vector<ScorerFeature> features_with(const Document& doc, size_t event,
                                         const dict::Lexicon& lexicon,
                                         const std::string& doc_register, SentenceCache& cache) {
  std::vector<ScorerFeature> out;
  out.reserve(96);
  const Event& e = doc.events[event];
  auto add = [&](const std::string& name) { out.emplace_back(name, 1.0f); };
  add("bias");
  const dict::LexiconEntry* entry = entry_of(e, lexicon);
  std::string dict = !entry                        ? "other"
                     : entry->file == "backoff"    ? "backoff"
                     : entry->file == "events.lex" ? "hand"
                                                   : "derived";
  std::string root = e.root_code.empty() ? "?" : e.root_code;
  // The event's type enters only with the dictionary that read it (derived
  // readings other than statements are the usual wrong ones) and in the
  // crosses with its arguments below: root and code alone learned how often
  // each kind of event is right in the judged genres (protests, fights: never
  // in weblogs), which does not carry over to news (docs/events.md).
  add("dict=" + dict);
  add("dict*root=" + dict + ":" + root);
  if (entry) {
    add(std::string("pos=") + (entry->pos == dict::LexiconEntry::Pos::kNoun        ? "noun"
                               : entry->pos == dict::LexiconEntry::Pos::kAdjective ? "adj"
                                                                                   : "verb"));
    int spec = entry->specificity();
    std::string s = spec == 0 ? "0" : spec <= 2 ? "1" : "2+";
    add("spec=" + s);
    add("dict*spec=" + dict + ":" + s);
    if (entry->target.empty()) add("targetless");
    if (entry->code != e.code) add("recoded");
  }
  const std::string& p = e.evidence_pattern;
  if (p.find("(target: first coded") != std::string::npos) add("via=target-elsewhere");
  if (p.find(" under ") != std::string::npos) add("via=governor");
  if (p.find("(source: nearest") != std::string::npos) add("via=nearest");
  if (p.find("(source: the attack") != std::string::npos) add("via=attack");
  if (p.find("(demand:") != std::string::npos) add("via=demand");
  if (p.find("(weapon:") != std::string::npos) add("via=weapon");
  if (p.find(" announced as ") != std::string::npos) add("via=announced");
  std::string lemma = p.substr(0, p.find(' '));
  out.emplace_back("w:lemma=" + lemma, 1.0f);
  add("mod=" + e.modality);
  if (e.negated) add("negated");

  if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size())) return out;
  const Sentence& sentence = doc.sentences[static_cast<size_t>(e.sentence)];
  if (cache.sentence != e.sentence) cache.fill(sentence, e.sentence);
  const Tree& tree = *cache.tree;
  int predicate = token_starting_at(sentence, e.start);
  if (predicate < 0) return out;
  const Token& verb = tree.token(predicate);
  add("pred.upos=" + verb.upos);
  // Tense and aspect: news reports past acts, opinion and mail speak of the
  // habitual and the generic in the present.
  if (!verb.xpos.empty()) add("pred.xpos=" + verb.xpos);
  for (int child : tree.children(predicate)) {
    const Token& c = tree.token(child);
    if (Tree::base(c.deprel) != "aux") continue;
    std::string l = tree.lemma(child);
    if (l == "have" || l == "be" || l == "do") add("aux=" + l);
  }
  add("pred.rel=" + std::string(Tree::base(verb.deprel)));
  int src_head = -1, tgt_head = -1;
  std::vector<size_t> crossable;
  actor_features(doc, tree, predicate, e.source, e.sentence, "src", out, &src_head, crossable);
  actor_features(doc, tree, predicate, e.target, e.sentence, "tgt", out, &tgt_head, crossable);
  std::string src_state = !e.source ? "none" : e.source->actor_code.empty() ? "uncoded" : "coded";
  std::string tgt_state = !e.target ? "none" : e.target->actor_code.empty() ? "uncoded" : "coded";
  add("dict*src=" + dict + ":" + src_state);
  add("dict*tgt=" + dict + ":" + tgt_state);
  if (e.target && tgt_head >= 0)
    add("dict*tgt.rel=" + dict + ":" + relation_to(tree, predicate, tgt_head));
  if (e.source && e.target && !e.source->actor_code.empty() && !e.target->actor_code.empty()) {
    std::string a = e.source->actor_code.substr(0, 3), b = e.target->actor_code.substr(0, 3);
    if (a == b && a != "---") add("same-country");
  }
  // The old confidence formula's inputs.
  if (src_head >= 0 && tree.head(src_head) != predicate) add("old.inherited");
  if (e.source && e.source->entity.empty() && !e.source->actor_code.empty())
    add("old.source-dictionary");
  // The verb's direct object, by its noun class.
  bool has_obj = false, has_ccomp = false;
  for (int i = 0; i < static_cast<int>(tree.size()); ++i) {
    if (tree.head(i) != predicate) continue;
    std::string_view rel = Tree::base(tree.token(i).deprel);
    if (rel == "ccomp") has_ccomp = true;
    if (rel != "obj") continue;
    has_obj = true;
    const Token& o = tree.token(i);
    add("obj.upos=" + o.upos);
    if (o.upos == "NOUN")
      if (auto classes = SenseRestrictions::get().classes(tree.lemma(i)); !classes.empty())
        add("obj.class=" + classes.front()), crossable.push_back(out.size() - 1);
  }
  if (!has_obj) add("obj=none"), crossable.push_back(out.size() - 1);
  // The sense a reading needs from its arguments, by root: an attack on a
  // text, a visit by a business. Sparse crosses, strongly regularized.
  for (size_t k : crossable) out.emplace_back("w:root*" + out[k].first + ":" + root, 1.0f);
  if (has_ccomp) add("ccomp");
  // Events read off the same predicate (several sources or targets).
  int same = 0;
  for (const Event& other : doc.events)
    if (other.sentence == e.sentence && other.start == e.start) ++same;
  if (same > 1) add("same-predicate=" + bucket(same, {3}));
  // Quotes: inside reported content, or the quote's own cue.
  bool in_quote = false, cue = false;
  for (const Quote& q : doc.quotes) {
    if (e.start >= q.content.start && e.end <= q.content.end) in_quote = true;
    if (q.cue.sentence == e.sentence && q.cue.start == e.start) cue = true;
  }
  if (in_quote) add("in-quote");
  if (cue) add("quote-cue");
  // The sentence (its features computed once, with its tree).
  for (const std::string& f : cache.sentence_features) add(f);
  out.emplace_back(doc_register, 1.0f);
  return out;
}

}  // namespace

double scorer_probability(const std::unordered_map<std::string, double>& weights,
                          const std::vector<ScorerFeature>& features) {
  double z = 0;
  for (const auto& [name, value] : features)
    if (auto it = weights.find(name); it != weights.end()) z += it->second * value;
  return 1.0 / (1.0 + std::exp(-z));
}

double EventScorer::probability(const std::vector<ScorerFeature>& features) const {
  return scorer_probability(weights_, features);
}

void EventScorer::score(Document& doc, size_t first, const dict::Lexicon& lexicon) const {
  if (weights_.empty()) return;
  std::vector<double> p;
  std::string doc_register = register_feature(doc);  // once per document
  SentenceCache cache;
  for (size_t k = first; k < doc.events.size(); ++k)
    p.push_back(probability(features_with(doc, k, lexicon, doc_register, cache)));
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
  return scorer;
}

const EventScorer& EventScorer::get() {
  static const EventScorer scorer = [] {
    auto parsed = parse(internal::embedded_event_scorer());
    return parsed ? std::move(*parsed) : EventScorer();
  }();
  return scorer;
}

std::unordered_map<std::string, double> train_event_scorer(const std::vector<ScorerExample>& data,
                                                           const ScorerTrainOptions& options) {
  // Features as indices; a diagonally preconditioned full-batch gradient
  // descent on the mean log loss plus the L2 terms (convex, small data).
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> names;
  std::vector<std::vector<std::pair<size_t, float>>> rows;
  for (const ScorerExample& ex : data) {
    std::vector<std::pair<size_t, float>> row;
    for (const auto& [name, value] : ex.features) {
      auto [it, inserted] = index.emplace(name, names.size());
      if (inserted) names.push_back(name);
      row.emplace_back(it->second, value);
    }
    rows.push_back(std::move(row));
  }
  const size_t n = data.size(), m = names.size();
  std::unordered_map<std::string, double> weights;
  if (n == 0) return weights;
  std::vector<double> lambda(m), curvature(m, 0), w(m, 0), grad(m);
  double width = 0;
  for (const auto& row : rows) width += static_cast<double>(row.size());
  width /= static_cast<double>(n);
  for (const auto& row : rows)
    for (const auto& [j, v] : row) curvature[j] += 0.25 * v * v;
  for (size_t j = 0; j < m; ++j) {
    lambda[j] = names[j] == "bias"             ? 0.0
                : names[j].rfind("w:", 0) == 0 ? options.l2_sparse
                                               : options.l2;
    // A bound on the Hessian's diagonal scaled by the row width (a feature
    // shares each example with ~width others).
    curvature[j] = (curvature[j] * width + lambda[j]) / static_cast<double>(n) + 1e-9;
  }
  for (int it = 0; it < options.iterations; ++it) {
    for (size_t j = 0; j < m; ++j) grad[j] = lambda[j] * w[j];
    for (size_t i = 0; i < n; ++i) {
      double z = 0;
      for (const auto& [j, v] : rows[i]) z += w[j] * v;
      double g = 1.0 / (1.0 + std::exp(-z)) - data[i].label;
      for (const auto& [j, v] : rows[i]) grad[j] += g * v;
    }
    for (size_t j = 0; j < m; ++j) w[j] -= grad[j] / static_cast<double>(n) / curvature[j];
  }
  for (size_t j = 0; j < m; ++j)
    if (std::abs(w[j]) >= 1e-4) weights[names[j]] = w[j];
  return weights;
}

}  // namespace eventwire::events
