// EntityResolver: knowledge-base matching, date-aware codes, composition of
// role phrases, apposition, titles and metonymy (docs/actors.md). The
// coreference half is coref_resolver.cc.
#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "base/fingerprint.h"
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

bool is_state_office(std::string_view role) {
  static constexpr std::string_view kOffices[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"};
  const std::string_view sector = role.substr(0, 3);
  for (std::string_view office : kOffices)
    if (sector == office) return true;
  return false;
}

namespace {
bool starts_upper_or_non_ascii(std::string_view t) {
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

void KbBuilder::finish() {
  for (auto* v : {&first_names, &surnames}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  org_names_by_last.clear();
  country_names_of.clear();
  for (uint32_t i = 0; i < names.size(); ++i) {
    const Name& n = names[i];
    if (n.use != Use::kName) continue;
    const eventwire::KbEntry& e = entries[n.entry];
    if (e.kind == "org") org_names_by_last[n.tokens.back()].push_back(i);
    if (e.kind == "country") country_names_of[e.code].push_back(i);
  }
  const bool any_alone =
      std::any_of(names.begin(), names.end(), [](const Name& n) { return n.alone; });
  if (any_alone && alone_marker < 0) {
    alone_marker = static_cast<int64_t>(entries.size());
    eventwire::KbEntry marker;
    marker.kind = "alone";
    identity.push_back(static_cast<uint32_t>(entries.size()));
    entries.push_back(std::move(marker));
  }
}
uint64_t Kb::folded_hash(std::string_view word) {
  // ASCII without quotes or dashes folds by lower-casing alone.
  for (char c : word)
    if (static_cast<unsigned char>(c) >= 0x80) return name_hash(fold_token(word));
  uint64_t h = base::kFnv1aOffsetShort;  // as name_hash(lower-cased word)
  for (char c : word)
    h = base::fnv1a_step(h,
                         static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c))));
  return base::fnv1a_step(h, 0x1f);
}

namespace {

// The Phoenix dictionaries code think tanks as elites ("Center for …
// Progress" USAELI); a body so coded that is named as a non-governmental
// body (roles.kb's heads) is one, as the same name unknown to the base.
void think_tank_as_ngo(eventwire::KbEntry& e) {
  if (e.kind != "org" || e.code.size() != 6 || !e.code.ends_with("ELI")) return;
  static const std::array<std::string_view, 8> heads = {"Institute",   "Institution", "Center",
                                                        "Centre",      "Foundation",  "Society",
                                                        "Association", "Council on"};
  for (const std::string& name : e.names)
    for (std::string_view h : heads)
      if (name.find(h) != std::string::npos) {
        e.code = e.code.substr(0, 3) + "NGO";
        return;
      }
}

}  // namespace

void KbBuilder::add_entry(eventwire::KbEntry e) {
  think_tank_as_ngo(e);
  const uint32_t index = static_cast<uint32_t>(entries.size());
  // Identity: entries of one kind sharing their first name are one referent
  // (a person's successive offices).
  const uint64_t key = Kb::name_hash(e.kind, e.names.front());
  uint32_t id = index;
  for (auto [it, end] = identity_of.equal_range(key); it != end; ++it)
    if (entries[it->second].kind == e.kind &&
        entries[it->second].names.front() == e.names.front()) {
      id = it->second;
      break;
    }
  if (id == index) identity_of.emplace(key, index);
  identity.push_back(id);
  if (e.kind == "person") lines_of[id].push_back(index);
  // A later period of a referent written with the same names (every line of
  // a derived person) matches through the first line's names.
  if (id != index && e.kind != "role" && entries[id].names == e.names &&
      entries[id].attribute("demonym") == e.attribute("demonym") &&
      entries[id].attribute("capital") == e.attribute("capital")) {
    siblings[id].push_back(index);
    entries.push_back(std::move(e));
    return;
  }
  // A region (regions.kb) composes like a country but never says which
  // country a story is about, nor lends a bare role its country.
  if (e.kind == "country" && e.code.size() == 3 && e.attribute("region").empty() &&
      country_code_set.insert(e.code).second)
    country_codes.push_back(e.code);
  // ASCII classes inline (the "C" locale's, without a call per character).
  auto is_alpha = [](char c) { return static_cast<unsigned>((c | 32) - 'a') < 26u; };
  auto is_upper = [](char c) { return static_cast<unsigned>(c - 'A') < 26u; };
  auto add_name = [&](const std::string& written, Use use) {
    Name n;
    // Words of ASCII letters only split at spaces exactly as the tokenizer
    // splits them; anything else goes through the tokenizer.
    bool plain = !written.empty();
    int letters = 0, uppers = 0;
    for (char c : written) {
      plain = plain && (is_alpha(c) || c == ' ');
      letters += is_alpha(c);
      uppers += is_upper(c);
    }
    n.exact_case = uppers > 0 && letters <= 4 && uppers * 2 >= letters;
    auto add_word = [&](std::string_view w, std::string folded) {
      n.tokens.push_back(std::move(folded));
      if (starts_upper_or_non_ascii(w) && n.tokens.size() <= 64)
        n.upper |= uint64_t{1} << (n.tokens.size() - 1);
      if (n.exact_case) n.raw.emplace_back(w);
    };
    if (plain) {  // ASCII letters: folding is lower-casing
      n.tokens.reserve(static_cast<size_t>(std::count(written.begin(), written.end(), ' ')) + 1);
      size_t pos = 0;
      while (pos < written.size()) {
        size_t end = written.find(' ', pos);
        if (end == std::string::npos) end = written.size();
        if (end > pos) {
          const std::string_view w = std::string_view(written).substr(pos, end - pos);
          std::string f(w);
          for (char& c : f) c = is_upper(c) ? static_cast<char>(c | 32) : c;
          add_word(w, std::move(f));
        }
        pos = end + 1;
      }
    } else {
      for (const Token& t : tokenize(written)) add_word(t.text, fold_token(t.text));
    }
    if (n.tokens.empty()) return;
    n.entry = index;
    n.use = use;
    by_first[n.tokens.front()].push_back(static_cast<uint32_t>(names.size()));
    names.push_back(std::move(n));
  };
  if (e.kind == "role") {
    // A body's own name has a singular head: "Phoenix Suns" is no newspaper.
    const bool body_head = e.attribute("needs") == "body";
    for (const auto& n : e.names) {
      add_name(n, Use::kRole);
      if (!body_head && n.size() > 2 && std::islower(static_cast<unsigned char>(n.back()))) {
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
        first_names.push_back(Kb::folded_hash(std::string_view(n).substr(0, first_space)));
        surnames.push_back(Kb::folded_hash(std::string_view(n).substr(last_space + 1)));
      }
    for (const auto& n : e.names) add_name(n, Use::kName);
    // A person's surname alone ("Sanders"): a name of every person carrying
    // the attribute, told apart by date (choose_entry).
    if (e.kind == "person")
      if (const std::string last = e.attribute("alone"); !last.empty()) {
        add_name(last, Use::kName);
        names.back().alone = true;
      }
    // A body's name written with "UN", "U.N." or "United Nations" (and "EU"
    // alike) is also written with the others: "United Nations High
    // Commissioner for Refugees" as well as "UN High Commissioner …". Not
    // the names of offices, which would cut a title from its holder ("U.S.
    // President Donald Trump"); not "US": many US offices are listed as bodies.
    if (e.kind == "org") {
      static const std::vector<std::vector<std::string_view>> forms = {
          {"UN ", "U.N. ", "United Nations "}, {"EU ", "E.U. ", "European Union "}};
      const size_t count = e.names.size();
      for (size_t i = 0; i < count; ++i) {
        const std::string& n = e.names[i];
        for (const auto& group : forms)
          for (std::string_view prefix : group) {
            if (n.size() <= prefix.size() + 2 || n.compare(0, prefix.size(), prefix) != 0) continue;
            const std::string rest = n.substr(prefix.size());
            const std::string last = fold_token(rest.substr(rest.rfind(' ') + 1));
            if (last == "president" || last == "secretary-general" || last == "chief" ||
                last == "envoy" || last == "ambassador" || last == "general" || last == "head")
              continue;
            for (std::string_view other : group) {
              std::string variant = std::string(other) + rest;
              if (other != prefix &&
                  std::find(e.names.begin(), e.names.end(), variant) == e.names.end())
                add_name(variant, Use::kName);
            }
          }
      }
    }
    for (const auto& d : split_list(e.attribute("demonym"), ',')) add_name(d, Use::kDemonym);
    for (const auto& c : split_list(e.attribute("capital"), ',')) add_name(c, Use::kCapital);
  }
  entries.push_back(std::move(e));
}

namespace {
// A surname alone at token i names a person: not part of a longer name (after
// a capitalized word that is no one-word title of the base, "Mute Swan", or
// before one), not a place ("in Ferguson", "after Hamburg, Germany", "Plessy
// v. Ferguson"), a proper noun where the sentence is parsed.
bool stands_alone(const Kb& kb, const Sentence& s, const std::vector<std::string>& folded, int i) {
  auto name_word = [](const std::string& t) {
    return !t.empty() && std::isupper(static_cast<unsigned char>(t[0])) && t.back() != '.';
  };
  const Token& t = s.tokens[i];
  // (A sentence's first word is often parsed as a common noun: "Sanders told …".)
  if (i > 0 && !t.upos.empty() && t.upos != "PROPN") return false;
  if (i > 0) {
    const std::string& before = s.tokens[i - 1].text;
    if (name_word(before)) {
      bool title = false;
      if (auto it = kb.by_first.find(folded[i - 1]); it != kb.by_first.end())
        for (uint32_t ni : it->second)
          title = title || (kb.names[ni].use == Use::kRole && kb.names[ni].tokens.size() == 1);
      if (!title) return false;
    }
    static const std::array<std::string_view, 10> kPlaces = {
        "in", "at", "from", "near", "to", "into", "outside", "v.", "vs.", "of"};
    if (std::find(kPlaces.begin(), kPlaces.end(), folded[i - 1]) != kPlaces.end()) return false;
  }
  const size_t next = static_cast<size_t>(i) + 1;
  if (next < s.tokens.size() && name_word(s.tokens[next].text)) return false;
  return !(next + 1 < s.tokens.size() && s.tokens[next].text == "," &&
           name_word(s.tokens[next + 1].text) && kb.by_first.count(folded[next + 1]));
}
}  // namespace

std::vector<Hit> match_sentence(const Kb& kb, const Sentence& s,
                                const std::vector<std::string>& folded, bool roles) {
  std::vector<Hit> hits;
  const int n = static_cast<int>(folded.size());
  for (int i = 0; i < n;) {
    auto it = kb.by_first.find(folded[i]);
    Hit best;
    bool best_alone = false;
    if (it != kb.by_first.end()) {
      for (uint32_t ni : it->second) {
        const KbName& name = kb.names[ni];
        if ((name.use == Use::kRole) != roles) continue;
        const int words = static_cast<int>(name.tokens.size());
        if (i + words > n) continue;
        bool ok = true;
        int at = i;  // the sentence token matched against name.tokens[k]
        for (int k = 0; k < words && ok; ++k, ++at) {
          // A two-word title with a possessive between its words is that
          // title: "the sheriff's deputies" is "sheriff deputies".
          if (roles && k > 0 && at < n && folded[at] == "'s" && name.tokens[k] != "'s") ++at;
          if (at >= n) {
            ok = false;
            break;
          }
          const std::string& text = s.tokens[at].text;
          // Many outlets write a party's generic last word in lower case
          // ("the Republican party", "the Five Star movement").
          const bool generic_end = k > 0 && k == words - 1 && name.use == Use::kName &&
                                   (name.tokens[k] == "party" || name.tokens[k] == "movement");
          ok = folded[at] == name.tokens[k] &&
               (k >= 64 || !((name.upper >> k) & 1) || generic_end ||
                starts_upper_or_non_ascii(text)) &&
               (!name.exact_case || text == name.raw[k]);
        }
        const int len = at - i;
        if (!ok || len < best.last - best.first || (name.alone && !stands_alone(kb, s, folded, i)))
          continue;
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
          best_alone = name.alone;
          add_entries(best);
        } else if (name.use == best.use) {
          // (A word that is also someone's name of its own, such as a head of
          // state's listed surname, is that name.)
          best_alone = best_alone && name.alone;
          add_entries(best);
        }
      }
    }
    if (!best.entries.empty()) {
      if (best_alone) best.entries.push_back(static_cast<uint32_t>(kb.alone_marker));
      i = best.last;
      hits.push_back(std::move(best));
    } else {
      ++i;
    }
  }
  return hits;
}

namespace {

std::string plain_name(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (w.empty() || w.back() == '.' || w.size() == 1) continue;
    if (!out.empty()) out += ' ';
    out += fold_token(w);
  }
  return out;
}

}  // namespace

AloneContext alone_context(const Document& doc) {
  AloneContext c;
  for (const Entity& e : doc.entities) {
    if (e.type != "PER") continue;
    for (const Mention& m : e.mentions) {
      if (m.sentence < 0 || m.sentence >= static_cast<int>(doc.sentences.size())) continue;
      const auto& toks = doc.sentences[m.sentence].tokens;
      std::vector<std::string> words;
      for (int k = std::max(0, m.first_token);
           k < m.last_token && k < static_cast<int>(toks.size()); ++k)
        words.push_back(toks[k].text);
      if (words.empty()) continue;
      for (const std::string& w : words) c.person_words.insert(fold_token(w));
      const std::string full = plain_name(words);
      if (full.find(' ') != std::string::npos)
        c.full_names[full.substr(full.rfind(' ') + 1)].push_back(full);
    }
  }
  return c;
}

namespace {
// Whether the article allows a surname alone to name `person` (always without
// an article: `actors lookup`).
bool article_allows(const KbEntry& person, const AloneContext* alone) {
  if (!alone) return true;
  const std::string last = fold_token(person.attribute("alone"));
  if (!alone->person_words.count(last)) return false;
  auto it = alone->full_names.find(last);
  if (it == alone->full_names.end()) return true;
  for (const std::string& full : it->second) {
    bool theirs = false;
    for (const KbStr& n : person.names) {
      std::vector<std::string> words;
      for (const Token& t : tokenize(n)) words.push_back(t.text);
      theirs = theirs || plain_name(words) == full;
    }
    if (!theirs) return false;  // "Sanders" after "Sarah Sanders"
  }
  return true;
}

// The dated line in office on `date` of the one referent among `entries`
// holding an office then; -1 when none or several do, or when the article
// names someone else so (article_allows).
int choose_alone(const Kb& kb, const std::vector<uint32_t>& entries, int32_t date,
                 const AloneContext* alone) {
  int found = -1;
  for (uint32_t e : entries) {
    const KbEntry& k = kb.entries[e];
    if (k.kind != "person" || (!k.from && !k.to)) continue;
    const bool applies =
        date == 0 ? !k.to : ((!k.from || k.from <= date) && (!k.to || date < k.to));
    if (!applies) continue;
    if (found < 0)
      found = static_cast<int>(e);
    else if (kb.identity[e] != kb.identity[static_cast<uint32_t>(found)])
      return -1;
  }
  return found >= 0 && article_allows(kb.entries[static_cast<uint32_t>(found)], alone) ? found : -1;
}
}  // namespace

int choose_entry(const Kb& kb, const std::vector<uint32_t>& entries, int32_t date,
                 const AloneContext* alone, bool* past) {
  *past = false;
  if (kb.alone_marker >= 0 && !entries.empty() &&
      entries.back() == static_cast<uint32_t>(kb.alone_marker))
    return choose_alone(kb, entries, date, alone);
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
  Kb kb;  // compiled from `builder`, or mapped from the cache
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
std::string code_of(const actors_internal::KbEntry& k, bool past) {
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
      if (!std::equal(n.tokens.begin(), n.tokens.end(), folded.begin(), folded.end())) continue;
      const uint32_t id = kb.identity[n.entry];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  const int32_t day = parse_article_date(date);
  for (uint32_t id : ids) {
    KbReferent r;
    std::vector<uint32_t> members;
    for (uint32_t e = id; e < kb.entries.size(); ++e)
      if (kb.identity[e] == id) members.push_back(e);
    for (uint32_t e : members) r.entries.push_back(kb.entries[e].to_entry());
    const int chosen = choose_entry(kb, members, day, nullptr, &r.past);
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
    const actors_internal::KbEntry& k = kb.entries[e];
    if (static_cast<int64_t>(e) == kb.alone_marker) continue;
    const std::string file = k.source.substr(0, k.source.rfind(':'));
    auto [it, fresh] = at.try_emplace(file + '\t' + k.kind, out.size());
    if (fresh) out.push_back({file, k.kind});
    KbCount& c = out[it->second];
    ++c.entries;
    if (kb.identity[e] == e) ++c.referents;
    if (k.from || k.to) ++c.dated;
  }
  for (const KbName& n : kb.names) {
    const actors_internal::KbEntry& k = kb.entries[n.entry];
    ++out[at[k.source.substr(0, k.source.rfind(':')) + '\t' + k.kind]].names;
  }
  return out;
}

Result<std::shared_ptr<const EntityResolver>> EntityResolver::create(const EntityOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  // The built-in files alone (the usual case) are mapped from the cache.
  const bool builtin_only =
      !options.no_builtin_actors && options.kb_files.empty() &&
      std::none_of(options.actors.begin(), options.actors.end(), [](const auto& d) { return d; }) &&
      std::none_of(options.agents.begin(), options.agents.end(), [](const auto& d) { return d; });
  if (builtin_only && load_cached_kb(impl->kb, impl->versions))
    return std::shared_ptr<const EntityResolver>(new EntityResolver(std::move(impl)));
  KbBuilder builder;
  // User dictionaries first: on equal match length the first entry found wins.
  for (const auto& d : options.actors) {
    if (!d) continue;
    for (const auto& a : d->entries) {
      if (a.names.empty()) continue;
      std::vector<std::string> names;
      for (const auto& n : a.names) names.push_back(dictionary_name(n.words));
      for (const auto& c : a.codes) {
        if (c.code.empty() || c.code == "---" || c.code == "###") continue;
        eventwire::KbEntry e;
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
        builder.add_entry(std::move(e));
      }
    }
    impl->versions.push_back({"actors", "tabari-actors/" + d->name, d->fingerprint});
  }
  for (const auto& d : options.agents) {
    if (!d) continue;
    for (const auto& a : d->entries) {
      if (a.code.empty() || a.words.empty()) continue;
      eventwire::KbEntry e;
      e.kind = "role";
      e.code = a.prefix ? a.code + "~" : a.code;  // "NGO~": goes before the country
      e.names.push_back(dictionary_name(a.words));
      for (const auto& p : a.plurals) e.names.push_back(dictionary_name(p));
      e.source = d->name + ":" + std::to_string(a.line);
      builder.add_entry(std::move(e));
    }
    impl->versions.push_back({"agents", "tabari-agents/" + d->name, d->fingerprint});
  }
  auto add_text = [&](const std::string& name, std::string_view text) -> Status {
    auto parsed = parse_actor_kb(text, name);
    if (!parsed) return parsed.status();
    for (auto& e : *parsed) builder.add_entry(std::move(e));
    impl->versions.push_back({"actors", "eventwire-actors/1/" + name, base::fingerprint_hex(text)});
    return Status::ok();
  };
  if (!options.no_builtin_actors) {
    const auto builtin = builtin_actor_kb();
    size_t lines = 0;
    for (const auto& [name, text] : builtin) lines += std::count(text.begin(), text.end(), '\n');
    KbBuilder& kb = builder;
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
  builder.finish();
  impl->kb.build(builder);
  if (builtin_only) save_cached_kb(impl->kb, impl->versions);
  return std::shared_ptr<const EntityResolver>(new EntityResolver(std::move(impl)));
}

void EntityResolver::annotate(Document& doc) const {
  if (impl_->kb.alone_marker >= 0) {
    const actors_internal::AloneContext context = actors_internal::alone_context(doc);
    annotate_document(impl_->kb, impl_->options, &context, doc);
  } else {
    annotate_document(impl_->kb, impl_->options, nullptr, doc);
  }
  for (const auto& v : impl_->versions) doc.dictionaries.push_back(v);
}

}  // namespace eventwire
