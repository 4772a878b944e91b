// PETRARCH-2 / TABARI verb dictionaries on UD parses: the verb's lemma (or
// written form) selects its verbs; every pattern of their blocks is matched
// linearly around the verb (verb_patterns.h) and the most specific wins, else
// the verb's own code. "$" / "+" in the pattern place the actors; otherwise
// the subject is the source and the object (or the first actor after the
// verb) the target, swapped in the passive. A code "[a:b]" is symmetric, as
// in TABARI and PETRARCH: source → target coded a, target → source coded b.
#include <algorithm>

#include "events/sentence_coder.h"

namespace eventwire::events {

void SentenceCoder::code_with_verbs(int predicate) {
  const Token& token = tree_.token(predicate);
  if (token.upos != "VERB" && token.xpos.rfind("VB", 0) != 0) return;
  std::string lemma = tree_.lemma(predicate);
  std::string form = lower_ascii(token.text);
  for (const dict::VerbDictionary& dictionary : impl_.verb_dictionaries) {
    // The written form first: old dictionaries list "LEFT" or "MET" as verbs
    // of their own, with codes that differ from "LEAVE" or "MEET".
    std::vector<dict::VerbRef> refs;
    if (auto it = dictionary.by_form.find(form); it != dictionary.by_form.end()) refs = it->second;
    if (refs.empty()) refs = dictionary.find_lemma(lemma);
    if (refs.empty()) continue;
    // A verb written as the very form in the text comes before one reached by its lemma.
    std::string upper_form = upper_ascii(token.text);
    std::stable_partition(refs.begin(), refs.end(), [&](const dict::VerbRef& ref) {
      return dictionary.blocks[ref.block].verbs[ref.verb].word == upper_form;
    });
    if (words_.upper.empty()) fill_words();
    bool passive = tree_.is_passive(predicate);
    std::vector<int> pre, post;
    for (int i = 0; i < predicate; ++i) pre.push_back(i);
    for (int i : subtree(predicate))
      if (i > predicate && tree_.token(i).upos != "PUNCT") post.push_back(i);
    const dict::Verb* best_verb = nullptr;
    const dict::VerbPattern* best_pattern = nullptr;
    PatternMatch best;
    dict::VerbRef best_ref;
    for (const dict::VerbRef& ref : refs) {
      const dict::VerbBlock& block = dictionary.blocks[ref.block];
      const dict::Verb& verb = block.verbs[ref.verb];
      if (!has_words(verb.post_words, post) || !has_words(verb.pre_words, pre)) continue;
      if (!best_verb) best_verb = &verb, best_ref = ref;
      for (const dict::VerbPattern& pattern : block.patterns) {
        PatternMatch m = match_pattern(dictionary, pattern, words_, pre, post);
        if (m.matched && (!best_pattern || m.literals > best.literals)) {
          best = m;
          best_pattern = &pattern;
          best_verb = &verb;
          best_ref = ref;
        }
      }
    }
    if (!best_verb) continue;
    const dict::CodePair& pair = best_pattern ? best_pattern->code : dictionary.verb_code(best_ref);
    std::string pattern_text = best_pattern ? best_pattern->text : best_verb->written;
    if (trace_)
      trace_->push_back("predicate \"" + token.text + "\" (" + lemma +
                        (passive ? ", passive" : "") + "): verb " + best_verb->written +
                        ", pattern " + pattern_text + " [" + pair.to_string() + "]");
    bool forward = !dict::is_null_code(pair.active);
    bool backward = pair.has_passive && !dict::is_null_code(pair.passive);
    if (!forward && !backward) {
      if (trace_) trace_->push_back("  null code: no event");
      return;
    }
    std::vector<int> sources, targets;
    bool inherited = false;
    if (best.source_at >= 0)
      if (int h = actor_from(best.source_at); h >= 0) sources.push_back(h);
    if (sources.empty()) {
      sources = passive ? tree_.follow(predicate, {dict::DepStep{"obl", "by"}})
                        : tree_.follow(predicate, {dict::DepStep{"nsubj", ""}});
      if (sources.empty() && !passive)
        sources = tree_.follow(predicate, {dict::DepStep{"nsubj", "pass"}});
      for (int& h : sources) h = antecedent(h, predicate);
      if (sources.empty()) sources = inherited_subject(predicate), inherited = !sources.empty();
    }
    if (best.target_at >= 0)
      if (int h = actor_from(best.target_at); h >= 0) targets.push_back(h);
    if (targets.empty() && passive)
      targets = tree_.follow(predicate, {dict::DepStep{"nsubj", "pass"}});
    if (targets.empty()) targets = tree_.follow(predicate, {dict::DepStep{"obj", ""}});
    for (int& h : targets) h = antecedent(h, predicate);
    if (targets.empty() || resolve(targets[0]).code.empty()) {
      std::vector<int> excluded = sources;
      for (int i : post) {
        if (std::find(excluded.begin(), excluded.end(), nominal_head(i)) != excluded.end())
          continue;
        if (int h = actor_from(i); h >= 0) {
          targets = {h};
          break;
        }
      }
    }
    EmitOptions options{inherited, false, pattern_text, dictionary.name};
    if (forward) emit(predicate, pair.active, sources, targets, options);
    if (backward) emit(predicate, pair.passive, targets, sources, options);
    return;
  }
}

void SentenceCoder::fill_words() {
  for (int i = 0; i < static_cast<int>(tree_.size()); ++i) {
    words_.upper.push_back(upper_ascii(tree_.token(i).text));
    words_.lemma.push_back(upper_ascii(tree_.lemma(i)));
  }
}

std::vector<int> SentenceCoder::subtree(int node) const {
  std::vector<int> out = {node}, stack = {node};
  while (!stack.empty()) {
    int n = stack.back();
    stack.pop_back();
    for (int child : tree_.children(n)) {
      out.push_back(child);
      stack.push_back(child);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool SentenceCoder::has_words(const std::vector<std::string>& wanted,
                              const std::vector<int>& span) const {
  for (const std::string& w : wanted) {
    bool found = false;
    for (int i : span) found = found || words_.upper[static_cast<size_t>(i)] == w;
    if (!found) return false;
  }
  return true;
}

// The head of the noun phrase a token belongs to ("Arnor" in "Arnor government").
int SentenceCoder::nominal_head(int i) const {
  for (int depth = 0; depth < 4; ++depth) {
    std::string_view rel = Tree::base(tree_.token(i).deprel);
    if (rel != "compound" && rel != "flat" && rel != "amod" && rel != "fixed" && rel != "det")
      break;
    if (tree_.head(i) < 0) break;
    i = tree_.head(i);
  }
  return i;
}

// The first token at or after `from` heading a phrase with an actor code.
int SentenceCoder::actor_from(int from) const {
  for (int i = std::max(from, 0); i < static_cast<int>(tree_.size()); ++i) {
    const std::string& upos = tree_.token(i).upos;
    if (upos != "PROPN" && upos != "NOUN" && upos != "PRON" && upos != "ADJ" && upos != "X")
      continue;
    int head = nominal_head(i);
    if (!resolve(head).code.empty()) return head;
    if (head != i && !resolve(i).code.empty()) return i;
  }
  return -1;
}

}  // namespace eventwire::events
