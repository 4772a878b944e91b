#include "pipeline/quote_statements.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "events/expert_source.h"
#include "events/tree.h"
#include "eventwire/events.h"
#include "pipeline/sentence_words.h"
#include "time/calendar.h"

namespace eventwire {

namespace {

// Speech verbs whose saying is a plain statement (CAMEO 010) whatever is
// said; verbs that say more (accuse, urge, promise) are left to the coder.
bool statement_verb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 11> kVerbs = {"say",    "tell",    "add",   "note",
                                                              "tweet",  "write",   "state", "argue",
                                                              "insist", "explain", "remark"};
  return std::find(kVerbs.begin(), kVerbs.end(), lemma) != kVerbs.end();
}

// The speaker's code names a political role (issue 12's list): a state,
// party, legislature, court, police, army, rebel, union or international
// body; elites (ELI) are the knowledge base's politicians.
bool political_role(const std::string& code) {
  static constexpr std::array<std::string_view, 14> kRoles = {"GOV", "LEG", "ELI", "PTY", "IGO",
                                                              "NGO", "MIL", "JUD", "COP", "SPY",
                                                              "REB", "INS", "OPP", "LAB"};
  // Codes are three-letter blocks ("USAGOV"): compare block by block, so a
  // role never matches across two blocks ("BEL" + "I…").
  for (size_t at = 0; at + 3 <= code.size(); at += 3) {
    const std::string_view block = std::string_view(code).substr(at, 3);
    if (std::find(kRoles.begin(), kRoles.end(), block) != kRoles.end()) return true;
  }
  return false;
}

// A gerund under a preposition is a means or a time, not a saying of the
// speaker's ("by adding rooms", "before saying goodbye").
bool governed_gerund(const Sentence& sentence, int verb) {
  for (const Token& t : sentence.tokens)
    if (t.head == verb + 1 && (t.deprel == "mark" || t.deprel == "case")) return true;
  return false;
}

// A saying dated outside the story's week ("in a March meeting … said") is
// background told as context.
bool within_story_week(const Quote& q, const std::string& article_date) {
  if (q.date_source.rfind("time:", 0) != 0 || q.date == article_date) return true;
  const auto said = time_internal::parse_iso_prefix(q.date);
  const auto article = time_internal::parse_iso_prefix(article_date);
  if (!said || !article || said->day == 0 || article->day == 0)
    return article_date.rfind(q.date, 0) == 0;  // "2016-09" in a September story
  const int64_t days = time_internal::days_from_civil(article->year, article->month, article->day) -
                       time_internal::days_from_civil(said->year, said->month, said->day);
  return days >= -1 && days <= 7;
}

// Negated, modal or habitual sayings are no statement of the week
// ("would not say", "has long argued", "often tells").
bool plain_saying(const Sentence& sentence, int verb) {
  static constexpr std::array<std::string_view, 14> kBlocking = {
      "not",    "never", "will", "would", "could",  "may",     "might",
      "should", "must",  "long", "often", "always", "usually", "repeatedly"};
  for (const Token& t : sentence.tokens) {
    if (t.head != verb + 1) continue;  // heads count from 1
    if (t.deprel != "aux" && t.deprel != "advmod" && t.deprel != "neg") continue;
    std::string word = t.lemma.empty() ? t.text : t.lemma;
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (word == "n't" || std::find(kBlocking.begin(), kBlocking.end(), word) != kBlocking.end())
      return false;
  }
  return true;
}

const Entity* find_entity(const Document& doc, const std::string& id) {
  for (const Entity& e : doc.entities)
    if (e.id == id) return &e;
  return nullptr;
}

// The coder already has this saying: an event at the cue, a statement of the
// same speaker in the sentence, or a printed event inside what is said.
bool already_coded(const Document& doc, const Quote& q, const std::string& speaker_code,
                   double threshold) {
  for (const Event& e : doc.events) {
    if (e.sentence == q.cue.sentence && e.start == q.cue.start) return true;
    if (e.sentence == q.cue.sentence && e.root_code == "01" && e.source &&
        (e.source->entity == q.speaker_entity || e.source->actor_code == speaker_code))
      return true;
    if (e.start >= q.content.start && e.end <= q.content.end && e.confidence >= threshold)
      return true;
  }
  return false;
}

std::optional<EventArgument> argument_of(const Document& doc, const std::optional<Mention>& m,
                                         const std::string& entity) {
  if (!m || entity.empty()) return std::nullopt;
  const Entity* e = find_entity(doc, entity);
  if (!e || e->actor_code.empty()) return std::nullopt;
  return EventArgument{*m, e->actor_code, entity};
}

}  // namespace

void add_quote_statements(Document& doc) {
  const double threshold = default_min_confidence();
  int next_id = static_cast<int>(doc.events.size());
  std::vector<Event> added;
  for (const Quote& q : doc.quotes) {
    if (!q.speaker || q.speaker_entity.empty() || q.cue.text.empty()) continue;
    if (q.cue.sentence < 0 || q.cue.sentence >= static_cast<int>(doc.sentences.size())) continue;
    const Sentence& sentence = doc.sentences[static_cast<size_t>(q.cue.sentence)];
    const int verb = token_at(sentence, q.cue.start);
    if (verb < 0 || !statement_verb(sentence.tokens[static_cast<size_t>(verb)].lemma)) continue;
    if (!plain_saying(sentence, verb) || governed_gerund(sentence, verb)) continue;
    if (!within_story_week(q, doc.article.date)) continue;
    auto source = argument_of(doc, q.speaker, q.speaker_entity);
    if (!source || source->mention.sentence != q.cue.sentence) continue;
    if (!political_role(source->actor_code)) continue;
    if (already_coded(doc, q, source->actor_code, threshold)) continue;
    // The coder's own rule on who makes statements: no experts, press or
    // private persons.
    const events::Tree tree(sentence);
    auto standing =
        events::source_standing(tree, doc, source->mention, q.speaker_entity, source->actor_code);
    if (!events::standing_allows(standing, "010")) continue;
    Event e;
    e.id = std::to_string(++next_id);  // piecewise: GCC 12 warns falsely on "V" + …
    e.id.insert(e.id.begin(), 'V');
    e.sentence = q.cue.sentence;
    e.start = q.cue.start;
    e.end = q.cue.end;
    e.source = source;
    e.target = argument_of(doc, q.addressee, q.addressee_entity);
    e.code = "010";
    e.root_code = "01";
    e.quad_class = 1;
    e.date = doc.article.date;
    e.date_source = "article";
    // Printed, at the scorer's threshold: the extractor and the parse agree
    // on a political speaker and a speech verb.
    e.confidence = threshold;
    e.evidence_verb = q.cue.text;
    e.evidence_pattern = "quote " + q.id + " (speaker and cue of the quote extractor)";
    e.evidence_dictionary = "quotes";
    added.push_back(std::move(e));
  }
  for (Event& e : added) doc.events.push_back(std::move(e));
}

}  // namespace eventwire
