// Readers for TimeML and WikiWars (TIMEX2) gold files, and the scorers.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>

#include "eventwire/text.h"
#include "eventwire/time.h"
#include "time/calendar.h"

namespace eventwire {

namespace {

namespace fs = std::filesystem;

// Concatenates by appending: GCC 12 warns falsely (-Wrestrict) on "x" + string.
std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

Result<std::string> slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::io_error(cat({"cannot read \"", p.string(), "\""}));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string attribute(std::string_view tag, std::string_view name) {
  std::string key(" ");  // built by append: GCC 12 warns falsely on "x" + string
  key += name;
  key += "=\"";
  size_t a = tag.find(key);
  if (a == std::string_view::npos) {
    std::string upper = key;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    a = tag.find(upper);
    if (a == std::string_view::npos) return {};
  }
  a += key.size();
  size_t b = tag.find('"', a);
  return b == std::string_view::npos ? std::string() : std::string(tag.substr(a, b - a));
}

// Appends the UTF-8 encoding of code point c.
void append_utf8(std::string* out, uint32_t c) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

uint32_t cp_count(std::string_view s) {
  uint32_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Strips the markup of `body`, recording the outermost `tag` elements as gold.
// `value_attr` names the value attribute ("value" or "val").
void strip_markup(std::string_view body, std::string_view tag, std::string_view value_attr,
                  TimeEvalDocument* doc) {
  std::string& text = doc->article.text;
  int depth = 0;
  GoldTimex open;
  size_t open_byte = 0;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '<') {
      size_t close = body.find('>', i);
      if (close == std::string_view::npos) break;
      std::string_view t = body.substr(i, close - i + 1);
      bool closing = t.size() > 1 && t[1] == '/';
      std::string_view name = t.substr(closing ? 2 : 1);
      name = name.substr(0, name.find_first_of(" >/"));
      if (name == tag) {
        if (!closing) {
          if (depth++ == 0) {
            open = GoldTimex();
            open.type = attribute(t, "type");
            open.value = attribute(t, value_attr);
            open_byte = text.size();
          }
        } else if (depth > 0 && --depth == 0) {
          open.text = text.substr(open_byte);
          open.start = cp_count(std::string_view(text).substr(0, open_byte));
          open.end = open.start + cp_count(open.text);
          doc->gold.push_back(open);
        }
      } else if (closing && name == "s") {
        text.push_back('\n');
      }
      i = close + 1;
      continue;
    }
    if (c == '&') {
      size_t semi = body.find(';', i);
      if (semi != std::string_view::npos && semi - i < 10) {
        std::string_view ent = body.substr(i + 1, semi - i - 1);
        if (ent == "amp")
          text.push_back('&');
        else if (ent == "lt")
          text.push_back('<');
        else if (ent == "gt")
          text.push_back('>');
        else if (ent == "quot")
          text.push_back('"');
        else if (ent == "apos")
          text.push_back('\'');
        else if (!ent.empty() && ent[0] == '#')
          append_utf8(&text,
                      static_cast<uint32_t>(std::stoul(std::string(ent.substr(1)), nullptr,
                                                       ent.size() > 1 && ent[1] == 'x' ? 16 : 10)));
        else
          text.append(body.substr(i, semi - i + 1));
        i = semi + 1;
        continue;
      }
    }
    text.push_back(c);
    ++i;
  }
}

std::string_view between(std::string_view s, std::string_view open, std::string_view close) {
  size_t a = s.find(open);
  if (a == std::string_view::npos) return {};
  a = s.find('>', a);
  size_t b = s.find(close, a);
  if (a == std::string_view::npos || b == std::string_view::npos) return {};
  return s.substr(a + 1, b - a - 1);
}

std::vector<fs::path> files_with(const fs::path& dir, std::string_view suffix) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Each non-empty line is a paragraph: WikiWars headings and TimeML sentences
// must not run into the next line's text.
void fill_paragraphs(Article* a) {
  a->paragraphs.clear();
  uint32_t cp = 0, start = 0;
  bool content = false;
  for (size_t i = 0; i <= a->text.size(); ++i) {
    if (i == a->text.size() || a->text[i] == '\n') {
      if (content) a->paragraphs.push_back(Span{start, cp});
      start = cp + 1;
      content = false;
    } else if (!std::isspace(static_cast<unsigned char>(a->text[i]))) {
      content = true;
    }
    if (i < a->text.size() && (static_cast<unsigned char>(a->text[i]) & 0xC0) != 0x80) ++cp;
  }
}

// TIMEX2 writes a set as the granularity with X's ("daily" = XXXX-XX-XX, SET="YES").
std::string timex2_set(const std::string& v) {
  if (v == "P1D") return "XXXX-XX-XX";
  if (v == "P1W") return "XXXX-WXX";
  if (v == "P1M") return "XXXX-XX";
  if (v == "P1Y") return "XXXX";
  return v;
}

double ratio(size_t a, size_t b) {
  return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b);
}
double f1(double p, double r) {
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace

Result<std::vector<TimeEvalDocument>> read_timeml_dir(const std::string& dir) {
  std::vector<fs::path> files = files_with(dir, ".tml");
  if (files.empty()) return Status::not_found(cat({"no .tml files in \"", dir, "\""}));
  std::vector<TimeEvalDocument> docs;
  for (const fs::path& p : files) {
    Result<std::string> raw = slurp(p);
    if (!raw) return raw.status();
    std::string_view s = *raw;
    TimeEvalDocument doc;
    doc.article.id = p.stem().string();
    doc.article.origin_file = p.string();
    size_t ct = s.find("CREATION_TIME");
    if (ct != std::string_view::npos) {
      size_t a = s.rfind('<', ct);
      size_t b = s.find('>', ct);
      doc.article.date = attribute(s.substr(a, b - a + 1), "value").substr(0, 10);
    }
    size_t t0 = s.find("<TEXT>");
    size_t t1 = s.find("</TEXT>");
    if (t0 == std::string_view::npos || t1 == std::string_view::npos)
      return Status::invalid_input(cat({"\"", p.string(), "\" has no <TEXT> element"}));
    strip_markup(s.substr(t0 + 6, t1 - t0 - 6), "TIMEX3", "value", &doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

Result<std::vector<TimeEvalDocument>> read_wikiwars_dir(const std::string& dir) {
  fs::path root(dir);
  for (const char* sub : {"WikiWars_20120218_v104/keyinline", "keyinline"})
    if (fs::is_directory(root / sub)) {
      root /= sub;
      break;
    }
  std::vector<fs::path> files = files_with(root, ".key.xml");
  if (files.empty())
    return Status::not_found(cat({"no WikiWars *.key.xml files under \"", dir, "\""}));
  std::vector<TimeEvalDocument> docs;
  for (const fs::path& p : files) {
    Result<std::string> raw = slurp(p);
    if (!raw) return raw.status();
    std::string_view s = *raw;
    TimeEvalDocument doc;
    doc.article.id = p.filename().string().substr(0, p.filename().string().find('.'));
    doc.article.origin_file = p.string();
    std::string_view dt = between(s, "<DATETIME", "</DATETIME>");
    doc.article.date = attribute(dt, "val").substr(0, 10);
    size_t t0 = s.find("<TEXT>");
    size_t t1 = s.find("</TEXT>");
    if (t0 == std::string_view::npos || t1 == std::string_view::npos)
      return Status::invalid_input(cat({"\"", p.string(), "\" has no <TEXT> element"}));
    strip_markup(s.substr(t0 + 6, t1 - t0 - 6), "TIMEX2", "val", &doc);
    doc.timex2 = true;
    docs.push_back(std::move(doc));
  }
  return docs;
}

TimeScores evaluate_time(const TimeTagger& tagger, const std::vector<TimeEvalDocument>& docs,
                         const TimeOptions& options) {
  TimeScores sc;
  for (const TimeEvalDocument& ed : docs) {
    Document doc;
    doc.article = ed.article;
    fill_paragraphs(&doc.article);
    doc.sentences = segment_article(doc.article, SegmentOptions{}, &doc.warnings);
    for (const Sentence& s : doc.sentences) sc.tokens += s.tokens.size();
    auto t0 = std::chrono::steady_clock::now();
    tagger.annotate(doc, options);
    sc.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ++sc.documents;
    sc.gold += ed.gold.size();
    sc.system += doc.times.size();
    std::vector<bool> used(doc.times.size(), false);
    for (const GoldTimex& g : ed.gold) {
      if (!g.value.empty()) ++sc.gold_with_value;
      int match = -1;
      for (size_t k = 0; k < doc.times.size(); ++k)
        if (!used[k] && doc.times[k].start == g.start && doc.times[k].end == g.end)
          match = static_cast<int>(k);
      if (match >= 0) ++sc.strict_match;
      for (size_t k = 0; match < 0 && k < doc.times.size(); ++k)
        if (!used[k] && doc.times[k].start < g.end && g.start < doc.times[k].end)
          match = static_cast<int>(k);
      if (match < 0) continue;
      used[match] = true;
      ++sc.relaxed_match;
      if (g.value.empty()) {
        ++sc.matched_without_value;
      } else if (doc.times[match].value == g.value ||
                 (ed.timex2 && doc.times[match].type == "SET" &&
                  timex2_set(doc.times[match].value) == g.value)) {
        ++sc.value_correct;
      }
    }
  }
  return sc;
}

std::vector<std::pair<std::string, double>> TimeScores::lines() const {
  double sp = ratio(strict_match, system), sr = ratio(strict_match, gold);
  double rp = ratio(relaxed_match, system), rr = ratio(relaxed_match, gold);
  double vp = ratio(value_correct, system - matched_without_value),
         vr = ratio(value_correct, gold_with_value);
  return {{"documents", static_cast<double>(documents)},
          {"gold", static_cast<double>(gold)},
          {"system", static_cast<double>(system)},
          {"strict_precision", sp},
          {"strict_recall", sr},
          {"strict_f1", f1(sp, sr)},
          {"relaxed_precision", rp},
          {"relaxed_recall", rr},
          {"relaxed_f1", f1(rp, rr)},
          {"value_accuracy", ratio(value_correct, relaxed_match - matched_without_value)},
          {"value_precision", vp},
          {"value_recall", vr},
          {"value_f1", f1(vp, vr)},
          {"tokens", static_cast<double>(tokens)},
          {"tokens_per_second", seconds > 0 ? static_cast<double>(tokens) / seconds : 0.0}};
}

}  // namespace eventwire
