// EventCoder: loading the dictionaries, discards, and the sentence loop.
#include <algorithm>
#include <optional>

#include "events/dateline.h"
#include "events/event_scorer.h"
#include "events/intent.h"
#include "events/sentence_coder.h"
#include "eventwire/dict.h"
#include "eventwire/events.h"

namespace eventwire {

EventCoder::EventCoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventCoder::~EventCoder() = default;

Result<std::shared_ptr<const EventCoder>> EventCoder::create(const EventCoderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto note = [&](const std::string& name, const std::string& version,
                  const std::string& fingerprint, const std::vector<dict::Diagnostic>& warnings) {
    impl->dictionaries.push_back({name, version, fingerprint});
    for (const dict::Diagnostic& d : warnings) impl->warnings.push_back(d.to_string());
  };
  if (options.verb_files.empty()) {
    impl->lexicon = &dict::default_lexicon();
    note("events", "lexicon/" + impl->lexicon->version + "/" + impl->lexicon->name,
         impl->lexicon->fingerprint, impl->lexicon->warnings);
    const events::EventScorer& scorer = events::EventScorer::get();
    if (scorer.size() > 0)
      note("events:scorer", "event-scorer/" + scorer.version() + "/event-scorer.tsv",
           scorer.fingerprint(), {});
  }
  for (const std::string& path : options.verb_files) {
    auto verbs = dict::load_verbs(path);
    if (!verbs) return verbs.status();
    note("verbs:" + verbs->name, dict::dialect_name(verbs->dialect), verbs->fingerprint,
         verbs->warnings);
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
const dict::DiscardEntry* find_discard(const std::vector<dict::DiscardList>& lists,
                                       const std::string& words, bool story_level) {
  for (const dict::DiscardList& list : lists)
    for (const dict::DiscardEntry& e : list.entries) {
      if (e.story_level != story_level || e.phrase.empty()) continue;
      std::string needle = " " + e.phrase + (e.exact_end ? " " : "");
      if (words.find(needle) != std::string::npos) return &e;
    }
  return nullptr;
}

}  // namespace

namespace events {

void drop_framed_after_scoring(Document& doc, const std::vector<FramedStatement>& framed,
                               double threshold, bool scored, std::vector<std::string>* trace) {
  std::vector<bool> drop(doc.events.size(), false);
  for (const FramedStatement& f : framed) {
    const Event& reported = doc.events[f.reported];
    if (drop[f.statement] || (scored && reported.confidence < threshold)) continue;
    drop[f.statement] = true;
    if (trace)
      trace->push_back("  " + doc.events[f.statement].id + " (" +
                       doc.events[f.statement].evidence_verb +
                       ") dropped: it frames the reported " + reported.id);
  }
  size_t out = 0;
  for (size_t k = 0; k < doc.events.size(); ++k)
    if (!drop[k]) {
      if (out != k) doc.events[out] = std::move(doc.events[k]);
      ++out;
    }
  doc.events.resize(out);
  renumber_events(doc, 0);
}

void renumber_events(Document& doc, size_t first) {
  for (size_t k = first; k < doc.events.size(); ++k) {
    std::string& id = doc.events[k].id;
    id = std::to_string(k + 1);
    id.insert(id.begin(), 'V');  // (appended: GCC 12 warns falsely on "V" + …)
  }
}

}  // namespace events

void EventCoder::annotate(Document& doc, std::vector<std::string>* trace) const {
  doc.events.clear();
  std::vector<std::string> sentence_words;
  if (!impl_->discards.empty()) {
    for (const Sentence& sentence : doc.sentences) sentence_words.push_back(padded_words(sentence));
    for (const std::string& words : sentence_words)
      if (const dict::DiscardEntry* e = find_discard(impl_->discards, words, true)) {
        if (trace)
          trace->push_back("story discarded: \"" + e->phrase + "\" (line " +
                           std::to_string(e->line) + ")");
        for (const ComponentVersion& v : impl_->dictionaries) doc.dictionaries.push_back(v);
        return;
      }
  }
  std::vector<events::SentenceIndex> index(doc.sentences.size());
  const events::Candidacy candidacy(doc);  // one per document: see contest_frame.h
  const std::vector<int> datelines = events::dateline_ends(doc);
  for (const Entity& entity : doc.entities) {
    if (entity.actor_code.empty()) continue;
    for (const Mention& m : entity.mentions)
      if (m.sentence >= 0 && m.sentence < static_cast<int>(index.size()) &&
          m.first_token >= datelines[static_cast<size_t>(m.sentence)])
        index[static_cast<size_t>(m.sentence)].coded.push_back({&entity, &m});
  }
  for (const TimeExpression& t : doc.times)
    if (t.sentence >= 0 && t.sentence < static_cast<int>(index.size()))
      index[static_cast<size_t>(t.sentence)].time_spans.emplace_back(t.first_token, t.last_token);
  std::vector<std::optional<events::Tree>> trees(doc.sentences.size());
  std::vector<events::FramedStatement> framed;
  for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s) {
    const Sentence& sentence = doc.sentences[static_cast<size_t>(s)];
    if (sentence.tokens.empty() || sentence.tokens[0].head < 0) continue;  // not parsed
    if (!sentence_words.empty())
      if (const dict::DiscardEntry* e =
              find_discard(impl_->discards, sentence_words[static_cast<size_t>(s)], false)) {
        if (trace)
          trace->push_back("sentence " + std::to_string(s) + " discarded: \"" + e->phrase + "\"");
        continue;
      }
    if (trace) trace->push_back("sentence " + std::to_string(s) + ":");
    // A headline's verb the tagger read as a modifier ("US presented evidence
    // against Russia") is read as the verb (built-in lexicon only).
    std::optional<Sentence> repaired;
    if (impl_->lexicon)
      repaired = events::repair_modifier_verb(sentence, [this](const std::string& lemma) {
        for (const dict::LexiconEntry* e : impl_->lexicon->find(lemma))
          if (e->pos == dict::LexiconEntry::Pos::kVerb) return true;
        return false;
      });
    if (repaired && trace)
      trace->push_back("  (parse repaired: a past form read as a modifier is the verb)");
    // "… killed 20 fighters and destroyed two depots, an envoy told reporters":
    // the main verb's object read as the report's subject is given back.
    if (!repaired && impl_->lexicon) {
      repaired = events::repair_report_subject(
          sentence, [](const std::string& lemma) { return events::is_speech_verb(lemma); });
      if (repaired && trace)
        trace->push_back("  (parse repaired: the object read as the report's subject)");
    }
    // "Gondor envoy expelled from Rohan by police": a title's passive without "was".
    if (!repaired && impl_->lexicon) {
      repaired = events::repair_title_passive(sentence);
      if (repaired && trace)
        trace->push_back("  (parse repaired: a title's passive without \"was\")");
    }
    events::SentenceCoder coder(*impl_, doc, s, index[static_cast<size_t>(s)], candidacy, trace,
                                repaired ? &*repaired : nullptr);
    if (impl_->lexicon) coder.defer_framing_statements(&framed);
    coder.run();
    // A repaired parse's tree refers to `repaired`, gone after this pass.
    if (!repaired) trees[static_cast<size_t>(s)].emplace(std::move(coder).take_tree());
  }
  // Confidence is the event scorer's probability (built-in lexicon only: it
  // was trained on that lexicon's readings); it reads the coder's trees.
  if (impl_->lexicon) {
    const events::EventScorer& scorer = events::EventScorer::get();
    scorer.score(doc, 0, *impl_->lexicon, trees);
    events::drop_framed_after_scoring(doc, framed, scorer.threshold(), scorer.size() > 0, trace);
  }
  for (const ComponentVersion& v : impl_->dictionaries) doc.dictionaries.push_back(v);
}

const std::vector<ComponentVersion>& EventCoder::dictionaries() const {
  return impl_->dictionaries;
}
const std::vector<std::string>& EventCoder::warnings() const {
  return impl_->warnings;
}

}  // namespace eventwire
