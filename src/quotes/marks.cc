// Direct quotes from quote marks: balanced pairs, unbalanced marks (a
// headline with only a closing mark), and quotes running over several
// paragraphs (an opening mark at each paragraph, one closing mark at the end).
#include <algorithm>

#include "quotes/internal.h"

namespace eventwire::quotes_internal {

bool is_quote_mark(std::string_view t) {
  // Asked of nearly every token: most words fail on their length or first byte.
  if (t.empty() || t.size() > 3) return false;
  const auto first = static_cast<unsigned char>(t[0]);
  if (first != '"' && first != '\'' && first != '`' && first != 0xE2 && first != 0xC2) return false;
  return t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u2018" || t == "\u2019" ||
         t == "'" || t == "``" || t == "''" || t == "\u00AB" || t == "\u00BB" || t == "\u201E" ||
         t == "\u2039" || t == "\u203A";
}

namespace {

enum class Role { kOpen, kClose, kEither };

struct Mark {
  int s = 0, t = 0, paragraph = -1;
  bool single = false;
  Role role = Role::kEither;
};

struct Pos {
  int s = 0, t = 0;  // token t of sentence s
};

bool in_multiword(const Sentence& s, int t) {
  for (const auto& m : s.multiword_tokens) {
    if (t >= m.first && t <= m.last) return true;
  }
  return false;
}

Role role_of(const Sentence& s, int t) {
  const std::string& x = s.tokens[t].text;
  if (x == "\u201C" || x == "\u2018" || x == "\u00AB" || x == "``" || x == "\u201E" ||
      x == "\u2039")
    return Role::kOpen;
  if (x == "\u201D" || x == "\u2019" || x == "\u00BB" || x == "\u203A") return Role::kClose;
  bool space_before = t == 0 || s.tokens[t - 1].space_after;
  bool space_after = t + 1 == static_cast<int>(s.tokens.size()) || s.tokens[t].space_after;
  if (space_before && !space_after) return Role::kOpen;
  if (!space_before && space_after) return Role::kClose;
  return Role::kEither;
}

class Builder {
 public:
  explicit Builder(const Document& doc) : doc_(doc) {}

  // The position one past the last token of the paragraph that holds sentence s.
  Pos paragraph_end(int s) const {
    int p = doc_.sentences[s].paragraph;
    int last = s;
    while (last + 1 < static_cast<int>(doc_.sentences.size()) &&
           doc_.sentences[last + 1].paragraph == p)
      ++last;
    return {last, static_cast<int>(doc_.sentences[last].tokens.size())};
  }
  Pos paragraph_start(int s) const {
    int p = doc_.sentences[s].paragraph;
    while (s > 0 && doc_.sentences[s - 1].paragraph == p) --s;
    return {s, 0};
  }
  bool opens_paragraph(const Mark& m) const {
    return m.t == 0 && (m.s == 0 || doc_.sentences[m.s - 1].paragraph != m.paragraph);
  }

  void emit(Pos first, Pos end, bool opened, bool closed) {
    // `end` is exclusive; normalize an end at token 0 to the previous sentence.
    while (end.t == 0 && end.s > first.s) {
      --end.s;
      end.t = static_cast<int>(doc_.sentences[end.s].tokens.size());
    }
    if (end.s < first.s || (end.s == first.s && end.t <= first.t)) return;
    MarkedQuote q;
    q.first_sentence = first.s;
    q.first_token = first.t;
    q.last_sentence = end.s;
    q.last_token = end.t;
    q.start = doc_.sentences[first.s].tokens[first.t].start;
    q.end = doc_.sentences[end.s].tokens[end.t - 1].end;
    q.paragraph = doc_.sentences[first.s].paragraph;
    q.opened = opened;
    q.closed = closed;
    out_.push_back(q);
  }

  // Start of text for a closing mark with no opening one: after the last
  // quote in the same paragraph, else the paragraph start.
  Pos unbalanced_start(const Mark& m) const {
    Pos start = paragraph_start(m.s);
    for (const auto& q : out_) {
      if (q.paragraph == m.paragraph &&
          (q.last_sentence < m.s || (q.last_sentence == m.s && q.last_token <= m.t))) {
        start = {q.last_sentence, q.last_token};
      }
    }
    if (start.t >= static_cast<int>(doc_.sentences[start.s].tokens.size()))
      start = {start.s + 1, 0};
    return start;
  }

  void run_doubles(const std::vector<Mark>& marks) {
    // A plain flag, not std::optional: GCC 12 warns falsely on optional<Mark>.
    Mark open_mark;
    bool has_open = false;
    for (const Mark& m : marks) {
      if (m.single) continue;
      if (has_open && m.paragraph != open_mark.paragraph) {
        if (m.role != Role::kClose && opens_paragraph(m)) {
          open_mark.paragraph = m.paragraph;  // the quote goes on into this paragraph
          last_open_s_ = m.s;
          continue;
        }
        emit({open_mark.s, open_mark.t}, paragraph_end(last_open_s_), true, false);
        has_open = false;
      }
      if (m.role == Role::kOpen || (m.role == Role::kEither && !has_open)) {
        if (has_open) emit({open_mark.s, open_mark.t}, {m.s, m.t}, true, false);
        open_mark = m;
        has_open = true;
        last_open_s_ = m.s;
      } else if (has_open) {
        emit({open_mark.s, open_mark.t}, {m.s, m.t + 1}, true, true);
        has_open = false;
      } else {
        emit(unbalanced_start(m), {m.s, m.t + 1}, false, true);
      }
    }
    if (has_open) emit({open_mark.s, open_mark.t}, paragraph_end(last_open_s_), true, false);
  }

  // Single marks: only pairs within one paragraph, or a closing mark right
  // after sentence punctuation ("… disposal,’ Sinwar says").
  void run_singles(const std::vector<Mark>& marks) {
    size_t doubles = out_.size();
    Mark open_mark;
    bool has_open = false;
    for (const Mark& m : marks) {
      if (!m.single) continue;
      bool inside = false;
      uint32_t cp = doc_.sentences[m.s].tokens[m.t].start;
      for (size_t i = 0; i < doubles; ++i) inside |= cp >= out_[i].start && cp < out_[i].end;
      if (inside) continue;
      if (has_open && m.paragraph != open_mark.paragraph) has_open = false;
      if (m.role == Role::kOpen) {
        open_mark = m;
        has_open = true;
      } else if (m.role == Role::kClose || m.role == Role::kEither) {
        if (has_open) {
          emit({open_mark.s, open_mark.t}, {m.s, m.t + 1}, true, true);
          has_open = false;
        } else if (m.t > 0) {
          const std::string& prev = doc_.sentences[m.s].tokens[m.t - 1].text;
          if (prev == "," || prev == "." || prev == "?" || prev == "!") {
            emit(unbalanced_start(m), {m.s, m.t + 1}, false, true);
          }
        }
      }
    }
    std::sort(out_.begin(), out_.end(),
              [](const MarkedQuote& a, const MarkedQuote& b) { return a.start < b.start; });
  }

  std::vector<MarkedQuote> take() { return std::move(out_); }

 private:
  const Document& doc_;
  std::vector<MarkedQuote> out_;
  int last_open_s_ = 0;  // sentence of the latest opening mark of the open quote
};

}  // namespace

std::vector<MarkedQuote> find_marked_quotes(const Document& doc) {
  std::vector<Mark> marks;
  for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (int t = 0; t < static_cast<int>(sent.tokens.size()); ++t) {
      const std::string& x = sent.tokens[t].text;
      if (!is_quote_mark(x) || in_multiword(sent, t)) continue;
      bool single = x == "\u2018" || x == "\u2019" || x == "'" || x == "\u2039" || x == "\u203A";
      // Two apostrophes written together ('' in NYT copy) are one double mark.
      if (x == "'" && t + 1 < static_cast<int>(sent.tokens.size()) &&
          sent.tokens[t + 1].text == "'" && !sent.tokens[t].space_after) {
        Mark m{s, t + 1, sent.paragraph, false, Role::kClose};
        bool space_before = t == 0 || sent.tokens[t - 1].space_after;
        if (space_before) m = {s, t, sent.paragraph, false, Role::kOpen};
        marks.push_back(m);
        ++t;
        continue;
      }
      marks.push_back({s, t, sent.paragraph, single, role_of(sent, t)});
    }
  }
  Builder b(doc);
  b.run_doubles(marks);
  b.run_singles(marks);
  return b.take();
}

std::vector<std::vector<bool>> quoted_token_flags(const Document& doc) {
  const int ns = static_cast<int>(doc.sentences.size());
  std::vector<std::vector<bool>> quoted(ns);
  for (int s = 0; s < ns; ++s) quoted[s].assign(doc.sentences[s].tokens.size(), false);
  for (const auto& q : find_marked_quotes(doc)) {
    for (int s = q.first_sentence; s <= q.last_sentence && s < ns; ++s) {
      int a = s == q.first_sentence ? q.first_token : 0;
      int b = s == q.last_sentence ? q.last_token : static_cast<int>(quoted[s].size());
      for (int t = a; t < b && t < static_cast<int>(quoted[s].size()); ++t) quoted[s][t] = true;
    }
  }
  return quoted;
}

}  // namespace eventwire::quotes_internal
