// EntityResolver::annotate: the per-document resolution of docs/actors.md
// ("How a mention is resolved"), one member function per numbered step; the
// steps live in actor_ner_mentions.cc, actor_missed_names.cc,
// actor_role_phrases.cc, actor_composition.cc, actor_titles.cc and
// actor_country.cc. Every lookup is indexed once per document (sentence →
// matches, mentions by sentence, parse children), so the cost is linear in
// the document.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "dict/gender.h"
#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

void DocumentResolver::run() {
  index_sentences();
  mark_ner_persons();
  drop_person_named_places();
  add_ner_mentions();
  add_missed_names();
  add_missed_surnames();
  add_missed_bodies();
  places_in_countries();
  bodies_named_without_their_place();
  add_role_phrases();
  past_offices_shared();
  add_campaigns();
  candidates_staff();
  officers_of_the_police();
  add_local_governments();
  link_titles_and_appositions();
  offices_held_as();
  titles_placed_after_name();
  surnames_as_people();
  capital_metonyms();
  article_country();
  acronyms_of_bodies();
  affiliations();
  names_without_country();
  affiliations();  // bodies that only names_without_country coded ("---NGO")
  bodies_led();
  roles_of_bodies_coded_late();
  committees_of_legislators();
  officials_families();
  spokespeople_of_bodies();
  staff_of_party_people();
  add_pronouns();
  finish();
}

void DocumentResolver::index_sentences() {
  const size_t n = doc_.sentences.size();
  info_.resize(n);
  covered_.resize(n);
  per_at_.resize(n);
  org_at_.resize(n);
  for (size_t si = 0; si < n; ++si) {
    const Sentence& s = doc_.sentences[si];
    SentenceInfo& in = info_[si];
    in.sentence = &s;
    for (const Token& t : s.tokens) in.folded.push_back(fold_token(t.text));
    in.parsed = has_parse(s);
    in.names = match_sentence(kb_, s, in.folded, false);
    in.roles = match_sentence(kb_, s, in.folded, true);
    in.name_at.assign(s.tokens.size(), -1);
    in.role_at.assign(s.tokens.size(), -1);
    for (size_t h = 0; h < in.names.size(); ++h)
      for (int k = in.names[h].first; k < in.names[h].last; ++k)
        in.name_at[k] = static_cast<int>(h);
    for (size_t h = 0; h < in.roles.size(); ++h)
      for (int k = in.roles[h].first; k < in.roles[h].last; ++k)
        in.role_at[k] = static_cast<int>(h);
    in.children.resize(s.tokens.size());
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      const int h = s.tokens[k].head - 1;
      if (h >= 0 && h < static_cast<int>(s.tokens.size()))
        in.children[h].push_back(static_cast<int>(k));
    }
    covered_[si].assign(s.tokens.size(), 0);
    per_at_[si].assign(s.tokens.size(), 0);
    org_at_[si].assign(s.tokens.size(), 0);
  }
}

void DocumentResolver::mark_ner_persons() {
  for (const Entity& ent : doc_.entities) {
    if (ent.type != "PER" && ent.type != "ORG") continue;
    auto& at = ent.type == "PER" ? per_at_ : org_at_;
    for (const Mention& mm : ent.mentions)
      if (mm.sentence >= 0 && mm.sentence < static_cast<int>(doc_.sentences.size()))
        for (int k = std::max(0, mm.first_token);
             k < mm.last_token && k < static_cast<int>(at[mm.sentence].size()); ++k)
          at[mm.sentence][k] = 1;
  }
}

void DocumentResolver::set_from_entry(WorkMention& m, const std::vector<uint32_t>& entries,
                                      Use use) const {
  bool past = false;
  const int e = choose_entry(kb_, entries, date_, alone_, &past);
  if (e < 0) return;
  const KbEntry& k = kb_.entries[e];
  m.entry = e;
  m.code = k.code;
  // Out of every dated office a person is an elite of the office's country.
  if (past && k.kind == "person" && k.code.size() >= 3 && k.code.rfind("IGO", 0) != 0 &&
      k.code.rfind("IMG", 0) != 0)
    m.code = k.code.substr(0, 3) + "ELI";
  m.rank = past ? 2 : 5;
  m.how = std::string(past ? "dictionary-past:" : "dictionary:") + k.source;
  m.identity = "kb:" + std::to_string(kb_.identity[e]);
  m.person = k.kind == "person" || (m.person && k.kind != "org" && k.kind != "country");
  if (use == Use::kName)
    m.type = k.kind == "person"    ? "PER"
             : k.kind == "org"     ? "ORG"
             : k.kind == "country" ? "GPE"
                                   : m.type;
  if (use == Use::kDemonym) {
    m.kind = WorkMention::Kind::kDemonym;
    m.identity = "demonym:" + std::to_string(kb_.identity[e]);
    m.how = "dictionary-demonym:" + k.source;
  } else if (use == Use::kCapital) {
    m.identity = "capital:" + std::to_string(e);
    m.how = "capital:" + k.source;
    m.rank = 3;
  }
}

int DocumentResolver::head_of(const Sentence& s, int first, int last) const {
  if (!has_parse(s)) return last - 1;
  for (int k = last - 1; k >= first; --k) {
    const int h = s.tokens[k].head - 1;
    if (h < first || h >= last) return k;
  }
  return last - 1;
}

bool DocumentResolver::place_like(const Hit& h) const {
  if (h.use == Use::kCapital || h.use == Use::kDemonym) return true;
  const std::string& kind = kb_.entries[h.entries.front()].kind;
  return kind == "country" || kind == "place";
}

// A capitalized word of a person's name next to a place name, no part of
// another knowledge-base name, title or function word.
bool DocumentResolver::plain_name_word(const SentenceInfo& in, int k) const {
  const Sentence& s = *in.sentence;
  return k >= 0 && k < static_cast<int>(s.tokens.size()) && in.name_at[k] < 0 &&
         in.role_at[k] < 0 && starts_upper(s.tokens[k].text) && !is_honorific(in.folded[k]) &&
         std::isalpha(static_cast<unsigned char>(s.tokens[k].text[0])) &&
         !is_function_word(in.folded[k]) && in.folded[k].size() > 2;
}

// A place name written as part of a person's name: after a capitalized known
// first name ("Lisa Monaco"), or before a capitalized known surname ending
// the name ("Jordan Peterson"; not "Ohio Dana Whitlock"). `*surname_after`
// tells which.
bool DocumentResolver::in_person_shape(const SentenceInfo& in, const Hit& h,
                                       bool* surname_after) const {
  *surname_after = false;
  if (plain_name_word(in, h.first - 1) && kb_.is_first_name(in.folded[h.first - 1])) return true;
  *surname_after = (plain_name_word(in, h.last) && kb_.is_surname(in.folded[h.last]) &&
                    !(h.last + 1 < static_cast<int>(in.folded.size()) &&
                      starts_upper(in.sentence->tokens[h.last + 1].text))) ||
                   inside_person_name(in, h);
  return *surname_after;
}

// A place name inside a person's name whatever the base knows of its words:
// in a person the tagger found, next to another name word of it ("Douglas
// Tremaine"), or after an initial and before a name word ("K. Douglas
// Tremaine").
bool DocumentResolver::inside_person_name(const SentenceInfo& in, const Hit& h) const {
  const std::vector<char>& per = per_at_[static_cast<size_t>(&in - info_.data())];
  auto tagged_word = [&](int k) { return plain_name_word(in, k) && per[k]; };
  if (per[h.first] && per[h.last - 1] && (tagged_word(h.first - 1) || tagged_word(h.last)))
    return true;
  if (h.first < 1) return false;
  const std::string& before = in.sentence->tokens[h.first - 1].text;
  const bool initial =
      before.size() == 2 && before[1] == '.' && std::isupper(static_cast<unsigned char>(before[0]));
  return initial && plain_name_word(in, h.last);
}

// A personal title right before a place name: an honorific ("Mr.", "Rep.")
// or a capitalized person's role ("Chief Jordan"), the place not modifying a
// word after it ("Senate Russia probe").
bool DocumentResolver::after_person_title(const SentenceInfo& in, const Hit& h) const {
  const Sentence& s = *in.sentence;
  const int k = h.first - 1;
  if (k < 0 || !starts_upper(s.tokens[k].text)) return false;
  const bool title = is_honorific(in.folded[k]) ||
                     (in.role_at[k] >= 0 && in.roles[in.role_at[k]].last == h.first &&
                      is_person_noun(in.folded[k]));
  if (!title || !in.parsed) return title;
  const Token& last = s.tokens[h.last - 1];
  return !(last.head > h.last && (last.deprel == "compound" || last.deprel == "amod"));
}

// The last words of the people NER names in full, folded, each followed by a
// space (not "King Abdullah of Jordan": the word before is a capitalized name's).
std::unordered_set<std::string> DocumentResolver::full_name_surnames() const {
  std::unordered_set<std::string> surnames;
  for (const Entity& ent : doc_.entities)
    for (const Mention& mm : ent.mentions) {
      if (ent.type != "PER" || mm.sentence < 0 || mm.first_token < 0 ||
          mm.last_token - mm.first_token < 2 || mm.sentence >= static_cast<int>(info_.size()) ||
          mm.last_token > static_cast<int>(info_[mm.sentence].folded.size()))
        continue;
      const SentenceInfo& in = info_[mm.sentence];
      const int before = mm.last_token - 2;
      if (starts_upper(in.sentence->tokens[before].text) && !is_function_word(in.folded[before]))
        surnames.insert(in.folded[mm.last_token - 1] + " ");
    }
  return surnames;
}

// A country, place or capital the article writes as a person's name is no
// place there ("A person's name is never a place", docs/actors.md): with a
// first name before or a surname after ("Chuck Jordan", "Jordan Peterson"),
// after a personal title ("Rep. Jordan", "Chief Jordan"), or alone once the
// article names a person so ("Rep. Jim Jordan … Jordan said"), unless the
// article also writes it as a place ("in Jordan"). Such matches are dropped
// before any step reads them and their tokens marked.
void DocumentResolver::drop_person_named_places() {
  static const std::unordered_set<std::string> locative = {
      "in", "at", "from", "near", "to", "into", "outside", "of", "across", "inside"};
  auto key = [](const SentenceInfo& in, const Hit& h) {
    std::string k;
    for (int t = h.first; t < h.last; ++t) k += in.folded[t] + " ";
    return k;
  };
  auto after_locative = [&](const SentenceInfo& in, const Hit& h) {
    return h.first > 0 && locative.count(in.folded[h.first - 1]) > 0;
  };
  std::unordered_set<std::string> surnames = full_name_surnames(), as_place;
  std::vector<std::vector<char>> shaped(info_.size());
  for (size_t si = 0; si < info_.size(); ++si) {
    const SentenceInfo& in = info_[si];
    for (const Hit& h : in.names) {
      // Not after a preposition or determiner: "Ambassador to the United States Karim Nadiri".
      const bool place = place_like(h) && h.use != Use::kDemonym && !after_locative(in, h) &&
                         !(h.first > 0 && is_determiner(in.folded[h.first - 1]));
      bool surname_after = false;
      const bool local =
          place && (in_person_shape(in, h, &surname_after) || after_person_title(in, h));
      shaped[si].push_back(local);
      if (local && !surname_after) surnames.insert(key(in, h));
      if (place_like(h) && after_locative(in, h)) as_place.insert(key(in, h));
    }
  }
  person_place_at_.resize(info_.size());
  for (size_t si = 0; si < info_.size(); ++si) {
    SentenceInfo& in = info_[si];
    person_place_at_[si].assign(in.folded.size(), 0);
    std::vector<Hit> kept;
    for (size_t hi = 0; hi < in.names.size(); ++hi) {
      const Hit& h = in.names[hi];
      const std::string k = key(in, h);
      const bool named = place_like(h) && h.use != Use::kDemonym && surnames.count(k) &&
                         !as_place.count(k) && !after_locative(in, h);
      if (!shaped[si][hi] && !named) {
        kept.push_back(h);
        continue;
      }
      for (int t = h.first; t < h.last; ++t) person_place_at_[si][t] = per_at_[si][t] = 1;
    }
    if (kept.size() == in.names.size()) continue;
    in.names = std::move(kept);
    in.name_at.assign(in.folded.size(), -1);
    for (size_t h = 0; h < in.names.size(); ++h)
      for (int t = in.names[h].first; t < in.names[h].last; ++t)
        in.name_at[t] = static_cast<int>(h);
  }
}

// Whether token k has a "case" dependent spelled `word` ("of").
bool DocumentResolver::has_case(const SentenceInfo& in, int k, std::string_view word) const {
  for (int c : in.children[k])
    if (in.sentence->tokens[c].deprel == "case" && in.folded[c] == word) return true;
  return false;
}

const KbEntry* DocumentResolver::place_entry(const Hit& h) const {
  bool past = false;
  const int e = choose_entry(kb_, h.entries, date_, alone_, &past);
  if (e < 0) return nullptr;
  const KbEntry& k = kb_.entries[e];
  return k.kind == "country" || k.kind == "place" ? &k : nullptr;
}

// A place name followed by a capitalized subdivision word names a county of
// that name, perhaps in another country ("Nassau County" is New York's, not
// the Bahamas'); its country counts only where it is the story's (step 5b).
bool DocumentResolver::before_subdivision(const SentenceInfo& in, const Hit& h) const {
  static const std::unordered_set<std::string> words = {"county", "parish", "township", "borough"};
  return h.last < static_cast<int>(in.folded.size()) && words.count(in.folded[h.last]) &&
         starts_upper(in.sentence->tokens[h.last].text);
}

// 6. Pronouns (linked or dropped by coreference).
void DocumentResolver::add_pronouns() {
  if (!options_.pronouns) return;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const SentenceInfo& in = info_[si];
    for (int k = 0; k < static_cast<int>(in.folded.size()); ++k) {
      if (covered_[si][k] || !is_pronoun_word(in.folded[k])) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = k;
      m.last = k + 1;
      m.head = k;
      m.kind = WorkMention::Kind::kPronoun;
      m.role = in.folded[k];
      ms_.push_back(std::move(m));
    }
  }
}

void DocumentResolver::finish() {
  // A demonym inside a coded role phrase is part of it, not a mention of its
  // own (demonyms looked up by sentence).
  std::vector<std::vector<size_t>> demonyms_in(doc_.sentences.size());
  for (size_t i = 0; i < ms_.size(); ++i)
    if (ms_[i].kind == WorkMention::Kind::kDemonym) demonyms_in[ms_[i].sentence].push_back(i);
  for (const auto& r : ms_) {
    if (r.kind != WorkMention::Kind::kRole || r.dropped || r.code.empty()) continue;
    for (size_t i : demonyms_in[r.sentence]) {
      WorkMention& m = ms_[i];
      if (m.first >= r.first && m.last <= r.last) m.dropped = true;
    }
  }
  if (!options_.role_mentions)
    for (auto& m : ms_)
      if (m.kind == WorkMention::Kind::kRole) m.dropped = true;

  genders_from_base();

  // Text order; links are remapped after sorting.
  std::vector<size_t> order(ms_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (ms_[a].sentence != ms_[b].sentence) return ms_[a].sentence < ms_[b].sentence;
    if (ms_[a].first != ms_[b].first) return ms_[a].first < ms_[b].first;
    return ms_[a].last > ms_[b].last;
  });
  std::vector<int> where(ms_.size());
  std::vector<WorkMention> sorted;
  sorted.reserve(ms_.size());
  for (size_t i = 0; i < order.size(); ++i) {
    where[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(ms_[order[i]]));
  }
  for (auto& m : sorted)
    if (m.link >= 0) m.link = where[m.link];
  build_entities(doc_, sorted, options_.coreference);
}

// A known person named by surname alone states no gender by its words; the
// given name of the base's full name does ("Obama" → Barack Obama, a man), so
// coreference keeps a "she" from him.
void DocumentResolver::genders_from_base() {
  for (WorkMention& m : ms_) {
    if (m.dropped || m.kind != WorkMention::Kind::kName || !m.person || m.entry < 0) continue;
    const Sentence& s = doc_.sentences[static_cast<size_t>(m.sentence)];
    const dict::Gender g =
        base_given_gender(m.entry, s.tokens[static_cast<size_t>(m.last - 1)].text);
    if (g == dict::Gender::kFemale) m.base_gender = 'f';
    if (g == dict::Gender::kMale) m.base_gender = 'm';
  }
}

dict::Gender DocumentResolver::base_given_gender(int entry, std::string_view written) const {
  const KbEntry& e = kb_.entries[static_cast<uint32_t>(entry)];
  if (e.kind != "person") return dict::Gender::kUnknown;
  for (const KbStr& name : e.names) {
    const std::string_view n = name.view();
    const size_t space = n.find(' ');
    if (space == std::string_view::npos) continue;
    // A family name written first ("Kim" of "Kim Jong Un") is no given name.
    if (n.substr(0, space) == written) break;
    return dict::given_name_gender(n.substr(0, space));
  }
  return dict::Gender::kUnknown;
}

}  // namespace eventwire::actors_internal::resolve

namespace eventwire::actors_internal {

void annotate_document(const Kb& kb, const EntityOptions& options, const AloneContext* alone,
                       Document& doc) {
  resolve::DocumentResolver(kb, options, alone, doc).run();
}

}  // namespace eventwire::actors_internal
