// A small sentence and token splitter for the geo stage's evaluation, so that
// geo can be scored without the text stage (whose segment_article is the one
// the pipeline uses). Good enough for toponyms: words with inner hyphens and
// apostrophes, "U.S."-style abbreviations, "'s" split off.
#include <utf8proc.h>

#include <set>
#include <string>

#include "eventwire/geo.h"

namespace eventwire {
namespace {

struct Cp {
  char32_t cp;
  uint32_t byte, len;
};

bool is_word_char(char32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}
bool is_upper(char32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}
bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019;
}
bool is_hyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

}  // namespace

std::vector<Sentence> geo_segment_text(std::string_view text) {
  std::vector<Cp> cps;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t c = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (n <= 0) c = 0xFFFD, n = 1;
    cps.push_back({static_cast<char32_t>(c), static_cast<uint32_t>(i), static_cast<uint32_t>(n)});
    i += static_cast<size_t>(n);
  }
  static const std::set<std::string> titles = {
      "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov",  "Lt",  "Col", "Capt", "Prof",
      "Jr", "Sr",  "Mt", "Ft", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov",  "Dec"};
  std::vector<Sentence> sentences;
  Sentence current;
  auto add_token = [&](size_t a, size_t b) {
    Token t;
    t.start = static_cast<uint32_t>(a);
    t.end = static_cast<uint32_t>(b);
    t.byte_start = cps[a].byte;
    t.byte_end = b < cps.size() ? cps[b].byte : static_cast<uint32_t>(text.size());
    t.text = std::string(text.substr(t.byte_start, t.byte_end - t.byte_start));
    t.space_after = b < cps.size() && is_space(cps[b].cp);
    current.tokens.push_back(std::move(t));
  };
  auto close_sentence = [&] {
    if (current.tokens.empty()) return;
    current.id = static_cast<int>(sentences.size());
    current.start = current.tokens.front().start;
    current.end = current.tokens.back().end;
    current.byte_start = current.tokens.front().byte_start;
    current.byte_end = current.tokens.back().byte_end;
    sentences.push_back(std::move(current));
    current = Sentence();
  };
  size_t i = 0;
  while (i < cps.size()) {
    char32_t c = cps[i].cp;
    if (c == '\n' && i + 1 < cps.size() && cps[i + 1].cp == '\n') close_sentence();
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (is_word_char(c)) {
      size_t j = i;
      while (j < cps.size()) {
        if (is_word_char(cps[j].cp)) {
          ++j;
        } else if ((is_hyphen(cps[j].cp) || cps[j].cp == '&') && j + 1 < cps.size() &&
                   is_word_char(cps[j + 1].cp)) {
          ++j;  // Gaza-based, AT&T
        } else if (cps[j].cp == '.' && j + 1 < cps.size() && is_word_char(cps[j + 1].cp) &&
                   (j == i + 1 || !is_word_char(cps[j - 2].cp))) {
          ++j;  // U.S (a single letter before the period; not "end.Next")
        } else if (is_apostrophe(cps[j].cp) && j + 1 < cps.size() && is_word_char(cps[j + 1].cp) &&
                   !((cps[j + 1].cp == 's' || cps[j + 1].cp == 'S') &&
                     (j + 2 >= cps.size() || !is_word_char(cps[j + 2].cp)))) {
          ++j;  // O'Hare, Xi'an; "'s" is split off below
        } else {
          break;
        }
      }
      // "U.S." keeps its final period: single letters separated by periods.
      if (j < cps.size() && cps[j].cp == '.' && j - i >= 3 && cps[j - 2].cp == '.') ++j;
      std::string word(
          text.substr(cps[i].byte, (j < cps.size() ? cps[j].byte : text.size()) - cps[i].byte));
      add_token(i, j);
      i = j;
      // Sentence end: . ! ? followed by space and an upper-case letter or a quote.
      if (i < cps.size() && (cps[i].cp == '.' || cps[i].cp == '!' || cps[i].cp == '?') &&
          titles.count(word) == 0 && !(word.size() == 1 && is_upper(cps[i - 1].cp))) {
        add_token(i, i + 1);
        ++i;
        size_t k = i;
        while (k < cps.size() && (cps[k].cp == '"' || cps[k].cp == 0x201D || cps[k].cp == '\'' ||
                                  cps[k].cp == 0x2019)) {
          add_token(k, k + 1);
          ++k;
        }
        i = k;
        if (k < cps.size() && is_space(cps[k].cp)) {
          while (k < cps.size() && is_space(cps[k].cp)) ++k;
          if (k >= cps.size() || is_upper(cps[k].cp) || cps[k].cp == '"' || cps[k].cp == 0x201C)
            close_sentence();
        }
      }
      continue;
    }
    if (is_apostrophe(c) && i + 1 < cps.size() && (cps[i + 1].cp == 's' || cps[i + 1].cp == 'S') &&
        (i + 2 >= cps.size() || !is_word_char(cps[i + 2].cp)) && !current.tokens.empty() &&
        current.tokens.back().end == i) {
      add_token(i, i + 2);
      i += 2;
      continue;
    }
    add_token(i, i + 1);
    ++i;
    if ((c == '!' || c == '?') && i < cps.size() && is_space(cps[i].cp)) close_sentence();
  }
  close_sentence();
  return sentences;
}

}  // namespace eventwire
