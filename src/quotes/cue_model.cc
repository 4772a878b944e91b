// Features, file format and scoring of the learned cue model (cue_model.h).
#include "quotes/cue_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/fingerprint.h"
#include "quotes/internal.h"

namespace eventwire::quotes_internal {

namespace {

std::vector<std::string> split_on(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.emplace_back(s.substr(pos, next == std::string_view::npos ? next : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

// split_on's pieces as views, into *out (cleared first).
void split_views(std::string_view s, char sep, std::vector<std::string_view>* out) {
  out->clear();
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out->push_back(s.substr(pos, next == std::string_view::npos ? next : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
}

// "he", "officials", "Trump": what kind of thing the subject is.
std::string subject_kind(const Token& t) {
  std::string w = lower(t.text);
  if (t.upos == "PRON") {
    if (w == "he" || w == "she" || w == "i" || w == "we" || w == "they" || w == "you" || w == "who")
      return "person";
    return "pron:" + w;
  }
  if (t.upos == "PROPN") return "propn";
  if (t.upos == "NOUN") return "noun";
  return "other";
}

std::string_view feat_value(const std::string& feats, std::string_view key) {
  size_t p = feats.find(key);
  if (p == std::string::npos) return {};
  size_t b = p + key.size(), end = feats.find('|', b);
  return std::string_view(feats).substr(b, end == std::string::npos ? std::string::npos : end - b);
}

using Parts = std::initializer_list<std::string_view>;

// Calls emit({a, b, …}) once per feature of verb token i; the feature is the
// concatenation of the parts. One generator for training (strings) and for
// scoring (hashes, no string built per feature).
template <class Emit>
void each_cue_feature(const Sentence& s, int i, const CueLexicon& lex, const CueModel& m,
                      Emit&& emit) {
  const Token& t = s.tokens[i];
  const int n = static_cast<int>(s.tokens.size());
  const std::string lemma = lower(t.lemma);
  emit(Parts{"lemma=", lemma});
  auto it = m.senses.find(lemma);
  static const std::string kNone = "none";
  const std::string& first = it == m.senses.end() ? kNone : it->second.front();
  if (it == m.senses.end()) {
    emit(Parts{"wn=none"});
  } else {
    const auto& files = it->second;
    static const char* kRank[] = {"wn1=", "wn2=", "wn3="};
    for (size_t k = 0; k < files.size(); ++k) {
      emit(Parts{kRank[std::min<size_t>(k, 2)], files[k]});
      if (std::find(files.begin(), files.begin() + k, files[k]) == files.begin() + k)
        emit(Parts{"wn=", files[k]});
    }
  }
  const CueEntry* e = lex.verb(t);
  emit(Parts{"lex=", e ? std::string_view(e->cls) : std::string_view("none")});
  if (e && e->object) emit(Parts{"lex_object"});
  emit(Parts{"rel=", t.deprel});
  emit(Parts{"vf=", feat_value(t.feats, "VerbForm=")});
  if (auto v = feat_value(t.feats, "Voice="); !v.empty()) emit(Parts{"voice=", v});
  // Dependents, the subject's kind, the marker or preposition of a clause or
  // oblique ("that", "whether", "to", "about", "as"), nearby quote marks.
  bool subject = false, near = false, any = false;
  bool ccomp = false, obj = false, xcomp = false, obl = false, person = false, propn = false;
  std::vector<int> marked;  // children whose marker or preposition is a feature
  for (int c = 0; c < n; ++c) {
    const Token& k = s.tokens[c];
    if (is_quote_mark(k.text)) {
      any = true;
      near |= c >= i - 3 && c <= i + 3;
    }
    if (k.head - 1 != i) continue;
    const std::string_view rel = k.deprel;  // (a view: compared with literals, no strlen)
    emit(Parts{"dep=", rel});
    ccomp |= rel == "ccomp";
    obj |= rel == "obj";
    xcomp |= rel == "xcomp";
    obl |= rel == "obl";
    if (rel == "nsubj" || rel == "nsubj:pass") {
      subject = true;
      std::string kind = subject_kind(k);
      person |= kind == "person";
      propn |= kind == "propn";
      emit(Parts{"subj=", kind});
      if (std::string_view(k.upos) == "NOUN") emit(Parts{"subj_lemma=", lower(k.lemma)});
    }
    if (rel == "obj") emit(Parts{"obj_lemma=", lower(k.lemma)});
    if (rel == "ccomp" || rel == "xcomp" || rel == "advcl" || rel.starts_with("obl"))
      marked.push_back(c);
  }
  for (int g = 0; g < n && !marked.empty(); ++g) {
    const Token& x = s.tokens[g];
    // (The head first: a cheap test that most tokens fail.)
    int c = x.head - 1;
    if (std::find(marked.begin(), marked.end(), c) == marked.end()) continue;
    if (std::string_view(x.deprel) != "mark" && std::string_view(x.deprel) != "case") continue;
    const std::string& rel = s.tokens[c].deprel;
    emit(Parts{std::string_view(rel).substr(0, rel.find(':')), "+", lower(x.lemma)});
  }
  if (!subject) emit(Parts{"subj=none"});
  if (near) emit(Parts{"quote_near"});
  if (any) emit(Parts{"quote_in_sentence"});
  // The first sense's file joined with the frame: a communication verb with a
  // clause, an object or a person subject.
  const std::pair<bool, const char*> frames[] = {
      {ccomp, "dep=ccomp"},  {obj, "dep=obj"},        {xcomp, "dep=xcomp"}, {person, "subj=person"},
      {propn, "subj=propn"}, {!subject, "subj=none"}, {obl, "dep=obl"}};
  for (const auto& [on, name] : frames)
    if (on) emit(Parts{"wn1=", first, "&", name});
}

}  // namespace

std::vector<std::string> cue_features(const Sentence& s, int i, const CueLexicon& lex,
                                      const CueModel& senses) {
  std::vector<std::string> f;
  each_cue_feature(s, i, lex, senses, [&](Parts parts) {
    std::string x;
    for (std::string_view p : parts) x.append(p);
    f.push_back(std::move(x));
  });
  return f;
}

bool CueModel::candidate(const Token& verb) const {
  std::string lemma = lower(verb.lemma);
  return senses.count(lemma) > 0 || lemmas.count(lemma) > 0;
}

double CueModel::score(const Sentence& s, int i, const CueLexicon& lex) const {
  double z = bias;
  each_cue_feature(s, i, lex, *this, [&](Parts parts) {
    uint64_t h = base::kFnv1aOffset;
    for (std::string_view p : parts) h = base::fnv1a(p, h);
    auto it = hashed.find(h);
    if (it != hashed.end()) z += it->second;
  });
  return 1.0 / (1.0 + std::exp(-z));
}

Result<CueModel> CueModel::parse(std::string_view text, const std::string& name) {
  CueModel m;
  m.fingerprint = base::fingerprint_hex(text);
  size_t line_no = 0;
  bool format = false;
  // Lines and columns are views of the text (4,600 lines at every start);
  // a number is copied out only for strtod, which wants its terminator.
  std::vector<std::string_view> cols;
  std::string digits;
  for (size_t at = 0; at <= text.size();) {
    size_t next = text.find('\n', at);
    if (next == std::string_view::npos) next = text.size();
    const std::string_view line = text.substr(at, next - at);
    at = next + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    split_views(line, '\t', &cols);
    auto bad = [&](const std::string& why) {
      return Status::invalid_input(name + ":" + std::to_string(line_no) + ": " + why);
    };
    auto number = [&](std::string_view x, double& out) {
      digits.assign(x);
      char* end = nullptr;
      out = std::strtod(digits.c_str(), &end);
      return end && *end == '\0' && !x.empty();
    };
    if (cols[0] == "format" && cols.size() == 2) {
      if (cols[1] != "1") return bad("unknown format \"" + std::string(cols[1]) + "\"");
      format = true;
    } else if (cols[0] == "threshold" && cols.size() == 2) {
      if (!number(cols[1], m.threshold)) return bad("bad threshold");
    } else if (cols[0] == "bias" && cols.size() == 2) {
      if (!number(cols[1], m.bias)) return bad("bad bias");
    } else if (cols[0] == "w" && cols.size() == 3) {
      double w = 0;
      if (!number(cols[2], w)) return bad("bad weight \"" + std::string(cols[2]) + "\"");
      m.weights[std::string(cols[1])] = w;
      m.hashed[base::fnv1a(cols[1])] = w;
      if (cols[1].starts_with("lemma=")) m.lemmas.emplace(cols[1].substr(6));
    } else if (cols[0] == "senses" && cols.size() == 3) {
      m.senses[std::string(cols[1])] = split_on(cols[2], ',');
    } else {
      return bad("expected format, threshold, bias, w or senses in \"" + std::string(line) + "\"");
    }
  }
  if (!format) return Status::invalid_input(name + ": no \"format 1\" line");
  return m;
}

std::string CueModel::write() const {
  std::ostringstream out;
  out << "format\t1\n";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", threshold);
  out << "threshold\t" << buf << "\n";
  std::snprintf(buf, sizeof buf, "%.6f", bias);
  out << "bias\t" << buf << "\n";
  std::vector<std::pair<std::string, double>> ws(weights.begin(), weights.end());
  std::sort(ws.begin(), ws.end());
  for (const auto& [k, w] : ws) {
    std::snprintf(buf, sizeof buf, "%.6f", w);
    out << "w\t" << k << "\t" << buf << "\n";
  }
  std::vector<std::string> sorted;
  for (const auto& [k, v] : senses) sorted.push_back(k);
  std::sort(sorted.begin(), sorted.end());
  for (const auto& k : sorted) {
    out << "senses\t" << k << "\t";
    const auto& v = senses.at(k);
    for (size_t j = 0; j < v.size(); ++j) out << (j ? "," : "") << v[j];
    out << "\n";
  }
  return out.str();
}

}  // namespace eventwire::quotes_internal
