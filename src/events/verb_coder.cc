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
namespace {

const dict::DepPath kSubject = {dict::DepStep{"nsubj", ""}};
const dict::DepPath kPassiveSubject = {dict::DepStep{"nsubj", "pass"}};
const dict::DepPath kByAgent = {dict::DepStep{"obl", "by"}};
const dict::DepPath kObject = {dict::DepStep{"obj", ""}};

}  // namespace

void SentenceCoder::code_with_verbs(int predicate) {
  const Token& token = tree_.token(predicate);
  // A sentence the tagger left without any verb ("mayor left yesterday for
  // …" with "left" as an adjective): its adjectives may be verbs.
  bool verb_less = token.upos == "ADJ";
  for (int i = 0; verb_less && i < static_cast<int>(tree_.size()); ++i)
    verb_less = tree_.token(i).upos != "VERB";
  if (token.upos != "VERB" && token.xpos.rfind("VB", 0) != 0 && !verb_less) return;
  const std::string& lemma = tree_.lemma(predicate);
  std::string form = lower_ascii(token.text);
  for (const dict::VerbDictionary& dictionary : impl_.verb_dictionaries) {
    // The written form first: old dictionaries list "LEFT" or "MET" as verbs
    // of their own, with codes that differ from "LEAVE" or "MEET".
    std::vector<dict::VerbRef> refs =
        form != lemma ? dictionary.find_lemma(form) : std::vector<dict::VerbRef>{};
    if (auto it = dictionary.by_form.find(form); it != dictionary.by_form.end())
      refs.insert(refs.end(), it->second.begin(), it->second.end());
    if (refs.empty()) refs = dictionary.find_lemma(lemma);
    // The lemmatizer may miss a regular form ("boycotted" → "boycot"): its stems.
    for (const std::string& stem : regular_stems(form))
      if (refs.empty()) refs = dictionary.find_lemma(stem);
    if (refs.empty()) continue;
    // A verb written as the very form in the text comes before one reached by its lemma.
    std::string upper_form = upper_ascii(token.text);
    std::stable_partition(refs.begin(), refs.end(), [&](const dict::VerbRef& ref) {
      return dictionary.blocks[ref.block].verbs[ref.verb].word == upper_form;
    });
    if (words_.upper.empty()) fill_words();
    // A verb the parser gave an active subject is read as active unless a
    // "by" agent says otherwise ("death | toll has risen").
    bool passive = tree_.is_passive(predicate) &&
                   (tree_.follow(predicate, kSubject).empty() || !by_agent(predicate).empty());
    std::vector<int> pre, post;
    for (int i = 0; i < predicate; ++i) pre.push_back(i);
    // A verb the parser hung on the noun after it ("promised aid to …" as
    // an adjective of "aid") reads that noun phrase as its own.
    int span_root = predicate;
    if (Tree::base(token.deprel) == "amod" && tree_.head(predicate) > predicate)
      span_root = tree_.head(predicate);
    for (int i : subtree(span_root))
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
        // "+++" (TABARI's complex event) is not coded; as in PETRARCH, the
        // next best pattern decides.
        if (pattern.code.active == "+++") continue;
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
      sources = passive ? by_agent(predicate) : tree_.follow(predicate, kSubject);
      if (sources.empty() && !passive) sources = tree_.follow(predicate, kPassiveSubject);
      for (int& h : sources) h = antecedent(h, predicate);
      // A passive without its agent does not take the subject above it: "they
      // delayed the meeting after a hafling was reported" says nothing of who reported.
      if (sources.empty() && !passive)
        sources = inherited_subject(predicate), inherited = !sources.empty();
    }
    if (!passive && sources.empty() && best.source_at < 0) {
      // A broken parse left the verb without a subject: TABARI's reading, the
      // nearest actor before the verb. (A subject that names no actor,
      // "crowds burned", stays uncoded.)
      if (int h = nearest_actor_loose(predicate); h >= 0) sources = {h}, inherited = true;
    }
    if (best.target_at >= 0)
      if (int h = actor_from(best.target_at); h >= 0) targets.push_back(h);
    if (!targets.empty() && best.source_at < 0 &&
        std::find(sources.begin(), sources.end(), targets[0]) != sources.end()) {
      // "+" put the target on the verb's own subject ("NOTED + *": "Falastur
      // noted that Cirith Ungol regretted …"): the source is the subject of
      // the clause above.
      int up = tree_.head(predicate);
      sources = up >= 0 ? tree_.follow(up, kSubject) : std::vector<int>{};
      for (int& h : sources) h = antecedent(h, up);
    }
    if (targets.empty() && passive) targets = tree_.follow(predicate, kPassiveSubject);
    if (targets.empty()) targets = tree_.follow(predicate, kObject);
    for (int& h : targets) h = antecedent(h, predicate);
    if (targets.empty() || resolve(targets[0]).code.empty())
      if (int h = actor_after_verb(sources, post, verb_less); h >= 0) targets = {h};
    EmitOptions options;
    options.inherited = inherited;
    options.pattern = pattern_text;
    options.dictionary = dictionary.name;
    // A joint subject ("%" in the pattern, or a symmetric code with no other
    // target): its members act on each other.
    bool joint = best.compound;
    if (!joint && pair.has_passive) {
      joint = true;
      for (int h : targets) joint = joint && !names_actor(h);
    }
    if (joint && emit_joint(predicate, forward ? pair.active : pair.passive, sources, options) > 0)
      return;
    if (verb_less && sources.size() == 1 && sources[0] < predicate) {
      // No clause to trust: the source is the words of the noun phrase alone.
      auto [first, last] = core(sources[0]);
      std::vector<Actor> source = {resolve(sources[0], first, last)}, target;
      for (int h : targets)
        for (Actor& a : actors_of(h)) target.push_back(std::move(a));
      if (source[0].code.empty()) return;
      if (forward) emit_actors(predicate, pair.active, source, target, true, options);
      if (backward) emit_actors(predicate, pair.passive, target, source, true, options);
      return;
    }
    if (forward) emit(predicate, pair.active, sources, targets, options);
    if (backward) emit(predicate, pair.passive, targets, sources, options);
    return;
  }
}

int SentenceCoder::actor_after_verb(const std::vector<int>& sources, const std::vector<int>& post,
                                    bool verb_less) const {
  std::vector<std::string> source_codes;
  for (int h : sources) {
    if (verb_less) source_codes.push_back(resolve(h, core(h).first, core(h).second).code);
    if (!verb_less)
      for (const Actor& a : actors_of(h)) source_codes.push_back(a.code);
  }
  for (int i : post) {
    if (std::find(sources.begin(), sources.end(), nominal_head(i)) != sources.end()) continue;
    if (int h = actor_from(i); h >= 0) {
      // "Frodo said he has …": the source again is no target.
      std::string code = resolve(h).code;
      if (std::find(source_codes.begin(), source_codes.end(), code) != source_codes.end()) continue;
      return h;
    }
  }
  return -1;
}

void SentenceCoder::fill_words() {
  for (int i = 0; i < static_cast<int>(tree_.size()); ++i) {
    words_.upper.push_back(upper_ascii(tree_.token(i).text));
    words_.lemma.push_back(upper_ascii(tree_.lemma(i)));
    const std::string& upos = tree_.token(i).upos;
    words_.nominal.push_back(upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM");
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

// The head of the noun phrase a token belongs to ("government" in "Arnor
// government", "president" in "Ithilen's president").
int SentenceCoder::nominal_head(int i) const {
  for (int depth = 0; depth < 4; ++depth) {
    std::string_view rel = Tree::base(tree_.token(i).deprel);
    if (rel != "compound" && rel != "flat" && rel != "amod" && rel != "fixed" && rel != "det" &&
        std::string_view(tree_.token(i).deprel) != "nmod:poss")
      break;
    if (tree_.head(i) < 0) break;
    i = tree_.head(i);
  }
  return i;
}

// Like nearest_actor_before, but also over words the tagger got wrong
// ("Fornost" as an adverb, "Pyongyang" as a verb) and possessors of a
// subject ("Eriador's death toll").
int SentenceCoder::nearest_actor_loose(int predicate) const {
  for (int i = predicate - 1; i >= 0; --i) {
    const Token& t = tree_.token(i);
    bool nominal = t.upos == "NOUN" || t.upos == "PROPN";
    bool capital = !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z' && t.upos != "PRON" &&
                   t.upos != "DET" && t.upos != "ADP" && t.upos != "CCONJ" && t.upos != "AUX" &&
                   t.upos != "SCONJ" && t.upos != "PUNCT";
    if (!nominal && !capital) continue;
    std::string_view rel = Tree::base(t.deprel);
    if (rel == "obj" || rel == "iobj" || rel == "obl" || rel == "compound" || rel == "flat" ||
        rel == "amod" || rel == "appos")
      continue;
    if (rel == "nmod" && (std::string_view(t.deprel) != "nmod:poss" || tree_.head(i) < 0 ||
                          Tree::base(tree_.token(tree_.head(i)).deprel) != "nsubj"))
      continue;
    if (nominal ? !resolve(i).code.empty() : !resolve(i, i, i).code.empty()) return i;
  }
  return -1;
}

// The "by" agent of a passive, also where the parser hung it on an adverb
// ("opposed earlier by Osgiliath").
std::vector<int> SentenceCoder::by_agent(int predicate) const {
  std::vector<int> out = tree_.follow(predicate, kByAgent);
  for (int child : tree_.children(predicate)) {
    if (!out.empty() || Tree::base(tree_.token(child).deprel) != "advmod") continue;
    for (int g : tree_.children(child))
      if (Tree::base(tree_.token(g).deprel) == "obl" && tree_.step_matches(g, kByAgent[0]))
        out.push_back(g);
  }
  return out;
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
