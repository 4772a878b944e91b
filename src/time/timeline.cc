// SemEval-2015 TimeLine check: do the dates we attach to event verbs agree
// with the gold timeline anchors?
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "eventwire/time.h"

namespace eventwire {

namespace {

namespace fs = std::filesystem;

// A track A TimeML file: DCT plus <s id="n">space separated tokens</s>.
bool load_track_a(const fs::path& p, Document* doc, std::string* docid) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  size_t a = s.find("<DOCID>"), b = s.find("</DOCID>");
  if (a == std::string::npos || b == std::string::npos) return false;
  *docid = s.substr(a + 7, b - a - 7);
  size_t v = s.find("value=\"", s.find("CREATION_TIME"));
  if (v != std::string::npos) doc->article.date = s.substr(v + 7, 10);
  std::string& d = doc->article.date;
  if (d.size() == 10 && d[2] == '-' && d[5] == '-')
    d = d.substr(6, 4) + "-" + d.substr(3, 2) + "-" + d.substr(0, 2);  // DD-MM-YYYY
  std::string& text = doc->article.text;
  size_t at = 0;
  while ((at = s.find("<s id=\"", at)) != std::string::npos) {
    size_t open_end = s.find('>', at);
    size_t close = s.find("</s>", open_end);
    if (open_end == std::string::npos || close == std::string::npos) break;
    std::string body = s.substr(open_end + 1, close - open_end - 1);
    at = close + 4;
    if (!text.empty()) text.push_back('\n');
    Sentence sent;
    sent.id = static_cast<int>(doc->sentences.size());
    sent.byte_start = static_cast<uint32_t>(text.size());
    std::istringstream words(body);
    std::string w;
    bool first = true;
    while (words >> w) {
      for (const auto& [ent, ch] : std::map<std::string, std::string>{
               {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}})
        for (size_t k; (k = w.find(ent)) != std::string::npos;) w.replace(k, ent.size(), ch);
      if (!first) text.push_back(' ');
      first = false;
      Token t;
      t.text = w;
      t.byte_start = static_cast<uint32_t>(text.size());
      text += w;
      t.byte_end = static_cast<uint32_t>(text.size());
      sent.tokens.push_back(std::move(t));
    }
    sent.byte_end = static_cast<uint32_t>(text.size());
    doc->sentences.push_back(std::move(sent));
  }
  // Code point offsets.
  std::vector<uint32_t> cp(text.size() + 1);
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    cp[i] = n;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  cp[text.size()] = n;
  for (Sentence& se : doc->sentences) {
    se.start = cp[se.byte_start], se.end = cp[se.byte_end];
    for (Token& t : se.tokens) t.start = cp[t.byte_start], t.end = cp[t.byte_end];
  }
  return true;
}

// Does `ours` agree with `gold` ("2005-01-18", "2003-XX-XX") at gold's granularity?
bool agrees(const std::string& ours, const std::string& gold) {
  size_t x = gold.find('X');
  std::string known = gold.substr(0, x == std::string::npos ? gold.size() : x);
  if (!known.empty() && known.back() == '-') known.pop_back();
  return ours.compare(0, known.size(), known) == 0;
}

}  // namespace

Result<TimelineScores> evaluate_timeline(const TimeTagger& tagger, const std::string& dir) {
  TimelineScores sc;
  std::error_code ec;
  bool any_corpus = false;
  for (const auto& corpus : fs::directory_iterator(dir, ec)) {
    fs::path a_dir = corpus.path() / "corpus_trackA_TimeML";
    fs::path gold_dir = corpus.path() / "TimeLines_Gold_Standard";
    if (!fs::is_directory(a_dir) || !fs::is_directory(gold_dir)) continue;
    any_corpus = true;
    std::map<std::string, Document> docs;
    for (const auto& f : fs::directory_iterator(a_dir, ec)) {
      Document doc;
      std::string id;
      if (!load_track_a(f.path(), &doc, &id)) continue;
      tagger.annotate(doc, TimeOptions{});
      docs.emplace(id, std::move(doc));
    }
    std::set<std::tuple<std::string, int, std::string>> seen;
    for (const auto& g : fs::directory_iterator(gold_dir, ec)) {
      std::ifstream in(g.path());
      std::string line;
      while (std::getline(in, line)) {
        std::istringstream cols(line);
        std::string order, date, mention;
        if (!(cols >> order >> date >> mention) || date.rfind("XXXX", 0) == 0) continue;
        // "docid-sentence-word"; the word may itself contain '-'.
        size_t d1 = mention.find('-'), d2 = mention.find('-', d1 + 1);
        if (d1 == std::string::npos || d2 == std::string::npos) continue;
        std::string docid = mention.substr(0, d1), word = mention.substr(d2 + 1);
        int sentence = std::atoi(mention.substr(d1 + 1, d2 - d1 - 1).c_str());
        if (!seen.insert({docid, sentence, word}).second) continue;
        auto it = docs.find(docid);
        if (it == docs.end() || sentence >= static_cast<int>(it->second.sentences.size())) continue;
        const Document& doc = it->second;
        const auto& toks = doc.sentences[sentence].tokens;
        int tok = -1;
        for (size_t k = 0; k < toks.size() && tok < 0; ++k)
          if (toks[k].text == word) tok = static_cast<int>(k);
        if (tok < 0) continue;
        ++sc.events;
        std::string ours = doc.article.date;
        if (std::optional<size_t> t = time_for_token(doc, sentence, tok)) {
          ours = doc.times[*t].value;
          ++sc.anchored_by_us;
        }
        if (agrees(ours, date)) ++sc.reproduced;
        if (agrees(doc.article.date, date)) ++sc.article_date_only;
      }
    }
  }
  if (!any_corpus)
    return Status::not_found("no corpus_*/corpus_trackA_TimeML under \"" + dir + "\"");
  return sc;
}

std::vector<std::pair<std::string, double>> TimelineScores::lines() const {
  auto pct = [](size_t a, size_t b) {
    return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b);
  };
  return {{"timeline_dated_events", static_cast<double>(events)},
          {"timeline_reproduced", pct(reproduced, events)},
          {"timeline_article_date_baseline", pct(article_date_only, events)},
          {"timeline_anchored_by_time_expression", pct(anchored_by_us, events)}};
}

}  // namespace eventwire
