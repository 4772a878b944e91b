// Issue coding with PETRARCH issues files (Phoenix.IssueCoding.txt): the
// phrases of each issue found in an event's sentence, minus those inside a
// cancelling "~phrase".
#include "eventwire/events.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "eventwire/dict/actors.h"

namespace eventwire {

struct IssueCoder::Impl {
  struct Phrase {
    std::string text;  // lower case, as the variant is written
    std::string code;  // empty: a cancelling phrase
  };
  std::unordered_map<std::string, std::vector<Phrase>> by_first_word;
  std::vector<ComponentVersion> versions;
};

namespace {

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
}

std::string first_word(const std::string& s) {
  size_t end = 0;
  while (end < s.size() && word_char(s[end])) ++end;
  return s.substr(0, end);
}

}  // namespace

IssueCoder::IssueCoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IssueCoder::~IssueCoder() = default;

Result<std::shared_ptr<const IssueCoder>> IssueCoder::create(
    const std::vector<std::string>& files) {
  auto impl = std::make_unique<Impl>();
  for (const std::string& file : files) {
    auto list = dict::load_issues(file);
    if (!list) return list.status();
    for (const dict::IssueEntry& e : list->entries)
      for (const std::string& v : e.variants) {
        std::string key = first_word(v);
        if (key.empty()) continue;
        impl->by_first_word[key].push_back({v, e.ignore ? std::string() : e.code});
      }
    impl->versions.push_back({"issues", "petrarch-issues/" + list->name, list->fingerprint});
  }
  return std::shared_ptr<const IssueCoder>(new IssueCoder(std::move(impl)));
}

const std::vector<ComponentVersion>& IssueCoder::dictionaries() const {
  return impl_->versions;
}

std::vector<std::pair<std::string, int>> IssueCoder::issues_in(std::string_view text) const {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  struct Hit {
    size_t start, end;
    const std::string* code;
  };
  std::vector<Hit> hits;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (!word_char(lower[i]) || (i > 0 && word_char(lower[i - 1]))) continue;
    size_t end = i;
    while (end < lower.size() && word_char(lower[end])) ++end;
    auto it = impl_->by_first_word.find(lower.substr(i, end - i));
    if (it == impl_->by_first_word.end()) continue;
    for (const auto& p : it->second) {
      const size_t stop = i + p.text.size();
      if (lower.compare(i, p.text.size(), p.text) == 0 &&
          (stop == lower.size() || !word_char(lower[stop])))
        hits.push_back({i, stop, &p.code});
    }
  }
  std::vector<std::pair<std::string, int>> out;
  for (const Hit& h : hits) {
    if (h.code->empty()) continue;
    // "a head start" cancels the HEAD START issue inside it.
    const bool cancelled = std::any_of(hits.begin(), hits.end(), [&](const Hit& c) {
      return c.code->empty() && c.start <= h.start && c.end >= h.end;
    });
    if (cancelled) continue;
    auto found =
        std::find_if(out.begin(), out.end(), [&](const auto& x) { return x.first == *h.code; });
    if (found == out.end())
      out.emplace_back(*h.code, 1);
    else
      ++found->second;
  }
  return out;
}

void IssueCoder::annotate(Document& doc) const {
  for (Event& e : doc.events) {
    if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size())) continue;
    const Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
    if (s.byte_end > doc.article.text.size() || s.byte_start > s.byte_end) continue;
    e.issues = issues_in(
        std::string_view(doc.article.text).substr(s.byte_start, s.byte_end - s.byte_start));
  }
  for (const ComponentVersion& v : impl_->versions) doc.dictionaries.push_back(v);
}

}  // namespace eventwire
