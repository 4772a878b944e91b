// Predicate matching and argument finding over UD parses.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "eventwire/dict.h"
#include "eventwire/events.h"
#include "events/actor_matcher.h"
#include "events/tree.h"
#include "events/verb_patterns.h"

namespace eventwire {

struct EventCoder::Impl {
  EventCoderOptions options;
  const dict::Lexicon* lexicon = nullptr;          // the built-in one, when no verb files
  std::vector<dict::VerbDictionary> verb_dictionaries;
  std::unique_ptr<events::ActorMatcher> actors;
  std::vector<dict::DiscardList> discards;
  std::vector<ComponentVersion> dictionaries;
  std::vector<std::string> warnings;
};

namespace {

using events::Tree;

int32_t date_number(const std::string& iso) {
  if (iso.size() != 10) return 0;
  return std::atoi(iso.substr(0, 4).c_str()) * 10000 + std::atoi(iso.substr(5, 2).c_str()) * 100 +
         std::atoi(iso.substr(8, 2).c_str());
}

// Paths in lexicon entries are written in the active voice; in a passive clause
// the object is the passive subject and the subject the "by" agent.
dict::DepPath to_passive(const dict::DepPath& path) {
  if (path.empty()) return path;
  dict::DepPath out = path;
  if (path[0].deprel == "nsubj" && path[0].sub.empty()) out[0] = {"obl", "by"};
  else if (path[0].deprel == "obj") out[0] = {"nsubj", "pass"};
  return out;
}

const dict::DepPath& subject_path() {
  static const dict::DepPath path = {dict::DepStep{"nsubj", ""}};
  return path;
}
const dict::DepPath& object_path() {
  static const dict::DepPath path = {dict::DepStep{"obj", ""}};
  return path;
}

struct Actor {
  Mention mention;
  std::string code, entity, how;
};

class SentenceCoder {
 public:
  SentenceCoder(const EventCoder::Impl& impl, Document& doc, int sentence_index, std::vector<std::string>* trace)
      : impl_(impl), doc_(doc), s_(sentence_index), tree_(doc.sentences[static_cast<size_t>(sentence_index)]),
        trace_(trace), date_(date_number(doc.article.date)) {}

  void run() {
    for (int i = 0; i < static_cast<int>(tree_.size()); ++i) {
      const std::string& upos = tree_.token(i).upos;
      if (upos != "VERB" && upos != "NOUN" && upos != "AUX" && upos != "ADJ") continue;
      if (impl_.lexicon) code_with_lexicon(i);
      else code_with_verbs(i);
    }
  }

 private:
  std::vector<int> follow_any(int predicate, const std::vector<dict::DepPath>& paths, bool passive) const {
    for (const dict::DepPath& path : paths) {
      std::vector<int> found = tree_.follow(predicate, passive ? to_passive(path) : path);
      if (!found.empty()) return found;
    }
    return {};
  }

  bool constraints_hold(int predicate, const dict::LexiconEntry& entry, bool passive) const {
    for (const dict::LexiconConstraint& c : entry.constraints) {
      bool present = false;
      for (const dict::DepPath& path : c.paths) {
        for (int node : tree_.follow(predicate, passive ? to_passive(path) : path)) {
          if (c.lemmas.empty() || std::find(c.lemmas.begin(), c.lemmas.end(), tree_.lemma(node)) != c.lemmas.end())
            present = true;
        }
      }
      if (present == c.negated) return false;
    }
    return true;
  }

  // The subject a predicate without its own takes from the clause it hangs on:
  // control ("pledged … to help"), shared subjects of conjoined verbs, the noun a
  // relative clause modifies.
  std::vector<int> inherited_subject(int predicate, int depth = 0) const {
    if (depth > 4) return {};
    int head = tree_.head(predicate);
    if (head < 0) return {};
    std::string_view rel = Tree::base(tree_.token(predicate).deprel);
    if (rel == "acl") return {head};  // "Hamas, which seeks …" (acl:relcl) and participles
    if (rel == "xcomp" || rel == "conj" || rel == "advcl") {
      for (int child : tree_.children(head))
        if (tree_.token(child).deprel == "nsubj") return {child};
      return inherited_subject(head, depth + 1);
    }
    return {};
  }

  // Actors of one argument head: itself and its conjuncts ("Hamas and Islamic Jihad").
  std::vector<Actor> actors_of(int head) const {
    std::vector<int> heads = {head};
    for (int child : tree_.children(head))
      if (Tree::base(tree_.token(child).deprel) == "conj" && tree_.token(child).upos != "VERB") heads.push_back(child);
    std::vector<Actor> out;
    for (int h : heads)
      if (auto actor = resolve(h); !actor.code.empty()) out.push_back(std::move(actor));
    return out;
  }

  Actor resolve(int head) const {
    const Sentence& sentence = tree_.sentence();
    auto [first, last] = tree_.phrase(head);
    Actor actor;
    actor.mention.sentence = s_;
    actor.mention.first_token = first;
    actor.mention.last_token = last + 1;
    actor.mention.start = sentence.tokens[static_cast<size_t>(first)].start;
    actor.mention.end = sentence.tokens[static_cast<size_t>(last)].end;
    actor.mention.text = doc_.article.text.substr(sentence.tokens[static_cast<size_t>(first)].byte_start,
                                                  sentence.tokens[static_cast<size_t>(last)].byte_end -
                                                      sentence.tokens[static_cast<size_t>(first)].byte_start);
    // 1. An entity mention at the head (or covering it) that has a code.
    for (const Entity& entity : doc_.entities) {
      if (entity.actor_code.empty()) continue;
      for (const Mention& m : entity.mentions) {
        if (m.sentence == s_ && m.first_token <= head && head < m.last_token) {
          actor.code = entity.actor_code;
          actor.entity = entity.id;
          actor.how = "entity " + entity.id;
          return actor;
        }
      }
    }
    // 2. A coded entity inside the phrase ("the leadership of Hamas").
    for (const Entity& entity : doc_.entities) {
      if (entity.actor_code.empty()) continue;
      for (const Mention& m : entity.mentions) {
        if (m.sentence == s_ && first <= m.first_token && m.last_token <= last + 1) {
          actor.code = entity.actor_code;
          actor.entity = entity.id;
          actor.how = "entity " + entity.id + " in phrase";
          return actor;
        }
      }
    }
    // 3. The actor and agent dictionaries.
    if (impl_.actors && !impl_.actors->empty()) {
      events::ActorMatch match = impl_.actors->match(events::ActorMatcher::phrase_words(sentence, first, last), date_);
      if (!match.code.empty()) {
        actor.code = match.code;
        actor.how = "dictionary: " + match.matched;
      }
    }
    return actor;
  }

  void emit(int predicate, const std::string& code, const std::vector<int>& source_heads,
            const std::vector<int>& target_heads, bool inherited, const std::string& pattern, const std::string& dictionary) {
    std::vector<Actor> sources, targets;
    for (int h : source_heads)
      for (Actor& a : actors_of(h)) sources.push_back(std::move(a));
    for (int h : target_heads)
      for (Actor& a : actors_of(h)) targets.push_back(std::move(a));
    if (trace_) {
      std::string line = "  matched " + pattern + " -> " + code + "; sources:";
      for (const Actor& a : sources) line += " [" + a.mention.text + " = " + a.code + " (" + a.how + ")]";
      line += " targets:";
      for (const Actor& a : targets) line += " [" + a.mention.text + " = " + a.code + " (" + a.how + ")]";
      trace_->push_back(line);
    }
    bool need_target = !target_heads.empty() || impl_.options.require_dyad;
    if (sources.empty() || (need_target && targets.empty())) {
      if (trace_) trace_->push_back("  no event: missing " + std::string(sources.empty() ? "source" : "target") + " actor");
      return;
    }
    if (targets.empty()) targets.push_back(Actor());
    const dict::CameoCode* cameo = dict::CameoCodebook::get().find(code);
    const Token& verb = tree_.token(predicate);
    for (const Actor& source : sources) {
      for (const Actor& target : targets) {
        if (!target.code.empty() && source.code == target.code && source.entity == target.entity) continue;
        Event e;
        e.id = "V" + std::to_string(doc_.events.size() + 1);
        e.sentence = s_;
        e.start = verb.start;
        e.end = verb.end;
        e.source = EventArgument{source.mention, source.code, source.entity};
        if (!target.code.empty()) e.target = EventArgument{target.mention, target.code, target.entity};
        e.code = code;
        e.root_code = dict::cameo_root(code);
        if (cameo) {
          e.quad_class = cameo->quad_class;
          e.goldstein = cameo->goldstein;
          e.plover = cameo->plover_type;
        }
        e.date = doc_.article.date;
        e.date_source = "article";
        e.negated = tree_.is_negated(predicate);
        e.confidence = 0.9 - (inherited ? 0.15 : 0) - (source.entity.empty() ? 0.1 : 0) - (e.negated ? 0.3 : 0);
        e.evidence_verb = verb.text;
        e.evidence_pattern = pattern;
        e.evidence_dictionary = dictionary;
        doc_.events.push_back(std::move(e));
      }
    }
  }

  void code_with_lexicon(int predicate) {
    const Token& token = tree_.token(predicate);
    std::string lemma = tree_.lemma(predicate);
    std::vector<const dict::LexiconEntry*> entries = impl_.lexicon->find(lemma);
    if (entries.empty()) return;
    dict::LexiconEntry::Pos pos = token.upos == "NOUN" ? dict::LexiconEntry::Pos::kNoun
                                  : token.upos == "ADJ" ? dict::LexiconEntry::Pos::kAdjective
                                                        : dict::LexiconEntry::Pos::kVerb;
    bool passive = pos == dict::LexiconEntry::Pos::kVerb && tree_.is_passive(predicate);
    if (trace_) trace_->push_back("predicate \"" + token.text + "\" (" + lemma + ", " + token.upos + (passive ? ", passive" : "") + ")");
    for (const dict::LexiconEntry* entry : entries) {
      if (entry->pos != pos) continue;
      if (entry->voice == dict::LexiconEntry::Voice::kPassive && !passive) continue;
      if (entry->voice == dict::LexiconEntry::Voice::kActive && passive) continue;
      std::string pattern = entry->lemma;
      for (const auto& p : entry->source) pattern += " S=" + dict::dep_path_to_string(p);
      for (const auto& p : entry->target) pattern += " T=" + dict::dep_path_to_string(p);
      pattern += " (line " + std::to_string(entry->line) + ")";
      if (!constraints_hold(predicate, *entry, passive)) {
        if (trace_) trace_->push_back("  tried " + pattern + ": constraints not met");
        continue;
      }
      std::vector<int> sources = follow_any(predicate, entry->source, passive);
      bool inherited = false;
      if (sources.empty() && pos == dict::LexiconEntry::Pos::kVerb) {
        sources = inherited_subject(predicate);
        inherited = !sources.empty();
      }
      std::vector<int> targets = follow_any(predicate, entry->target, passive);
      emit(predicate, entry->code, sources, targets, inherited, pattern, impl_.lexicon->name);
      return;  // the most specific matching entry wins
    }
  }

  // PETRARCH-2 / TABARI verb dictionaries on UD parses: the verb's lemma (or
  // written form) selects its verbs; every pattern of their blocks is matched
  // linearly around the verb (verb_patterns.h) and the most specific wins,
  // else the verb's own code. "$" / "+" in the pattern place the actors;
  // otherwise the subject is the source and the object (or the first actor
  // after the verb) the target, swapped in the passive.
  void code_with_verbs(int predicate) {
    const Token& token = tree_.token(predicate);
    if (token.upos != "VERB" && token.xpos.rfind("VB", 0) != 0) return;
    std::string lemma = tree_.lemma(predicate);
    std::string form = lower(token.text);
    for (const dict::VerbDictionary& dictionary : impl_.verb_dictionaries) {
      std::vector<dict::VerbRef> refs = dictionary.find_lemma(lemma);
      if (refs.empty())
        if (auto it = dictionary.by_form.find(form); it != dictionary.by_form.end()) refs = it->second;
      if (refs.empty()) continue;
      if (words_.upper.empty()) fill_words();
      bool passive = tree_.is_passive(predicate);
      std::vector<int> pre, post;
      for (int i = 0; i < predicate; ++i) pre.push_back(i);
      for (int i : subtree(predicate))
        if (i > predicate && tree_.token(i).upos != "PUNCT") post.push_back(i);
      const dict::Verb* best_verb = nullptr;
      const dict::VerbPattern* best_pattern = nullptr;
      events::PatternMatch best;
      dict::VerbRef best_ref;
      for (const dict::VerbRef& ref : refs) {
        const dict::VerbBlock& block = dictionary.blocks[ref.block];
        const dict::Verb& verb = block.verbs[ref.verb];
        if (!has_words(verb.post_words, post) || !has_words(verb.pre_words, pre)) continue;
        if (!best_verb) best_verb = &verb, best_ref = ref;
        for (const dict::VerbPattern& pattern : block.patterns) {
          events::PatternMatch m = events::match_pattern(dictionary, pattern, words_, pre, post);
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
      std::string code = passive && pair.has_passive ? pair.passive : pair.active;
      std::string pattern_text = best_pattern ? best_pattern->text : best_verb->written;
      if (trace_)
        trace_->push_back("predicate \"" + token.text + "\" (" + lemma + (passive ? ", passive" : "") + "): verb " +
                          best_verb->written + ", pattern " + pattern_text + " [" + pair.to_string() + "]");
      if (dict::is_null_code(code)) {
        if (trace_) trace_->push_back("  null code: no event");
        return;
      }
      // Passive codes are written for the passive frame already.
      bool swap = passive && !(best_pattern && pair.has_passive);
      std::vector<int> sources, targets;
      bool inherited = false;
      if (best.source_at >= 0) {
        if (int h = actor_from(best.source_at); h >= 0) sources.push_back(h);
      }
      if (sources.empty()) {
        sources = swap ? tree_.follow(predicate, to_passive(subject_path())) : tree_.follow(predicate, subject_path());
        if (sources.empty() && !swap) sources = tree_.follow(predicate, {dict::DepStep{"nsubj", "pass"}});
        if (sources.empty()) sources = inherited_subject(predicate), inherited = !sources.empty();
      }
      if (best.target_at >= 0) {
        if (int h = actor_from(best.target_at); h >= 0) targets.push_back(h);
      }
      if (targets.empty() && swap) targets = tree_.follow(predicate, {dict::DepStep{"nsubj", "pass"}});
      if (targets.empty()) targets = tree_.follow(predicate, object_path());
      if (targets.empty() || resolve(targets[0]).code.empty()) {
        std::vector<int> excluded = sources;
        for (int i : post) {
          if (std::find(excluded.begin(), excluded.end(), nominal_head(i)) != excluded.end()) continue;
          if (int h = actor_from(i); h >= 0) {
            targets = {h};
            break;
          }
        }
      }
      emit(predicate, code, sources, targets, inherited, pattern_text, dictionary.name);
      return;
    }
  }

  static std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
  }
  static std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    return out;
  }

  void fill_words() {
    for (int i = 0; i < static_cast<int>(tree_.size()); ++i) {
      words_.upper.push_back(upper(tree_.token(i).text));
      words_.lemma.push_back(upper(tree_.lemma(i)));
    }
  }

  std::vector<int> subtree(int node) const {
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

  bool has_words(const std::vector<std::string>& wanted, const std::vector<int>& span) const {
    for (const std::string& w : wanted) {
      bool found = false;
      for (int i : span) found = found || words_.upper[static_cast<size_t>(i)] == w;
      if (!found) return false;
    }
    return true;
  }

  // The head of the noun phrase a token belongs to ("Arnor" in "Arnor government").
  int nominal_head(int i) const {
    for (int depth = 0; depth < 4; ++depth) {
      std::string_view rel = Tree::base(tree_.token(i).deprel);
      if (rel != "compound" && rel != "flat" && rel != "amod" && rel != "fixed" && rel != "det") break;
      if (tree_.head(i) < 0) break;
      i = tree_.head(i);
    }
    return i;
  }

  // The first token at or after `from` heading a phrase with an actor code.
  int actor_from(int from) const {
    for (int i = std::max(from, 0); i < static_cast<int>(tree_.size()); ++i) {
      const std::string& upos = tree_.token(i).upos;
      if (upos != "PROPN" && upos != "NOUN" && upos != "PRON" && upos != "ADJ" && upos != "X") continue;
      int head = nominal_head(i);
      if (!resolve(head).code.empty()) return head;
      if (head != i && !resolve(i).code.empty()) return i;
    }
    return -1;
  }

  const EventCoder::Impl& impl_;
  Document& doc_;
  int s_;
  Tree tree_;
  std::vector<std::string>* trace_;
  int32_t date_;
  events::PatternWords words_;  // filled on the first dictionary verb
};

}  // namespace

EventCoder::EventCoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventCoder::~EventCoder() = default;

Result<std::shared_ptr<const EventCoder>> EventCoder::create(const EventCoderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto note = [&](const std::string& name, const std::string& version, const std::string& fingerprint,
                  const std::vector<dict::Diagnostic>& warnings) {
    impl->dictionaries.push_back({name, version, fingerprint});
    for (const dict::Diagnostic& d : warnings) impl->warnings.push_back(d.to_string());
  };
  if (options.verb_files.empty()) {
    impl->lexicon = &dict::default_lexicon();
    note("events", "lexicon/" + impl->lexicon->version + "/" + impl->lexicon->name, impl->lexicon->fingerprint,
         impl->lexicon->warnings);
  }
  for (const std::string& path : options.verb_files) {
    auto verbs = dict::load_verbs(path);
    if (!verbs) return verbs.status();
    note("verbs:" + verbs->name, dict::dialect_name(verbs->dialect), verbs->fingerprint, verbs->warnings);
    impl->verb_dictionaries.push_back(std::move(*verbs));
  }
  std::vector<dict::ActorDictionary> actors;
  std::vector<dict::AgentDictionary> agents;
  for (const std::string& path : options.actor_files) {
    auto loaded = dict::load_actors(path);
    if (!loaded) return loaded.status();
    note("actors:" + loaded->name, "tabari", loaded->fingerprint, loaded->warnings);
    actors.push_back(std::move(*loaded));
  }
  for (const std::string& path : options.agent_files) {
    auto loaded = dict::load_agents(path);
    if (!loaded) return loaded.status();
    note("agents:" + loaded->name, "tabari", loaded->fingerprint, loaded->warnings);
    agents.push_back(std::move(*loaded));
  }
  for (const std::string& path : options.discard_files) {
    auto loaded = dict::load_discards(path);
    if (!loaded) return loaded.status();
    note("discards:" + loaded->name, "tabari", loaded->fingerprint, loaded->warnings);
    impl->discards.push_back(std::move(*loaded));
  }
  impl->actors = std::make_unique<events::ActorMatcher>(std::move(actors), std::move(agents));
  return std::shared_ptr<const EventCoder>(new EventCoder(std::move(impl)));
}

namespace {

// A sentence as " WORD WORD … " for discard look-ups.
std::string padded_words(const Sentence& sentence) {
  std::string out = " ";
  for (const Token& t : sentence.tokens) {
    for (char c : t.text) out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    out += ' ';
  }
  return out;
}

// The discard phrase found in `words`, or null. Without a trailing "_" a
// phrase may end inside a word ("BASKETBALL" matches "BASKETBALLS").
const dict::DiscardEntry* find_discard(const std::vector<dict::DiscardList>& lists, const std::string& words,
                                       bool story_level) {
  for (const dict::DiscardList& list : lists)
    for (const dict::DiscardEntry& e : list.entries) {
      if (e.story_level != story_level || e.phrase.empty()) continue;
      std::string needle = " " + e.phrase + (e.exact_end ? " " : "");
      if (words.find(needle) != std::string::npos) return &e;
    }
  return nullptr;
}

}  // namespace

void EventCoder::annotate(Document& doc, std::vector<std::string>* trace) const {
  doc.events.clear();
  std::vector<std::string> sentence_words;
  if (!impl_->discards.empty()) {
    for (const Sentence& sentence : doc.sentences) sentence_words.push_back(padded_words(sentence));
    for (const std::string& words : sentence_words)
      if (const dict::DiscardEntry* e = find_discard(impl_->discards, words, true)) {
        if (trace) trace->push_back("story discarded: \"" + e->phrase + "\" (line " + std::to_string(e->line) + ")");
        for (const ComponentVersion& v : impl_->dictionaries) doc.dictionaries.push_back(v);
        return;
      }
  }
  for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s) {
    const Sentence& sentence = doc.sentences[static_cast<size_t>(s)];
    if (sentence.tokens.empty() || sentence.tokens[0].head < 0) continue;  // not parsed
    if (!sentence_words.empty())
      if (const dict::DiscardEntry* e = find_discard(impl_->discards, sentence_words[static_cast<size_t>(s)], false)) {
        if (trace) trace->push_back("sentence " + std::to_string(s) + " discarded: \"" + e->phrase + "\"");
        continue;
      }
    if (trace) trace->push_back("sentence " + std::to_string(s) + ":");
    SentenceCoder(*impl_, doc, s, trace).run();
  }
  for (const ComponentVersion& v : impl_->dictionaries) doc.dictionaries.push_back(v);
}

const std::vector<ComponentVersion>& EventCoder::dictionaries() const { return impl_->dictionaries; }
const std::vector<std::string>& EventCoder::warnings() const { return impl_->warnings; }

}  // namespace eventwire
