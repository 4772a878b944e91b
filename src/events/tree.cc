#include "events/tree.h"

#include <algorithm>
#include <cctype>

namespace eventwire::events {

Tree::Tree(const Sentence& sentence) : sentence_(sentence) {
  size_t n = sentence.tokens.size();
  auto head_of = [&](size_t i) {
    int h = sentence.tokens[i].head - 1;
    return h >= 0 && static_cast<size_t>(h) < n ? static_cast<size_t>(h) : n;  // n: none
  };
  // Children lists in one array: count, offsets, then fill in sentence order.
  child_start_.assign(n + 2, 0);
  for (size_t i = 0; i < n; ++i) ++child_start_[head_of(i) + 1];
  for (size_t k = 1; k < child_start_.size(); ++k) child_start_[k] += child_start_[k - 1];
  child_list_.resize(child_start_[n]);
  std::vector<size_t> fill(child_start_.begin(), child_start_.begin() + static_cast<long>(n));
  for (size_t i = 0; i < n; ++i)
    if (size_t h = head_of(i); h < n) child_list_[fill[h]++] = static_cast<int>(i);
  lemmas_.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = sentence.tokens[i];
    std::string& l = lemmas_.emplace_back(t.lemma.empty() || t.lemma == "_" ? t.text : t.lemma);
    // ASCII only, as std::tolower in the "C" locale the program runs in.
    for (char& c : l) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
}

bool Tree::step_matches(int child, const dict::DepStep& step) const {
  std::string_view deprel = token(child).deprel;
  if (base(deprel) != step.deprel) return false;
  if (step.sub.empty()) return true;
  size_t colon = deprel.find(':');
  if (colon != std::string_view::npos && deprel.substr(colon + 1) == step.sub) return true;
  for (int grandchild : children(child)) {
    std::string_view rel = base(token(grandchild).deprel);
    if ((rel == "case" || rel == "mark") && lemma(grandchild) == step.sub) return true;
  }
  return false;
}

int Tree::through_quantity(int node) const {
  // Quantities and collectives: "thousands of protesters", "a string of airstrikes".
  static constexpr std::string_view kQuantities[] = {
      "all",      "some",   "most",   "much",    "many",     "part",    "rest",   "bulk",
      "majority", "half",   "each",   "any",     "both",     "lot",     "number", "portion",
      "several",  "none",   "dozen",  "hundred", "thousand", "million", "score",  "couple",
      "handful",  "string", "series", "wave",    "spate",    "barrage", "volley", "salvo",
      "round",    "flurry", "group",  "batch"};
  const std::string& l = lemma(node);
  if (std::find(std::begin(kQuantities), std::end(kQuantities), l) == std::end(kQuantities))
    return node;
  for (int child : children(node)) {
    if (base(token(child).deprel) != "nmod") continue;
    if (has_case(child, {"of"})) return child;
  }
  return node;
}

bool Tree::has_case(int node, std::initializer_list<std::string_view> lemmas) const {
  for (int child : children(node))
    if (base(token(child).deprel) == "case" &&
        std::find(lemmas.begin(), lemmas.end(), lemma(child)) != lemmas.end())
      return true;
  return false;
}

bool Tree::has_dependent(int node, std::initializer_list<std::string_view> rels) const {
  for (int child : children(node))
    if (std::find(rels.begin(), rels.end(), base(token(child).deprel)) != rels.end()) return true;
  return false;
}

std::vector<int> Tree::follow(int from, const dict::DepPath& path) const {
  if (path.empty()) return {from};
  // No allocation until a step matches; `next` is swapped with `frontier`
  // each step and its buffer reused.
  std::vector<int> frontier, next;
  for (size_t k = 0; k < path.size(); ++k) {
    const dict::DepStep& step = path[k];
    bool look_through = step.deprel == "obj" || step.deprel == "nsubj";
    next.clear();
    auto visit = [&](int node) {
      for (int child : children(node))
        if (step_matches(child, step))
          next.push_back(look_through ? through_quantity(child) : child);
    };
    if (k == 0)
      visit(from);
    else
      for (int node : frontier) visit(node);
    frontier.swap(next);
    if (frontier.empty()) break;
  }
  return frontier;
}

bool Tree::is_passive(int predicate) const {
  for (int child : children(predicate)) {
    std::string_view rel = token(child).deprel;
    if (rel == "nsubj:pass" || rel == "csubj:pass" || rel == "aux:pass") return true;
  }
  return false;
}

bool Tree::is_negated(int predicate) const {
  for (int child : children(predicate)) {
    const std::string& l = lemma(child);
    if ((base(token(child).deprel) == "advmod" || token(child).deprel == "det") &&
        (l == "not" || l == "never" || l == "no"))
      return true;
  }
  return false;
}

void Tree::collect(int node, int head_of_phrase, std::vector<int>& out) const {
  out.push_back(node);
  for (int child : children(node)) {
    std::string_view rel = base(token(child).deprel);
    if (rel == "acl" || rel == "advcl" || rel == "conj" || rel == "cc" || rel == "parataxis" ||
        rel == "appos" || rel == "dep" || (rel == "punct" && node == head_of_phrase))
      continue;
    collect(child, head_of_phrase, out);
  }
}

std::pair<int, int> Tree::phrase(int head) const {
  std::vector<int> nodes;
  collect(head, head, nodes);
  auto [lo, hi] = std::minmax_element(nodes.begin(), nodes.end());
  int first = *lo, last = *hi;
  // Trim punctuation and case markers at the edges ("of", commas).
  while (first < last && (token(first).upos == "PUNCT" || base(token(first).deprel) == "case"))
    ++first;
  while (last > first && token(last).upos == "PUNCT") --last;
  return {first, last};
}

std::vector<std::string> regular_stems(const std::string& form) {
  std::vector<std::string> out;
  auto strip = [&](std::string_view suffix, std::string_view add) {
    if (form.size() <= suffix.size() + 2 || !form.ends_with(suffix)) return;
    std::string stem = form.substr(0, form.size() - suffix.size());
    out.push_back(stem + std::string(add));
    // "expelled" → expel, "shelling" → shell stays, "bombed" → bomb.
    size_t n = stem.size();
    if (add.empty() && n >= 3 && stem[n - 1] == stem[n - 2] &&
        std::string_view("aeiouy").find(stem[n - 1]) == std::string_view::npos)
      out.push_back(stem.substr(0, n - 1));
  };
  strip("ied", "y");
  strip("ies", "y");
  strip("ed", "");
  strip("ed", "e");
  strip("ing", "");
  strip("ing", "e");
  strip("es", "");
  strip("s", "");
  return out;
}

std::optional<Sentence> repair_modifier_verb(
    const Sentence& sentence, const std::function<bool(const std::string&)>& is_verb) {
  const std::vector<Token>& tokens = sentence.tokens;
  int n = static_cast<int>(tokens.size());
  for (const Token& t : tokens)
    if (Tree::base(t.deprel) == "nsubj" || Tree::base(t.deprel) == "csubj") return std::nullopt;
  for (int v = 0; v < n; ++v) {
    const Token& verb = tokens[static_cast<size_t>(v)];
    if (verb.deprel != "amod" || (verb.upos != "ADJ" && verb.upos != "VERB")) continue;
    bool past = verb.xpos == "VBD" || verb.xpos == "VBN" ||
                (verb.xpos == "JJ" && verb.text.size() > 4 &&
                 verb.text.compare(verb.text.size() - 2, 2, "ed") == 0);
    if (!past) continue;
    int noun = verb.head - 1;
    if (noun <= v || noun >= n) continue;
    const Token& object = tokens[static_cast<size_t>(noun)];
    if (object.upos != "NOUN" && object.upos != "PROPN") continue;
    // The subject: the last noun of the object's phrase before the verb.
    int subject = -1;
    for (int k = 0; k < v; ++k) {
      const Token& t = tokens[static_cast<size_t>(k)];
      if (t.head - 1 == noun && (t.upos == "PROPN" || t.upos == "NOUN") &&
          (t.deprel == "compound" || t.deprel == "nmod:poss" || t.deprel == "amod"))
        subject = k;
    }
    if (subject < 0) continue;
    std::string form;
    for (char ch : verb.text)
      form += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    bool known = is_verb(verb.lemma) || is_verb(form);
    for (const std::string& stem : regular_stems(form)) known = known || is_verb(stem);
    if (!known) continue;
    Sentence out = sentence;
    std::vector<Token>& w = out.tokens;
    Token& new_verb = w[static_cast<size_t>(v)];
    new_verb.upos = "VERB";
    new_verb.head = object.head;
    new_verb.deprel = object.deprel;
    for (int k = 0; k < v; ++k)  // the words before the verb now belong to the subject
      if (w[static_cast<size_t>(k)].head - 1 == noun && k != subject)
        w[static_cast<size_t>(k)].head = subject + 1;
    Token& new_subject = w[static_cast<size_t>(subject)];
    new_subject.head = v + 1;
    new_subject.deprel = "nsubj";
    Token& new_object = w[static_cast<size_t>(noun)];
    new_object.head = v + 1;
    new_object.deprel = "obj";
    return out;
  }
  return std::nullopt;
}

std::optional<Sentence> repair_report_subject(
    const Sentence& sentence, const std::function<bool(const std::string&)>& is_speech) {
  const std::vector<Token>& tokens = sentence.tokens;
  int n = static_cast<int>(tokens.size());
  auto head_of = [&](int k) { return tokens[static_cast<size_t>(k)].head - 1; };
  for (int s = 0; s < n; ++s) {
    const Token& speech = tokens[static_cast<size_t>(s)];
    std::string_view rel = Tree::base(speech.deprel);
    if (speech.upos != "VERB" || (rel != "ccomp" && rel != "parataxis") || !is_speech(speech.lemma))
      continue;
    int main = head_of(s);
    if (main < 0 || main >= s || tokens[static_cast<size_t>(main)].upos != "VERB") continue;
    std::vector<int> subjects;
    bool has_object = false;
    for (int k = 0; k < n; ++k) {
      if (head_of(k) == s && Tree::base(tokens[static_cast<size_t>(k)].deprel) == "nsubj")
        subjects.push_back(k);
      has_object =
          has_object || (head_of(k) == main && tokens[static_cast<size_t>(k)].deprel == "obj");
    }
    if (subjects.size() < 2 || has_object) continue;
    int object = subjects.front();
    const std::string& upos = tokens[static_cast<size_t>(object)].upos;
    if (object <= main || (upos != "NOUN" && upos != "PROPN")) continue;
    Sentence out = sentence;
    std::vector<Token>& w = out.tokens;
    w[static_cast<size_t>(object)].head = main + 1;
    w[static_cast<size_t>(object)].deprel = "obj";
    for (int k = object + 1; k < s; ++k)
      if (head_of(k) == object && w[static_cast<size_t>(k)].upos == "VERB" &&
          Tree::base(w[static_cast<size_t>(k)].deprel) == "conj")
        w[static_cast<size_t>(k)].head = main + 1;
    return out;
  }
  return std::nullopt;
}

std::optional<Sentence> repair_title_passive(const Sentence& sentence) {
  const std::vector<Token>& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  if (sentence.paragraph >= 0) return std::nullopt;
  auto head_of = [&](int k) { return tokens[static_cast<size_t>(k)].head - 1; };
  int verb = -1;
  for (int k = 0; k < n; ++k)
    if (head_of(k) < 0) verb = k;
  if (verb < 0) return std::nullopt;
  const Token& v = tokens[static_cast<size_t>(verb)];
  if (v.upos != "VERB" || (v.xpos != "VBD" && v.xpos != "VBN")) return std::nullopt;
  int subject = -1;
  for (int k = 0; k < n; ++k) {
    if (head_of(k) != verb) continue;
    std::string_view rel = Tree::base(tokens[static_cast<size_t>(k)].deprel);
    if (rel == "aux" || rel == "obj" || rel == "iobj" || rel == "ccomp" || rel == "xcomp" ||
        tokens[static_cast<size_t>(k)].deprel == "nsubj:pass")
      return std::nullopt;
    if (tokens[static_cast<size_t>(k)].deprel == "nsubj" && k < verb) subject = k;
  }
  if (subject < 0) return std::nullopt;
  // The agent: a noun after the verb with a "by" case, on the verb or one
  // noun below it.
  int agent = -1;
  for (int k = verb + 1; k < n && agent < 0; ++k) {
    const Token& t = tokens[static_cast<size_t>(k)];
    if (t.upos != "NOUN" && t.upos != "PROPN") continue;
    const int up = head_of(k);
    const bool near = up == verb || (up > verb && head_of(up) == verb);
    if (!near) continue;
    for (int c = verb + 1; c < k; ++c)
      if (head_of(c) == k && Tree::base(tokens[static_cast<size_t>(c)].deprel) == "case" &&
          (tokens[static_cast<size_t>(c)].lemma == "by" ||
           tokens[static_cast<size_t>(c)].text == "by"))
        agent = k;
  }
  if (agent < 0) return std::nullopt;
  Sentence out = sentence;
  out.tokens[static_cast<size_t>(subject)].deprel = "nsubj:pass";
  out.tokens[static_cast<size_t>(agent)].head = verb + 1;
  out.tokens[static_cast<size_t>(agent)].deprel = "obl:agent";
  return out;
}

}  // namespace eventwire::events
