// EntityResolver: knowledge-base matching, date-aware codes, composition of
// role phrases, apposition, titles and metonymy (docs/actors.md). The
// coreference half is coref_resolver.cc.
#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_set>

#include "entities/actor_internal.h"
#include "eventwire/text.h"

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

void Kb::add_entry(KbEntry e) {
  const uint32_t index = static_cast<uint32_t>(entries.size());
  // Identity: entries of one kind sharing their first name are one referent
  // (a person's successive offices).
  uint32_t id = index;
  for (uint32_t i = 0; i < entries.size(); ++i)
    if (entries[i].kind == e.kind && entries[i].names.front() == e.names.front()) {
      id = identity[i];
      break;
    }
  identity.push_back(id);
  if (e.kind == "country" && e.code.size() == 3) country_codes.insert(e.code);
  auto add_name = [&](const std::string& written, Use use) {
    KbName n;
    for (const Token& t : tokenize(written)) {
      n.tokens.push_back(fold_token(t.text));
      n.upper.push_back(starts_upper(t.text));
      n.raw.push_back(t.text);
    }
    if (n.tokens.empty()) return;
    int letters = 0, uppers = 0;
    for (char c : written) {
      if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++uppers;
    }
    n.exact_case = uppers > 0 && letters <= 4 && uppers * 2 >= letters;
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
          ok = folded[i + k] == name.tokens[k] && (!name.upper[k] || starts_upper(text)) &&
               (!name.exact_case || text == name.raw[k]);
        }
        if (!ok) continue;
        // Among equal lengths, a name beats a capital beats a demonym.
        if (len > best.last - best.first || best.entries.empty()) {
          best = Hit{i, i + len, name.use, {name.entry}};
        } else if (name.use == best.use) {
          if (std::find(best.entries.begin(), best.entries.end(), name.entry) == best.entries.end())
            best.entries.push_back(name.entry);
        } else if (static_cast<int>(name.use) < static_cast<int>(best.use)) {
          best = Hit{i, i + len, name.use, {name.entry}};
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

std::string fingerprint_of(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
  char buf[17];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

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
    impl->versions.push_back({"actors", "eventwire-actors/1/" + name, fingerprint_of(text)});
    return Status::ok();
  };
  if (!options.no_builtin_actors)
    for (const auto& [name, text] : builtin_actor_kb())
      if (auto st = add_text(name, text); !st) return st;
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
        if ((inside || covers) && (!best || h.last - h.first > best->last - best->first)) best = &h;
      }
      if (best) {
        if (best->first > m.first) m.name_first = best->first;
        if (best->first < m.first) m.first = best->first;
        if (best->last > m.last) m.last = best->last;
        set_from_entry(m, best->entries, best->use);
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
      if (in.parsed) {
        const std::string& rel = s.tokens[head].deprel;
        if (rel == "compound" || rel == "amod" || rel == "flat") continue;
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
      if (in.parsed) {
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
                rel != "nmod:poss" && rel != "nmod:of" && !has_case(s, k, "of"))
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
      if (org) {
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
      const bool title = r.last == m.first && !r.definite && !r.indefinite;
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
      }
      if (title) {
        m.first = r.first;  // "Gaza leader Sinwar" is one mention
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
    if (!dominant.empty())
      for (WorkMention& m : ms)
        if (m.kind == WorkMention::Kind::kRole && !m.dropped && m.code.empty() && !m.role.empty() &&
            m.role.back() != '~' && m.link < 0) {
          m.code = dominant + m.role;
          m.rank = 1;
          m.how = "composition:article-country";
        }
    // Otherwise the role alone, as PETRARCH writes an agent of unknown
    // country: "police" → ---COP, "the government" → ---GOV.
    for (WorkMention& m : ms)
      if (m.kind == WorkMention::Kind::kRole && !m.dropped && m.code.empty() && !m.role.empty() &&
          m.role.back() != '~' && m.link < 0) {
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
