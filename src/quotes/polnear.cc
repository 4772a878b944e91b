// Scoring on PolNeAR (BRAT standoff). Every text runs through the pipeline's
// own steps (segment_article, the syntax model when given, the extractor);
// predicted and gold Source/Cue/Content spans are compared exactly, by
// overlap (a one-to-one match covering ≥ 50% of both spans) and, as Citron
// reports it, by the share of overlapping characters.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/fingerprint.h"
#include "base/strings.h"
#include "eventwire/io.h"
#include "eventwire/quotes.h"
#include "eventwire/syntax.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

// The evaluation split: FNV-1a 64 of the text's file stem, lowest bit (docs/quotes.md).
using base::eval_half;

namespace fs = std::filesystem;
using Frag = std::pair<uint32_t, uint32_t>;  // [start, end) code points
using Spans = std::vector<Frag>;             // one possibly discontinuous span

struct Attribution {
  Spans content, source, cue;
  bool direct = false;
  std::string cue_text;  // gold content opens with a quote mark
};

Result<std::string> read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::io_error("cannot read \"" + p.string() + "\"");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// BRAT offsets count the code points of the file as it is; the pipeline reads
// its NFC form, where "A" + a combining tilde is one "Ã". For each code point
// offset of the file, the offset in the normalized text (a code point merged
// into the one before maps to the next boundary).
std::vector<uint32_t> raw_to_normalized(const std::string& raw, const NormalizedText& norm) {
  CodePointIndex raw_idx(raw), norm_idx(norm.text);
  constexpr uint32_t unset = UINT32_MAX;
  std::vector<uint32_t> map(raw_idx.size() + 1, unset);
  for (uint32_t cp = 0; cp <= norm_idx.size(); ++cp) {
    uint32_t raw_cp = raw_idx.to_code_point(norm.original_byte[norm_idx.to_byte(cp)]);
    if (map[raw_cp] == unset) map[raw_cp] = cp;
  }
  for (size_t i = map.size(); i-- > 0;)
    if (map[i] == unset) map[i] = i + 1 < map.size() ? map[i + 1] : norm_idx.size();
  return map;
}

Result<std::vector<Attribution>> read_ann(const fs::path& p, const std::string& text,
                                          const std::vector<uint32_t>& offsets) {
  auto body = read_file(p);
  if (!body) return body.status();
  std::map<std::string, Spans> spans;
  std::vector<Attribution> out;
  std::istringstream in(*body);
  std::string line;
  std::vector<std::string> events;
  size_t line_no = 0;
  CodePointIndex idx(text);
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    auto tab1 = line.find('\t');
    if (tab1 == std::string::npos) continue;
    std::string id = line.substr(0, tab1);
    if (id[0] == 'E') {
      events.push_back(line.substr(tab1 + 1));
      continue;
    }
    if (id[0] != 'T') continue;
    auto tab2 = line.find('\t', tab1 + 1);
    std::istringstream fields(line.substr(tab1 + 1, tab2 - tab1 - 1));
    std::string type, frag;
    fields >> type;
    Spans sp;
    std::string rest;
    std::getline(fields, rest);
    std::istringstream frags(rest);
    while (std::getline(frags, frag, ';')) {
      std::istringstream f(frag);
      uint32_t a = 0, b = 0;
      if (!(f >> a >> b) || b < a) {
        return Status::invalid_input(p.string() + ":" + std::to_string(line_no) +
                                     ": bad span in \"" + line + "\"");
      }
      if (b < offsets.size()) a = offsets[a], b = offsets[b];
      sp.push_back({a, b});
    }
    spans[id] = sp;
  }
  for (const std::string& e : events) {
    std::istringstream f(e);
    std::string arg;
    Attribution a;
    bool any = false;
    while (f >> arg) {
      auto colon = arg.find(':');
      if (colon == std::string::npos) continue;
      std::string role = arg.substr(0, colon), ref = arg.substr(colon + 1);
      auto it = spans.find(ref);
      if (it == spans.end()) continue;
      if (role == "Content") a.content = it->second, any = true;
      if (role == "Source") a.source = it->second;
      if (role == "Cue") a.cue = it->second, a.cue_text = ref;
    }
    if (!any) continue;
    // Direct: the gold content opens with a quote mark.
    uint32_t start = a.content.front().first;
    if (start < idx.size()) {
      std::string first = text.substr(
          idx.to_byte(start), idx.to_byte(std::min(start + 1, idx.size())) - idx.to_byte(start));
      a.direct = first == "\"" || first == "\u201C" || first == "\u2018" || first == "'";
    }
    out.push_back(std::move(a));
  }
  return out;
}

uint32_t length(const Spans& s) {
  uint32_t n = 0;
  for (auto [a, b] : s) n += b - a;
  return n;
}
uint32_t intersect(const Spans& x, const Spans& y) {
  uint32_t n = 0;
  for (auto [a, b] : x) {
    for (auto [c, d] : y) {
      uint32_t lo = std::max(a, c), hi = std::min(b, d);
      if (hi > lo) n += hi - lo;
    }
  }
  return n;
}

struct Counts {
  double tp_exact = 0, tp_overlap = 0, pred = 0, gold = 0;
  double char_pred_hit = 0, char_pred = 0, char_gold_hit = 0, char_gold = 0;
};

// Unique spans of one role; trims whitespace and outer punctuation that
// annotators include or leave out inconsistently.
std::vector<Spans> unique_spans(std::vector<Spans> all) {
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::erase_if(all, [](const Spans& s) { return s.empty() || length(s) == 0; });
  return all;
}

void score(const std::vector<Spans>& pred, const std::vector<Spans>& gold, double w, Counts& c) {
  c.pred += w * pred.size();
  c.gold += w * gold.size();
  std::vector<bool> used(gold.size(), false);
  for (const Spans& p : pred) {
    int exact = -1, best = -1;
    double best_ov = 0;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (used[g]) continue;
      if (p == gold[g]) exact = static_cast<int>(g);
      double inter = intersect(p, gold[g]);
      double ov = std::min(inter / length(p), inter / length(gold[g]));
      if (ov > best_ov) best_ov = ov, best = static_cast<int>(g);
    }
    if (exact >= 0) c.tp_exact += w;
    int hit = exact >= 0 ? exact : (best_ov >= 0.5 ? best : -1);
    if (hit >= 0) {
      c.tp_overlap += w;
      used[hit] = true;
    }
  }
  Spans all_gold, all_pred;
  for (const auto& g : gold) all_gold.insert(all_gold.end(), g.begin(), g.end());
  for (const auto& p : pred) all_pred.insert(all_pred.end(), p.begin(), p.end());
  for (const auto& p : pred)
    c.char_pred_hit += w * intersect(p, all_gold), c.char_pred += w * length(p);
  for (const auto& g : gold)
    c.char_gold_hit += w * intersect(g, all_pred), c.char_gold += w * length(g);
}

void emit(QuoteScores& out, const std::string& name, const Counts& c) {
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  auto pct = [](double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; };
  double pe = pct(c.tp_exact, c.pred), re = pct(c.tp_exact, c.gold);
  double po = pct(c.tp_overlap, c.pred), ro = pct(c.tp_overlap, c.gold);
  double pc = pct(c.char_pred_hit, c.char_pred), rc = pct(c.char_gold_hit, c.char_gold);
  out.insert(out.end(), {{name + "_exact_p", pe},
                         {name + "_exact_r", re},
                         {name + "_exact_f1", f1(pe, re)},
                         {name + "_overlap_p", po},
                         {name + "_overlap_r", ro},
                         {name + "_overlap_f1", f1(po, ro)},
                         {name + "_chars_p", pc},
                         {name + "_chars_r", rc},
                         {name + "_chars_f1", f1(pc, rc)}});
}

Spans one(const Mention& m) {
  return m.end > m.start ? Spans{{m.start, m.end}} : Spans{};
}

// Our quotes as PolNeAR-style attributions. PolNeAR is univocal (a token
// belongs to one attribution), so a report nested in another's content is
// left out; and there is one attribution per cue (fragments
// of "“A,” he said, “B.”" join).
int paragraph_of(const Document& doc, uint32_t cp) {
  for (const Sentence& s : doc.sentences) {
    if (!s.tokens.empty() && s.tokens.back().end > cp) return s.paragraph;
  }
  return -1;
}

std::vector<Attribution> predicted(const Document& doc) {
  std::vector<Attribution> out;
  std::map<uint32_t, size_t> by_cue, by_speaker;
  for (const Quote& q : doc.quotes) {
    // Measured on dev, dropping nested reports scores a little better than
    // cutting them out of the outer content (55.1 vs 54.7 content F1).
    bool nested = false;
    for (const Quote& o : doc.quotes) {
      if (&o == &q || q.cue.sentence < 0) continue;
      nested |= q.cue.start >= o.content.start && q.cue.end <= o.content.end &&
                (o.content.end - o.content.start) > (q.content.end - q.content.start);
    }
    if (nested) continue;
    Spans content{{q.content.start, q.content.end}};
    size_t slot = out.size();
    if (q.cue.sentence >= 0 && by_cue.count(q.cue.start)) {
      slot = by_cue[q.cue.start];
    } else if (q.cue.sentence < 0 && q.speaker && by_speaker.count(q.speaker->start)) {
      // A discourse quote joins its speaker's attribution within one
      // paragraph (PolNeAR's attributions nearly never span paragraphs).
      size_t at = by_speaker[q.speaker->start];
      if (paragraph_of(doc, q.content.start) ==
          paragraph_of(doc, out[at].content.back().second - 1))
        slot = at;
    }
    if (slot == out.size()) {
      out.emplace_back();
      if (q.cue.sentence >= 0) out[slot].cue = one(q.cue), by_cue[q.cue.start] = slot;
      if (q.speaker) out[slot].source = one(*q.speaker), by_speaker.emplace(q.speaker->start, slot);
    }
    out[slot].content.insert(out[slot].content.end(), content.begin(), content.end());
  }
  for (auto& a : out) std::sort(a.content.begin(), a.content.end());
  return out;
}

std::string excerpt(const Document& doc, const Spans& s) {
  CodePointIndex idx(doc.article.text);
  std::string out;
  for (auto [a, b] : s) {
    if (b > idx.size()) continue;
    if (!out.empty()) out += " | ";
    out += doc.article.text.substr(idx.to_byte(a), idx.to_byte(b) - idx.to_byte(a));
  }
  for (char& c : out) c = c == '\n' ? ' ' : c;
  return out;
}

}  // namespace

namespace {

// A blank line between two lines of text (split_paragraphs' test).
bool inner_blank_line(std::string_view text) {
  text = base::trim(text);
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    const size_t next = text.find('\n', nl + 1);
    if (next == std::string_view::npos) return false;
    if (base::trim(text.substr(nl + 1, next - nl - 1)).empty()) return true;
  }
  return false;
}

// Where io's split_paragraphs would end a paragraph, kept as offsets into the
// text: at blank lines, and at single line breaks by its own rule.
size_t paragraph_end(const std::string& text, size_t pos, bool has_blank_lines) {
  for (size_t nl = text.find('\n', pos); nl != std::string::npos; nl = text.find('\n', nl + 1)) {
    const size_t line_start = text.rfind('\n', nl == 0 ? 0 : nl - 1);
    const size_t prev_from = line_start == std::string::npos || nl == 0 ? 0 : line_start + 1;
    const size_t next_end = std::min(text.find('\n', nl + 1), text.size());
    const std::string_view prev(text.data() + prev_from, nl - prev_from);
    const std::string_view next(text.data() + nl + 1, next_end - nl - 1);
    if (base::trim(prev).empty() || base::trim(next).empty()) return nl;  // a blank line
    if (single_break_ends_paragraph(prev, next, has_blank_lines)) return nl;
  }
  return text.size();
}

}  // namespace

void quotes_internal::set_text_paragraphs(Article& a) {
  CodePointIndex idx(a.text);
  const bool has_blank_lines = inner_blank_line(a.text);
  size_t pos = 0;
  while (pos < a.text.size()) {
    size_t end = paragraph_end(a.text, pos, has_blank_lines);
    size_t b = pos, e = end;
    while (b < e && (a.text[b] == '\n' || a.text[b] == ' ')) ++b;
    while (e > b && (a.text[e - 1] == '\n' || a.text[e - 1] == ' ')) --e;
    if (e > b) a.paragraphs.push_back({idx.to_code_point(b), idx.to_code_point(e)});
    pos = end + 1;
  }
}

namespace {

// What the evaluation adds up over the texts.
struct Tallies {
  Counts content, source, cue;
  double direct_gold = 0, direct_found = 0, speaker_pairs = 0, speaker_right = 0;
};

// Scores the predictions of one text against each of its annotators' files
// (`mine`), each weighing 1 / their number; misses go to `trace` when set.
Status score_text(const Document& doc, const std::string& stem, const std::vector<fs::path>& mine,
                  const std::vector<uint32_t>& offsets, const std::vector<Attribution>& pred,
                  std::ostream* trace, Tallies& t) {
  Counts &content = t.content, &source = t.source, &cue = t.cue;
  double &direct_gold = t.direct_gold, &direct_found = t.direct_found;
  double &speaker_pairs = t.speaker_pairs, &speaker_right = t.speaker_right;
  double w = 1.0 / mine.size();
  for (const auto& ap : mine) {
    auto gold = read_ann(ap, doc.article.text, offsets);
    if (!gold) return gold.status();
    std::vector<Spans> pc, ps, pq, gc, gs, gq;
    for (const auto& a : pred) pc.push_back(a.content), ps.push_back(a.source), pq.push_back(a.cue);
    for (const auto& a : *gold)
      gc.push_back(a.content), gs.push_back(a.source), gq.push_back(a.cue);
    score(unique_spans(pc), unique_spans(gc), w, content);
    if (trace && &ap == &mine.front()) {
      for (const auto& p : pred) {
        bool hit = false;
        for (const auto& g : *gold) {
          double inter = intersect(p.content, g.content);
          hit |= inter >= 0.5 * std::max(length(p.content), length(g.content));
        }
        if (!hit)
          *trace << stem << "\tSPURIOUS\t" << excerpt(doc, p.cue) << "\t" << excerpt(doc, p.content)
                 << "\n";
      }
    }
    score(unique_spans(ps), unique_spans(gs), w, source);
    score(unique_spans(pq), unique_spans(gq), w, cue);
    // Attribution-level: match contents by overlap, then compare sources.
    for (const auto& g : *gold) {
      const Attribution* best = nullptr;
      double best_ov = 0;
      for (const auto& p : pred) {
        double inter = intersect(p.content, g.content);
        if (inter == 0) continue;
        double ov = std::min(inter / length(p.content), inter / length(g.content));
        if (ov > best_ov) best_ov = ov, best = &p;
      }
      bool matched = best && best_ov >= 0.5;
      if (trace && !matched) {
        // The nearest prediction, if any, shows whether the span or the whole attribution was
        // missed.
        *trace << stem << "\tMISS\t" << excerpt(doc, g.cue) << "\t" << excerpt(doc, g.content)
               << "\t" << (best ? excerpt(doc, best->content) : std::string("-")) << "\n";
      }
      if (g.direct) {
        direct_gold += w;
        // Found: some predicted content covers at least half of the quote.
        double covered = 0;
        for (const auto& p : pred) covered += intersect(p.content, g.content);
        if (covered >= 0.5 * length(g.content)) direct_found += w;
      }
      if (matched && !g.source.empty()) {
        speaker_pairs += w;
        double inter = intersect(best->source, g.source);
        if (!best->source.empty() &&
            inter >= 0.5 * std::max(length(best->source), length(g.source))) {
          speaker_right += w;
        } else if (trace && &ap == &mine.front()) {
          *trace << stem << "\tSOURCE\t" << excerpt(doc, g.source) << "\t"
                 << excerpt(doc, best->source) << "\t" << excerpt(doc, g.cue) << "\t"
                 << excerpt(doc, g.content) << "\n";
        }
      }
    }
  }
  return Status::ok();
}

}  // namespace

Result<QuoteScores> evaluate_quotes_polnear(const PolnearEvalOptions& options) {
  fs::path text_dir = fs::path(options.dir) / "text",
           ann_dir = fs::path(options.dir) / "attributions";
  if (!fs::is_directory(text_dir) || !fs::is_directory(ann_dir)) {
    return Status::not_found("\"" + options.dir + "\" has no text/ and attributions/ folders");
  }
  std::shared_ptr<const SyntaxModel> model;
  if (!options.syntax_model.empty()) {
    auto m = SyntaxModel::load(options.syntax_model);
    if (!m) return m.status();
    model = *m;
  }
  QuoteOptions qo;
  qo.lexicon_path = options.lexicon_path;
  qo.learned_cues = options.learned_cues;
  qo.cue_model_path = options.cue_model_path;
  qo.cue_threshold = options.cue_threshold;
  auto extractor = QuoteExtractor::create(qo);
  if (!extractor) return extractor.status();

  std::vector<fs::path> texts;
  for (const auto& e : fs::directory_iterator(text_dir)) {
    if (e.path().extension() == ".txt") texts.push_back(e.path());
  }
  std::sort(texts.begin(), texts.end());
  if (options.limit > 0 && static_cast<int>(texts.size()) > options.limit)
    texts.resize(options.limit);
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(ann_dir)) {
    if (e.path().extension() == ".ann") anns.push_back(e.path());
  }

  Tallies t;
  double tokens = 0, seconds_quotes = 0, seconds_parse = 0, n_texts = 0, n_quotes = 0;
  for (const fs::path& tp : texts) {
    std::string stem = tp.stem().string();
    std::vector<fs::path> mine;
    for (const auto& a : anns) {
      std::string s = a.stem().string();
      if (s.size() == stem.size() + 5 && s.compare(0, stem.size(), stem) == 0 &&
          s[stem.size()] == '_')
        mine.push_back(a);
    }
    if (mine.empty()) continue;
    if (options.half >= 0 && eval_half(stem) != options.half) continue;
    auto raw = read_file(tp);
    if (!raw) return raw.status();
    auto norm = normalize_text(*raw);
    if (!norm) return Status::invalid_input(tp.string() + ": " + norm.status().message());
    std::vector<uint32_t> offsets = raw_to_normalized(*raw, *norm);
    Document doc;
    doc.article.id = stem;
    doc.article.text = norm->text;
    quotes_internal::set_text_paragraphs(doc.article);
    doc.sentences = segment_article(doc.article, SegmentOptions{}, &doc.warnings);
    auto t0 = std::chrono::steady_clock::now();
    if (model) {
      for (auto& s : doc.sentences) {
        if (auto st = model->annotate(s); !st) return st;
      }
    }
    auto t1 = std::chrono::steady_clock::now();
    (*extractor)->annotate(doc);
    auto t2 = std::chrono::steady_clock::now();
    seconds_parse += std::chrono::duration<double>(t1 - t0).count();
    seconds_quotes += std::chrono::duration<double>(t2 - t1).count();
    for (const auto& s : doc.sentences) tokens += s.tokens.size();
    n_texts += 1;
    n_quotes += doc.quotes.size();

    std::vector<Attribution> pred = predicted(doc);
    if (auto st = score_text(doc, stem, mine, offsets, pred, options.trace, t); !st) return st;
  }
  QuoteScores out;
  emit(out, "content", t.content);
  emit(out, "source", t.source);
  emit(out, "cue", t.cue);
  auto pct = [](double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; };
  out.push_back({"speaker_accuracy", pct(t.speaker_right, t.speaker_pairs)});
  out.push_back({"direct_found", pct(t.direct_found, t.direct_gold)});
  out.push_back({"gold_attributions", t.content.gold});
  out.push_back({"predicted_attributions", t.content.pred});
  out.push_back({"texts", n_texts});
  out.push_back({"quotes", n_quotes});
  out.push_back({"tokens", tokens});
  out.push_back({"quotes_tokens_per_s", seconds_quotes > 0 ? tokens / seconds_quotes : 0});
  if (model) {  // the cost of quotes next to the parse it needs
    out.push_back({"syntax_tokens_per_s", seconds_parse > 0 ? tokens / seconds_parse : 0});
    out.push_back({"quotes_share_of_syntax_time",
                   seconds_parse > 0 ? 100.0 * seconds_quotes / seconds_parse : 0});
  }
  return out;
}

}  // namespace eventwire
