#include "dict/verb_pattern.h"

#include "dict/lines.h"

namespace eventwire::dict::internal {

CodePair parse_code_pair(std::string_view text) {
  CodePair code;
  text = trim(text);
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    code.active = std::string(text);
  } else {
    code.has_passive = true;
    code.active = std::string(trim(text.substr(0, colon)));
    code.passive = std::string(trim(text.substr(colon + 1)));
  }
  return code;
}

bool split_verb_head(std::string_view head, bool tabari, Verb* verb) {
  verb->exact = !tabari || (!head.empty() && head.back() == '_');
  // Pieces joined by "_" or spaces; the one written "+WORD" is the verb, else the first.
  std::vector<std::string> pieces;
  int marked = -1;
  size_t i = 0;
  while (i < head.size()) {
    while (i < head.size() && (head[i] == '_' || head[i] == ' ' || head[i] == '\t')) ++i;
    size_t end = i;
    while (end < head.size() && head[end] != '_' && head[end] != ' ' && head[end] != '\t') ++end;
    std::string_view piece = head.substr(i, end - i);
    if (!piece.empty() && piece[0] == '+') {
      piece.remove_prefix(1);
      if (marked < 0) marked = static_cast<int>(pieces.size());
    }
    if (!piece.empty()) pieces.push_back(to_upper(piece));
    i = end;
  }
  if (pieces.empty()) return false;
  size_t verb_index = marked >= 0 && static_cast<size_t>(marked) < pieces.size() ? marked : 0;
  verb->word = pieces[verb_index];
  verb->lemma = to_lower(verb->word);
  verb->pre_words.assign(pieces.begin(), pieces.begin() + verb_index);
  verb->post_words.assign(pieces.begin() + verb_index + 1, pieces.end());
  return true;
}

void read_forms(std::string_view inside, Verb* verb) {
  std::vector<std::string_view> tokens = split_ws(inside);
  if (tokens.empty()) {
    verb->forms_suppressed = true;
    return;
  }
  for (std::string_view token : tokens) {
    Verb form;
    if (split_verb_head(token, false, &form)) verb->forms.push_back(form.word);
  }
}

std::string noun_lemma(std::string_view word) {
  std::string w = to_lower(word);
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 1 && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes")) return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) return w.substr(0, w.size() - 1);
  return w;
}

namespace {

bool is_word_char(char c) {
  switch (c) {
    case ' ':
    case '\t':
    case '_':
    case '(':
    case ')':
    case '{':
    case '}':
    case '*':
    case '$':
    case '+':
    case '%':
    case '^':
    case '&':
    case '[':
    case ']':
    case '|':
      return false;
    default:
      return true;
  }
}

// The inside of "{ … }": alternatives "{A | B}" or a phrase "{BIG_WORD}".
bool parse_braces(std::string_view inside, PatternToken& token, std::string* error) {
  if (inside.find('|') != std::string_view::npos) {
    token.kind = PatternToken::Kind::kAlternatives;
    size_t start = 0;
    while (start <= inside.size()) {
      size_t bar = inside.find('|', start);
      if (bar == std::string_view::npos) bar = inside.size();
      std::string_view choice = trim(inside.substr(start, bar - start));
      if (choice.empty()) {
        *error = "empty choice in { | }";
        return false;
      }
      token.words.push_back(to_upper(choice));
      start = bar + 1;
    }
    return true;
  }
  token.kind = PatternToken::Kind::kPhrase;
  token.words = split_name(inside);
  if (token.words.empty()) {
    *error = "empty { }";
    return false;
  }
  token.text = token.words.back();
  token.lemma = noun_lemma(token.text);
  return true;
}

// How much of the run after "&" names the synset: the longest prefix ending at
// a "_" boundary that names a known synset, else the run up to its first "_".
size_t synset_prefix(const std::string& run,
                     const std::unordered_map<std::string, uint32_t>* synsets) {
  size_t take = run.find('_');
  if (take == std::string::npos) take = run.size();
  if (synsets) {
    size_t cut = run.size();
    while (cut > 0) {
      if (synsets->count(run.substr(0, cut))) return cut;
      size_t prev = run.rfind('_', cut - 1);
      if (prev == std::string::npos || prev == 0) break;
      cut = prev;
    }
  }
  return take;
}

// Takes the code "[…]" off the end of `body` into `pattern` (with the text
// before it); `body` is left as that text.
bool take_code(std::string_view& body, VerbPattern* pattern, std::string* error) {
  size_t open = body.rfind('[');
  if (open == std::string_view::npos) {
    *error = "no [code]";
    return false;
  }
  size_t close = body.find(']', open);
  if (close == std::string_view::npos) {
    *error = "unclosed '[' in the code";
    return false;
  }
  pattern->code = parse_code_pair(body.substr(open + 1, close - open - 1));
  body = trim(body.substr(0, open));
  pattern->text = std::string(body);
  if (pattern->code.empty()) {
    *error = "empty code []";
    return false;
  }
  return true;
}

}  // namespace

bool parse_verb_pattern(std::string_view line, VerbDialect dialect,
                        const std::unordered_map<std::string, uint32_t>* synsets,
                        VerbPattern* pattern, std::string* error) {
  std::string_view body = trim(line);
  if (!body.empty() && body[0] == '-') body.remove_prefix(1);
  if (!take_code(body, pattern, error)) return false;

  const bool tabari = dialect == VerbDialect::kTabari;
  bool in_paren = false, seen_verb = false;
  PrepPhrase prep;
  PatternToken verb_token;
  PatternToken* last = nullptr;  // the token a following "_" attaches to
  auto emit = [&](PatternToken token) -> PatternToken* {
    std::vector<PatternToken>* list = in_paren    ? &prep.object
                                      : seen_verb ? &pattern->post
                                                  : &pattern->pre;
    if (in_paren && prep.preposition.empty() && prep.object.empty() &&
        (token.kind == PatternToken::Kind::kWord || token.kind == PatternToken::Kind::kSynset)) {
      prep.preposition = token.kind == PatternToken::Kind::kSynset ? "&" + token.text : token.text;
      return nullptr;
    }
    list->push_back(std::move(token));
    return &list->back();
  };

  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == ' ' || c == '\t') {
      last = nullptr;
      ++i;
      continue;
    }
    if (c == '_') {
      if (last) {
        last->exact = true;
        if (i + 1 < body.size() && body[i + 1] != ' ' && body[i + 1] != '\t') last->joined = true;
      }
      ++i;
      continue;
    }
    last = nullptr;
    if (c == '(') {
      if (in_paren) {
        *error = "nested '('";
        return false;
      }
      in_paren = true;
      prep = {};
      ++i;
      continue;
    }
    if (c == ')') {
      if (!in_paren) {
        *error = "')' without '('";
        return false;
      }
      in_paren = false;
      if (prep.preposition.empty() && prep.object.empty()) {
        *error = "empty ( )";
        return false;
      }
      pattern->preps.push_back(std::move(prep));
      ++i;
      continue;
    }
    if (c == '{') {
      size_t end = body.find('}', i);
      if (end == std::string_view::npos) {
        *error = "unclosed '{'";
        return false;
      }
      PatternToken token;
      if (!parse_braces(body.substr(i + 1, end - i - 1), token, error)) return false;
      last = emit(std::move(token));
      i = end + 1;
      continue;
    }
    if (c == '}' || c == '|' || c == '[' || c == ']') {
      *error = std::string("stray '") + c + "'";
      return false;
    }
    if (c == '*') {
      while (i < body.size() && body[i] == '*') ++i;  // "**" is legacy for "*"
      if (seen_verb) {
        *error = "two '*' (the verb can only be in one place)";
        return false;
      }
      if (in_paren) {
        *error = "'*' inside ( )";
        return false;
      }
      seen_verb = true;
      pattern->has_verb_marker = true;
      verb_token = {};
      last = &verb_token;
      continue;
    }
    PatternToken token;
    if (c == '$' || c == '+' || c == '%' || c == '^') {
      token.kind = c == '$'   ? PatternToken::Kind::kSource
                   : c == '+' ? PatternToken::Kind::kTarget
                   : c == '%' ? PatternToken::Kind::kCompound
                              : PatternToken::Kind::kAttribution;
      token.text = std::string(1, c);
      last = emit(std::move(token));
      ++i;
      continue;
    }
    if (c == '&') {
      size_t end = i + 1;
      while (end < body.size() && (is_word_char(body[end]) || body[end] == '_')) ++end;
      std::string run = to_upper(body.substr(i + 1, end - i - 1));
      const size_t take = synset_prefix(run, synsets);
      token.kind = PatternToken::Kind::kSynset;
      token.text = run.substr(0, take);
      if (token.text.empty()) {
        *error = "'&' without a synset name";
        return false;
      }
      last = emit(std::move(token));
      i += 1 + take;
      continue;
    }
    size_t end = i;
    while (end < body.size() && is_word_char(body[end])) ++end;
    token.kind = PatternToken::Kind::kWord;
    token.text = to_upper(body.substr(i, end - i));
    token.lemma = noun_lemma(token.text);
    token.exact = !tabari;
    last = emit(std::move(token));
    i = end;
  }
  if (in_paren) {
    *error = "unclosed '('";
    return false;
  }
  pattern->verb_joined_next = verb_token.joined;
  if (!seen_verb && pattern->pre.empty() && pattern->post.empty() && pattern->preps.empty()) {
    *error = "no tokens";
    return false;
  }
  return true;
}

}  // namespace eventwire::dict::internal
