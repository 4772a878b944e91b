// Builds the NER lexicon at training time from Debian's iso-codes (country,
// subdivision, currency and language names) and WordNet (proper-noun lemmas by
// lexicographer file, demonyms, first-sense noun classes). The result is
// compiled into the model, so tagging needs none of these files.
#include <algorithm>
#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_set>

#include "entities/ner_features.h"
#include "eventwire/entities.h"

namespace eventwire::ner {

namespace {

// Splits a name the way our tokenizer would, near enough for matching:
// spaces and underscores separate, and , ( ) " / - stand alone.
std::vector<std::string> split_phrase(std::string_view name, bool normalize = true) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(normalize ? normalize_token(cur) : cur);
    cur.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '_') {
      flush();
    } else if (c == ',' || c == '(' || c == ')' || c == '"' || c == '/' || c == '-') {
      flush();
      out.emplace_back(1, c);
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

uint64_t phrase_hash(const std::vector<std::string>& tokens, size_t first, size_t last) {
  uint64_t h = 0x5bd1e995;
  for (size_t i = first; i < last; ++i) h = hash_combine(h, hash_bytes(tokens[i]));
  return h;
}

void add_phrase(Lexicon& lex, std::string_view name, uint16_t bits) {
  std::vector<std::string> tokens = split_phrase(name);
  if (tokens.empty() || tokens.size() > 8) return;
  lex.phrases[phrase_hash(tokens, 0, tokens.size())] |= bits;
  lex.max_phrase_tokens = std::max(lex.max_phrase_tokens, static_cast<int>(tokens.size()));
}

Status read_json(const std::string& path, nlohmann::json& out) {
  std::ifstream in(path);
  if (!in) return Status::not_found("cannot open \"" + path + "\"");
  out = nlohmann::json::parse(in, nullptr, false);
  if (out.is_discarded()) return Status::invalid_input("\"" + path + "\" is not valid JSON");
  return Status::ok();
}

Status add_iso_codes(Lexicon& lex, const std::string& dir) {
  struct Source {
    const char* file;
    const char* key;
    uint16_t bits;
  };
  const Source sources[] = {{"iso_3166-1.json", "3166-1", kGazCountry},
                            {"iso_3166-2.json", "3166-2", kGazSubdivision},
                            {"iso_4217.json", "4217", kGazCurrencyLanguage},
                            {"iso_639-2.json", "639-2", kGazCurrencyLanguage}};
  for (const Source& s : sources) {
    nlohmann::json j;
    if (Status st = read_json(dir + "/" + s.file, j); !st) return st;
    if (!j.contains(s.key) || !j[s.key].is_array())
      return Status::invalid_input(std::string("no \"") + s.key + "\" list in " + s.file);
    for (const auto& entry : j[s.key]) {
      for (const char* field : {"name", "common_name", "official_name"}) {
        if (!entry.contains(field) || !entry[field].is_string()) continue;
        std::string name = entry[field].get<std::string>();
        // "Korea, Republic of" style names: keep the part before the comma too.
        add_phrase(lex, name, s.bits);
        if (size_t comma = name.find(','); comma != std::string::npos)
          add_phrase(lex, name.substr(0, comma), s.bits);
        if (size_t semi = name.find(';'); semi != std::string::npos)
          add_phrase(lex, name.substr(0, semi), s.bits);
      }
    }
  }
  return Status::ok();
}

struct WnSynset {
  int lexfile = 0;
  std::vector<std::string> words;
  std::vector<std::pair<char, uint64_t>>
      pointers;  // '@' hypernym, 'i' instance hypernym, '\\' pertainym
  std::string gloss;
};

Status read_wordnet_data(const std::string& path, std::unordered_map<uint64_t, WnSynset>& out) {
  std::ifstream in(path);
  if (!in) return Status::not_found("cannot open WordNet file \"" + path + "\"");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream ls(line);
    uint64_t offset = 0;
    std::string pos, count_hex;
    WnSynset s;
    ls >> offset >> s.lexfile >> pos >> count_hex;
    int words = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
    for (int k = 0; k < words; ++k) {
      std::string word, lex_id;
      ls >> word >> lex_id;
      if (size_t paren = word.find('('); paren != std::string::npos)
        word.resize(paren);  // "Iranian(a)"
      s.words.push_back(word);
    }
    int pointers = 0;
    ls >> pointers;
    for (int k = 0; k < pointers; ++k) {
      std::string symbol, ppos, source_target;
      uint64_t target = 0;
      ls >> symbol >> target >> ppos >> source_target;
      if (ppos != "n") continue;
      if (symbol == "@") s.pointers.emplace_back('@', target);
      if (symbol == "@i") s.pointers.emplace_back('i', target);
      if (symbol == "\\") s.pointers.emplace_back('\\', target);
    }
    if (size_t bar = line.find(" | "); bar != std::string::npos) s.gloss = line.substr(bar + 3);
    if (!ls)
      return Status::invalid_input("malformed WordNet line in \"" + path +
                                   "\": " + line.substr(0, 60));
    out.emplace(offset, std::move(s));
  }
  return Status::ok();
}

bool capitalized(const std::string& w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

Status add_wordnet(Lexicon& lex, const std::string& dir) {
  std::unordered_map<uint64_t, WnSynset> nouns, adjectives;
  if (Status st = read_wordnet_data(dir + "/data.noun", nouns); !st) return st;
  if (Status st = read_wordnet_data(dir + "/data.adj", adjectives); !st) return st;
  // Synsets whose instances are political entities (GPE-like places).
  const std::unordered_set<std::string> gpe_heads = {"country",        "state",
                                                     "nation",         "city",
                                                     "town",           "national_capital",
                                                     "state_capital",  "provincial_capital",
                                                     "port",           "kingdom",
                                                     "republic",       "province",
                                                     "county",         "village",
                                                     "municipality",   "borough",
                                                     "american_state", "capital"};
  auto is_gpe_class = [&](uint64_t offset) {
    auto it = nouns.find(offset);
    if (it == nouns.end()) return false;
    return std::any_of(it->second.words.begin(), it->second.words.end(), [&](const std::string& w) {
      // "North_American_country" counts as "country": the last word is the head.
      std::string head = normalize_token(w);
      if (gpe_heads.count(head)) return true;
      size_t cut = head.find_last_of('_');
      return cut != std::string::npos && gpe_heads.count(head.substr(cut + 1)) > 0;
    });
  };
  for (const auto& [offset, s] : nouns) {
    uint16_t bits = s.lexfile == 18   ? kGazWnPerson
                    : s.lexfile == 15 ? kGazWnLocation
                    : s.lexfile == 14 ? kGazWnGroup
                                      : kGazWnOther;
    if (s.lexfile == 18 && (s.gloss.rfind("a native or inhabitant of", 0) == 0 ||
                            s.gloss.rfind("a member of", 0) == 0))
      bits |= kGazDemonym;
    if (s.lexfile == 15 && std::any_of(s.pointers.begin(), s.pointers.end(), [&](const auto& p) {
          return p.first == 'i' && is_gpe_class(p.second);
        }))
      bits |= kGazWnGpe;
    for (const std::string& w : s.words)
      if (capitalized(w)) add_phrase(lex, w, bits);
  }
  // Demonym adjectives: capitalized adjectives that pertain to a place.
  for (const auto& [offset, s] : adjectives) {
    bool pertains_to_place = std::any_of(s.pointers.begin(), s.pointers.end(), [&](const auto& p) {
      auto it = nouns.find(p.second);
      return p.first == '\\' && it != nouns.end() && it->second.lexfile == 15;
    });
    if (!pertains_to_place) continue;
    for (const std::string& w : s.words)
      if (capitalized(w)) add_phrase(lex, w, kGazDemonym);
  }
  // First-sense lexicographer class of every single-word noun: a cheap word cluster.
  std::ifstream index(dir + "/index.noun");
  if (!index) return Status::not_found("cannot open WordNet file \"" + dir + "/index.noun\"");
  std::string line;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream ls(line);
    std::string lemma, pos;
    int synsets = 0, pointers = 0;
    ls >> lemma >> pos >> synsets >> pointers;
    if (lemma.find('_') != std::string::npos) continue;
    std::string skip;
    for (int k = 0; k < pointers; ++k) ls >> skip;
    int sense_count = 0, tagged = 0;
    uint64_t first = 0;
    ls >> sense_count >> tagged >> first;
    auto it = nouns.find(first);
    if (ls && it != nouns.end())
      lex.word_class[hash_bytes(normalize_token(lemma))] =
          static_cast<uint8_t>(it->second.lexfile + 1);
  }
  return Status::ok();
}

}  // namespace

void Lexicon::add_name(std::string_view name, uint16_t bits) {
  add_phrase(*this, name, bits);
}

uint64_t role_key(uint64_t normalized_word_hash) {
  return hash_combine(normalized_word_hash, 0x524f4c45ULL);  // "ROLE"
}

uint16_t Lexicon::role_mask(uint64_t normalized_word_hash) const {
  const uint16_t* mask = phrases.get(role_key(normalized_word_hash));
  return mask == nullptr ? 0 : *mask;
}

namespace {

// A word that can stand in a name: starts with a capital letter, has a lower-case
// letter after it and is not an initial ("A.").
bool name_word(const std::string& w) {
  if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || w.back() == '.') return false;
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Counts, per normalized word, the distinct KB entries in which it has each role.
void add_roles(Lexicon& lex, const std::vector<KbEntry>& entries) {
  // word → counts of given, surname, org head, org inner word
  std::unordered_map<std::string, std::array<int, 4>> counts;
  for (const KbEntry& e : entries) {
    bool person = e.kind == "person", org = e.kind == "org";
    if (!person && !org) continue;
    std::unordered_map<std::string, uint8_t> seen;  // one count per entry and role
    for (const std::string& n : e.names) {
      std::vector<std::string> words = split_phrase(n, false);
      if (words.size() < 2) continue;
      for (size_t i = 0; i < words.size(); ++i) {
        if (!name_word(words[i])) continue;
        int role = person ? (i == 0                  ? 0
                             : i + 1 == words.size() ? 1
                                                     : -1)
                          : (i + 1 == words.size() ? 2 : 3);
        if (role >= 0) seen[normalize_token(words[i])] |= static_cast<uint8_t>(1u << role);
      }
    }
    for (const auto& [w, roles] : seen)
      for (int r = 0; r < 4; ++r)
        if (roles & (1u << r)) ++counts[w][static_cast<size_t>(r)];
  }
  for (const auto& [w, c] : counts) {
    uint16_t bits = 0;
    for (int r = 0; r < 4; ++r) {
      if (c[static_cast<size_t>(r)] >= 2) bits |= static_cast<uint16_t>(1u << r);
      if (c[static_cast<size_t>(r)] >= 10) bits |= static_cast<uint16_t>(16u << r);
    }
    if (bits) lex.phrases[role_key(hash_bytes(w))] |= bits;
  }
}

}  // namespace

Status Lexicon::add_knowledge(bool actor_kb,
                              const std::vector<std::pair<std::string, int>>& place_names) {
  if (actor_kb) {
    std::vector<KbEntry> all;
    for (const auto& [file, text] : builtin_actor_kb()) {
      Result<std::vector<KbEntry>> entries = parse_actor_kb(text, file);
      if (!entries) return entries.status();
      all.insert(all.end(), entries->begin(), entries->end());
      for (const KbEntry& e : *entries) {
        uint16_t bits = e.kind == "person"    ? kGazKbPerson
                        : e.kind == "org"     ? kGazKbOrg
                        : e.kind == "country" ? kGazKbCountry
                        : e.kind == "place"   ? kGazKbPlace
                                              : 0;
        if (bits == 0) continue;  // role words are not names
        for (const std::string& n : e.names) add_phrase(*this, n, bits);
        auto list = [&](std::string_view key, uint16_t list_bits) {
          std::string v = e.attribute(key);
          std::stringstream ss(v);
          for (std::string item; std::getline(ss, item, ',');) {
            size_t a = item.find_first_not_of(' '), b = item.find_last_not_of(' ');
            if (a != std::string::npos) add_phrase(*this, item.substr(a, b - a + 1), list_bits);
          }
        };
        list("demonym", kGazKbDemonym);
        list("capital", kGazKbPlace);
      }
    }
    add_roles(*this, all);
  }
  for (const auto& [name, kind] : place_names)
    add_phrase(*this, name, kind == 0 ? kGazGeoCity : kGazGeoRegion);
  return Status::ok();
}

Result<Lexicon> Lexicon::build(const std::string& iso_codes_dir, const std::string& wordnet_dir) {
  Lexicon lex;
  if (!iso_codes_dir.empty())
    if (Status st = add_iso_codes(lex, iso_codes_dir); !st) return st;
  if (!wordnet_dir.empty())
    if (Status st = add_wordnet(lex, wordnet_dir); !st) return st;
  return lex;
}

uint64_t Lexicon::fingerprint() const {
  // Order-independent: sum of mixed entries.
  uint64_t h = static_cast<uint64_t>(max_phrase_tokens);
  for (const auto& [k, v] : phrases) h += hash_combine(k, v);
  for (const auto& [k, v] : word_class) h += hash_combine(k ^ 0xabcdef, v);
  for (const auto& [k, v] : clusters) h += hash_combine(k ^ 0x123457, v);
  return h;
}

uint16_t Lexicon::phrase_mask(const std::vector<std::string>& normalized, size_t first,
                              size_t last) const {
  const uint16_t* mask = phrases.get(phrase_hash(normalized, first, last));
  return mask == nullptr ? 0 : *mask;
}

namespace {

// The greedy longest match from left to right over the phrase masks of every
// (token, length) pair: masks[i * max_len + len - 1], 0 where no phrase.
void greedy_matches(const std::vector<uint16_t>& masks, size_t n, size_t max_len, uint16_t filter,
                    std::vector<Lexicon::Match>& out) {
  out.assign(n, Lexicon::Match());
  for (size_t i = 0; i < n;) {
    size_t best = 0;
    uint16_t mask = 0;
    for (size_t len = 1; len <= max_len && i + len <= n; ++len) {
      const uint16_t bits = masks[i * max_len + len - 1];
      if (bits & filter) {
        best = len;
        mask = bits & filter;
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    for (size_t k = i; k < i + best; ++k) {
      out[k].mask = mask;
      out[k].position = best == 1 ? 4 : k == i ? 1 : k + 1 == i + best ? 3 : 2;
    }
    i += best;
  }
}

}  // namespace

// Every phrase that starts at each token, looked up once (the phrase hash grows
// token by token); the matches of each filter are then found in those masks.
const std::vector<uint16_t>& Lexicon::phrase_masks(
    const std::vector<std::string>& normalized) const {
  thread_local std::vector<uint16_t> masks;
  thread_local std::vector<uint64_t> token_hash;
  const size_t n = normalized.size();
  const size_t max_len = static_cast<size_t>(std::max(max_phrase_tokens, 1));
  masks.assign(n * max_len, 0);
  if (phrases.empty()) return masks;
  token_hash.resize(n);
  for (size_t i = 0; i < n; ++i) token_hash[i] = hash_bytes(normalized[i]);
  // The phrase hashes first, each slot fetched as its hash is known, then the lookups:
  // the cache misses of a sentence's phrases overlap.
  thread_local std::vector<uint64_t> hashes;
  hashes.assign(n * max_len, 0);
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 0x5bd1e995;
    for (size_t len = 1; len <= static_cast<size_t>(max_phrase_tokens) && i + len <= n; ++len) {
      h = hash_combine(h, token_hash[i + len - 1]);
      hashes[i * max_len + len - 1] = h;
      phrases.prefetch(h);
    }
  }
  for (size_t i = 0; i < n; ++i)
    for (size_t len = 1; len <= static_cast<size_t>(max_phrase_tokens) && i + len <= n; ++len) {
      const uint16_t* bits = phrases.get(hashes[i * max_len + len - 1]);
      if (bits != nullptr) masks[i * max_len + len - 1] = *bits;
    }
  return masks;
}

std::vector<Lexicon::Match> Lexicon::match(const std::vector<std::string>& normalized,
                                           uint16_t filter) const {
  std::vector<Match> out;
  greedy_matches(phrase_masks(normalized), normalized.size(),
                 static_cast<size_t>(std::max(max_phrase_tokens, 1)), filter, out);
  return out;
}

void Lexicon::match_both(const std::vector<std::string>& normalized, std::vector<Match>& lexicon,
                         std::vector<Match>& kb) const {
  const std::vector<uint16_t>& masks = phrase_masks(normalized);
  const size_t max_len = static_cast<size_t>(std::max(max_phrase_tokens, 1));
  greedy_matches(masks, normalized.size(), max_len, kLexiconBits, lexicon);
  greedy_matches(masks, normalized.size(), max_len, kKbBits, kb);
}

}  // namespace eventwire::ner
