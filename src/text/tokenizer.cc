// A rule-based tokenizer following the UD English-EWT conventions:
// clitics and possessives as multiword tokens (don't = do + n't, Hamas's =
// Hamas + 's), hyphenated compounds split except after common prefixes,
// numbers, URLs, e-mail addresses and abbreviations kept whole.
#include "text/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "text/utf8_util.h"

namespace eventwire::tokenizer {
namespace {

enum class Kind : uint8_t { kLetter, kDigit, kMark, kSpace, kOther };

struct Char {
  char32_t cp;
  uint32_t start, end;  // bytes
  Kind kind;
};

Kind classify(char32_t cp) {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return Kind::kLetter;
    if (cp >= '0' && cp <= '9') return Kind::kDigit;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
      return Kind::kSpace;
    return Kind::kOther;
  }
  if (utf8::is_space(cp)) return Kind::kSpace;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return Kind::kLetter;
    case UTF8PROC_CATEGORY_ND:
      return Kind::kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return Kind::kMark;
    default:
      return Kind::kOther;
  }
}

bool is_alnum(const Char& c) {
  return c.kind == Kind::kLetter || c.kind == Kind::kDigit || c.kind == Kind::kMark;
}
bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}
bool is_hyphen(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
bool is_dash(char32_t cp) {
  return cp == 0x2013 || cp == 0x2014 || cp == 0x2015;
}
bool is_opening(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == '"' || cp == '\'' || cp == '`' ||
         cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E || cp == 0x00BF ||
         cp == 0x00A1 || cp == '<';
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Prefixes EWT keeps attached to the word after the hyphen ("e-mail", "non-profit").
bool is_kept_prefix(std::string_view left_lower) {
  static constexpr std::array<std::string_view, 35> kPrefixes = {
      "mis",   "e",     "non",    "re",    "co",    "anti", "pre",   "mid",   "pro",
      "cross", "post",  "semi",   "over",  "sub",   "pan",  "multi", "ex",    "counter",
      "mini",  "socio", "psycho", "neo",   "inter", "vice", "un",    "super", "proto",
      "micro", "macro", "quasi",  "self-", "ultra", "x",    "t",     "u"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), left_lower) != kPrefixes.end();
}

// Abbreviations whose final period belongs to the word.
bool is_known_abbreviation(std::string_view lower_without_period) {
  static constexpr std::array<std::string_view, 90> kAbbreviations = {
      "mr",   "mrs",   "ms",  "dr",   "prof", "sr",   "jr",     "st",   "mt",   "ft",
      "gen",  "col",   "lt",  "sgt",  "capt", "maj",  "adm",    "cmdr", "gov",  "sen",
      "rep",  "rev",   "hon", "pres", "sec",  "amb",  "insp",   "supt", "cpl",  "pvt",
      "inc",  "corp",  "co",  "ltd",  "llc",  "bros", "dept",   "univ", "assn", "est",
      "no",   "nos",   "vol", "vs",   "v",    "etc",  "approx", "fig",  "al",   "ca",
      "cf",   "ed",    "eds", "jan",  "feb",  "mar",  "apr",    "jun",  "jul",  "aug",
      "sep",  "sept",  "oct", "nov",  "dec",  "mon",  "tue",    "tues", "wed",  "thu",
      "thur", "thurs", "fri", "sat",  "sun",  "ave",  "blvd",   "rd",   "hwy",  "p.m",
      "a.m",  "e.g",   "i.e", "u.s",  "del",  "dels", "atty",   "govs", "sens", "reps"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower_without_period) !=
         kAbbreviations.end();
}

class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, std::vector<SurfaceToken>& out) : text_(text), out_(out) {}

  void split(const std::vector<Char>& chars, size_t begin, size_t end) {
    chars_ = &chars;
    if (begin >= end) return;
    if (is_emoticon(begin, end)) return emit(begin, end);
    if (looks_like_url_or_email(begin, end)) {
      size_t core_end = end;
      while (core_end > begin + 1 && is_trailing_punct_of_url(chars[core_end - 1].cp)) --core_end;
      size_t core_begin = begin;
      while (core_begin < core_end && is_opening(chars[core_begin].cp))
        emit(core_begin, core_begin + 1), ++core_begin;
      emit(core_begin, core_end);
      for (size_t k = core_end; k < end; ++k) emit(k, k + 1);
      return;
    }
    // Leading punctuation.
    bool opened_single_quote = false;
    while (begin < end) {
      char32_t cp = chars[begin].cp;
      if (is_apostrophe(cp) || cp == 0x2018) {
        if (starts_leading_clitic(begin, end)) break;
        opened_single_quote = opened_single_quote || end - begin > 1;
      }
      if (is_opening(cp) || is_dash(cp) || cp == 0x2019) {
        size_t run = begin + 1;
        while (run < end && chars[run].cp == cp && cp != '(' && cp != '[') ++run;  // "<<", "``"
        emit(begin, run);
        begin = run;
        continue;
      }
      if (is_hyphen(cp) && begin + 1 < end && is_hyphen(chars[begin + 1].cp)) {
        size_t run = begin;
        while (run < end && is_hyphen(chars[run].cp)) ++run;
        emit(begin, run);
        begin = run;
        continue;
      }
      break;
    }
    // Trailing punctuation, emitted after the core in order.
    std::vector<std::pair<size_t, size_t>> trailing;
    bool possessive_apostrophe = false;
    while (end > begin) {
      char32_t cp = chars[end - 1].cp;
      if (cp == '.') {
        size_t run = end - 1;
        while (run > begin && chars[run - 1].cp == '.') --run;
        if (end - run == 1 && period_belongs_to_word(begin, end)) break;
        trailing.emplace_back(run, end);
        end = run;
        continue;
      }
      if (cp == '!' || cp == '?') {
        size_t run = end - 1;
        while (run > begin &&
               (chars[run - 1].cp == '!' || chars[run - 1].cp == '?' || chars[run - 1].cp == '.'))
          --run;
        trailing.emplace_back(run, end);
        end = run;
        continue;
      }
      if (cp == 0x2026 || cp == ',' || cp == ';' || cp == ':' || cp == ')' || cp == ']' ||
          cp == '}' || cp == '"' || cp == 0x201D || cp == 0x00BB || is_dash(cp) || cp == '%' ||
          cp == '>') {
        if (cp == ')' && balanced_paren_inside(begin, end)) break;  // "(s)" keeps its bracket
        trailing.emplace_back(end - 1, end);
        --end;
        continue;
      }
      if (is_apostrophe(cp) && end - begin > 1) {
        char32_t before = chars[end - 2].cp;
        if (!opened_single_quote && (before == 's' || before == 'S') &&
            chars[end - 2].kind == Kind::kLetter) {
          possessive_apostrophe = true;  // "Corps’" = Corps + ’
          break;
        }
        trailing.emplace_back(end - 1, end);
        --end;
        continue;
      }
      if (is_hyphen(cp) && end - begin > 1 && is_hyphen(chars[end - 2].cp)) {
        size_t run = end - 1;
        while (run > begin && is_hyphen(chars[run - 1].cp)) --run;
        trailing.emplace_back(run, end);
        end = run;
        continue;
      }
      break;
    }
    if (possessive_apostrophe) {
      split_core(begin, end - 1, /*possessive_end=*/end);
    } else {
      split_core(begin, end, 0);
    }
    for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) emit(it->first, it->second);
  }

 private:
  const Char& at(size_t i) const { return (*chars_)[i]; }
  std::string_view slice(size_t b, size_t e) const {
    return text_.substr(at(b).start, at(e - 1).end - at(b).start);
  }

  void emit(size_t b, size_t e) {
    if (b >= e) return;
    out_.push_back({at(b).start, at(e - 1).end, {}});
  }
  void emit_split(size_t b, size_t mid, size_t e) {
    SurfaceToken token{at(b).start, at(e - 1).end, {}};
    token.words.push_back({at(b).start, at(mid).start});
    token.words.push_back({at(mid).start, at(e - 1).end});
    out_.push_back(std::move(token));
  }

  static bool is_trailing_punct_of_url(char32_t cp) {
    return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' ||
           cp == ')' || cp == ']' || cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 ||
           cp == '>';
  }

  bool looks_like_url_or_email(size_t b, size_t e) const {
    // Cheap rejection first: most chunks have neither "://", "www." nor "@".
    std::string_view raw = slice(b, e);
    size_t at_sign = raw.find('@');
    bool maybe_url =
        raw.find("://") != std::string_view::npos || raw.find("www.") != std::string_view::npos ||
        raw.find("WWW.") != std::string_view::npos || raw.find("mailto:") != std::string_view::npos;
    if (!maybe_url && at_sign == std::string_view::npos) return false;
    std::string lower = lower_ascii(raw);
    size_t lead = 0;
    while (lead < lower.size() && (lower[lead] == '(' || lower[lead] == '<' || lower[lead] == '"' ||
                                   lower[lead] == '[' || lower[lead] == '\''))
      ++lead;
    std::string_view s = std::string_view(lower).substr(lead);
    if (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("ftp://") ||
        s.starts_with("www.") || s.starts_with("mailto:"))
      return true;
    at_sign = s.find('@');
    if (at_sign != std::string_view::npos && at_sign > 0) {
      // user@host.tld, and the bare user@HOST of e-mail headers
      return at_sign + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[at_sign + 1])) &&
             std::isalpha(static_cast<unsigned char>(s[at_sign - 1]));
    }
    return false;
  }

  bool is_emoticon(size_t b, size_t e) const {
    static constexpr std::array<std::string_view, 12> kEmoticons = {
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":/", "<3"};
    std::string_view s = slice(b, e);
    return std::find(kEmoticons.begin(), kEmoticons.end(), s) != kEmoticons.end();
  }

  bool starts_leading_clitic(size_t b, size_t e) const {
    // "'90s", "'em", "'cause", "'til", "'n'"
    if (e - b < 2) return false;
    if (at(b + 1).kind == Kind::kDigit) return true;
    std::string lower = lower_ascii(slice(b + 1, e));
    return lower == "em" || lower == "cause" || lower == "til" || lower == "n";
  }

  bool balanced_paren_inside(size_t b, size_t e) const {
    int depth = 0;
    for (size_t k = b; k < e; ++k) {
      if (at(k).cp == '(')
        ++depth;
      else if (at(k).cp == ')')
        --depth;
    }
    return depth == 0 && at(b).cp != '(';
  }

  // Called with chars[e-1] == '.': is the period part of an abbreviation?
  bool period_belongs_to_word(size_t b, size_t e) const {
    if (e - b < 2) return false;
    std::string_view word = slice(b, e - 1);
    // Single letters ("W.") and dotted initialisms ("U.S.", "p.m.", "e.g.").
    size_t letters = 0, dots = 0;
    bool alternating = true;
    for (size_t k = b; k < e - 1; ++k) {
      if (at(k).kind == Kind::kLetter) {
        ++letters;
        if (k + 1 < e - 1 && at(k + 1).kind == Kind::kLetter) alternating = false;
      } else if (at(k).cp == '.') {
        ++dots;
      } else {
        return false;
      }
    }
    if (letters == 1 && dots == 0) return std::isupper(static_cast<unsigned char>(word[0])) != 0;
    if (dots > 0 && alternating) return true;
    return is_known_abbreviation(lower_ascii(word));
  }

  // Splits a chunk without leading/trailing punctuation at internal punctuation.
  void split_core(size_t b, size_t e, size_t possessive_end) {
    size_t piece = b;
    size_t k = b;
    while (k < e) {
      const Char& c = at(k);
      if (is_alnum(c)) {
        ++k;
        continue;
      }
      bool prev_alnum = k > b && is_alnum(at(k - 1));
      bool next_alnum = k + 1 < e && is_alnum(at(k + 1));
      bool prev_digit = k > b && at(k - 1).kind == Kind::kDigit;
      bool next_digit = k + 1 < e && at(k + 1).kind == Kind::kDigit;
      char32_t cp = c.cp;
      bool keep = false;
      if ((cp == '.' || cp == ',' || cp == ':' || cp == '/') && prev_digit && next_digit)
        keep = true;
      else if (cp == '.' && k + 1 == e && k > b)
        keep = true;  // the trailing pass kept this period
      else if (cp == '.' && prev_alnum && next_alnum)
        keep = true;  // e.g, domain.com, file.xls
      else if (cp == '.' && k + 1 < e && is_hyphen(at(k + 1).cp) && prev_alnum &&
               period_belongs_to_word(piece, k + 1)) {
        // "U.S.-led", "U.N.-backed": the initialism keeps its period, as
        // "Saudi-led" keeps its word; the hyphen is split off below.
        emit_word(piece, k + 1, 0);
        piece = k = k + 1;
        continue;
      } else if ((cp == '&' || cp == '_' || cp == '+') && prev_alnum && next_alnum)
        keep = true;
      else if (is_apostrophe(cp) && prev_alnum && next_alnum)
        keep = true;  // O'Neill; clitics handled below
      else if ((cp == '@' || cp == '#') && k == piece && next_alnum)
        keep = true;
      else if (is_hyphen(cp) && prev_alnum && next_alnum)
        keep = keep_hyphen(piece, k, e);
      if (keep) {
        ++k;
        continue;
      }
      // A currency sign or other symbol starts/ends a token of its own.
      emit_word(piece, k, 0);
      size_t run = k + 1;
      while (run < e && at(run).cp == cp) ++run;  // "***", "====", "..."
      if (cp == '!' || cp == '?' || cp == '.')
        while (run < e && (at(run).cp == '!' || at(run).cp == '?' || at(run).cp == '.')) ++run;
      emit(k, run);
      piece = k = run;
    }
    emit_word(piece, e, possessive_end);
  }

  bool keep_hyphen(size_t piece, size_t hyphen, size_t e) const {
    if (at(hyphen - 1).kind == Kind::kDigit && at(hyphen + 1).kind == Kind::kDigit) return true;
    // Left part since the previous hyphen.
    size_t left = hyphen;
    while (left > piece && !is_hyphen(at(left - 1).cp)) --left;
    std::string lower = lower_ascii(slice(left, hyphen));
    (void)e;
    return is_kept_prefix(lower);
  }

  // Emits chars [b, e) as a word, splitting clitics as multiword tokens. When
  // possessive_end > e, the possessive apostrophe chars [e, possessive_end) is
  // part of the same surface token.
  void emit_word(size_t b, size_t e, size_t possessive_end) {
    if (b >= e) {
      if (possessive_end > e) emit(e, possessive_end);
      return;
    }
    if (possessive_end > e) {
      emit_split(b, e, possessive_end);
      return;
    }
    size_t n = e - b;
    auto cp_lower = [&](size_t k) {
      char32_t cp = at(k).cp;
      return cp < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(cp))) : cp;
    };
    // n't
    if (n >= 4 && is_apostrophe(at(e - 2).cp) && cp_lower(e - 1) == 't' && cp_lower(e - 3) == 'n') {
      emit_split(b, e - 3, e);
      return;
    }
    // 's 're 've 'll 'd 'm
    for (size_t len : {2u, 3u}) {
      if (n > len && is_apostrophe(at(e - len).cp) && at(e - len - 1).kind == Kind::kLetter) {
        std::string suffix;
        for (size_t k = e - len + 1; k < e; ++k) suffix.push_back(static_cast<char>(cp_lower(k)));
        if (suffix == "s" || suffix == "d" || suffix == "m" || suffix == "re" || suffix == "ve" ||
            suffix == "ll") {
          emit_split(b, e - len, e);
          return;
        }
      }
    }
    // The fused forms below are 4 to 8 letters long and start with c, d, g, i, s or w.
    char32_t first = cp_lower(b);
    if (n < 4 || n > 8 ||
        (first != 'c' && first != 'd' && first != 'g' && first != 'i' && first != 's' &&
         first != 'w'))
      return emit(b, e);
    std::string lower = lower_ascii(slice(b, e));
    if (lower == "cannot") return emit_split(b, b + 3, e);
    if (lower == "gonna" || lower == "wanna") return emit_split(b, b + 3, e);
    if (lower == "gotta") return emit_split(b, b + 3, e);
    if (lower == "dont" || lower == "didnt" || lower == "doesnt" || lower == "isnt" ||
        lower == "wasnt" || lower == "wont" || lower == "couldnt" || lower == "wouldnt" ||
        lower == "shouldnt")
      return emit_split(b, e - 2, e);
    emit(b, e);
  }

  std::string_view text_;
  std::vector<SurfaceToken>& out_;
  const std::vector<Char>* chars_ = nullptr;
};

}  // namespace

bool is_title_abbreviation(std::string_view word_with_period) {
  std::string lower = lower_ascii(word_with_period);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  static constexpr std::array<std::string_view, 36> kTitles = {
      "mr",   "mrs", "ms",  "dr",   "prof", "st",  "mt",  "ft",   "gen",  "col",  "lt",   "sgt",
      "capt", "maj", "adm", "cmdr", "gov",  "sen", "rep", "rev",  "hon",  "pres", "amb",  "insp",
      "supt", "cpl", "pvt", "no",   "vs",   "v",   "del", "dels", "sens", "reps", "govs", "atty"};
  if (std::find(kTitles.begin(), kTitles.end(), lower) != kTitles.end()) return true;
  // Initials such as "J." before a surname.
  return lower.size() == 1 && std::isalpha(static_cast<unsigned char>(lower[0]));
}

void tokenize_surface(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<SurfaceToken>& out) {
  std::vector<Char> chars;
  chars.reserve(end - begin);
  uint32_t i = begin;
  while (i < end) {
    char32_t cp = 0;
    int length = utf8::decode(text, i, cp);
    if (length <= 0) length = 1, cp = 0xFFFD;
    chars.push_back({cp, i, i + static_cast<uint32_t>(length), classify(cp)});
    i += static_cast<uint32_t>(length);
  }
  ChunkSplitter splitter(text, out);
  size_t k = 0;
  while (k < chars.size()) {
    while (k < chars.size() && chars[k].kind == Kind::kSpace) ++k;
    size_t chunk_begin = k;
    while (k < chars.size() && chars[k].kind != Kind::kSpace) ++k;
    splitter.split(chars, chunk_begin, k);
  }
}

}  // namespace eventwire::tokenizer
