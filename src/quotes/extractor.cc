// QuoteExtractor: joins direct quotes (marks) with reporting frames (syntax or
// surface), falls back to the discourse speaker, resolves speakers and
// addressees to entities and builds reported_by chains.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "dict/gender.h"
#include "eventwire/quotes.h"
#include "quotes/cue_model.h"
#include "quotes/internal.h"

namespace eventwire {

using quotes_internal::CueLexicon;
using quotes_internal::Frame;
using quotes_internal::MarkedQuote;
using quotes_internal::TokRange;

namespace {

struct SentenceFrames {
  std::vector<Frame> frames;
  std::vector<bool> used;
};

// A quote being built: where its parts are, before they become Mentions.
struct Draft {
  uint32_t start = 0, end = 0;         // content, code points
  int sentence = -1, first_token = 0;  // content start
  int last_sentence = -1, last_token = 0;
  std::string kind;
  int frame_sentence = -1, frame = -1;  // the frame that attributes it, if any
};

Mention make_mention(const Document& doc, int s, TokRange r) {
  Mention m;
  const Sentence& sent = doc.sentences[s];
  m.sentence = s;
  m.first_token = r.first;
  m.last_token = r.last;
  m.start = sent.tokens[r.first].start;
  m.end = sent.tokens[r.last - 1].end;
  uint32_t b0 = sent.tokens[r.first].byte_start, b1 = sent.tokens[r.last - 1].byte_end;
  m.text = doc.article.text.substr(b0, b1 - b0);
  return m;
}

// The entity of a speaker span: a mention holding the span's head ("the
// Sydney Morning Herald" is not Sydney, "Thomas' sister" not Thomas), except
// that the person holding a statement ("Cornyn's statement") is its speaker.
// Every entity mention of each sentence, in entity order: built once per
// document so that resolving a speaker looks only at its own sentence.
using MentionIndex = std::vector<std::vector<std::pair<const Entity*, const Mention*>>>;

MentionIndex index_mentions(const Document& doc) {
  MentionIndex index(doc.sentences.size());
  for (const Entity& e : doc.entities)
    for (const Mention& m : e.mentions)
      if (m.sentence >= 0 && m.sentence < static_cast<int>(index.size()))
        index[static_cast<size_t>(m.sentence)].emplace_back(&e, &m);
  return index;
}

// Whether entity e has a mention before token t of sentence s.
bool named_before(const Entity& e, int s, int t) {
  for (const Mention& m : e.mentions) {
    if (m.sentence < s || (m.sentence == s && m.last_token <= t)) return true;
  }
  return false;
}

std::string resolve_entity(const Document& doc, int s, TokRange r, int head,
                           const quotes_internal::CueLexicon& lex, const MentionIndex& index) {
  std::string best;
  int best_score = 0;
  const auto& toks = doc.sentences[s].tokens;
  bool statement_head = head >= 0 && head < static_cast<int>(toks.size()) &&
                        lex.nouns.count(quotes_internal::lower(
                            toks[head].lemma.empty() ? toks[head].text : toks[head].lemma));
  // "a clause they say would bar tenants": a pronoun speaker's entity is named
  // before it (the coreference may link it to a later name).
  const bool pronoun_span = r.last - r.first == 1 &&
                            quotes_internal::is_pronoun(quotes_internal::lower(toks[r.first].text));
  for (const auto& [entity, mention] : index[static_cast<size_t>(s)]) {
    {
      const Entity& e = *entity;
      const Mention& m = *mention;
      int overlap = std::min(m.last_token, r.last) - std::max(m.first_token, r.first);
      if (overlap <= 0) continue;
      bool holds_head = head >= m.first_token && head < m.last_token;
      // A person named in the span speaks unless named as a possessor
      // ("Thomas' sister", "Jaqueline's husband") of something that is no
      // statement; any other entity must hold the head.
      bool possessor = m.last_token < static_cast<int>(toks.size()) &&
                       (toks[m.last_token].text == "'s" || toks[m.last_token].text == "\u2019s" ||
                        toks[m.last_token].text == "'" || toks[m.last_token].text == "\u2019");
      // "His lawyer", "the Gondor team": a possessive pronoun, or a name
      // modifying the noun that heads the span, names someone else too.
      possessor |= m.last_token - m.first_token == 1 &&
                   (toks[m.first_token].xpos == "PRP$" ||
                    toks[m.first_token].feats.find("Poss=Yes") != std::string::npos);
      possessor |=
          head >= m.last_token && m.last_token < r.last && toks[m.last_token].upos == "NOUN";
      bool person_ok = e.type == "PER" && (!possessor || statement_head);
      if (head >= 0 && !holds_head && !person_ok) continue;
      if (pronoun_span && !named_before(e, s, r.first)) continue;
      int score = overlap + (e.type == "PER" ? 100 : 0) +
                  (head >= m.first_token && head < m.last_token ? 50 : 0);
      if (score > best_score) best_score = score, best = e.id;
    }
  }
  return best;
}

// Whether a content starting at token t can be a report: not a preposition
// or an adverbial subordinator ("at", "when", "after"), which open circumstances.
bool clause_opening(const Sentence& s, int t) {
  const Token& k = s.tokens[t];
  std::string w = quotes_internal::lower(k.text);
  if (w == "that" || w == "if" || w == "whether" || w == "how" || w == "what" || w == "why")
    return true;
  if (k.upos == "ADP" || k.upos == "SCONJ") return false;
  return !(w == "when" || w == "while" || w == "after" || w == "before" || w == "as" ||
           w == "during");
}

// A mark that ends a noun phrase (a quote mark or punctuation other than a
// hyphen: "the 41-year-old father" is one phrase).
bool phrase_break(const Token& t) {
  return quotes_internal::is_quote_mark(t.text) || (quotes_internal::is_punct(t) && t.text != "-");
}

// The speakers the scorer below resolves: "he", "she", "they", and role
// nouns ("the spokesman", "the 41-year-old father of two": a definite noun
// phrase with no name in it, which names a person spoken of before).
enum class Anaphor { kNone, kHe, kShe, kThey, kRole };

Anaphor anaphor_of(const Document& doc, const Mention& m) {
  const std::string w = quotes_internal::lower(m.text);
  if (w == "he") return Anaphor::kHe;
  if (w == "she") return Anaphor::kShe;
  if (w == "they") return Anaphor::kThey;
  if (m.sentence < 0 || m.last_token - m.first_token < 2 || m.last_token - m.first_token > 10)
    return Anaphor::kNone;
  const auto& toks = doc.sentences[m.sentence].tokens;
  if (!quotes_internal::lower_is(toks[m.first_token].text, "the")) return Anaphor::kNone;
  // The head: the last noun before any preposition.
  int head = -1;
  for (int k = m.first_token + 1; k < m.last_token; ++k) {
    const std::string_view u = toks[k].upos;
    if (u == "PROPN" || u == "PRON" || u == "VERB" || u == "CCONJ" || toks[k].xpos == "PRP$" ||
        phrase_break(toks[k]))
      return Anaphor::kNone;
    if (u == "ADP") break;
    if (u == "NOUN") head = k;
  }
  // One person ("the spokeswoman"), not a group or a thing ("the researchers",
  // "the footage").
  if (head < 0 || std::string_view(toks[head].xpos) != "NN" ||
      !quotes_internal::person_noun(quotes_internal::lower(toks[head].lemma)))
    return Anaphor::kNone;
  return Anaphor::kRole;
}

// Whether entity e fits the anaphor: a he/she or role noun is a person,
// "they" an organisation or a people named in the plural ("Democrats", not
// "American").
bool fits(const Entity& e, Anaphor a) {
  if (a != Anaphor::kThey) return e.type == "PER";
  if (e.type == "ORG") return true;
  return e.type == "NORP" &&
         std::any_of(e.mentions.begin(), e.mentions.end(),
                     [](const Mention& m) { return m.text.size() > 1 && m.text.back() == 's'; });
}

// Whether a speaker span names several ("Ruiz and Lee", "labor experts").
bool plural_span(const Document& doc, const Mention& m) {
  const auto& toks = doc.sentences[m.sentence].tokens;
  for (int k = m.first_token; k < m.last_token; ++k) {
    const std::string_view x = toks[k].xpos;
    if (x == "CC" || ((x == "NNS" || x == "NNPS") && k + 1 < m.last_token &&
                      std::string_view(toks[k + 1].upos) == "ADP"))
      return true;
  }
  const std::string_view last = toks[m.last_token - 1].xpos;
  return last == "NNS" || last == "NNPS";
}

// The speakers of the quotes before quote i, for scoring its speaker.
struct PriorSpeakers {
  std::vector<std::string> run;              // the last two speakers' keys, the latest first
  std::unordered_set<std::string> entities;  // speaker entities of the window
  // Plural speakers of the window (a they's candidates): key, entity, sentence.
  std::vector<std::tuple<std::string, std::string, int>> plural;

  // A run of quotes keeps its speaker.
  double run_bonus(const std::string& key) const {
    if (!run.empty() && run[0] == key) return 2.0;
    if (run.size() > 1 && run[1] == key) return 1.0;
    return 0.0;
  }
};

// The speakers before quote i, keyed by entity, else (for they and role
// nouns, which may stand for a speaker with none) by their words.
PriorSpeakers prior_speakers(const Document& doc, size_t i, Anaphor kind) {
  PriorSpeakers out;
  const int s = doc.quotes[i].speaker->sentence;
  for (size_t j = i; j-- > 0;) {
    const Quote& p = doc.quotes[j];
    if (p.content.sentence < s - 6) break;
    if (!p.speaker) continue;
    const bool pronoun = quotes_internal::is_pronoun(quotes_internal::lower(p.speaker->text));
    std::string key = p.speaker_entity;
    if (key.empty() && kind != Anaphor::kHe && kind != Anaphor::kShe && !pronoun)
      key = "text:" + quotes_internal::lower(p.speaker->text);
    if (out.run.size() < 2 && !key.empty()) out.run.push_back(key);
    if (p.speaker->sentence < s - 4) continue;
    if (!p.speaker_entity.empty()) out.entities.insert(p.speaker_entity);
    if (kind == Anaphor::kThey && !pronoun && plural_span(doc, *p.speaker))
      out.plural.emplace_back(key, p.speaker_entity, p.speaker->sentence);
  }
  return out;
}

// "'Assad is secondary …,' he said": which entity a pronoun or role-noun
// speaker is. The entities stage's coreference often links the pronoun to
// the nearest name, which in quotes is often the one spoken about. Each
// candidate named in the speaker's sentence or the four before it is scored:
// its nearness (sentences back; for a he, she or role noun, by mentions
// outside every quote's content only: a name inside reported words is spoken
// about), being the speaker of the previous quotes (a run of quotes keeps its
// speaker) or of an earlier quote of the window, opening one of the
// paragraphs of the window (the paragraph-initial speaker), being named
// inside this quote's own words (people rarely speak of themselves by name),
// and the coreference link. A role noun takes only the person who spoke
// just before ("…, she said, and the ferry captain replied"). For a they, the plural speakers
// before it compete too ("harbor pilots say …, they say"), with their entity or with none.
void score_pronoun_speakers(Document& doc) {
  if (doc.entities.empty()) return;
  std::vector<std::pair<uint32_t, uint32_t>> contents, speakers;  // char spans
  for (const Quote& q : doc.quotes) {
    contents.emplace_back(q.content.start, q.content.end);
    if (q.speaker) speakers.emplace_back(q.speaker->start, q.speaker->end);
  }
  auto inside = [](const std::vector<std::pair<uint32_t, uint32_t>>& spans, const Mention& m) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](auto span) { return m.start >= span.first && m.end <= span.second; });
  };
  // (A name may follow a lower-case title: "activist Mara Roe".)
  auto named = [](const Mention& m) {
    bool capital = false;
    for (size_t k = 0; k < m.text.size() && !capital; ++k)
      capital =
          (k == 0 || m.text[k - 1] == ' ') && std::isupper(static_cast<unsigned char>(m.text[k]));
    return capital && !quotes_internal::is_pronoun(quotes_internal::lower(m.text));
  };
  // The gender each mention states (a pronoun, else a name's honorific or
  // given name: "Sen. Ada Roe"), once per document.
  std::vector<std::vector<dict::Gender>> stated(doc.entities.size());
  for (size_t e = 0; e < doc.entities.size(); ++e)
    for (const Mention& m : doc.entities[e].mentions) {
      dict::Gender g = dict::pronoun_gender(quotes_internal::lower(m.text));
      stated[e].push_back(g != dict::Gender::kUnknown ? g : dict::name_gender(m.text));
    }
  // ("the president" already resolved to the president by name stays.)
  auto named_person = [&](const std::string& id) {
    return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const Entity& e) {
      return e.id == id && e.type == "PER" &&
             std::any_of(e.mentions.begin(), e.mentions.end(), named);
    });
  };
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    Quote& q = doc.quotes[i];
    if (!q.speaker || q.speaker->sentence < 0) continue;
    const Anaphor kind = anaphor_of(doc, *q.speaker);
    if (kind == Anaphor::kNone || (kind == Anaphor::kRole && named_person(q.speaker_entity)))
      continue;
    const dict::Gender said_by = dict::pronoun_gender(quotes_internal::lower(q.speaker->text));
    const int s = q.speaker->sentence;
    const PriorSpeakers prior = prior_speakers(doc, i, kind);
    std::string best;
    double best_score = -1e9;
    for (size_t ei = 0; ei < doc.entities.size(); ++ei) {
      const Entity& e = doc.entities[ei];
      if (!fits(e, kind) || (kind == Anaphor::kRole && prior.run_bonus(e.id) < 2)) continue;
      double nearest = -1, inside_own = 0;
      bool para_initial = false;
      // The entity's own mentions tell its gender (the speaker's "he" aside).
      int same_gender = 0, other_gender = 0;
      for (size_t k = 0; said_by != dict::Gender::kUnknown && k < e.mentions.size(); ++k) {
        const dict::Gender g = stated[ei][k];
        if (e.mentions[k].start == q.speaker->start || g == dict::Gender::kUnknown) continue;
        ++(g == said_by ? same_gender : other_gender);
      }
      for (const Mention& m : e.mentions) {
        if (m.sentence < s - 4 || m.sentence > s || !named(m)) continue;
        if (m.start >= q.content.start && m.end <= q.content.end) {
          inside_own = 1;
          continue;
        }
        if (kind != Anaphor::kThey && inside(contents, m) && !inside(speakers, m)) continue;
        if (m.sentence == s && m.start >= q.speaker->start) continue;
        double d = s - m.sentence;
        if (nearest < 0 || d < nearest) nearest = d;
        const Sentence& ms = doc.sentences[m.sentence];
        bool first_of_paragraph =
            m.sentence == 0 || doc.sentences[m.sentence - 1].paragraph != ms.paragraph;
        if (first_of_paragraph && m.first_token <= 2) para_initial = true;
      }
      if (nearest < 0) continue;
      double score = -0.5 * nearest - 3.0 * inside_own + (para_initial ? 0.5 : 0) -
                     (other_gender > same_gender ? 3.0 : 0) + (e.id == q.speaker_entity ? 1.0 : 0) +
                     prior.run_bonus(e.id) + (prior.entities.count(e.id) ? 0.5 : 0);
      if (score > best_score) best_score = score, best = e.id;
    }
    for (const auto& [key, entity, sentence] : prior.plural) {
      double score = -0.5 * (s - sentence) + prior.run_bonus(key);
      if (score > best_score) best_score = score, best = entity;
    }
    if (best_score > -1e9) q.speaker_entity = best;
  }
}

bool overlaps(TokRange r, int first, int last) {
  return !r.empty() && r.first < last && first < r.last;
}

// "The statements by Sinwar … were broadcast Monday by al-Mayadeen": a later
// sentence naming the medium of earlier quotes whose speaker it mentions.
void attach_broadcast_media(Document& doc) {
  static constexpr std::string_view kVerbs[] = {"broadcast", "aired",    "published", "carried",
                                                "posted",    "released", "televised"};
  // Asked of every token of the document: compared in place, no lower-case copy.
  auto broadcast_verb = [](std::string_view w) {
    return std::any_of(std::begin(kVerbs), std::end(kVerbs),
                       [&](std::string_view v) { return quotes_internal::lower_is(w, v); });
  };
  for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s) {
    const auto& toks = doc.sentences[s].tokens;
    int n = static_cast<int>(toks.size());
    for (int i = 0; i < n; ++i) {
      if (!broadcast_verb(toks[i].text)) continue;
      int by = -1;
      for (int j = i + 1; j < n && j <= i + 3; ++j) {
        if (quotes_internal::lower(toks[j].text) == "by") by = j;
      }
      if (by < 0) continue;
      int end = by + 1;
      while (end < n && toks[end].text != "," && toks[end].text != "." &&
             quotes_internal::lower(toks[end].text) != "and")
        ++end;
      if (end == by + 1) continue;
      std::string medium = make_mention(doc, s, {by + 1, end}).text;
      std::unordered_set<std::string> named;
      for (int k = 0; k < i; ++k) {
        if (!toks[k].text.empty() && std::isupper(static_cast<unsigned char>(toks[k].text[0])))
          named.insert(toks[k].text);
      }
      for (Quote& q : doc.quotes) {
        if (!q.medium.empty() || !q.speaker || q.content.sentence >= s ||
            q.content.sentence < s - 8)
          continue;
        bool mentioned = false;
        for (int k = q.speaker->first_token; k < q.speaker->last_token; ++k) {
          mentioned |= named.count(doc.sentences[q.speaker->sentence].tokens[k].text) > 0;
        }
        if (mentioned) q.medium = medium;
      }
    }
  }
}

// Which tokens lie inside direct quotes (the marks themselves included).
std::vector<std::vector<bool>> quoted_tokens(const Document& doc,
                                             const std::vector<MarkedQuote>& marked) {
  const int ns = static_cast<int>(doc.sentences.size());
  std::vector<std::vector<bool>> quoted(ns);
  for (int s = 0; s < ns; ++s) quoted[s].assign(doc.sentences[s].tokens.size(), false);
  for (const auto& q : marked) {
    for (int s = q.first_sentence; s <= q.last_sentence; ++s) {
      int a = s == q.first_sentence ? q.first_token : 0;
      int b = s == q.last_sentence ? q.last_token : static_cast<int>(quoted[s].size());
      for (int t = a; t < b; ++t) quoted[s][t] = true;
    }
  }
  return quoted;
}

bool lone_relative(const Sentence& sent, const Frame& f) {
  if (f.speaker.last - f.speaker.first != 1) return false;
  std::string w = quotes_internal::lower(sent.tokens[f.speaker.first].text);
  return w == "who" || w == "which" || w == "that";
}

bool pronoun_speaker(const Sentence& sent, const Frame& f) {
  return f.speaker.last - f.speaker.first == 1 &&
         quotes_internal::is_pronoun(quotes_internal::lower(sent.tokens[f.speaker.first].text));
}

// "X said he believes A", "X said she wanted to speak to them": a belief or an
// intention of a pronoun inside another frame's content is part of what X
// said, not a second report. Marked once per sentence (`low`: its tokens
// lower-cased).
void mark_nested(const Sentence& sent, const std::vector<std::string>& low,
                 std::vector<Frame>& fs) {
  for (Frame& f : fs) {
    bool pronoun =
        f.speaker.last - f.speaker.first == 1 && quotes_internal::is_pronoun(low[f.speaker.first]);
    // (A learned cue there needs a speaker of its own: "X said A and attacked B"
    // parsed with "attacked" inside A is X's one report.)
    const bool own = !f.speaker.empty() && !f.inherited_speaker;
    const bool belief =
        f.cls == "cognition" || quotes_internal::infinitive_content(sent, f) || f.learned;
    f.nested = f.parent >= 0 && ((belief && pronoun) || (f.learned && !own));
  }
}

// Whether tokens [a, b) hold no punctuation.
bool plain_words(const Sentence& sent, int a, int b) {
  for (int k = a; k < b; ++k) {
    if (quotes_internal::is_punct(sent.tokens[k])) return false;
  }
  return true;
}

// The parse leads; surface frames fill in where it found no content (a
// parser's slip on "…, sources said." should not lose the quote).
std::vector<Frame> merge_surface_frames(const Sentence& sent, const CueLexicon& lex,
                                        bool cognition_cues, const std::vector<Frame>& fs) {
  auto pf = quotes_internal::frames_from_parse(sent, lex, cognition_cues);
  for (const Frame& g : fs) {
    auto same = std::find_if(pf.begin(), pf.end(), [&](const Frame& f) {
      // Cues overlap ("also stated" on the surface, "stated" in the parse).
      return f.cue.first < g.cue.last && g.cue.first < f.cue.last;
    });
    // A surface content must open like something said: "said at a
    // Washington event", "said when she resigned" are circumstances.
    bool circumstance = !g.content.empty() && !g.parenthetical && g.content.first > g.cue.first &&
                        !clause_opening(sent, g.content.first);
    if (same != pf.end() && same->vetoed) continue;
    if (same == pf.end()) {
      if (!circumstance) pf.push_back(g);
    } else if (same->content.empty()) {
      if (circumstance) continue;
      *same = g;
    } else if (!g.speaker.empty() && (same->speaker.empty() || lone_relative(sent, *same) ||
                                      (same->inherited_speaker && pronoun_speaker(sent, *same)))) {
      // Subjects inherited through conj/advcl and bare "who" are where parse slips show.
      same->speaker = g.speaker;
      same->speaker_head = g.speaker_head;
    } else if (!g.speaker.empty() && same->speaker.first > same->cue.first &&
               g.speaker.first <= same->speaker.first && g.speaker.last > same->speaker.last &&
               g.speaker.first > g.cue.first &&
               plain_words(sent, same->speaker.last, g.speaker.last)) {
      // "…,” said Gondor radio host Ana Ruiz." parsed with "Gondor" as the
      // subject: the inverted name runs on to the punctuation (", in a
      // statement" after an appositive stays out).
      same->speaker = g.speaker;
    }
  }
  std::erase_if(pf, [](const Frame& f) { return f.vetoed; });
  std::sort(pf.begin(), pf.end(),
            [](const Frame& a, const Frame& b) { return a.cue.first < b.cue.first; });
  return pf;
}

// A cue inside someone's quoted words is part of what they said; "Can you
// imagine if …?", "Do you know where …?": a question put to the reader
// reports nobody.
void drop_quoted_and_reader_cues(const Sentence& sent, const std::vector<bool>& quoted,
                                 std::vector<Frame>& fs) {
  std::erase_if(fs, [&](const Frame& f) { return quoted[f.cue.first]; });
  bool question = false;
  for (int k = static_cast<int>(sent.tokens.size()); k-- > 0;) {
    if (quotes_internal::is_quote_mark(sent.tokens[k].text)) continue;
    question = sent.tokens[k].text == "?";
    break;
  }
  if (question) {
    std::erase_if(fs, [&](const Frame& f) {
      return f.speaker.last - f.speaker.first == 1 &&
             quotes_internal::lower(sent.tokens[f.speaker.first].text) == "you";
    });
  }
}

// "Sanders on Tuesday said", "The Courier on Saturday wrote": the day is when,
// not part of who.
void trim_speaker_days(const Sentence& sent, std::vector<Frame>& fs) {
  static const std::unordered_set<std::string> kDays = {
      "monday",   "tuesday", "wednesday", "thursday",  "friday",
      "saturday", "sunday",  "today",     "yesterday", "tonight"};
  for (Frame& f : fs) {
    TokRange& r = f.speaker;
    if (r.last - r.first < 2 || !kDays.count(quotes_internal::lower(sent.tokens[r.last - 1].text)))
      continue;
    int cut = r.last - 1;
    std::string before = quotes_internal::lower(sent.tokens[cut - 1].text);
    if (before == "on" || before == "last" || before == "this") --cut;
    if (cut > r.first) r = quotes_internal::trim(sent, {r.first, cut});
  }
}

// "Shortly after the ministry conceded", "as police have said": adverbs,
// prepositions and conjunctions the parse hung on the subject open no
// speaker; it starts at its first nominal word. Kept: quote marks, "both X
// and Y", "at least four people", "On-site tests", and an adverb on the noun
// ("further forensic checks"). Parse only: the words need their tags.
void trim_speaker_leads(const Sentence& sent, std::vector<Frame>& fs) {
  auto lead = [&](int t, int last) {
    const Token& k = sent.tokens[t];
    const std::string w = quotes_internal::lower(k.text);
    const Token* next = t + 1 < last ? &sent.tokens[t + 1] : nullptr;
    if (!next || quotes_internal::is_quote_mark(k.text) || next->text == "-") return false;
    if (w == "both" || w == "either" || w == "neither") return false;
    const std::string nw = quotes_internal::lower(next->text);
    if (w == "at" && (nw == "least" || nw == "most")) return false;
    if (k.upos == "ADP" || k.upos == "SCONJ" || k.upos == "CCONJ" || k.upos == "PUNCT") return true;
    return k.upos == "ADV" && (next->upos == "ADP" || next->upos == "SCONJ" ||
                               next->upos == "CCONJ" || next->upos == "ADV");
  };
  for (Frame& f : fs) {
    TokRange& r = f.speaker;
    if (r.empty() || f.relative) continue;
    int first = r.first;
    while (first < r.last - 1 && (f.speaker_head < 0 || first < f.speaker_head) &&
           lead(first, r.last))
      ++first;
    if (first > r.first) r = quotes_internal::trim(sent, {first, r.last});
  }
}

// A reported clause after its cue opens with its subject or a complementizer;
// one opening with a conjunction or a bare verb ("said But", "say would be
// $300", "said broke up") is a parse slip, not what was said. The frame
// stays, without content (a direct quote may take it).
void drop_conjunction_contents(const Sentence& sent, std::vector<Frame>& fs) {
  for (Frame& f : fs) {
    if (f.content.empty() || f.object || f.parenthetical || f.content.first <= f.cue.first)
      continue;
    const Token& first = sent.tokens[f.content.first];
    if (first.upos == "CCONJ") f.content = {};
  }
}

// Where the parse leaves a frame unlinked, the surface chain ("X said Y told
// him") may still link it.
void link_by_surface_chains(const std::vector<Frame>& surface, std::vector<Frame>& fs) {
  auto at = [](const std::vector<Frame>& v, int cue) {
    for (size_t k = 0; k < v.size(); ++k) {
      if (v[k].cue.first <= cue && cue < v[k].cue.last) return static_cast<int>(k);
    }
    return -1;
  };
  for (size_t k = 0; k < fs.size(); ++k) {
    if (fs[k].parent >= 0) continue;
    int g = at(surface, fs[k].cue.first);
    if (g < 0 || surface[g].parent < 0) continue;
    int p = at(fs, surface[surface[g].parent].cue.first);
    if (p >= 0 && p != static_cast<int>(k) && fs[p].parent != static_cast<int>(k)) fs[k].parent = p;
  }
}

// "A, according to X, …" and "A, the footage showed": a parenthetical report
// inside another frame's content ends that content where it begins.
void end_contents_at_parentheticals(const Sentence& sent, std::vector<Frame>& fs) {
  for (Frame& f : fs) {
    if (f.content.empty() || f.parenthetical) continue;
    for (const Frame& g : fs) {
      if (&g == &f || !(g.parenthetical || g.cls == "according") ||
          !f.content.contains(g.cue.first))
        continue;
      int at = g.cue.first;
      if (!g.speaker.empty() && g.speaker.first < at) at = g.speaker.first;
      if (at <= f.content.first || (at <= f.cue.last && f.cue.first >= f.content.first)) continue;
      TokRange before = quotes_internal::trim(sent, {f.content.first, at});
      // "learned that, according to X, A": only a complementizer before the
      // parenthetical; the content is what follows it.
      std::string first =
          before.empty() ? "" : quotes_internal::lower(sent.tokens[before.first].text);
      int after = std::max(g.cue.last, g.speaker.last);
      if (before.last - before.first == 1 && (first == "that" || first == "whether") &&
          after < f.content.last) {
        TokRange rest = quotes_internal::trim(sent, {after, f.content.last});
        if (!rest.empty()) {
          f.content = rest;
          continue;
        }
      }
      f.content = before;
    }
  }
}

// "…,” she thinks the plan should wait but “…”" read with a clause as the
// speaker of "said": a speaker is a noun phrase. A finite verb or a participle
// in the span that is not inside a clause modifying one of its nouns (a
// relative clause, participle or appositive: "X, a lawyer who has worked on
// …"), or the cue itself, shows a parse slip. Bare and past participle forms
// are often a tagger's slip inside a name ("MSNBC host Ana Ruiz").
// Returns the slip's verb, or the cue, or -1.
int clause_in_speaker(const Sentence& sent, const Frame& f) {
  if (f.speaker.empty() || sent.tokens[0].head < 0) return -1;
  if (f.speaker.contains(f.cue.first)) return f.cue.first;
  static const std::unordered_set<std::string> kModifier = {
      "acl", "acl:relcl", "appos", "amod", "compound", "case", "mark", "nmod", "nmod:poss", "det"};
  const int n = static_cast<int>(sent.tokens.size());
  for (int k = f.speaker.first; k < f.speaker.last; ++k) {
    const Token& t = sent.tokens[k];
    if ((t.upos != "VERB" && t.upos != "AUX") || t.xpos == "VB" || t.xpos == "VBN") continue;
    bool modifier = false;
    for (int x = k, hops = 0; x >= 0 && x < n && f.speaker.contains(x) && hops < n; ++hops) {
      if (kModifier.count(sent.tokens[x].deprel)) {
        modifier = true;
        break;
      }
      x = sent.tokens[x].head - 1;
    }
    if (!modifier) return k;
  }
  return -1;
}

// "“…,” said Ana Ruiz, a fellow at the institute, a body whose budget faces
// limits" read by the surface pattern to the sentence end: the speaker after
// an inverted cue ends where the clause of the slip's verb begins (its
// nearest subject, here "whose budget"), when a name is left before it.
TokRange speaker_before_clause(const Sentence& sent, const Frame& f, int verb) {
  if (verb == f.cue.first || f.speaker.first <= f.cue.first) return {};
  const int n = static_cast<int>(sent.tokens.size());
  int top = verb;  // the subject nearest before the verb, else the verb
  for (int t = verb - 1; t >= f.speaker.first && top == verb; --t) {
    const std::string& r = sent.tokens[t].deprel;
    if (sent.tokens[t].head - 1 == verb && (r == "nsubj" || r == "nsubj:pass")) top = t;
  }
  int start = top;
  for (int t = f.speaker.first; t < top; ++t) {
    for (int x = t, hops = 0; x >= 0 && x < n && f.speaker.contains(x) && hops < n; ++hops) {
      if (x == top) {
        start = std::min(start, t);
        break;
      }
      x = sent.tokens[x].head - 1;
    }
  }
  const TokRange r = quotes_internal::trim(sent, {f.speaker.first, start});
  for (int k = r.first; k < r.last; ++k) {
    if (std::string_view(sent.tokens[k].upos) == "PROPN") return r;
  }
  return {};
}

// A verb that can introduce what was said: one with a communication,
// cognition or emotion sense among its first WordNet senses ("joked",
// "continued"; not "voted" or "arrived" next to a quote).
bool speech_like(const Token& verb, const CueLexicon& lex) {
  if (!lex.model) return true;
  auto known = [&](const std::string& lemma) { return lex.model->senses.count(lemma) > 0; };
  if (!verb.lemma.empty()) return known(quotes_internal::lower(verb.lemma));
  // Untagged text: the stem of the "-ed" form.
  const std::string form = quotes_internal::lower(verb.text);
  return known(form.substr(0, form.size() - 2)) || known(form.substr(0, form.size() - 1));
}

// "“…,” she continued." and "She continued, “…”": a verb with a subject
// and nothing else, right after a quote that closes on , ? ! or right before
// a comma or colon that opens one, is what introduces the quote, though the
// lexicon does not list it (continued, joked). Subject: a personal
// pronoun, one to four capitalised words, or "the" and one to three words.
// The verb's tag must be VERB (a form in -ed where the text is untagged).
void add_quote_side_cues(const Sentence& sent, const std::vector<bool>& quoted,
                         const CueLexicon& lex, std::vector<Frame>& fs) {
  const int n = static_cast<int>(sent.tokens.size());
  auto word = [&](int t) {
    return t >= 0 && t < n && !quoted[t] && !quotes_internal::is_punct(sent.tokens[t]);
  };
  auto verb = [&](int t) {
    const Token& k = sent.tokens[t];
    bool tagged_verb = k.upos[0] != '\0' ? std::string_view(k.upos) == "VERB"
                                         : k.text.size() > 3 && k.text.ends_with("ed");
    return tagged_verb && speech_like(k, lex);
  };
  auto subject = [&](int a, int b) {  // tokens [a, b)
    if (b <= a || b - a > 4) return false;
    std::string first = quotes_internal::lower(sent.tokens[a].text);
    if (b - a == 1 && quotes_internal::is_pronoun(first) && first != "it" && first != "one" &&
        first != "who" && first != "me" && first != "him" && first != "her" && first != "us" &&
        first != "them")
      return true;
    for (int t = a; t < b; ++t) {
      bool cap = std::isupper(static_cast<unsigned char>(sent.tokens[t].text[0]));
      if (!word(t) || (first != "the" && !cap)) return false;
    }
    return first != "the" || b - a >= 2;
  };
  auto taken = [&](int v) {
    return std::any_of(fs.begin(), fs.end(), [&](const Frame& f) {
      return f.cue.contains(v) || f.speaker.contains(v) || f.content.contains(v);
    });
  };
  auto add = [&](int v, int a, int b) {
    if (taken(v)) return;
    Frame f;
    f.cue = {v, v + 1};
    f.speaker = {a, b};
    f.speaker_head = b - 1;
    f.lemma = quotes_internal::lower(sent.tokens[v].lemma.empty() ? sent.tokens[v].text
                                                                  : sent.tokens[v].lemma);
    f.cls = "speech";
    fs.push_back(f);
  };
  for (int c = 1; c + 2 < n; ++c) {
    // After a closing mark: subject + verb, or verb + subject, then the end.
    const std::string& before = sent.tokens[c - 1].text;
    if (!quoted[c] || quoted[c + 1] || !quotes_internal::is_quote_mark(sent.tokens[c].text) ||
        !(before == "," || before == "?" || before == "!"))
      continue;
    int e = n;
    while (e > c + 1 && quotes_internal::is_punct(sent.tokens[e - 1])) --e;
    bool plain = e - c - 1 >= 2;
    for (int t = c + 1; t < e && plain; ++t) plain = !quoted[t];
    if (!plain) continue;
    if (verb(e - 1) && subject(c + 1, e - 1)) {
      add(e - 1, c + 1, e - 1);
    } else if (verb(c + 1) && subject(c + 2, e)) {
      add(c + 1, c + 2, e);
    }
  }
  // Before an opening mark: "She continued, “…”" opening the sentence.
  for (int o = 2; o + 1 < n && o <= 6; ++o) {
    const std::string& sep = sent.tokens[o - 1].text;
    if (!quoted[o] || quoted[o - 1] || !(sep == "," || sep == ":") || !verb(o - 2) ||
        !subject(0, o - 2))
      continue;
    add(o - 2, 0, o - 2);
    break;
  }
}

// The reporting frames of one sentence: parse frames filled in by surface
// frames, then tidied (days out of speakers, slipped contents, chains,
// parenthetical reports) and given their media.
std::vector<Frame> sentence_frames(const Sentence& sent, const CueLexicon& lex, bool cognition_cues,
                                   const std::vector<bool>& quoted) {
  bool parsed = sent.tokens[0].head >= 0;
  // Every token lower-cased once: the surface patterns and media ask for words many times.
  const std::vector<std::string> low = quotes_internal::lower_words(sent);
  auto fs = quotes_internal::frames_from_surface(sent, low, lex, quoted);
  std::vector<Frame> surface = fs;
  quotes_internal::link_parents(surface);
  if (parsed) fs = merge_surface_frames(sent, lex, cognition_cues, fs);
  drop_quoted_and_reader_cues(sent, quoted, fs);
  trim_speaker_days(sent, fs);
  if (parsed) trim_speaker_leads(sent, fs);
  drop_conjunction_contents(sent, fs);
  quotes_internal::link_parents(fs);
  if (parsed) link_by_surface_chains(surface, fs);
  end_contents_at_parentheticals(sent, fs);
  for (Frame& f : fs) {
    const int slip = clause_in_speaker(sent, f);
    if (slip < 0) continue;
    f.speaker = speaker_before_clause(sent, f, slip);
    if (f.speaker.empty() || !f.speaker.contains(f.speaker_head)) f.speaker_head = -1;
  }
  quotes_internal::fill_missing_speakers(sent, quoted, fs);
  add_quote_side_cues(sent, quoted, lex, fs);
  quotes_internal::find_media(sent, low, lex, fs);
  mark_nested(sent, low, fs);
  return fs;
}

// Frame for a direct quote: in the sentence of its closing mark, else of its
// opening mark; the innermost frame whose content meets the quote, else the
// nearest frame with no content of its own outside the quote.
int pick_frame(const Document& doc, const std::vector<SentenceFrames>& frames, const MarkedQuote& q,
               int s) {
  const auto& fs = frames[s].frames;
  int a = s == q.first_sentence ? q.first_token : 0;
  int b = s == q.last_sentence ? q.last_token : static_cast<int>(doc.sentences[s].tokens.size());
  int best = -1, best_size = 1 << 30, near = -1, near_dist = 1 << 30;
  for (int f = 0; f < static_cast<int>(fs.size()); ++f) {
    if (fs[f].nested) continue;
    if (overlaps(fs[f].content, a, b)) {
      int size = fs[f].content.last - fs[f].content.first;
      if (size < best_size) best_size = size, best = f;
    } else if (fs[f].cls != "cognition" &&
               fs[f].lemma != "\u2015") {  // a byline is the quote's before
      int d = fs[f].cue.first >= b ? fs[f].cue.first - b : a - fs[f].cue.last;
      if (d >= 0 && d < near_dist && (fs[f].content.empty() || d <= 3)) near_dist = d, near = f;
    }
  }
  if (best < 0) return near;
  // Descend a reporting chain to the innermost frame outside the quote.
  for (int hops = 0; hops < 8; ++hops) {
    int child = -1;
    for (int f = 0; f < static_cast<int>(fs.size()); ++f) {
      bool outside = fs[f].cue.last <= a || fs[f].cue.first >= b;
      if (fs[f].parent == best && outside && !fs[f].nested &&
          (fs[f].content.empty() || overlaps(fs[f].content, a, b)))
        child = f;
    }
    if (child < 0) break;
    best = child;
  }
  return best;
}

// The sentence after a quote that closes its sentence, or -1.
int next_after_closing(const Document& doc, const MarkedQuote& q) {
  int next = q.last_sentence + 1;
  if (next >= static_cast<int>(doc.sentences.size()) ||
      q.last_token < static_cast<int>(doc.sentences[q.last_sentence].tokens.size()))
    return -1;
  return next;
}

// "… our greatest shame.” | ― Ana Ruiz": a quote closing its sentence takes
// a dash byline opening the next one (surface.cc, dash_frame), also across a
// paragraph break (a byline often stands on its own line). The frame's
// sentence, or -1.
int dash_byline(const Document& doc, const std::vector<SentenceFrames>& frames,
                const MarkedQuote& q, int& frame) {
  int next = next_after_closing(doc, q);
  if (next < 0) return -1;
  const auto& fs = frames[next].frames;
  for (int f = 0; f < static_cast<int>(fs.size()); ++f) {
    if (fs[f].lemma == "\u2015" && fs[f].cue.first == 0 && fs[f].content.empty()) {
      frame = f;
      return next;
    }
  }
  return -1;
}

// Whether a quote inside its sentence (opened and closed, after its first
// token) is a name: one to six words in title case, the first capitalised
// ("On “Harbor Talk,” she said", "the “Friends of the Ferry” rallies"), a
// programme, book or slogan rather than speech. Marks around no words were
// skipped before.
bool quoted_name(const Sentence& sent, const MarkedQuote& q) {
  // "said: “Vote Now.”"
  if (q.first_token > 0 && sent.tokens[q.first_token - 1].text == ":") return false;
  int words = 0;
  for (int t = q.first_token; t < q.last_token; ++t) {
    const std::string& w = sent.tokens[t].text;
    if (quotes_internal::is_punct(sent.tokens[t]) || quotes_internal::is_quote_mark(w)) continue;
    if (words++ == 0 && !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  }
  return words <= 6 && quotes_internal::title_case(sent, q.first_token, q.last_token);
}

// "“…?” | Ana Ruiz asked." split by the segmenter after the closing mark: a
// quote closing its sentence with no frame takes the next sentence of its
// paragraph (a sentence of the next paragraph starts another turn) when that
// sentence is only a speaker and a cue with no content of its own. The
// frame's sentence, or -1.
int trailing_cue(const Document& doc, const std::vector<SentenceFrames>& frames,
                 const MarkedQuote& q, int& frame) {
  int next = next_after_closing(doc, q);
  if (next < 0 || doc.sentences[next].paragraph != doc.sentences[q.last_sentence].paragraph)
    return -1;
  const Sentence& sent = doc.sentences[next];
  const auto& fs = frames[next].frames;
  if (fs.size() != 1) return -1;
  const Frame& f = fs[0];
  if (!f.content.empty() || f.speaker.empty() || f.cls == "cognition" || frames[next].used[0])
    return -1;
  // At most two other words ("on Monday", "in reply") beside the speaker and the cue.
  int other = 0;
  for (int t = 0; t < static_cast<int>(sent.tokens.size()); ++t) {
    if (f.cue.contains(t) || f.speaker.contains(t) || quotes_internal::is_punct(sent.tokens[t]))
      continue;
    if (quotes_internal::is_quote_mark(sent.tokens[t].text) || ++other > 2) return -1;
  }
  frame = 0;
  return next;
}

// "The mayor said: | “…”": a quote opening its sentence takes the frame of
// the sentence before when that sentence ends with a colon right after a cue
// that has a speaker and no content of its own (the lead-in often closes its
// own paragraph). The frame's sentence, or -1.
int colon_lead_in(const Document& doc, const std::vector<SentenceFrames>& frames,
                  const MarkedQuote& q, int& frame) {
  const int prev = q.first_sentence - 1;
  if (prev < 0 || q.first_token > 1) return -1;
  const Sentence& sent = doc.sentences[prev];
  const int n = static_cast<int>(sent.tokens.size());
  if (n < 3 || sent.tokens[n - 1].text != ":" || doc.sentences[q.first_sentence].paragraph < 0)
    return -1;
  const auto& fs = frames[prev].frames;
  for (int f = 0; f < static_cast<int>(fs.size()); ++f) {
    const Frame& fr = fs[f];
    if (fr.content.empty() && !fr.speaker.empty() && fr.cls != "cognition" &&
        fr.cue.last >= n - 3 && !frames[prev].used[f]) {
      frame = f;
      return prev;
    }
  }
  return -1;
}

// Whether a quote is a paragraph of its own, one sentence with nothing but
// punctuation after the closing mark: with a name's words it is a heading
// ("‘Harbor Talk Returns.’" between two sections), no speech.
bool heading_quote(const Document& doc, const MarkedQuote& q) {
  const int s = q.first_sentence;
  if (s != q.last_sentence || q.first_token != 0 || !q.opened || !q.closed) return false;
  const Sentence& sent = doc.sentences[s];
  for (int t = q.last_token; t < static_cast<int>(sent.tokens.size()); ++t)
    if (!quotes_internal::is_punct(sent.tokens[t])) return false;
  auto same_paragraph = [&](int o) {
    return o >= 0 && o < static_cast<int>(doc.sentences.size()) &&
           doc.sentences[o].paragraph == sent.paragraph;
  };
  return !same_paragraph(s - 1) && !same_paragraph(s + 1) && quoted_name(sent, q);
}

// Drafts of the direct and mixed quotes, marking the frames they take as used.
std::vector<Draft> direct_drafts(const Document& doc, const std::vector<MarkedQuote>& marked,
                                 std::vector<SentenceFrames>& frames,
                                 const std::vector<std::vector<bool>>& quoted) {
  std::vector<Draft> drafts;
  for (const auto& q : marked) {
    // Scare quotes and names (“crazy system”, “Harbor Talk”) inside a sentence
    // are nobody's statement unless a frame claims them.
    const bool inner =
        q.first_sentence == q.last_sentence && q.first_token > 0 && q.opened && q.closed;
    Draft d;
    d.start = q.start;
    d.end = q.end;
    d.sentence = q.first_sentence;
    d.first_token = q.first_token;
    d.last_sentence = q.last_sentence;
    d.last_token = q.last_token;
    d.kind = "direct";
    // Marks around no words (a stray "”" the pairing left alone) quote nothing.
    bool words = false;
    for (int s = q.first_sentence; s <= q.last_sentence && !words; ++s) {
      const auto& toks = doc.sentences[s].tokens;
      int a = s == q.first_sentence ? q.first_token : 0;
      int b = s == q.last_sentence ? q.last_token : static_cast<int>(toks.size());
      for (int t = a; t < b && !words; ++t) {
        words =
            !quotes_internal::is_quote_mark(toks[t].text) && !quotes_internal::is_punct(toks[t]);
      }
    }
    if (!words) continue;
    for (int s : {q.last_sentence, q.first_sentence}) {
      int f = pick_frame(doc, frames, q, s);
      if (f < 0) continue;
      d.frame_sentence = s;
      d.frame = f;
      const Frame& fr = frames[s].frames[f];
      // Content reaching words outside the marks ("that", "Trump was …") makes it mixed.
      const Sentence& sent = doc.sentences[s];
      // Only the side of the frame where the quote is counts: "“…,” Obama said,
      // not even needing …" does not make the quote mixed.
      TokRange side = fr.content;
      int frame_first =
          fr.speaker.empty() ? fr.cue.first : std::min(fr.cue.first, fr.speaker.first);
      int frame_last = fr.speaker.empty() ? fr.cue.last : std::max(fr.cue.last, fr.speaker.last);
      bool quote_before = s == q.last_sentence && q.last_token <= fr.cue.first;
      if (quote_before) side.last = std::min(side.last, frame_first);
      if (!quote_before) side.first = std::max(side.first, frame_last);
      side = quotes_internal::trim(sent, side);
      bool beyond = false;
      for (int t = side.first; !fr.parenthetical && !side.empty() && t < side.last; ++t) {
        beyond |= !quoted[s][t] && !quotes_internal::is_punct(sent.tokens[t]);
      }
      if (beyond) {
        d.kind = "mixed";
        uint32_t fs0 = sent.tokens[side.first].start, fs1 = sent.tokens[side.last - 1].end;
        if (fs0 < d.start) d.start = fs0, d.sentence = s, d.first_token = side.first;
        if (fs1 > d.end) d.end = fs1, d.last_sentence = s, d.last_token = side.last;
      }
      break;
    }
    if (d.frame < 0) d.frame_sentence = dash_byline(doc, frames, q, d.frame);
    if (d.frame < 0) d.frame_sentence = trailing_cue(doc, frames, q, d.frame);
    if (d.frame < 0) d.frame_sentence = colon_lead_in(doc, frames, q, d.frame);
    if (d.frame < 0 && heading_quote(doc, q)) continue;
    if (inner && (d.frame < 0 || d.kind == "direct") &&
        (q.last_token - q.first_token <= 6 || quoted_name(doc.sentences[q.first_sentence], q))) {
      const Frame* fr = d.frame >= 0 ? &frames[d.frame_sentence].frames[d.frame] : nullptr;
      // Keep "X called it “a disgrace”" only when the frame's content is the quote.
      bool claimed = fr && !fr->content.empty() && fr->content.first >= q.first_token - 1 &&
                     fr->content.last <= q.last_token + 1;
      if (!claimed) continue;
    }
    // Mixed quotes sharing a frame become one quote.
    if (d.kind == "mixed") {
      auto same = std::find_if(drafts.begin(), drafts.end(), [&](const Draft& o) {
        return o.kind == "mixed" && o.frame_sentence == d.frame_sentence && o.frame == d.frame;
      });
      if (same != drafts.end()) {
        if (d.start < same->start)
          same->start = d.start, same->sentence = d.sentence, same->first_token = d.first_token;
        if (d.end > same->end)
          same->end = d.end, same->last_sentence = d.last_sentence, same->last_token = d.last_token;
        continue;
      }
    }
    if (d.frame >= 0) frames[d.frame_sentence].used[d.frame] = true;
    drafts.push_back(d);
  }
  return drafts;
}

// Every other frame with a content is indirect speech.
void add_indirect_drafts(const Document& doc, const std::vector<SentenceFrames>& frames,
                         std::vector<Draft>& drafts) {
  const int ns = static_cast<int>(doc.sentences.size());
  for (int s = 0; s < ns; ++s) {
    // The headline's cues frame the story ("Councillor backs ferry plan", "X
    // Slams Y") and report nobody, unless a direct quote took one of its frames
    // (the seed's "‘…,’ X says Y told him").
    const std::vector<bool>& used = frames[s].used;
    if (doc.sentences[s].paragraph < 0 && std::find(used.begin(), used.end(), true) == used.end())
      continue;
    for (int f = 0; f < static_cast<int>(frames[s].frames.size()); ++f) {
      const Frame& fr = frames[s].frames[f];
      if (frames[s].used[f] || fr.content.empty()) continue;
      if (fr.nested) continue;
      // "a process to suggest designs", "efforts to alert the military": a
      // reported object with nobody reporting it is a purpose, not a report.
      if (fr.object && fr.speaker.empty() && fr.cue.first > 0 &&
          quotes_internal::lower(doc.sentences[s].tokens[fr.cue.first - 1].text) == "to")
        continue;
      // "The latest test, X said, was its biggest": the subject before the
      // cue is a second fragment of the same report (one cue, as with "“A,”
      // he said, “B.”").
      for (const quotes_internal::TokRange& r : {fr.lead, fr.content}) {
        if (r.empty()) continue;
        Draft d;
        const Sentence& sent = doc.sentences[s];
        d.start = sent.tokens[r.first].start;
        d.end = sent.tokens[r.last - 1].end;
        d.sentence = d.last_sentence = s;
        d.first_token = r.first;
        d.last_token = r.last;
        d.kind = "indirect";
        d.frame_sentence = s;
        d.frame = f;
        drafts.push_back(d);
      }
    }
  }
}

// The quote of a draft: its content, and from its frame the cue, speaker,
// medium, reporters, addressee and statement time.
Quote make_quote(const Document& doc, const Draft& d, const std::vector<SentenceFrames>& frames,
                 const CueLexicon& lex, const MentionIndex& mentions) {
  Quote q;
  q.id = "Q" + std::to_string(doc.quotes.size() + 1);
  q.kind = d.kind;
  q.content.start = d.start;
  q.content.end = d.end;
  q.content.sentence = d.sentence;
  q.content.first_token = d.first_token;
  q.content.last_token = d.last_token;
  {
    const Sentence& a = doc.sentences[d.sentence];
    const Sentence& b = doc.sentences[d.last_sentence];
    uint32_t b0 = a.tokens[d.first_token].byte_start, b1 = b.tokens[d.last_token - 1].byte_end;
    q.content.text = doc.article.text.substr(b0, b1 - b0);
  }
  if (d.frame >= 0) {
    int s = d.frame_sentence;
    const auto& fs = frames[s].frames;
    const Frame& fr = fs[d.frame];
    q.cue = make_mention(doc, s, fr.cue);
    if (!fr.speaker.empty()) {
      q.speaker_entity = resolve_entity(doc, s, fr.speaker, fr.speaker_head, lex, mentions);
      // A relative "who" is the speaker's span, as "he" is, when the antecedent is an entity
      // that names the speaker; otherwise "who" alone would leave the reader no speaker.
      const bool rel = !q.speaker_entity.empty() && fr.relative_word >= fr.speaker.last &&
                       fr.relative_word <= fr.speaker.last + 1;
      q.speaker =
          make_mention(doc, s, rel ? TokRange{fr.relative_word, fr.relative_word + 1} : fr.speaker);
    }
    if (!fr.medium.empty()) q.medium = make_mention(doc, s, fr.medium).text;
    // Reporters: the speakers of the enclosing frames, outermost first.
    std::vector<const Frame*> chain;
    for (int p = fr.parent, guard = 0; p >= 0 && guard < 16; p = fs[p].parent, ++guard)
      chain.push_back(&fs[p]);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      const Frame& pf = **it;
      // "X, who said A, added B": a speaker does not report themself.
      if (pf.speaker.empty() ||
          (pf.speaker.first == fr.speaker.first && pf.speaker.last == fr.speaker.last))
        continue;
      std::string id = resolve_entity(doc, s, pf.speaker, pf.speaker_head, lex, mentions);
      q.reported_by.push_back(id.empty() ? "text:" + make_mention(doc, s, pf.speaker).text : id);
    }
    if (!fr.addressee.empty()) {
      q.addressee = make_mention(doc, s, fr.addressee);
      q.addressee_entity =
          resolve_entity(doc, s, fr.addressee, fr.addressee.last - 1, lex, mentions);
      // "X said Y told him": the pronoun is the reporter.
      std::string pron = quotes_internal::lower(q.addressee->text);
      if (quotes_internal::is_pronoun(pron) && pron != "you" && !chain.empty() &&
          !chain.front()->speaker.empty()) {
        const Frame& reporter = *chain.front();
        std::string id =
            resolve_entity(doc, s, reporter.speaker, reporter.speaker_head, lex, mentions);
        if (id.empty() && q.addressee_entity.empty())
          id = "text:" + make_mention(doc, s, reporter.speaker).text;
        if (!id.empty()) q.addressee_entity = id;
      }
    }
    // The statement-time hook: a time expression in the frame outside the content.
    for (const TimeExpression& t : doc.times) {
      if (t.sentence != s || overlaps(fr.content, t.first_token, t.last_token)) continue;
      if (std::abs(t.first_token - fr.cue.first) <= 4) {
        q.date = t.value;
        break;
      }
    }
  }
  return q;
}

bool continued_by(const Quote& q, const Quote& next) {
  auto ends = [](const std::string& t, std::string_view m) {
    return t.size() >= m.size() && t.compare(t.size() - m.size(), m.size(), m) == 0;
  };
  auto starts = [](const std::string& t, std::string_view m) { return t.rfind(m, 0) == 0; };
  const std::string &a = q.content.text, &b = next.content.text;
  bool open = !ends(a, "\u201D") && !ends(a, "\"") && !ends(a, "\u2019");
  bool unopened = !starts(b, "\u201C") && !starts(b, "\"") && !starts(b, "\u2018");
  return next.speaker && next.kind == "direct" && q.kind == "direct" && open && unopened &&
         next.content.start >= q.content.end && next.content.start - q.content.end <= 20;
}

// Discourse: a quote with no speaker takes the nearest speaker of the same
// paragraph (earlier first, then later), else of the previous paragraph.
void take_discourse_speakers(Document& doc) {
  std::vector<int> para(doc.quotes.size());
  for (size_t i = 0; i < doc.quotes.size(); ++i)
    para[i] = doc.sentences[doc.quotes[i].content.sentence].paragraph;
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    Quote& q = doc.quotes[i];
    if (q.speaker || q.cue.sentence >= 0) continue;
    const Quote* from = nullptr;
    // A fragment left open that the next attributed quote continues without
    // opening ("“… rather the “storm” we know than …,” she said": the inner
    // marks split it) is that quote's.
    if (i + 1 < doc.quotes.size() && continued_by(q, doc.quotes[i + 1]) && para[i + 1] == para[i])
      from = &doc.quotes[i + 1];
    for (size_t j = i; j-- > 0 && !from;) {
      if (para[j] == para[i] && doc.quotes[j].speaker) from = &doc.quotes[j];
    }
    for (size_t j = i + 1; j < doc.quotes.size() && !from; ++j) {
      if (para[j] == para[i] && doc.quotes[j].speaker && doc.quotes[j].kind == "direct")
        from = &doc.quotes[j];
    }
    for (size_t j = i; j-- > 0 && !from;) {
      if (para[j] == para[i] - 1 && para[i] >= 0 && doc.quotes[j].speaker) from = &doc.quotes[j];
      if (para[j] < para[i] - 1) break;
    }
    if (!from) continue;
    q.speaker = from->speaker;
    q.speaker_entity = from->speaker_entity;
    q.reported_by = from->reported_by;
    q.medium = from->medium;
  }
}

}  // namespace

QuoteExtractor::QuoteExtractor(std::unique_ptr<quotes_internal::CueLexicon> lexicon,
                               QuoteOptions options)
    : lexicon_(std::move(lexicon)), options_(std::move(options)) {
  std::string name = options_.lexicon_path.empty() ? "builtin:cues.tsv" : options_.lexicon_path;
  version_ = {"quote-cues", "1/" + name, lexicon_->fingerprint};
  if (lexicon_->model) {
    std::string model =
        options_.cue_model_path.empty() ? "builtin:cue-model.tsv" : options_.cue_model_path;
    model_version_ = {"quote-cue-model", "1/" + model, lexicon_->model->fingerprint};
  }
}
QuoteExtractor::~QuoteExtractor() = default;

Result<std::shared_ptr<const QuoteExtractor>> QuoteExtractor::create(const QuoteOptions& options) {
  std::string text;
  std::string name = "builtin:cues.tsv";
  if (options.lexicon_path.empty()) {
    text = std::string(quotes_internal::embedded_cue_lexicon());
  } else {
    std::ifstream in(options.lexicon_path, std::ios::binary);
    if (!in)
      return Status::not_found("cue lexicon \"" + options.lexicon_path + "\" cannot be opened");
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    name = options.lexicon_path;
  }
  auto lex = CueLexicon::parse(text, name);
  if (!lex) return lex.status();
  if (options.learned_cues) {
    std::string model_text(quotes_internal::embedded_cue_model());
    std::string model_name = "builtin:cue-model.tsv";
    if (!options.cue_model_path.empty()) {
      std::ifstream in(options.cue_model_path, std::ios::binary);
      if (!in)
        return Status::not_found("cue model \"" + options.cue_model_path + "\" cannot be opened");
      std::ostringstream ss;
      ss << in.rdbuf();
      model_text = ss.str();
      model_name = options.cue_model_path;
    }
    auto model = quotes_internal::CueModel::parse(model_text, model_name);
    if (!model) return model.status();
    if (options.cue_threshold > 0) model->threshold = options.cue_threshold;
    lex->model = std::make_shared<const quotes_internal::CueModel>(std::move(*model));
    lex->object_threshold = options.object_cue_threshold;
    lex->thing_object_threshold = options.thing_object_threshold;
  }
  return std::shared_ptr<const QuoteExtractor>(
      new QuoteExtractor(std::make_unique<CueLexicon>(std::move(*lex)), options));
}

const ComponentVersion& QuoteExtractor::version() const {
  return version_;
}
size_t QuoteExtractor::cue_count() const {
  return lexicon_->entries;
}

void QuoteExtractor::annotate(Document& doc) const {
  const MentionIndex mentions = index_mentions(doc);
  doc.quotes.clear();
  doc.dictionaries.push_back(version_);
  if (lexicon_->model) doc.dictionaries.push_back(model_version_);
  const int ns = static_cast<int>(doc.sentences.size());
  std::vector<MarkedQuote> marked = quotes_internal::find_marked_quotes(doc);
  std::vector<std::vector<bool>> quoted = quoted_tokens(doc, marked);

  std::vector<SentenceFrames> frames(ns);
  for (int s = 0; s < ns; ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.tokens.empty()) continue;
    std::vector<Frame> fs = sentence_frames(sent, *lexicon_, options_.cognition_cues, quoted[s]);
    frames[s].used.assign(fs.size(), false);
    frames[s].frames = std::move(fs);
  }

  std::vector<Draft> drafts = direct_drafts(doc, marked, frames, quoted);
  add_indirect_drafts(doc, frames, drafts);
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const Draft& a, const Draft& b) { return a.start < b.start; });

  for (const Draft& d : drafts) {
    doc.quotes.push_back(make_quote(doc, d, frames, *lexicon_, mentions));
  }

  quotes_internal::add_transcript_turns(doc);
  attach_broadcast_media(doc);

  // Discourse: a quote with no speaker takes the nearest speaker of the same
  // paragraph (earlier first, then later), else of the previous paragraph.
  if (options_.discourse_speakers) take_discourse_speakers(doc);
  score_pronoun_speakers(doc);
}

std::vector<std::string> reported_by_for(const Document& doc, int sentence, int token) {
  if (sentence < 0 || sentence >= static_cast<int>(doc.sentences.size())) return {};
  const auto& toks = doc.sentences[sentence].tokens;
  if (token < 0 || token >= static_cast<int>(toks.size())) return {};
  uint32_t cp = toks[token].start;
  const Quote* best = nullptr;
  for (const Quote& q : doc.quotes) {
    if (cp < q.content.start || cp >= q.content.end) continue;
    if (!best || q.content.end - q.content.start < best->content.end - best->content.start)
      best = &q;
  }
  if (!best) return {};
  std::vector<std::string> chain = best->reported_by;
  if (!best->speaker_entity.empty()) {
    chain.push_back(best->speaker_entity);
  } else if (best->speaker) {
    chain.push_back("text:" + best->speaker->text);
  }
  return chain;
}

}  // namespace eventwire
