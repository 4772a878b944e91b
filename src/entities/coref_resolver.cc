// In-article coreference over the working mentions of actor_resolver.cc:
// knowledge-base identity, name aliases, appositions, definite descriptions
// and pronouns, then one Entity per cluster (docs/coref.md).
#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "dict/gender.h"
#include "entities/actor_internal.h"
#include "eventwire/text.h"

namespace eventwire::actors_internal {
namespace {

// Union-find over mentions. Each root also keeps its members in index order
// with two running summaries, so the questions the resolver asks of a
// cluster cost O(log size) instead of a scan of every mention (the scans
// made long articles cubic).
struct Clusters {
  std::vector<int> parent;
  std::vector<std::vector<int>> members;  // by root, ascending
  std::vector<std::vector<int>>
      best;  // by root: best[t] = best coded live member among members[0..t], or -1
  std::vector<char> has_person, has_per;  // by root: a live person; a live person or PER role
  std::vector<int> women, men;  // by root: live names and nouns whose words state that gender
  std::vector<int> she, he;     // by root: live pronouns of that gender
  explicit Clusters(size_t n)
      : parent(n),
        members(n),
        best(n),
        has_person(n, 0),
        has_per(n, 0),
        women(n, 0),
        men(n, 0),
        she(n, 0),
        he(n, 0) {
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < n; ++i) members[i] = {static_cast<int>(i)}, best[i] = {-1};
  }
  int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  // Returns the first position of the root's member list that changed.
  size_t join(int a, int b) {
    a = find(a), b = find(b);
    if (a == b) return members[a].size();
    const int r = std::min(a, b), o = std::max(a, b);
    parent[o] = r;  // the earliest mention is the root
    std::vector<int>& into = members[r];
    std::vector<int>& from = members[o];
    size_t changed = 0;
    if (into.back() < from.front()) {
      changed = into.size();
      into.insert(into.end(), from.begin(), from.end());
    } else {
      std::vector<int> merged;
      merged.reserve(into.size() + from.size());
      std::merge(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(merged));
      into.swap(merged);
    }
    std::vector<int>().swap(from);
    std::vector<int>().swap(best[o]);
    return changed;
  }
};

// A generational suffix after a surname ("Jr.", ", III").
bool is_name_suffix(std::string_view t) {
  return t == "Jr." || t == "Jr" || t == "Sr." || t == "Sr" || t == "II" || t == "III" || t == "IV";
}

// A middle initial: "E." or "E" (one capital letter).
bool is_initial(std::string_view t) {
  const bool letter = !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
  return letter && (t.size() == 1 || (t.size() == 2 && t[1] == '.'));
}

// The surname: the last word, before a generational suffix ("William
// Pascrell Jr." is "Pascrell"), folded: "O’Neill" and "O'Neill" are one name.
std::string last_word(const Document& doc, const WorkMention& m) {
  const auto& toks = doc.sentences[m.sentence].tokens;
  const int start = m.name_first >= 0 ? m.name_first : m.first;
  int k = m.last - 1;
  if (k - 1 > start && is_name_suffix(toks[k].text)) {
    --k;
    if (k - 1 > start && toks[k].text == ",") --k;
  }
  return fold_token(toks[k].text);
}

bool is_subject(const Document& doc, const WorkMention& m) {
  const Token& t = doc.sentences[m.sentence].tokens[m.head];
  return t.deprel.rfind("nsubj", 0) == 0;
}

// Grammatical weight of a mention, after Lappin and Leass (1994): subjects
// over objects over obliques, and a bonus when the mention is not embedded in
// another noun phrase.
double role_weight(const Document& doc, const WorkMention& m) {
  const Token& t = doc.sentences[m.sentence].tokens[m.head];
  const std::string& rel = t.deprel;
  double w = 0;
  if (rel.rfind("nsubj", 0) == 0)
    w = 80;
  else if (rel == "obj")
    w = 50;
  else if (rel == "iobj" || rel.rfind("obl", 0) == 0)
    w = 40;
  if (rel != "nmod" && rel.rfind("nmod:", 0) != 0 && rel != "compound" && rel != "flat" &&
      rel != "amod")
    w += 80;
  return w;
}

// The subject mention of the nearest clause above token `k` that has one
// (Hobbs-style: the local subject is the likeliest antecedent of "its").
int local_subject(const Document& doc, const std::vector<WorkMention>& ms, int sentence, int k) {
  const Sentence& s = doc.sentences[sentence];
  for (int steps = 0, t = s.tokens[k].head - 1; t >= 0 && steps < 8;
       t = s.tokens[t].head - 1, ++steps) {
    if (s.tokens[t].upos != "VERB" && s.tokens[t].upos != "AUX") continue;
    for (size_t j = 0; j < ms.size(); ++j)
      if (ms[j].sentence == sentence && s.tokens[ms[j].head].head - 1 == t &&
          s.tokens[ms[j].head].deprel.rfind("nsubj", 0) == 0)
        return static_cast<int>(j);
  }
  return -1;
}

bool quote_token(const Token& t) {
  return t.xpos == "``" || t.xpos == "''" || t.text == "\"" || t.text == "\u201c" ||
         t.text == "\u201d";
}

// Whether each sentence opens inside quoted words: quotation marks counted
// from the start of its paragraph (a quote left open at a paragraph's end is
// opened again by the next paragraph's first mark).
std::vector<char> quoted_at_start(const Document& doc) {
  std::vector<char> out(doc.sentences.size(), 0);
  bool open = false;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (i == 0 || s.paragraph != doc.sentences[i - 1].paragraph) open = false;
    out[i] = open;
    for (const Token& t : s.tokens) open ^= quote_token(t);
  }
  return out;
}

// Sentences back (the description's own included) within which a definite
// description of a person joins the only compatible person that does not
// hold its role by title or apposition.
constexpr int kRoleWindow = 2;

// Sentences back a gendered pronoun looks for an antecedent of its gender
// when none nearer is compatible.
constexpr int kGenderedReach = 6;

// The state of one build_entities() call: the clusters, which mentions are
// live (will be output), and the name indexes, with one member function per
// step: linking names, roles and pronouns to antecedents, then emitting one
// Entity per cluster.
class EntityBuilder {
 public:
  EntityBuilder(Document& doc, std::vector<WorkMention>& ms, bool coreference)
      : doc_(doc),
        ms_(ms),
        coreference_(coreference),
        n_(static_cast<int>(ms.size())),
        cl_(ms.size()),
        live_(ms.size(), 0),
        quoted_at_start_(quoted_at_start(doc)) {
    gender_.reserve(ms_.size());
    for (const WorkMention& m : ms_) gender_.push_back(stated_gender(m));
    for (const WorkMention& m : ms_)
      if (!m.dropped && m.person && m.kind == K::kName && name_length(m) >= 2)
        full_named_.insert(m.identity);
    find_contested_surnames();
  }

  void run() {
    for (int i = 0; i < n_; ++i) {
      const WorkMention& m = ms_[i];
      if (m.dropped) continue;
      if (m.kind == K::kName || m.kind == K::kDemonym)
        link_name(i);
      else if (m.kind == K::kRole)
        link_role(i);
      else if (coreference_)
        link_pronoun(i);
    }
    emit_entities();
  }

 private:
  using K = WorkMention::Kind;

  // The summaries of root `r`, recomputed from its members (liveness of a
  // member is final once the loop has passed it, so this runs after each
  // join and after a member of a larger cluster turns live).
  void refresh(int r, size_t from) {
    const std::vector<int>& mem = cl_.members[r];
    std::vector<int>& best = cl_.best[r];
    best.resize(mem.size());
    int top = from > 0 ? best[from - 1] : -1;
    bool person = from > 0 && cl_.has_person[r], per = from > 0 && cl_.has_per[r];
    if (from == 0) cl_.women[r] = cl_.men[r] = cl_.she[r] = cl_.he[r] = 0;
    for (size_t t = from; t < mem.size(); ++t) {
      const int k = mem[t];
      if (k < n_ && live_[k]) {
        const bool pronoun = ms_[k].kind == K::kPronoun;
        (pronoun ? cl_.she : cl_.women)[r] += gender_[k] == dict::Gender::kFemale;
        (pronoun ? cl_.he : cl_.men)[r] += gender_[k] == dict::Gender::kMale;
        if (!ms_[k].code.empty() && (top < 0 || ms_[k].rank > ms_[top].rank)) top = k;
        person = person || ms_[k].person;
        per = per || ms_[k].person || (ms_[k].kind == K::kRole && ms_[k].type == "PER");
      }
      best[t] = top;
    }
    cl_.has_person[r] = person, cl_.has_per[r] = per;
  }
  void join(int a, int b) {
    const size_t changed = cl_.join(a, b);
    refresh(cl_.find(a), changed);
  }
  void make_live(int i) {
    live_[i] = 1;
    refresh(cl_.find(i), 0);  // (a singleton but for links to later mentions)
  }
  // Best code among the live members of i's cluster up to i (ties: the earliest).
  std::string cluster_code(int i) {
    const int r = cl_.find(i);
    const std::vector<int>& mem = cl_.members[r];
    const size_t t = static_cast<size_t>(std::upper_bound(mem.begin(), mem.end(), i) - mem.begin());
    if (t == 0) return std::string();
    const int k = cl_.best[r][t - 1];
    return k < 0 ? std::string() : ms_[k].code;
  }

  // A name or demonym: live; joined to an earlier mention of the same identity,
  // or (a person's name) to an alias by last name.
  void link_name(int i) {
    const WorkMention& m = ms_[i];
    make_live(i);
    if (!coreference_) return;
    if (surname_of_the_article(i)) return;
    std::string key = m.identity;
    auto it = by_identity_.find(key);
    // "Mrs. Quill" is not the "Mr. Quill" of the same words: each has a key.
    if (it != by_identity_.end() && m.person && gender_conflict(i, it->second)) {
      key += gender_[i] == dict::Gender::kFemale ? "|f" : "|m";
      it = by_identity_.find(key);
    }
    if (it != by_identity_.end()) {
      join(i, it->second);
    } else if (m.person && m.kind == K::kName) {
      auto s = by_surname_.find(last_word(doc_, m));
      if (s != by_surname_.end()) {
        // A full name the base does not know is not the person the base knows
        // by that surname alone ("Sarah Sanders" after "Sanders"): it names
        // that surname from now on.
        if (name_length(m) >= 2 && m.identity.rfind("kb:", 0) != 0 && lone_surname(s->second))
          s->second = i;
        else if (same_person_names(i, s->second) && !gender_conflict(i, s->second))
          join(i, s->second);
      } else if (m.last - m.first == 1) {
        // (Keys are unique: a lookup, not a scan of every surname.)
        auto same = by_surname_.find(fold_token(doc_.sentences[m.sentence].tokens[m.first].text));
        if (same != by_surname_.end() && same_person_names(i, same->second) &&
            !gender_conflict(i, same->second))
          join(i, same->second);
      }
    }
    if (coreference_ && !m.person && m.kind == K::kName) link_body_head(i);
    by_identity_.emplace(key, i);
    if (m.person) {
      // The fullest name of the person stands for them from now on: "Ivanka
      // Trump" does not join a headline's "Trump" once "Donald Trump" named him.
      auto [at, added] = by_surname_.emplace(last_word(doc_, m), i);
      if (!added && cl_.find(at->second) == cl_.find(i) &&
          name_length(m) > name_length(ms_[at->second]))
        at->second = i;
    }
  }
  // The words of a person's name; `without_nickname`: its shorter form
  // without a quoted nickname, initials or suffix (empty when it has none).
  // A quoted nickname is a word of the name ("Robert C. "Bobby" Scott" ends
  // with "Bobby Scott"), or left out with the initials ("Robert Scott").
  std::vector<std::string> name_words(const WorkMention& x, bool without_nickname) const {
    std::vector<std::string> w;
    const auto& toks = doc_.sentences[x.sentence].tokens;
    bool in_quotes = false, short_form = false;
    const int start = x.name_first >= 0 ? x.name_first : x.first;
    for (int k = start; k < x.last; ++k) {
      const std::string& t = toks[k].text;
      const std::string f = fold_punctuation(t);
      if (f == "\"" || f == "``" || f == "''") {
        in_quotes = !in_quotes;
        short_form = true;
        continue;
      }
      if (is_name_suffix(t) || t == ",") {
        short_form = short_form || is_name_suffix(t);  // (a form without it too)
        if (without_nickname) continue;
      }
      if (without_nickname &&
          (in_quotes || t.size() == 1 || (t.size() == 2 && t[1] == '.') || t == ".")) {
        // A middle initial: "Loretta E. Lynch" is also "Loretta Lynch".
        short_form = short_form || (is_initial(t) && k + 1 < x.last);
        continue;
      }
      w.push_back(fold_token(t));  // "De Blasio" is "Bill de Blasio"
    }
    // (Only a name with a nickname, initials or a suffix has a shorter form.)
    if (without_nickname && !short_form) w.clear();
    return w;
  }

  // The initials of a name in order: "John A. Reed" and "John B. Reed" are two.
  std::string name_initials(const WorkMention& x) const {
    std::string letters;
    const auto& toks = doc_.sentences[x.sentence].tokens;
    for (int k = x.name_first >= 0 ? x.name_first : x.first; k < x.last; ++k)
      if (is_initial(toks[k].text)) letters += toks[k].text[0];
    return letters;
  }

  // Alias: "Sinwar" after "Yahya Sinwar" (or before it). Two different known
  // people may share a last name (Omar and Mohammed al-Bashir). "Sinwar" and
  // "Yahya Sinwar" are one person; "Joseph Bennett" and "Naftali Bennett" are
  // two: one name must end the other.
  bool same_person_names(int i, int j) const {
    const WorkMention& m = ms_[i];
    if (m.identity.rfind("kb:", 0) == 0 && ms_[j].identity.rfind("kb:", 0) == 0 &&
        ms_[j].identity != m.identity)
      return false;
    const std::string ia = name_initials(m), ib = name_initials(ms_[j]);
    if (!ia.empty() && !ib.empty() && ia != ib) return false;
    for (const bool drop_a : {false, true})
      for (const bool drop_b : {false, true}) {
        const auto a = name_words(m, drop_a), b = name_words(ms_[j], drop_b);
        if (a.empty() || b.empty()) continue;
        const auto& shorter = a.size() <= b.size() ? a : b;
        const auto& longer = a.size() <= b.size() ? b : a;
        if (std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin())) return true;
      }
    return false;
  }

  // A body named again by the last word of its name alone, capitalized ("the
  // Council" after "the Security Council", "the Guard" after "the National
  // Guard"): the nearest earlier body so named, when the word is no name of
  // its own in the base.
  void link_body_head(int i) {
    const WorkMention& m = ms_[i];
    const auto& toks = doc_.sentences[m.sentence].tokens;
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    const std::string& last = toks[m.last - 1].text;
    if (m.last - start == 1) {
      if (m.identity.rfind("kb:", 0) == 0 || !m.code.empty() || last.empty() ||
          !std::isupper(static_cast<unsigned char>(last[0])))
        return;
      auto at = by_body_head_.find(last);
      if (at != by_body_head_.end()) join(i, at->second);
      return;
    }
    if (m.type == "ORG" || m.identity.rfind("kb:", 0) == 0) by_body_head_[last] = i;
  }

  // A person the base knows, named here by one word (a surname alone) — not
  // a person of the hand-written base, whose surname stays theirs
  // ("Trump" after "Ivanka Trump").
  bool lone_surname(int i) const {
    const WorkMention& x = ms_[i];
    return x.person && x.kind == K::kName && name_length(x) == 1 &&
           x.identity.rfind("kb:", 0) == 0 && x.how.find(":people.kb:") == std::string::npos;
  }

  // Surnames alone the base gives to a person that the article also writes
  // after a capitalized word that is not that person's name ("Prescott
  // Carlson", a given name the tagger missed, when the base knows another
  // Carlson): the article's person, not the base's.
  void find_contested_surnames() {
    std::unordered_map<std::string, std::string> lone;  // word → identity
    for (int i = 0; i < n_; ++i)
      if (!ms_[i].dropped && lone_surname(i))
        lone.emplace(doc_.sentences[ms_[i].sentence].tokens[ms_[i].first].text, ms_[i].identity);
    if (lone.empty()) return;
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const auto& toks = doc_.sentences[si].tokens;
      for (size_t k = 1; k < toks.size(); ++k) {
        auto w = lone.find(toks[k].text);
        const std::string& before = toks[k - 1].text;
        if (w == lone.end() || before.empty() || before.back() == '.' ||
            !std::isupper(static_cast<unsigned char>(before[0])))
          continue;
        bool same = false;  // "Bernie Sanders" (or "Senator Sanders", one mention) is fine
        for (const WorkMention& x : ms_)
          same = same || (x.sentence == static_cast<int>(si) && x.first < static_cast<int>(k) &&
                          x.last > static_cast<int>(k) && x.identity == w->second);
        if (!same) contested_.insert(w->first);
      }
    }
  }

  // A surname alone the base gives to a person the article does not name in
  // full is the article's own person named in full earlier with that surname
  // ("Sanders" after "Sarah Sanders", a baker): it takes no code from the base.
  bool surname_of_the_article(int i) {
    if (!lone_surname(i) || full_named_.count(ms_[i].identity)) return false;
    if (contested_.count(doc_.sentences[ms_[i].sentence].tokens[ms_[i].first].text)) {
      WorkMention& m = ms_[i];
      m.code.clear();
      m.how.clear();
      m.rank = 0;
      m.entry = -1;
      m.identity = "surname:" + doc_.sentences[m.sentence].tokens[m.first].text;
      refresh(cl_.find(i), 0);
    }
    auto s = by_surname_.find(last_word(doc_, ms_[i]));
    if (s == by_surname_.end()) return false;
    const WorkMention& y = ms_[s->second];
    if (name_length(y) < 2 || y.identity == ms_[i].identity || gender_conflict(i, s->second))
      return false;
    WorkMention& m = ms_[i];
    m.code.clear();
    m.how.clear();
    m.rank = 0;
    m.entry = -1;
    m.identity = y.identity;
    join(i, s->second);
    by_identity_.emplace(m.identity, i);
    return true;
  }

  static int name_length(const WorkMention& x) {
    return x.last - (x.name_first >= 0 ? x.name_first : x.first);
  }

  // The words of a description that say which role it is: its head and a
  // noun compounded right before it ("attorney general"), folded; an
  // abbreviated title is its full word ("Gov." is "governor").
  std::vector<std::string> role_words(const WorkMention& r) const {
    const auto& toks = doc_.sentences[r.sentence].tokens;
    std::vector<std::string> w{title_word(toks[r.head].text)};
    if (r.head > r.first && toks[r.head - 1].deprel == "compound" &&
        !std::isupper(static_cast<unsigned char>(toks[r.head - 1].text[0])))
      w.push_back(title_word(toks[r.head - 1].text));
    return w;
  }
  static std::string title_word(std::string_view t) {
    std::string f = fold_token(t);
    if (!f.empty() && f.back() == '.') f.pop_back();
    static const std::unordered_map<std::string, std::string> abbreviations = {
        {"gov", "governor"},
        {"govs", "governor"},
        {"sen", "senator"},
        {"sens", "senator"},
        {"rep", "representative"},
        {"reps", "representative"},
        {"gen", "general"},
        {"atty", "attorney"},
        {"sec", "secretary"},
        {"pres", "president"},
        {"lt", "lieutenant"},
        {"col", "colonel"},
        {"governors", "governor"},
        {"senators", "senator"},
        {"presidents", "president"},
        {"justice", "judge"},
        {"congressman", "representative"},
        {"congresswoman", "representative"}};
    auto it = abbreviations.find(f);
    return it == abbreviations.end() ? f : it->second;
  }
  // A word that makes a title another office than its head's.
  static bool subordinate(std::string_view t) {
    const std::string f = title_word(t);
    return f == "deputy" || f == "vice" || f == "assistant" || f == "associate" ||
           f == "lieutenant" || f == "under" || f == "acting" || f == "former";
  }
  bool has_word(const WorkMention& r, std::string_view word) const {
    const auto& toks = doc_.sentences[r.sentence].tokens;
    for (int t = r.first; t < r.last; ++t)
      if (title_word(toks[t].text) == title_word(word)) return true;
    return false;
  }
  // Whether a member of cluster `root` holds the role description `r`
  // names: a title before a name, or a role phrase of the cluster (an
  // apposition, an earlier description joined to it), has all its words.
  bool holds_role(int root, const WorkMention& r) const {
    const std::vector<std::string> want = role_words(r);
    for (const int k : cl_.members[root]) {
      if (k >= n_ || k == static_cast<int>(&r - ms_.data())) continue;
      const WorkMention& x = ms_[k];
      int from = x.first, to = x.first;
      if (x.kind == K::kRole)
        to = x.last;
      else if (x.kind == K::kName && x.name_first > x.first)
        to = x.name_first;
      if (to <= from) continue;
      const auto& toks = doc_.sentences[x.sentence].tokens;
      bool all = true;
      int at = to;  // the first word of the role in the title
      for (const std::string& w : want) {
        bool found = false;
        for (int t = from; t < to && !found; ++t)
          if (title_word(toks[t].text) == w) found = true, at = std::min(at, t);
        all = all && found;
      }
      // "Deputy Attorney General Ada Moreno" is not "the attorney general".
      for (int t = from; t < at && all; ++t)
        all = !subordinate(toks[t].text) || has_word(r, toks[t].text);
      if (all) return true;
    }
    return false;
  }

  // Whether a live member of cluster `root` is titled by a state office (a
  // title before its name, a description of it): when holds_role() said no,
  // another office than the description's ("the president" is not the
  // running mate "Gov. Ada Lin", nor "former President Ed Lin").
  bool holds_other_office(int root) const {
    for (const int k : cl_.members[root]) {
      if (k >= n_ || !live_[k]) continue;
      const WorkMention& x = ms_[k];
      if (x.kind == K::kName && !x.title_fit.empty()) return true;
      if (x.kind == K::kRole && x.type == "PER" && is_state_office(x.role)) return true;
    }
    return false;
  }

  // A role: joined to its apposition link, or a definite description (or an
  // indefinite one with its own code) to an earlier coded cluster.
  void link_role(int i) {
    const WorkMention& m = ms_[i];
    if (m.link >= 0) {
      make_live(i);
      if (coreference_) join(i, m.link);
      return;
    }
    int antecedent = -1, window = -1;
    bool ambiguous = false;
    // A role of unknown country (---GOV) still looks for who it is.
    const bool own_code = !m.code.empty() && m.code.rfind("---", 0) != 0;
    if (coreference_ && (m.definite || (m.indefinite && own_code))) {
      const int max_gap = m.definite ? 1000 : 3;
      // Countries named before the description in its own sentence: an
      // uncoded "the crown prince" after "In Saudi Arabia," is not an
      // earlier American.
      std::vector<std::string> near;
      if (m.code.empty())
        for (const WorkMention& o : ms_)
          if (o.sentence == m.sentence && o.last <= m.first && o.kind != K::kPronoun &&
              o.code.size() >= 3 && o.kind != K::kRole)
            near.push_back(o.code.substr(0, 3));
      for (int j = i - 1; j >= 0; --j) {
        if (!live_[j]) continue;
        if (m.sentence - ms_[j].sentence > max_gap) break;
        if (ms_[j].kind == K::kPronoun || ms_[j].kind == K::kDemonym) continue;
        if (ms_[j].sentence == m.sentence && ms_[j].last > m.first) continue;
        const std::string code = cluster_code(j);
        if (code.empty()) continue;
        if (!near.empty() && std::find(near.begin(), near.end(), code.substr(0, 3)) == near.end())
          continue;
        const bool person_role = m.type == "PER";
        if (person_role != static_cast<bool>(cl_.has_person[cl_.find(j)])) continue;
        if (gender_conflict(i, j)) continue;
        // ("the court" is not a judge a description named before.)
        if (!person_role && cl_.has_per[cl_.find(j)]) continue;
        if (m.plural != ms_[j].plural && ms_[j].kind == K::kRole) continue;
        bool ok;
        if (own_code)
          ok = code == m.code;
        else
          ok = code.size() > 3 && code.find(m.role, 3) != std::string::npos;
        if (!ok && !m.code.empty() && m.code.size() >= 6 && code.rfind(m.code, 0) == 0) ok = true;
        if (!ok) continue;
        if (!m.definite || m.type != "PER") {
          antecedent = j;
          break;
        }
        // A definite description of a person ("the attorney general") names
        // the one who holds that role (a title or apposition of the cluster
        // says so), or the only compatible person of the last few sentences.
        const int root = cl_.find(j);
        if (holds_role(root, m)) {
          antecedent = j;
          break;
        }
        // (A military description names a command its holder has besides the
        // rank of the title: "the commander" is the "General" named before.)
        if (m.sentence - ms_[j].sentence <= kRoleWindow &&
            (m.role.rfind("MIL", 0) == 0 || !holds_other_office(root))) {
          if (window < 0)
            window = j;
          else if (cl_.find(window) != root)
            ambiguous = true;
        }
      }
      if (antecedent < 0 && window >= 0 && !ambiguous) antecedent = window;
    }
    if (antecedent >= 0) {
      make_live(i);
      join(i, antecedent);
    } else if (!m.code.empty()) {
      make_live(i);
    }
  }

  // Whether pronoun `m` is the object of its verb.
  bool pronoun_is_object(const WorkMention& m) const {
    const std::string& p = m.role;
    const Sentence& s = doc_.sentences[m.sentence];
    if (s.tokens[m.head].head >= 0 && !s.tokens[m.head].deprel.empty())
      return s.tokens[m.head].deprel == "obj" || s.tokens[m.head].deprel == "iobj";
    if (p == "him" || p == "them") return true;
    if (p == "it" && m.first > 0) {
      // "praised it": after a lower-case word that is not a clause opener.
      static const char* const openers[] = {"said", "says",  "that",   "and", "but",   "because",
                                            "if",   "when",  "while",  "as",  "after", "before",
                                            "so",   "told",  "him",    "her", "them",  "said,",
                                            "than", "where", "whether"};
      const std::string& prev = s.tokens[m.first - 1].text;
      bool object = !prev.empty() && std::islower(static_cast<unsigned char>(prev[0]));
      for (const char* o : openers) object = object && prev != o;
      return object;
    }
    return false;
  }

  // Binding: the cluster an object pronoun `i` may not take (the subject of
  // its own verb), or -1.
  int excluded_cluster(int i) {
    const WorkMention& m = ms_[i];
    const Sentence& s = doc_.sentences[m.sentence];
    int excluded = -1;
    if (s.tokens[m.head].head > 0) {
      const int verb = s.tokens[m.head].head - 1;
      for (int j = i - 1; j >= 0 && ms_[j].sentence == m.sentence; --j)
        if (live_[j] && s.tokens[ms_[j].head].head - 1 == verb && is_subject(doc_, ms_[j]))
          excluded = cl_.find(j);
      // No subject found (a conjoined verb, or a parse error): the nearest
      // name before the verb is its likeliest subject. A subject that is no
      // mention ("an emergency forced her", "which forced her") excludes no one.
      bool has_subject = false;
      for (const Token& t : s.tokens)
        has_subject = has_subject || (t.head - 1 == verb && t.deprel.starts_with("nsubj"));
      if (excluded < 0 && !has_subject)
        for (int j = i - 1; j >= 0 && ms_[j].sentence == m.sentence; --j)
          if (live_[j] && ms_[j].kind != K::kPronoun && ms_[j].head < verb) {
            excluded = cl_.find(j);
            break;
          }
    } else {
      for (int j = i - 1; j >= 0 && ms_[j].sentence == m.sentence; --j)
        if (live_[j] && ms_[j].kind != K::kPronoun) {
          excluded = cl_.find(j);
          break;
        }
    }
    return excluded;
  }

  // A pronoun: joined to the most salient compatible live mention of the last
  // two sentences.
  void link_pronoun(int i) {
    const WorkMention& m = ms_[i];
    const std::string& p = m.role;
    const bool masc = p == "he" || p == "him" || p == "his" || p == "himself";
    const bool fem = p == "she" || p == "her" || p == "hers" || p == "herself";
    const bool plural = p == "they" || p == "them" || p == "their" || p == "themselves";
    const Sentence& s = doc_.sentences[m.sentence];
    // A person's reflexive is bound by its clause's subject, never kept from it
    // ("Ada needs to sell herself"): only other object pronouns exclude the
    // subject. (Not "themselves", "itself": the events stage reads "bombers
    // blew themselves up" with the reflexive apart from its subject.)
    const bool reflexive = p == "himself" || p == "herself";
    const int excluded = !reflexive && pronoun_is_object(m) ? excluded_cluster(i) : -1;
    int best = -1;
    double best_score = -1e9;
    const bool parsed = !s.tokens[m.head].deprel.empty();
    const int local = parsed ? local_subject(doc_, ms_, m.sentence, m.head) : -1;
    const bool narrated = !quoted(m);
    // A "she" reaches further back, to one whose words say she is a woman
    // (the sentences between are often quoted words with other pronouns).
    const int reach = masc || fem ? kGenderedReach : 2;
    for (int j = i - 1; j >= 0; --j) {
      if (!live_[j]) continue;
      const int gap = m.sentence - ms_[j].sentence;
      if (gap > reach) break;
      if (gap > 2 && !gender_agrees(i, j)) continue;
      if (cl_.find(j) == excluded) continue;
      const WorkMention& a = ms_[j];
      if (narrated && quote_blocks(m, a)) continue;
      // A name inside a larger phrase ("Gaza" in "the Gaza-based group") is not what "its" means.
      bool nested = false;
      for (int k = std::max(0, j - 4); k < n_ && k <= j + 4 && !nested; ++k)
        nested = k != j && live_[k] && ms_[k].kind != K::kPronoun &&
                 ms_[k].sentence == a.sentence && ms_[k].first <= a.first &&
                 ms_[k].last >= a.last && ms_[k].last - ms_[k].first > a.last - a.first;
      if (nested) continue;
      const bool per = cl_.has_per[cl_.find(j)];
      bool ok;
      if (masc || fem)
        ok = per && !a.plural;
      else if (plural)
        ok = a.plural || (!per && (a.type == "ORG" || a.type == "NORP"));
      else
        ok = !per && !a.plural && (a.type == "ORG" || a.type == "GPE" || a.type == "LOC");
      if (!ok || gender_conflict(i, j)) continue;
      // Salience: recency, grammatical role, the local clause's subject, and
      // the referent's prominence in the sentences before (halved per sentence).
      double score = -100.0 * gap - 0.01 * (i - j);
      score += parsed ? role_weight(doc_, a) : (a.first == 0 ? 80 : 0);
      if (j == local) score += 50;
      add_prominence(m, j, score);
      if (score > best_score) best = j, best_score = score;
    }
    if (best >= 0) {
      make_live(i);
      join(i, best);
    }
  }

  // The gender a mention's own words state: a pronoun; a person's honorific
  // ("Mrs. Lee", inside the mention or just before it) or given name ("Tina Lee"; a surname alone
  // states none); a gendered person noun ("the spokeswoman").
  dict::Gender stated_gender(const WorkMention& m) const {
    const auto& toks = doc_.sentences[m.sentence].tokens;
    if (m.kind == K::kPronoun) return dict::pronoun_gender(m.role);
    if (m.kind == K::kRole) return dict::person_noun_gender(toks[m.head].lemma);
    if (m.kind != K::kName || !m.person) return dict::Gender::kUnknown;
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    for (int k = std::max(0, m.first - 1); k <= start && k < m.last; ++k)
      if (dict::Gender g = dict::honorific_gender(toks[k].text); g != dict::Gender::kUnknown)
        return g;
    if (m.last - start >= 2)
      if (dict::Gender g = dict::given_name_gender(toks[start].text); g != dict::Gender::kUnknown)
        return g;
    // A surname alone of a person the base knows: the base's full name's given name.
    if (m.base_gender == 'f') return dict::Gender::kFemale;
    if (m.base_gender == 'm') return dict::Gender::kMale;
    return dict::Gender::kUnknown;
  }
  // j's cluster's names and nouns, so far, state mention i's gender more
  // often than the other. (Its pronouns do not count: one wrongly linked
  // "his" would then keep every later "she" from a woman whose name states
  // no gender.)
  bool gender_agrees(int i, int j) {
    const int r = cl_.find(j);
    if (gender_[i] == dict::Gender::kFemale) return cl_.women[r] > cl_.men[r];
    if (gender_[i] == dict::Gender::kMale) return cl_.men[r] > cl_.women[r];
    return false;
  }
  // Mention i states one gender and j's cluster's names and nouns, so far,
  // the other (its pronouns do not count, as above).
  bool gender_conflict(int i, int j) {
    const int r = cl_.find(j);
    if (gender_[i] == dict::Gender::kFemale) return cl_.men[r] > cl_.women[r] || by_pronouns(i, r);
    if (gender_[i] == dict::Gender::kMale) return cl_.women[r] > cl_.men[r] || by_pronouns(i, r);
    return false;
  }
  // A pronoun and a cluster whose names and nouns state no gender, but whose
  // pronouns are at least two of the other gender and more than twice its
  // own ("Ivana Trump … she … her … he": the "he" is someone else).
  bool by_pronouns(int i, int r) const {
    if (ms_[i].kind != K::kPronoun || cl_.women[r] + cl_.men[r] > 0) return false;
    const bool female = gender_[i] == dict::Gender::kFemale;
    const int own = female ? cl_.she[r] : cl_.he[r], other = female ? cl_.he[r] : cl_.she[r];
    return other >= 2 && other > 2 * own;
  }

  bool quoted(const WorkMention& m) const {
    const Sentence& s = doc_.sentences[m.sentence];
    bool open = quoted_at_start_[m.sentence];
    for (int k = 0; k < m.head; ++k) open ^= quote_token(s.tokens[k]);
    return open;
  }

  // '"Harlow has no plan," he said': the speaker is not the Harlow of the
  // quoted words (the speaker would say "I"), so a pronoun of the narration
  // takes no mention inside the quoted words of its paragraph (`m` itself
  // outside them: the caller asks quoted(m) once per pronoun).
  bool quote_blocks(const WorkMention& m, const WorkMention& a) const {
    return doc_.sentences[a.sentence].paragraph == doc_.sentences[m.sentence].paragraph &&
           quoted(a);
  }

  // Adds to `score` the salience that j's cluster earns from its subjects in
  // the three sentences before pronoun `m` (halved per sentence; added term by
  // term, as the sum's rounding decides ties).
  void add_prominence(const WorkMention& m, int j, double& score) {
    const int root = cl_.find(j);
    // Members of the cluster before j in the three sentences before m, in
    // index order (mentions are in text order, so a binary search finds them).
    const std::vector<int>& mem = cl_.members[root];
    auto from = std::partition_point(mem.begin(), mem.end(),
                                     [&](int k) { return m.sentence - ms_[k].sentence > 3; });
    for (auto it = from; it != mem.end() && *it < j; ++it) {
      const int k = *it;
      if (!live_[k] || ms_[k].sentence >= m.sentence || ms_[k].kind == K::kPronoun) continue;
      const int distance = m.sentence - ms_[k].sentence;
      const Token& t = doc_.sentences[ms_[k].sentence].tokens[ms_[k].head];
      double w = is_subject(doc_, ms_[k]) ? 80 : 0;
      if (w > 0 && t.head > 0 && doc_.sentences[ms_[k].sentence].tokens[t.head - 1].head == 0)
        w += 40;
      score += 0.5 * w / static_cast<double>(1 << distance);
    }
  }

  // One Entity per cluster, in order of first mention.
  void emit_entities() {
    std::map<int, std::vector<int>> groups;
    for (int i = 0; i < n_; ++i)
      if (live_[i]) groups[cl_.find(i)].push_back(i);
    std::vector<Entity> out;
    for (auto& [root, members] : groups) {
      // A cluster of pronouns alone is not an entity.
      bool any = false;
      for (int i : members) any = any || ms_[i].kind != K::kPronoun;
      if (!any) continue;
      out.push_back(make_entity(members, out.size() + 1));
    }
    doc_.entities = std::move(out);
  }

  // The Entity of one cluster's members, numbered `number`.
  Entity make_entity(const std::vector<int>& members, size_t number) const {
    const std::string& text = doc_.article.text;
    Entity e;
    // Built a character at a time: GCC 12 warns falsely (-Wrestrict) on "E" + … and on
    // assigning "E" here.
    e.id.push_back('E');
    e.id += std::to_string(number);
    std::map<std::string, int> types;
    int best_rank = -1;
    size_t best_name = 0;
    for (int i : members) {
      const WorkMention& m = ms_[i];
      const Sentence& s = doc_.sentences[m.sentence];
      Mention mm;
      mm.sentence = m.sentence;
      mm.first_token = m.first;
      mm.last_token = m.last;
      mm.start = s.tokens[m.first].start;
      mm.end = s.tokens[m.last - 1].end;
      const uint32_t b0 = s.tokens[m.first].byte_start, b1 = s.tokens[m.last - 1].byte_end;
      if (b1 <= text.size() && b0 <= b1) mm.text = text.substr(b0, b1 - b0);
      if (m.kind != K::kPronoun && !m.type.empty()) types[m.type] += m.kind == K::kName ? 2 : 1;
      if (m.kind == K::kName && m.how.rfind("metonymy", 0) != 0) {
        // Canonical name: the longest proper-name part (without a title).
        const std::string name = [&] {
          const int f = m.name_first >= 0 ? m.name_first : m.first;
          const uint32_t c0 = s.tokens[f].byte_start;
          if (f == m.first && (s.tokens[f].text == "the" || s.tokens[f].text == "The"))
            return std::string();
          return c0 <= b1 ? text.substr(c0, b1 - c0) : mm.text;
        }();
        if (!name.empty() && (name.size() > best_name || e.name.empty())) {
          best_name = name.size();
          e.name = name;
        }
      }
      if (!m.code.empty() && m.rank > best_rank) {
        best_rank = m.rank;
        e.actor_code = m.code;
        e.resolved_by = m.how;
      }
      e.mentions.push_back(std::move(mm));
    }
    if (e.name.empty())
      for (const auto& mm : e.mentions)
        if (mm.text.size() > e.name.size() &&
            ms_[members[&mm - &e.mentions[0]]].kind != K::kPronoun)
          e.name = mm.text;
    int best_count = -1;
    for (const auto& [t, c] : types)
      if (c > best_count) e.type = t, best_count = c;
    return e;
  }

  Document& doc_;
  std::vector<WorkMention>& ms_;
  const bool coreference_;
  const int n_;
  Clusters cl_;
  std::vector<char> live_;             // a mention that will be output
  std::vector<dict::Gender> gender_;   // by mention: the gender its words state
  std::vector<char> quoted_at_start_;  // by sentence: it opens inside quoted words
  std::unordered_map<std::string, int> by_identity_;
  std::unordered_map<std::string, int> by_surname_;    // person clusters by last name word
  std::unordered_map<std::string, int> by_body_head_;  // bodies by the last word of their name
  std::unordered_set<std::string> full_named_;         // identities of people named in full
  std::unordered_set<std::string> contested_;          // surnames alone not the base's here
};

}  // namespace

void build_entities(Document& doc, std::vector<WorkMention>& ms, bool coreference) {
  EntityBuilder(doc, ms, coreference).run();
}

}  // namespace eventwire::actors_internal
