// EntityResolver: knowledge-base matching, date-aware codes, composition of
// role phrases, apposition, titles and metonymy (docs/actors.md). The
// coreference half is coref_resolver.cc.
#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_set>

#include "entities/actor_internal.h"
#include "eventwire/text.h"
#include "base/fingerprint.h"

namespace eventwire {
using namespace actors_internal;

namespace actors_internal {

std::string fold_token(std::string_view text) {
  std::string s = fold_punctuation(text);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

namespace {
bool starts_upper(std::string_view t) {
  return !t.empty() && (std::isupper(static_cast<unsigned char>(t[0])) ||
                        static_cast<unsigned char>(t[0]) >= 0x80);
}
std::vector<std::string> split_list(const std::string& v, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= v.size()) {
    size_t n = v.find(sep, pos);
    if (n == std::string::npos) n = v.size();
    std::string part = v.substr(pos, n - pos);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) out.push_back(part);
    pos = n + 1;
  }
  return out;
}
}  // namespace

uint64_t Kb::name_hash(std::string_view a, std::string_view b) {
  // FNV-1a over a, a separator, b
  return base::fnv1a(b, base::fnv1a_step(base::fnv1a(a, base::kFnv1aOffsetShort), 0x1f));
}

void Kb::finish() {
  for (auto* v : {&first_names, &surnames}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
}
uint64_t Kb::folded_hash(std::string_view word) {
  // ASCII without quotes or dashes folds by lower-casing alone.
  for (char c : word)
    if (static_cast<unsigned char>(c) >= 0x80) return name_hash(fold_token(word));
  uint64_t h = base::kFnv1aOffsetShort;  // as name_hash(lower-cased word)
  for (char c : word)
    h = base::fnv1a_step(h, static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c))));
  return base::fnv1a_step(h, 0x1f);
}

bool Kb::is_first_name(std::string_view w) const {
  return std::binary_search(first_names.begin(), first_names.end(), name_hash(w));
}
bool Kb::is_surname(std::string_view w) const {
  return std::binary_search(surnames.begin(), surnames.end(), name_hash(w));
}

void Kb::add_entry(KbEntry e) {
  const uint32_t index = static_cast<uint32_t>(entries.size());
  // Identity: entries of one kind sharing their first name are one referent
  // (a person's successive offices).
  const uint64_t key = name_hash(e.kind, e.names.front());
  uint32_t id = index;
  for (auto [it, end] = identity_of.equal_range(key); it != end; ++it)
    if (entries[it->second].kind == e.kind &&
        entries[it->second].names.front() == e.names.front()) {
      id = it->second;
      break;
    }
  if (id == index) identity_of.emplace(key, index);
  identity.push_back(id);
  // A later period of a referent written with the same names (every line of
  // a derived person) matches through the first line's names.
  if (id != index && e.kind != "role" && entries[id].names == e.names &&
      entries[id].attribute("demonym") == e.attribute("demonym") &&
      entries[id].attribute("capital") == e.attribute("capital")) {
    siblings[id].push_back(index);
    entries.push_back(std::move(e));
    return;
  }
  if (e.kind == "country" && e.code.size() == 3) country_codes.insert(e.code);
  auto add_name = [&](const std::string& written, Use use) {
    KbName n;
    // Words of ASCII letters only split at spaces exactly as the tokenizer
    // splits them; anything else goes through the tokenizer.
    bool plain = !written.empty();
    for (char c : written)
      plain = plain && (std::isalpha(static_cast<unsigned char>(c)) || c == ' ');
    std::vector<std::string> words;
    if (plain) {
      size_t pos = 0;
      while (pos < written.size()) {
        size_t end = written.find(' ', pos);
        if (end == std::string::npos) end = written.size();
        if (end > pos) words.push_back(written.substr(pos, end - pos));
        pos = end + 1;
      }
    } else {
      for (const Token& t : tokenize(written)) words.push_back(t.text);
    }
    if (words.empty()) return;
    int letters = 0, uppers = 0;
    for (char c : written) {
      if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++uppers;
    }
    n.exact_case = uppers > 0 && letters <= 4 && uppers * 2 >= letters;
    n.tokens.reserve(words.size());
    for (const std::string& w : words) {
      if (plain) {  // ASCII letters: folding is lower-casing
        std::string f = w;
        for (char& c : f) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        n.tokens.push_back(std::move(f));
      } else {
        n.tokens.push_back(fold_token(w));
      }
      if (starts_upper(w) && n.tokens.size() <= 64) n.upper |= uint64_t{1} << (n.tokens.size() - 1);
    }
    if (n.exact_case) n.raw = std::move(words);
    n.entry = index;
    n.use = use;
    by_first[n.tokens.front()].push_back(static_cast<uint32_t>(names.size()));
    names.push_back(std::move(n));
  };
  if (e.kind == "role") {
    for (const auto& n : e.names) {
      add_name(n, Use::kRole);
      if (n.size() > 2 && std::islower(static_cast<unsigned char>(n.back()))) {
        if (n.back() == 'y')
          add_name(n.substr(0, n.size() - 1) + "ies", Use::kRole);
        else if (n.back() == 's' || n.back() == 'h')
          add_name(n + "es", Use::kRole);
        else
          add_name(n + "s", Use::kRole);
      }
    }
  } else {
    if (e.kind == "person")
      for (const auto& n : e.names) {
        const size_t first_space = n.find(' '), last_space = n.rfind(' ');
        if (first_space == std::string::npos) continue;
        first_names.push_back(folded_hash(std::string_view(n).substr(0, first_space)));
        surnames.push_back(folded_hash(std::string_view(n).substr(last_space + 1)));
      }
    for (const auto& n : e.names) add_name(n, Use::kName);
    for (const auto& d : split_list(e.attribute("demonym"), ',')) add_name(d, Use::kDemonym);
    for (const auto& c : split_list(e.attribute("capital"), ',')) add_name(c, Use::kCapital);
  }
  entries.push_back(std::move(e));
}

std::vector<Hit> match_sentence(const Kb& kb, const Sentence& s,
                                const std::vector<std::string>& folded, bool roles) {
  std::vector<Hit> hits;
  const int n = static_cast<int>(folded.size());
  for (int i = 0; i < n;) {
    auto it = kb.by_first.find(folded[i]);
    Hit best;
    if (it != kb.by_first.end()) {
      for (uint32_t ni : it->second) {
        const KbName& name = kb.names[ni];
        if ((name.use == Use::kRole) != roles) continue;
        const int len = static_cast<int>(name.tokens.size());
        if (i + len > n || len < best.last - best.first) continue;
        bool ok = true;
        for (int k = 0; k < len && ok; ++k) {
          const std::string& text = s.tokens[i + k].text;
          ok = folded[i + k] == name.tokens[k] &&
               (k >= 64 || !((name.upper >> k) & 1) || starts_upper(text)) &&
               (!name.exact_case || text == name.raw[k]);
        }
        if (!ok) continue;
        // Among equal lengths, a name beats a capital beats a demonym.
        auto add_entries = [&](Hit& h) {
          if (std::find(h.entries.begin(), h.entries.end(), name.entry) != h.entries.end()) return;
          h.entries.push_back(name.entry);
          if (auto sib = kb.siblings.find(name.entry); sib != kb.siblings.end())
            h.entries.insert(h.entries.end(), sib->second.begin(), sib->second.end());
        };
        if (len > best.last - best.first || best.entries.empty() ||
            (name.use != best.use && static_cast<int>(name.use) < static_cast<int>(best.use))) {
          best = Hit{i, i + len, name.use, {}};
          add_entries(best);
        } else if (name.use == best.use) {
          add_entries(best);
        }
      }
    }
    if (!best.entries.empty()) {
      i = best.last;
      hits.push_back(std::move(best));
    } else {
      ++i;
    }
  }
  return hits;
}

int choose_entry(const Kb& kb, const std::vector<uint32_t>& entries, int32_t date, bool* past) {
  *past = false;
  int undated = -1, best_past = -1;
  int32_t best_gap = 0;
  for (uint32_t e : entries) {
    const KbEntry& k = kb.entries[e];
    if (!k.from && !k.to) {
      if (undated < 0) undated = static_cast<int>(e);
      continue;
    }
    // `to` is exclusive: on a handover day the successor holds the office.
    const bool applies =
        date == 0 ? !k.to : ((!k.from || k.from <= date) && (!k.to || date < k.to));
    if (applies) return static_cast<int>(e);
    const int32_t gap =
        date == 0 ? 99999999 - k.to : (k.to && k.to <= date ? date - k.to : k.from - date);
    if (best_past < 0 || gap < best_gap) best_past = static_cast<int>(e), best_gap = gap;
  }
  if (undated >= 0) return undated;
  *past = best_past >= 0;
  return best_past;
}

}  // namespace actors_internal

struct EntityResolver::Impl {
  Kb kb;
  std::vector<ComponentVersion> versions;
  EntityOptions options;
};

namespace {

std::string words_to_name(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// PETRARCH/TABARI dictionaries write names in capitals ("IRAN", "GOVERNMENT").
// Words of four letters or more are lowered so they match "Iran" and
// "government"; shorter all-capital words stay acronyms matched exactly
// ("US" must not match "us").
std::string dictionary_name(const std::vector<std::string>& words) {
  std::vector<std::string> lowered;
  for (const auto& w : words) {
    int letters = 0;
    for (char c : w) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
    std::string x = w;
    if (letters >= 4)
      for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    lowered.push_back(std::move(x));
  }
  return words_to_name(lowered);
}

int32_t dict_to(int32_t d) {
  return d ? d + 1 : 0;
}  // dictionary bounds are inclusive

}  // namespace

EntityResolver::EntityResolver(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EntityResolver::~EntityResolver() = default;
const std::vector<ComponentVersion>& EntityResolver::dictionaries() const {
  return impl_->versions;
}

namespace {
int32_t parse_article_date(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return 0;
  return std::atoi(std::string(d.substr(0, 4)).c_str()) * 10000 +
         std::atoi(std::string(d.substr(5, 2)).c_str()) * 100 +
         std::atoi(std::string(d.substr(8, 2)).c_str());
}
// The code a matched line gives: out of every dated office a person is an
// elite of the office's country (international officials keep their code).
std::string code_of(const KbEntry& k, bool past) {
  if (past && k.kind == "person" && k.code.size() >= 3 && k.code.rfind("IGO", 0) != 0 &&
      k.code.rfind("IMG", 0) != 0)
    return k.code.substr(0, 3) + "ELI";
  return k.code;
}
}  // namespace

std::vector<EntityResolver::KbReferent> EntityResolver::lookup(std::string_view name,
                                                               std::string_view date) const {
  const Kb& kb = impl_->kb;
  std::vector<std::string> folded;
  for (const Token& t : tokenize(name)) folded.push_back(fold_token(t.text));
  std::vector<KbReferent> out;
  if (folded.empty()) return out;
  std::vector<uint32_t> ids;
  if (auto it = kb.by_first.find(folded.front()); it != kb.by_first.end())
    for (uint32_t ni : it->second) {
      const KbName& n = kb.names[ni];
      if (n.tokens != folded) continue;
      const uint32_t id = kb.identity[n.entry];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  const int32_t day = parse_article_date(date);
  for (uint32_t id : ids) {
    KbReferent r;
    std::vector<uint32_t> members;
    for (uint32_t e = id; e < kb.entries.size(); ++e)
      if (kb.identity[e] == id) members.push_back(e);
    for (uint32_t e : members) r.entries.push_back(kb.entries[e]);
    const int chosen = choose_entry(kb, members, day, &r.past);
    if (chosen >= 0) {
      r.chosen = static_cast<int>(
          std::find(members.begin(), members.end(), static_cast<uint32_t>(chosen)) -
          members.begin());
      r.code = code_of(kb.entries[chosen], r.past);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<EntityResolver::KbCount> EntityResolver::counts() const {
  const Kb& kb = impl_->kb;
  std::vector<KbCount> out;
  std::unordered_map<std::string, size_t> at;
  for (uint32_t e = 0; e < kb.entries.size(); ++e) {
    const KbEntry& k = kb.entries[e];
    const std::string file = k.source.substr(0, k.source.rfind(':'));
    auto [it, fresh] = at.try_emplace(file + '\t' + k.kind, out.size());
    if (fresh) out.push_back({file, k.kind});
    KbCount& c = out[it->second];
    ++c.entries;
    if (kb.identity[e] == e) ++c.referents;
    if (k.from || k.to) ++c.dated;
  }
  for (const KbName& n : kb.names) {
    const KbEntry& k = kb.entries[n.entry];
    ++out[at[k.source.substr(0, k.source.rfind(':')) + '\t' + k.kind]].names;
  }
  return out;
}

Result<std::shared_ptr<const EntityResolver>> EntityResolver::create(const EntityOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  // User dictionaries first: on equal match length the first entry found wins.
  for (const auto& d : options.actors) {
    if (!d) continue;
    for (const auto& a : d->entries) {
      if (a.names.empty()) continue;
      std::vector<std::string> names;
      for (const auto& n : a.names) names.push_back(dictionary_name(n.words));
      for (const auto& c : a.codes) {
        if (c.code.empty() || c.code == "---" || c.code == "###") continue;
        KbEntry e;
        // TABARI actors do not say what they are: a bare country code is a
        // country (it composes with roles: "Israeli government" → ISRGOV), the
        // rest "org", which keeps them out of person aliasing.
        e.kind = c.code.size() == 3 ? "country" : "org";
        e.code = c.code;
        e.names = names;
        if (c.when == dict::ActorCode::When::kBefore) e.to = dict_to(c.to);
        if (c.when == dict::ActorCode::When::kAfter) e.from = c.from;
        if (c.when == dict::ActorCode::When::kBetween) e.from = c.from, e.to = dict_to(c.to);
        e.source = d->name + ":" + std::to_string(c.line ? c.line : a.line);
        impl->kb.add_entry(std::move(e));
      }
    }
    impl->versions.push_back({"actors", "tabari-actors/" + d->name, d->fingerprint});
  }
  for (const auto& d : options.agents) {
    if (!d) continue;
    for (const auto& a : d->entries) {
      if (a.code.empty() || a.words.empty()) continue;
      KbEntry e;
      e.kind = "role";
      e.code = a.prefix ? a.code + "~" : a.code;  // "NGO~": goes before the country
      e.names.push_back(dictionary_name(a.words));
      for (const auto& p : a.plurals) e.names.push_back(dictionary_name(p));
      e.source = d->name + ":" + std::to_string(a.line);
      impl->kb.add_entry(std::move(e));
    }
    impl->versions.push_back({"agents", "tabari-agents/" + d->name, d->fingerprint});
  }
  auto add_text = [&](const std::string& name, std::string_view text) -> Status {
    auto parsed = parse_actor_kb(text, name);
    if (!parsed) return parsed.status();
    for (auto& e : *parsed) impl->kb.add_entry(std::move(e));
    impl->versions.push_back({"actors", "eventwire-actors/1/" + name, base::fingerprint_hex(text)});
    return Status::ok();
  };
  if (!options.no_builtin_actors) {
    const auto builtin = builtin_actor_kb();
    size_t lines = 0;
    for (const auto& [name, text] : builtin) lines += std::count(text.begin(), text.end(), '\n');
    Kb& kb = impl->kb;
    kb.entries.reserve(kb.entries.size() + lines);
    kb.identity.reserve(kb.entries.size() + lines);
    kb.names.reserve(kb.names.size() + lines + lines / 2);
    kb.by_first.reserve(lines);
    kb.identity_of.reserve(lines);
    kb.first_names.reserve(lines);
    kb.surnames.reserve(lines);
    for (const auto& [name, text] : builtin)
      if (auto st = add_text(name, text); !st) return st;
  }
  for (const auto& path : options.kb_files) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) return Status::not_found("actor knowledge base \"" + path + "\" cannot be opened");
    std::string text;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    fclose(f);
    if (auto st = add_text(path, text); !st) return st;
  }
  impl->kb.finish();
  return std::shared_ptr<const EntityResolver>(new EntityResolver(std::move(impl)));
}

// ---- per-document resolution ----------------------------------------------

namespace {

const std::unordered_set<std::string>& stop_left() {
  static const std::unordered_set<std::string> s = {
      "senior",   "top",     "former",   "elite",    "chief",     "deputy",   "acting",
      "local",    "new",     "key",      "leading",  "prominent", "powerful", "regional",
      "national", "foreign", "military", "armed",    "security",  "its",      "their",
      "his",      "her",     "our",      "-",        "two",       "three",    "several",
      "many",     "some",    "few",      "hundreds", "thousands"};
  return s;
}
bool is_honorific(const std::string& f) {
  static const std::unordered_set<std::string> words = {
      "mr",         "mr.",      "mrs",       "mrs.",     "ms",     "ms.",    "dr",        "dr.",
      "sir",        "dame",     "gen",       "gen.",     "col",    "col.",   "lt",        "lt.",
      "sgt",        "sgt.",     "maj",       "maj.",     "capt",   "capt.",  "adm",       "adm.",
      "prof",       "prof.",    "rev",       "rev.",     "sheikh", "sheik",  "ayatollah", "imam",
      "lord",       "lady",     "prince",    "princess", "emir",   "sultan", "king",      "queen",
      "crown",      "pope",     "president", "senator",  "sen.",   "rep.",   "gov.",      "premier",
      "chancellor", "minister", "secretary"};
  return words.count(f) > 0;
}

bool is_determiner(const std::string& f) {
  return f == "the" || f == "a" || f == "an" || f == "this" || f == "that" || f == "these" ||
         f == "those";
}
bool is_pronoun_word(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "he",   "him",  "his",   "himself",    "she", "her", "hers",  "herself",
      "they", "them", "their", "themselves", "it",  "its", "itself"};
  return s.count(f) > 0;
}
// Singular role nouns that name a person ("commander"), not a body ("ministry").
bool is_person_noun(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "leader",      "chief",         "head",      "minister",   "president",    "premier",
      "king",        "queen",         "emir",      "sultan",     "general",      "commander",
      "officer",     "colonel",       "major",     "lieutenant", "sergeant",     "admiral",
      "envoy",       "diplomat",      "official",  "spokesman",  "spokeswoman",  "spokesperson",
      "judge",       "mayor",         "governor",  "ambassador", "consul",       "senator",
      "congressman", "congresswoman", "mp",        "lawmaker",   "legislator",   "deputy",
      "prince",      "chancellor",    "monarch",   "soldier",    "figure",       "prosecutor",
      "journalist",  "reporter",      "editor",    "activist",   "dissident",    "civilian",
      "resident",    "student",       "teacher",   "doctor",     "nurse",        "refugee",
      "migrant",     "militant",      "insurgent", "rebel",      "fighter",      "gunman",
      "policeman",   "businessman",   "executive", "statesman",  "guerrilla",    "jihadist",
      "terrorist",   "separatist",    "professor", "spy",        "smuggler",     "criminal",
      "pirate",      "farmer",        "worker",    "protester",  "demonstrator", "extremist",
      "radical",     "villager",      "citizen",   "medic",      "pilgrim",      "worshipper"};
  return s.count(f) > 0;
}
// A possessive apostrophe follows a word without a space ("Corps'").
bool attached_to_word(const Sentence& s, int k) {
  if (k <= 0 || s.tokens[k - 1].space_after) return false;
  const std::string& prev = s.tokens[k - 1].text;
  return !prev.empty() && std::isalpha(static_cast<unsigned char>(prev.back()));
}
bool has_parse(const Sentence& s) {
  return !s.tokens.empty() && s.tokens.front().head >= 0 && !s.tokens.front().deprel.empty();
}
// Whether token k has a "case" dependent spelled `word` ("of").
bool has_case(const Sentence& s, int k, std::string_view word) {
  for (const Token& t : s.tokens)
    if (t.head - 1 == k && t.deprel == "case" && fold_token(t.text) == word) return true;
  return false;
}

bool noun_like(const Token& t) {
  return t.upos.empty() || t.upos == "NOUN" || t.upos == "PROPN";
}

struct SentenceInfo {
  std::vector<std::string> folded;
  std::vector<Hit> names, roles;
  std::vector<int> name_at, role_at;  // token → hit index or -1
  bool parsed = false;
};

}  // namespace

void EntityResolver::annotate(Document& doc) const {
  const Kb& kb = impl_->kb;
  int32_t date = 0;
  {
    const std::string& d = doc.article.date;
    if (d.size() >= 10 && d[4] == '-' && d[7] == '-')
      date = std::atoi(d.substr(0, 4).c_str()) * 10000 + std::atoi(d.substr(5, 2).c_str()) * 100 +
             std::atoi(d.substr(8, 2).c_str());
  }
  std::vector<SentenceInfo> info(doc.sentences.size());
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    SentenceInfo& in = info[si];
    for (const Token& t : s.tokens) in.folded.push_back(fold_token(t.text));
    in.parsed = has_parse(s);
    in.names = match_sentence(kb, s, in.folded, false);
    in.roles = match_sentence(kb, s, in.folded, true);
    in.name_at.assign(s.tokens.size(), -1);
    in.role_at.assign(s.tokens.size(), -1);
    for (size_t h = 0; h < in.names.size(); ++h)
      for (int k = in.names[h].first; k < in.names[h].last; ++k)
        in.name_at[k] = static_cast<int>(h);
    for (size_t h = 0; h < in.roles.size(); ++h)
      for (int k = in.roles[h].first; k < in.roles[h].last; ++k)
        in.role_at[k] = static_cast<int>(h);
  }

  auto set_from_entry = [&](WorkMention& m, const std::vector<uint32_t>& entries, Use use) {
    bool past = false;
    const int e = choose_entry(kb, entries, date, &past);
    if (e < 0) return;
    const KbEntry& k = kb.entries[e];
    m.entry = e;
    m.code = k.code;
    // Out of every dated office a person is an elite of the office's country.
    if (past && k.kind == "person" && k.code.size() >= 3 && k.code.rfind("IGO", 0) != 0 &&
        k.code.rfind("IMG", 0) != 0)
      m.code = k.code.substr(0, 3) + "ELI";
    m.rank = past ? 2 : 5;
    m.how = std::string(past ? "dictionary-past:" : "dictionary:") + k.source;
    m.identity = "kb:" + std::to_string(kb.identity[e]);
    m.person = k.kind == "person" || (m.person && k.kind != "org" && k.kind != "country");
    if (use == Use::kName)
      m.type = k.kind == "person"    ? "PER"
               : k.kind == "org"     ? "ORG"
               : k.kind == "country" ? "GPE"
                                     : m.type;
    if (use == Use::kDemonym) {
      m.kind = WorkMention::Kind::kDemonym;
      m.identity = "demonym:" + std::to_string(kb.identity[e]);
      m.how = "dictionary-demonym:" + k.source;
    } else if (use == Use::kCapital) {
      m.identity = "capital:" + std::to_string(e);
      m.how = "capital:" + k.source;
      m.rank = 3;
    }
  };
  auto head_of = [&](const Sentence& s, int first, int last) {
    if (!has_parse(s)) return last - 1;
    for (int k = last - 1; k >= first; --k) {
      const int h = s.tokens[k].head - 1;
      if (h < first || h >= last) return k;
    }
    return last - 1;
  };

  auto place_like = [&](const Hit& h) {
    if (h.use == Use::kCapital || h.use == Use::kDemonym) return true;
    const std::string& kind = kb.entries[h.entries.front()].kind;
    return kind == "country" || kind == "place";
  };
  // A place name written as part of a person's name: after a capitalized
  // known first name ("Lisa Monaco") or before a capitalized known surname
  // ("Jordan Peterson"), neither of them part of another knowledge-base name.
  auto in_person_shape = [&](const Sentence& s, const SentenceInfo& in, const Hit& h) {
    // Function words are capitalized at the start of a sentence ("In Saudi
    // Arabia") and some are also names' first words somewhere in the base.
    static const std::unordered_set<std::string> function_words = {
        "in",      "on",    "at",        "to",      "of",        "for",     "from", "by",
        "with",    "as",    "and",       "but",     "or",        "nor",     "if",   "when",
        "while",   "after", "before",    "since",   "until",     "during",  "the",  "a",
        "an",      "this",  "that",      "these",   "those",     "his",     "her",  "their",
        "its",     "our",   "my",        "your",    "into",      "across",  "near", "inside",
        "outside", "about", "against",   "between", "under",     "over",    "than", "then",
        "so",      "yet",   "also",      "both",    "all",       "some",    "many", "most",
        "every",   "each",  "no",        "not",     "why",       "how",     "what", "where",
        "who",     "which", "meanwhile", "today",   "yesterday", "tomorrow"};
    auto plain_name_token = [&](int k) {
      return k >= 0 && k < static_cast<int>(s.tokens.size()) && in.name_at[k] < 0 &&
             in.role_at[k] < 0 && starts_upper(s.tokens[k].text) && !is_honorific(in.folded[k]) &&
             std::isalpha(static_cast<unsigned char>(s.tokens[k].text[0])) &&
             !function_words.count(in.folded[k]) && in.folded[k].size() > 2;
    };
    return (plain_name_token(h.first - 1) && kb.is_first_name(in.folded[h.first - 1])) ||
           (plain_name_token(h.last) && kb.is_surname(in.folded[h.last]));
  };

  std::vector<WorkMention> ms;
  std::vector<std::vector<char>> covered(doc.sentences.size());
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    covered[si].assign(doc.sentences[si].tokens.size(), 0);

  std::vector<std::vector<char>> per_at(doc.sentences.size());  // tokens of NER person names
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    per_at[si].assign(doc.sentences[si].tokens.size(), 0);
  for (const Entity& ent : doc.entities)
    if (ent.type == "PER")
      for (const Mention& mm : ent.mentions)
        if (mm.sentence >= 0 && mm.sentence < static_cast<int>(doc.sentences.size()))
          for (int k = std::max(0, mm.first_token);
               k < mm.last_token && k < static_cast<int>(per_at[mm.sentence].size()); ++k)
            per_at[mm.sentence][k] = 1;

  // 1. NER mentions, with their knowledge-base codes.
  for (const Entity& ent : doc.entities) {
    for (const Mention& mm : ent.mentions) {
      if (mm.sentence < 0 || mm.sentence >= static_cast<int>(doc.sentences.size())) continue;
      const SentenceInfo& in = info[mm.sentence];
      WorkMention m;
      m.sentence = mm.sentence;
      m.first = mm.first_token;
      m.last = mm.last_token;
      if (m.first < 0 || m.last > static_cast<int>(in.folded.size()) || m.first >= m.last) continue;
      m.type = ent.type;
      m.person = ent.type == "PER";
      // A title NER took into the name ("FBI Director James Comey") is left
      // to the role pass, which links it back as a title.
      if (m.person) {
        int name_from = -1;
        for (int k = m.first; k < m.last - 1; ++k)
          if (in.role_at[k] >= 0 && in.roles[in.role_at[k]].last < m.last && in.name_at[k] < 0)
            name_from = in.roles[in.role_at[k]].last;
        // "Minister of Education Stefania Giannini": the name is the last two words.
        if (name_from > m.first && name_from < m.last &&
            (in.folded[name_from] == "of" || in.folded[name_from] == "for"))
          name_from = std::max(name_from + 2, m.last - 2);
        if (name_from > m.first && name_from < m.last) {
          bool person_hit_covers = false;
          for (const Hit& h : in.names)
            if (h.first < name_from && h.last > name_from &&
                kb.entries[h.entries.front()].kind == "person")
              person_hit_covers = true;
          if (!person_hit_covers) m.first = name_from;
        }
      }
      // The longest knowledge-base match ending at the mention's end, or covering it.
      const Hit* best = nullptr;
      for (const Hit& h : in.names) {
        bool inside = h.first >= m.first && h.last == m.last;
        const bool covers = h.first <= m.first && h.last >= m.last;
        // "Joseph Bennett" is not Naftali Bennett, nor "Port Blair" Tony Blair:
        // a known person's name ending a longer name counts only after titles,
        // roles and other known names ("US President Donald Trump").
        if (inside && h.first > m.first && kb.entries[h.entries.front()].kind == "person")
          for (int k = m.first; k < h.first && inside; ++k)
            inside = in.role_at[k] >= 0 || in.name_at[k] >= 0 || is_honorific(in.folded[k]) ||
                     !starts_upper(doc.sentences[m.sentence].tokens[k].text) ||
                     in.folded[k] == "'s";
        // A person's name is never a country, place or city because one of
        // its tokens is one ("Lisa Monaco", "Jordan Peterson").
        if (m.person && place_like(h)) continue;
        // NER may type "Lisa Monaco" as a place: a capitalized known first
        // name right before the place inside the mention makes it a person.
        if (place_like(h) && h.first > m.first && h.first - 1 >= m.first &&
            in.name_at[h.first - 1] < 0 && in.role_at[h.first - 1] < 0 &&
            in.folded[h.first - 1].size() > 2 && !is_honorific(in.folded[h.first - 1]) &&
            kb.is_first_name(in.folded[h.first - 1]) &&
            starts_upper(doc.sentences[m.sentence].tokens[h.first - 1].text)) {
          m.person = true;
          m.type = "PER";
          continue;
        }
        if ((inside || covers) && (!best || h.last - h.first > best->last - best->first)) best = &h;
      }
      if (best) {
        if (best->first > m.first) m.name_first = best->first;
        if (best->first < m.first) m.first = best->first;
        if (best->last > m.last) m.last = best->last;
        set_from_entry(m, best->entries, best->use);
      }
      // A name the base does not know (not a person's), made of a country and
      // a role word: "Saudi Interior Ministry", "Indonesian Navy", "Italian
      // Supreme Court", "Slovak Soldiers" → the country + the role.
      // A country's possessive before the name counts too: "Chile's Ministry
      // of Mines"; it also overrides the country of a generic name the base
      // knows for another country ("Chile's Defense Department").
      std::string owner;
      if (m.first >= 2 && (in.folded[m.first - 1] == "'s" || in.folded[m.first - 1] == "'"))
        for (const Hit& h : in.names)
          if (h.last == m.first - 1) {
            bool past = false;
            const int e = choose_entry(kb, h.entries, date, &past);
            if (e >= 0 && h.use == Use::kName &&
                (kb.entries[e].kind == "country" || kb.entries[e].kind == "place"))
              owner = kb.entries[e].code.substr(0, 3);
          }
      if (!owner.empty() && m.entry >= 0 && kb.entries[m.entry].kind == "org" &&
          m.code.size() > 3 && kb.is_country(m.code.substr(0, 3)) && m.code.substr(0, 3) != owner) {
        m.code = owner + m.code.substr(3);
        m.rank = 3;
        m.how = "composition";
      }
      // A country name or demonym followed by a role word inside the mention
      // ("Slovak Soldiers"): the country + the role.
      if (m.code.size() == 3 && kb.is_country(m.code) && m.type != "PER")
        for (const Hit& h : in.roles)
          if (h.first >= m.first && h.last == m.last && (m.name_first < 0 || h.first > m.first)) {
            const KbEntry& r = kb.entries[h.entries.front()];
            if (r.code.empty() || r.code.back() == '~' || r.attribute("needs") == "actor") continue;
            bool after_country = false;
            for (const Hit& c : in.names)
              if (c.first >= m.first && c.last <= h.first) after_country = true;
            if (!after_country) continue;
            m.code += r.code == "ELI" ? "GOV" : r.code;
            m.rank = 3;
            m.how = "composition";
          }
      if (m.code.empty() && m.type != "PER") {
        std::string nation = owner, role;
        for (const Hit& h : in.names)
          if (h.first >= m.first && h.last <= m.last && nation.empty()) {
            bool past = false;
            const int e = choose_entry(kb, h.entries, date, &past);
            if (e >= 0 && (kb.entries[e].kind == "country" || kb.entries[e].kind == "place"))
              nation = kb.entries[e].code.substr(0, 3);
          }
        for (const Hit& h : in.roles)
          if (h.first >= m.first && h.last <= m.last) {
            const KbEntry& r = kb.entries[h.entries.front()];
            if (!r.code.empty() && r.code.back() != '~') role = r.code == "ELI" ? "GOV" : r.code;
          }
        if (!nation.empty() && !role.empty()) {
          m.code = nation + role;
          m.rank = 3;
          m.how = "composition";
        }
      }
      if (m.identity.empty()) {
        std::string key;
        for (int k = m.first; k < m.last; ++k) key += in.folded[k] + " ";
        m.identity = "text:" + key;
      }
      m.head = head_of(doc.sentences[m.sentence], m.first, m.last);
      if (m.type == "NORP" && m.kind == WorkMention::Kind::kName)
        m.kind = WorkMention::Kind::kDemonym;
      for (int k = m.first; k < m.last; ++k) covered[m.sentence][k] = 1;
      ms.push_back(std::move(m));
    }
  }

  // 2. Knowledge-base names NER missed; demonyms only when used as nouns ("Gazans").
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const SentenceInfo& in = info[si];
    for (const Hit& h : in.names) {
      bool overlap = false;
      for (int k = h.first; k < h.last; ++k) overlap = overlap || covered[si][k];
      if (overlap) continue;
      if (place_like(h) && in_person_shape(s, in, h)) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = h.first;
      m.last = h.last;
      m.head = head_of(s, h.first, h.last);
      if (h.use == Use::kDemonym) {
        const Token& t = s.tokens[m.head];
        const bool nominal =
            in.parsed
                ? (t.upos == "NOUN" || t.upos == "PROPN") && t.deprel != "amod"
                : (in.folded[m.head].back() == 's' &&
                   (m.head + 1 >= static_cast<int>(s.tokens.size()) || in.role_at[m.head + 1] < 0));
        if (!nominal) continue;
        m.plural = true;
      }
      set_from_entry(m, h.entries, h.use);
      if (m.entry < 0) continue;
      const std::string& kind = kb.entries[m.entry].kind;
      m.type = h.use == Use::kDemonym ? "NORP"
               : kind == "person"     ? "PER"
               : kind == "org"        ? "ORG"
               : kind == "country"    ? (h.use == Use::kCapital ? "GPE" : "GPE")
                                      : "LOC";
      for (int k = m.first; k < m.last; ++k) covered[si][k] = 1;
      ms.push_back(std::move(m));
    }
  }

  // 3. Role phrases ("a senior Iranian military commander", "Israeli troops").
  std::vector<WorkMention> roles;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const SentenceInfo& in = info[si];
    const int n = static_cast<int>(s.tokens.size());
    for (size_t ri = 0; ri < in.roles.size(); ++ri) {
      const Hit& rh = in.roles[ri];
      const int head = rh.last - 1;
      if (covered[si][head] || !noun_like(s.tokens[head])) continue;
      // Not the head when the next token is a role or name noun it modifies.
      // A role word right before a person's name is a title ("FBI Director
      // James Comey", "Sen. Patrick Leahy"), even where the parse makes it a
      // compound of the name.
      const bool before_person =
          head + 1 < n &&
          (per_at[si][head + 1] ||
           (in.name_at[head + 1] >= 0 &&
            kb.entries[in.names[in.name_at[head + 1]].entries.front()].kind == "person"));
      if (in.parsed && !before_person) {
        const std::string& rel = s.tokens[head].deprel;
        if (rel == "compound" || rel == "amod" || rel == "flat") continue;
      } else if (in.parsed) {
      } else if (head + 1 < n) {
        const std::string& next = s.tokens[head + 1].text;
        if (in.role_at[head + 1] >= 0) continue;
        if (in.name_at[head + 1] >= 0 || (covered[si][head + 1] && !per_at[si][head + 1])) {
          const Hit& nh = in.names[in.name_at[head + 1] >= 0 ? in.name_at[head + 1] : 0];
          const bool person_next =
              per_at[si][head + 1] ||
              (in.name_at[head + 1] >= 0 && kb.entries[nh.entries.front()].kind == "person");
          if (!person_next) continue;
        }
        // Role words that are mostly adjectives ("military resources").
        static const std::unordered_set<std::string> adjectival = {
            "military", "security",      "intelligence", "rebel",    "opposition",     "government",
            "police",   "militant",      "media",        "civilian", "elite",          "public",
            "press",    "business",      "youth",        "party",    "army",           "union",
            "court",    "parliamentary", "industry",     "student",  "health ministry"};
        if (adjectival.count(in.folded[head]) && !next.empty() &&
            std::islower(static_cast<unsigned char>(next[0])) &&
            std::isalpha(static_cast<unsigned char>(next[0])))
          continue;
      }
      int first = rh.first, last = rh.last;
      if (in.parsed && !before_person) {
        // Left dependents' subtrees and right "of"/possessive nmods.
        std::function<void(int)> extend = [&](int t) {
          for (int k = 0; k < n; ++k) {
            if (s.tokens[k].head - 1 != t) continue;
            const std::string& rel = s.tokens[k].deprel;
            if (rel == "punct" || rel == "appos" || rel == "acl:relcl" || rel == "acl" ||
                rel == "conj" || rel == "cc" || rel.rfind("nsubj", 0) == 0 || rel == "cop" ||
                rel == "parataxis" || rel == "advcl")
              continue;
            // The phrase's own preposition and right-hand modifiers other than
            // "of"/possessives belong to the clause: "(with) the commander (in Tehran)".
            if (t == head && (rel == "case" || rel == "mark")) continue;
            if (t == head && k > head && (rel == "nmod" || rel.rfind("nmod:", 0) == 0) &&
                rel != "nmod:poss" && rel != "nmod:of" && !has_case(s, k, "of") &&
                !(is_person_noun(in.folded[head]) && has_case(s, k, "for")))
              continue;
            if (k < first) first = k;
            if (k >= last) last = k + 1;
            extend(k);
          }
        };
        extend(head);
      } else {
        int k = first - 1;
        while (k >= 0 && first - k <= 6) {
          const std::string& f = in.folded[k];
          if (is_determiner(f)) {
            first = k;
            break;
          }
          const bool part = in.name_at[k] >= 0 || in.role_at[k] >= 0 || stop_left().count(f) ||
                            f == "'s" || (f == "'" && attached_to_word(s, k)) ||
                            starts_upper(s.tokens[k].text) ||
                            (f.size() > 6 && (f.ends_with("-based") || f.ends_with("-backed") ||
                                              f.ends_with("-led") || f.ends_with("-linked"))) ||
                            ((f == "based" || f == "backed" || f == "led" || f == "linked") &&
                             k > 0 && in.folded[k - 1] == "-") ||
                            (f == "-" && k > 0 && !s.tokens[k - 1].space_after);
          if (!part) break;
          first = k--;
        }
        // "… of Iran's Islamic Revolutionary Guards Corps' elite Quds Force"
        if (last + 1 < n && in.folded[last] == "of") {
          int j = last + 1, end = last;
          while (j < n && (in.name_at[j] >= 0 || is_determiner(in.folded[j]) ||
                           in.folded[j] == "'s" || in.folded[j] == "'" ||
                           stop_left().count(in.folded[j]) || starts_upper(s.tokens[j].text))) {
            if (in.name_at[j] >= 0 || starts_upper(s.tokens[j].text)) end = j + 1;
            ++j;
          }
          if (end > last) last = end;
        }
        // "leader in the Gaza Strip, …": a short prepositional phrase up to a comma.
        if (last < n &&
            (in.folded[last] == "in" || in.folded[last] == "of" || in.folded[last] == "for" ||
             in.folded[last] == "at" || in.folded[last] == "from" || in.folded[last] == "on")) {
          for (int j = last + 1; j < n && j <= last + 6; ++j)
            if (in.folded[j] == ",") {
              if (j + 1 < n && starts_upper(s.tokens[j + 1].text)) last = j;
              break;
            }
        }
      }
      // Cut at a comma or a pronoun possessive that starts a new phrase.
      for (int k = head + 1; k < last; ++k)
        if (in.folded[k] == "," || in.folded[k] == ";") {
          last = k;
          break;
        }
      for (int k = head - 1; k >= first; --k)
        if (in.folded[k] == "," || in.folded[k] == ";") {
          first = k + 1;
          break;
        }
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = first;
      m.last = last;
      m.head = head;
      m.kind = WorkMention::Kind::kRole;
      const KbEntry& role = kb.entries[rh.entries.front()];
      m.role = role.code;
      m.needs_actor = role.attribute("needs") == "actor";
      // A more specific modifier role beats a generic head ("military leader").
      for (int k = first; k < head; ++k) {
        const int r = in.role_at[k];
        if (r >= 0 && r != static_cast<int>(ri) && (m.role == "ELI" || m.role.empty()))
          m.role = kb.entries[in.roles[r].entries.front()].code;
      }
      const std::string& hf = in.folded[head];
      m.plural = s.tokens[head].feats.find("Number=Plur") != std::string::npos ||
                 (s.tokens[head].feats.empty() && hf.size() > 3 && hf.back() == 's' &&
                  hf[hf.size() - 2] != 's' && hf != "corps" && hf != "press" && hf != "news");
      m.definite =
          in.folded[first] == "the" || in.folded[first] == "this" || in.folded[first] == "that" ||
          (first < head && (in.folded[head - 1] == "'s" || in.folded[head - 1] == "'")) || [&] {
            for (int k = first; k < head; ++k)
              if (in.folded[k] == "'s" || (in.folded[k] == "'" && attached_to_word(s, k)))
                return true;
            return false;
          }();
      m.indefinite = in.folded[first] == "a" || in.folded[first] == "an";
      const bool pronoun_owner = in.folded[first] == "its" || in.folded[first] == "their" ||
                                 in.folded[first] == "his" || in.folded[first] == "her";
      // The actor: an organization in the phrase (the last one: "of … Quds Force"), else a country.
      const KbEntry* org = nullptr;
      const KbEntry* country = nullptr;
      for (const Hit& h : in.names) {
        if (h.first < first || h.last > last) continue;
        bool past = false;
        const int e = choose_entry(kb, h.entries, date, &past);
        if (e < 0) continue;
        const KbEntry& k = kb.entries[e];
        if (k.kind == "org" && h.use == Use::kName)
          org = &k;
        else if ((k.kind == "country" || k.kind == "place") && !country)
          country = &k;
      }
      if (!org && !country && !role.attribute("country").empty()) {
        // A title of one country's institutions ("Sen.", "Rep."): its country.
        m.code = role.attribute("country") + role.code;
      } else if (org) {
        m.code = org->code;
      } else if (country) {
        const std::string nation = country->code.substr(0, 3);
        if (!m.role.empty() && m.role.back() == '~')
          m.code = m.role.substr(0, m.role.size() - 1) + nation;
        else
          m.code = nation + (m.role == "ELI" ? "GOV" : m.role);
      }
      if (!m.code.empty()) {
        m.rank = 3;
        m.how = "composition";
      }
      m.type = m.plural ? "NORP" : is_person_noun(hf) ? "PER" : "ORG";
      if (pronoun_owner && m.code.empty()) continue;
      m.identity = "role:" + std::to_string(si) + ":" + std::to_string(head);
      roles.push_back(std::move(m));
    }
  }

  // 4. Titles and appositions tie a role phrase to a name; the name takes its
  //    code when the knowledge base has none for the date.
  const size_t name_count = ms.size();
  for (auto& r : roles) ms.push_back(std::move(r));
  for (size_t i = 0; i < name_count; ++i) {
    WorkMention& m = ms[i];
    if (m.kind != WorkMention::Kind::kName) continue;
    const Sentence& s = doc.sentences[m.sentence];
    const SentenceInfo& in = info[m.sentence];
    for (size_t j = name_count; j < ms.size(); ++j) {
      WorkMention& r = ms[j];
      if (r.sentence != m.sentence || r.dropped || r.plural) continue;
      // A title may carry a short prepositional tail naming a place or body
      // before the name: "Afghan Ambassador to the United States Hamdullah
      // Mohib" (the title keeps its own country: the first in the phrase).
      auto tail_to_name = [&] {
        if (r.last >= m.first || m.first - r.last > 6) return false;
        const std::string& p = in.folded[r.last];
        if (p != "to" && p != "at" && p != "in" && p != "for") return false;
        bool named = false;
        for (int k = r.last + 1; k < m.first; ++k) {
          if (in.name_at[k] >= 0)
            named = true;
          else if (!is_determiner(in.folded[k]))
            return false;
        }
        return named;
      };
      const bool title = (r.last == m.first || tail_to_name()) && !r.definite && !r.indefinite;
      bool appos = false;
      if (in.parsed) {
        appos = (s.tokens[r.head].deprel == "appos" && s.tokens[r.head].head - 1 == m.head) ||
                (s.tokens[m.head].deprel == "appos" && s.tokens[m.head].head - 1 == r.head);
      }
      appos = appos || (r.first == m.last + 1 && in.folded[m.last] == ",") ||
              (m.first == r.last + 1 && in.folded[r.last] == "," &&
               (r.last + 1 >= static_cast<int>(in.folded.size()) ||
                m.last >= static_cast<int>(in.folded.size()) || in.folded[m.last] == "," ||
                in.folded[m.last] == "."));
      if (!title && !appos) continue;
      if (m.name_first < 0) m.name_first = m.first;
      if (m.rank < 4 && !r.code.empty()) {
        m.code = r.code;
        m.rank = 4;
        m.how = title ? "title" : "apposition";
      } else if (r.code.empty() && m.rank == 2 && m.code.size() >= 3 && !r.role.empty() &&
                 r.role.back() != '~' && !r.needs_actor && kb.is_country(m.code.substr(0, 3))) {
        // A known person out of every dated office, described with a new
        // office: their country + that role ("Roberto Maroni, the president
        // of the Lombardy region" → ITAGOV).
        m.code = m.code.substr(0, 3) + (r.role == "ELI" ? "GOV" : r.role);
        m.rank = 3;
        m.how = title ? "title+dictionary-past" : "apposition+dictionary-past";
      } else if (r.code.empty() && m.code.empty() && !r.role.empty() && r.role.back() != '~' &&
                 !r.needs_actor && m.person) {
        m.title_role = std::string(title ? "T" : "A") + (r.role == "ELI" ? "GOV" : r.role);
      }
      if (title) {
        m.first = r.first;  // "Gaza leader Sinwar" is one mention
        // A person's title makes the name a person's, whatever NER typed it.
        if (r.type == "PER" && m.type != "PER" && m.kind == WorkMention::Kind::kName &&
            (m.entry < 0 || kb.entries[m.entry].kind == "person")) {
          m.type = "PER";
          m.person = true;
        }
        r.dropped = true;
      } else {
        r.link = static_cast<int>(i);
        r.definite = true;
      }
    }
  }

  // 5. Capitals act for their government as subjects ("Tehran provides support").
  for (size_t i = 0; i < name_count; ++i) {
    WorkMention& m = ms[i];
    if (m.identity.rfind("capital:", 0) != 0 || m.entry < 0) continue;
    const Sentence& s = doc.sentences[m.sentence];
    const SentenceInfo& in = info[m.sentence];
    bool acts;
    if (in.parsed) {
      const std::string& rel = s.tokens[m.head].deprel;
      acts = rel.rfind("nsubj", 0) == 0 || (rel == "nmod:poss" && s.tokens[m.head].head > 0 &&
                                            noun_like(s.tokens[s.tokens[m.head].head - 1]));
      // A city that is, remains or lies somewhere is the city, not its government.
      if (acts && rel.rfind("nsubj", 0) == 0 && s.tokens[m.head].head > 0) {
        static const std::unordered_set<std::string> stative = {
            "be",  "remain", "endure", "become", "stay", "lie",
            "sit", "host",   "fall",   "belong", "look", "seem"};
        const Token& verb = s.tokens[s.tokens[m.head].head - 1];
        if (stative.count(verb.lemma) || verb.upos == "ADJ" || verb.upos == "NOUN" ||
            verb.upos == "PROPN")
          acts = false;
      }
    } else {
      const bool after_prep =
          m.first > 0 && (in.folded[m.first - 1] == "in" || in.folded[m.first - 1] == "to" ||
                          in.folded[m.first - 1] == "from" || in.folded[m.first - 1] == "at" ||
                          in.folded[m.first - 1] == "of" || in.folded[m.first - 1] == "near");
      // The next word looks like a finite verb: "provides", "warned", "has".
      const std::string next =
          m.last < static_cast<int>(in.folded.size()) ? in.folded[m.last] : std::string();
      const bool lower =
          !next.empty() && std::islower(static_cast<unsigned char>(s.tokens[m.last].text[0]));
      const bool next_verbish =
          lower && next != "and" && next != "or" && next != "is" && next != "was" &&
          ((next.size() > 3 && (next.ends_with("s") || next.ends_with("ed"))) || next == "has" ||
           next == "have" || next == "had" || next == "said" || next == "says" || next == "sent");
      acts = !after_prep && next_verbish;
    }
    const KbEntry& k = kb.entries[m.entry];
    if (acts) {
      m.code = k.code.substr(0, 3) + "GOV";
      m.how = "metonymy:capital:" + k.source;
      m.rank = 4;
      m.identity = "kb:" + std::to_string(kb.identity[m.entry]);
    } else {
      m.code = k.code;
    }
  }

  // 5b. Role phrases with no country of their own ("protesters", "the
  //     police") belong to the article's country when one dominates: at least
  //     two country-coded mentions and more than half of them.
  {
    std::unordered_map<std::string, int> votes;
    int total = 0;
    for (const WorkMention& m : ms) {
      if (m.dropped || m.code.size() < 3 || m.kind == WorkMention::Kind::kPronoun) continue;
      const std::string nation = m.code.substr(0, 3);
      if (!kb.is_country(nation)) continue;
      ++votes[nation];
      ++total;
    }
    std::string dominant;
    for (const auto& [nation, count] : votes)
      if (count >= 2 && 2 * count > total) dominant = nation;
    // Not when another country is named in the same sentence or paragraph
    // (the closer country may be the one meant: "the crown prince" in a
    // Saudi paragraph of an American story), nor for a phrase with a
    // modifier placing it elsewhere ("Western diplomats", "foreign troops").
    // The country-coded mention nearest to x in its sentence (by tokens), else
    // in its paragraph (by sentences, earlier ones first on a tie): when it is
    // another country than the dominant one, that country is closer.
    // Country-coded mentions by sentence, so the search below looks only at
    // the sentences around x (linear in the article, even in one paragraph).
    std::vector<std::vector<const WorkMention*>> countries_in(doc.sentences.size());
    for (const WorkMention& o : ms)
      if (!o.dropped && o.code.size() >= 3 && o.kind != WorkMention::Kind::kPronoun &&
          kb.is_country(o.code.substr(0, 3)))
        countries_in[o.sentence].push_back(&o);
    auto other_country_near = [&](const WorkMention& x) {
      const int para = doc.sentences[x.sentence].paragraph;
      const int n = static_cast<int>(doc.sentences.size());
      const WorkMention* nearest = nullptr;
      long best = 0;
      // Sentences ever farther away, up to 20: the first distance with a
      // country gives the nearest one.
      for (int step = 0; step <= 20 && !nearest; ++step) {
        for (int s : {x.sentence - step, x.sentence + step}) {
          if (s < 0 || s >= n || (step > 0 && (para < 0 || doc.sentences[s].paragraph != para)))
            continue;
          for (const WorkMention* o : countries_in[s]) {
            if (o == &x) continue;
            long d;
            if (o->sentence == x.sentence)
              d = o->last <= x.first   ? x.first - o->last
                  : o->first >= x.last ? o->first - x.last
                                       : 0;
            else
              d = 1000L * std::abs(o->sentence - x.sentence) + (o->sentence > x.sentence ? 500 : 0);
            if (!nearest || d < best) nearest = o, best = d;
          }
          if (step == 0) break;
        }
      }
      return nearest && nearest->code.substr(0, 3) != dominant;
    };
    auto placed_elsewhere = [&](const WorkMention& x) {
      const Sentence& s = doc.sentences[x.sentence];
      const SentenceInfo& in = info[x.sentence];
      const int end = x.name_first >= 0 ? x.name_first : x.last;
      for (int k = x.first; k < end && k < static_cast<int>(s.tokens.size()); ++k) {
        const std::string& f = in.folded[k];
        if (f == "foreign" && !starts_upper(s.tokens[k].text)) return true;
        if (f == "international" || f == "overseas" || f == "western" || f == "eastern" ||
            f == "regional" || f == "global")
          if (!(k + 1 < end && starts_upper(s.tokens[k].text) &&
                starts_upper(s.tokens[k + 1].text)))
            return true;
        // A proper adjective that is no known demonym: "Arab", "Sunni".
        if (s.tokens[k].upos == "ADJ" && starts_upper(s.tokens[k].text) && in.name_at[k] < 0 &&
            k > 0 && !(k + 1 < end && starts_upper(s.tokens[k + 1].text)))
          return true;
      }
      return false;
    };
    if (!dominant.empty())
      for (WorkMention& m : ms) {
        if (m.dropped || !m.code.empty()) continue;
        const bool bare_role = m.kind == WorkMention::Kind::kRole && !m.role.empty() &&
                               m.role.back() != '~' && m.link < 0 && !m.needs_actor;
        const bool titled_name = m.kind == WorkMention::Kind::kName && !m.title_role.empty();
        if (!bare_role && !titled_name) continue;
        if (other_country_near(m) || placed_elsewhere(m)) continue;
        m.code = dominant + (bare_role ? m.role : m.title_role.substr(1));
        m.rank = 1;
        m.how = bare_role                ? "composition:article-country"
                : m.title_role[0] == 'T' ? "title:article-country"
                                         : "apposition:article-country";
      }
    // Otherwise the role alone, as PETRARCH writes an agent of unknown
    // country: "police" → ---COP, "the government" → ---GOV. Plain "people"
    // names no one in particular (Phoenix gives it no civilian code either).
    for (WorkMention& m : ms) {
      if (m.dropped || !m.code.empty() || m.kind != WorkMention::Kind::kRole || m.role.empty() ||
          m.role.back() == '~' || m.link >= 0 || m.needs_actor)
        continue;
      const std::string& head_word = info[m.sentence].folded[m.head];
      if (head_word == "people" || head_word == "person" || head_word == "persons") continue;
      m.code = "---" + m.role;
      m.rank = 1;
      m.how = "composition:no-country";
    }
  }

  // 6. Pronouns (linked or dropped by coreference).
  if (impl_->options.pronouns) {
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const SentenceInfo& in = info[si];
      for (int k = 0; k < static_cast<int>(in.folded.size()); ++k) {
        if (covered[si][k] || !is_pronoun_word(in.folded[k])) continue;
        WorkMention m;
        m.sentence = static_cast<int>(si);
        m.first = k;
        m.last = k + 1;
        m.head = k;
        m.kind = WorkMention::Kind::kPronoun;
        m.role = in.folded[k];
        ms.push_back(std::move(m));
      }
    }
  }

  // A demonym inside a coded role phrase is part of it, not a mention of its own.
  for (auto& r : ms) {
    if (r.kind != WorkMention::Kind::kRole || r.dropped || r.code.empty()) continue;
    for (auto& m : ms)
      if (m.kind == WorkMention::Kind::kDemonym && m.sentence == r.sentence && m.first >= r.first &&
          m.last <= r.last)
        m.dropped = true;
  }
  if (!impl_->options.role_mentions)
    for (auto& m : ms)
      if (m.kind == WorkMention::Kind::kRole) m.dropped = true;

  // Text order; links are remapped after sorting.
  std::vector<size_t> order(ms.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (ms[a].sentence != ms[b].sentence) return ms[a].sentence < ms[b].sentence;
    if (ms[a].first != ms[b].first) return ms[a].first < ms[b].first;
    return ms[a].last > ms[b].last;
  });
  std::vector<int> where(ms.size());
  std::vector<WorkMention> sorted;
  sorted.reserve(ms.size());
  for (size_t i = 0; i < order.size(); ++i) {
    where[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(ms[order[i]]));
  }
  for (auto& m : sorted)
    if (m.link >= 0) m.link = where[m.link];
  build_entities(doc, sorted, impl_->options.coreference);
  for (const auto& v : impl_->versions) doc.dictionaries.push_back(v);
}

}  // namespace eventwire
