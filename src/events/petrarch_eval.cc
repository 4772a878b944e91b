// evaluate_petrarch: PETRARCH unit-test / validation records against our
// segmentation + syntax + verb-dictionary coder. PETRARCH itself codes from
// the records' gold Penn trees; we ignore <Parse> and parse the raw <Text>.
#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>

#include "eventwire/events.h"
#include "eventwire/syntax.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

struct Coding {
  std::string source, target, code;
  bool operator==(const Coding& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
  std::string to_string() const { return source + " " + target + " " + code; }
};

// Collapses the record's line breaks and runs of spaces.
std::string clean_text(std::string_view raw) {
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string iso_date(std::string_view yyyymmdd) {
  if (yyyymmdd.size() != 8) return "";
  return std::string(yyyymmdd.substr(0, 4)) + "-" + std::string(yyyymmdd.substr(4, 2)) + "-" +
         std::string(yyyymmdd.substr(6, 2));
}

std::string join_dir(const std::string& dir, const std::string& file) {
  if (file.empty() || file[0] == '/' || dir.empty()) return file;
  return dir.back() == '/' ? dir + file : dir + "/" + file;
}

void add(PetrarchEvalCounts& to, const PetrarchEvalCounts& c) {
  to.records += c.records;
  to.expected += c.expected;
  to.found += c.found;
  to.missed += c.missed;
  to.extra += c.extra;
}

}  // namespace

Result<PetrarchEvalReport> evaluate_petrarch(const PetrarchEvalOptions& options) {
  auto started = std::chrono::steady_clock::now();
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_file(options.records_file.c_str());
  if (!parsed)
    return Status::invalid_input("cannot read PETRARCH records \"" + options.records_file +
                                 "\": " + parsed.description());
  pugi::xml_node root = xml.first_child();
  pugi::xml_node env = root.child("Environment");
  EventCoderOptions coder_options;
  auto dictionary = [&](const char* tag, std::vector<std::string>& into) {
    std::string file = clean_text(env.child(tag).text().as_string());
    if (!file.empty()) into.push_back(join_dir(options.dictionaries_dir, file));
  };
  dictionary("Verbfile", coder_options.verb_files);
  dictionary("Actorfile", coder_options.actor_files);
  dictionary("Agentfile", coder_options.agent_files);
  dictionary("Discardfile", coder_options.discard_files);
  if (coder_options.verb_files.empty())
    return Status::invalid_input("\"" + options.records_file +
                                 "\" names no <Verbfile> in its <Environment>");
  auto coder = EventCoder::create(coder_options);
  if (!coder) return coder.status();
  auto model_path = find_syntax_model(options.syntax);
  if (!model_path) return model_path.status();
  auto model = SyntaxModel::load(*model_path);
  if (!model) return model.status();

  std::map<std::string, PetrarchEvalCounts> by_category;
  pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) sentences = root;
  for (pugi::xml_node record : sentences.children("Sentence")) {
    std::string category = record.attribute("category").as_string();
    if (category.empty()) category = "-";
    std::vector<Coding> expected;
    for (pugi::xml_node c : record.children("EventCoding")) {
      if (std::string(c.attribute("noevents").as_string()) == "True") continue;
      expected.push_back({c.attribute("sourcecode").as_string(),
                          c.attribute("targetcode").as_string(),
                          c.attribute("eventcode").as_string()});
    }
    Document doc;
    doc.article.id = record.attribute("id").as_string();
    doc.article.date = iso_date(record.attribute("date").as_string());
    doc.article.text = clean_text(record.child("Text").text().as_string());
    doc.article.paragraphs.push_back({0, static_cast<uint32_t>(doc.article.text.size())});
    Sentence sentence;
    sentence.tokens = tokenize(doc.article.text);
    sentence.byte_end = static_cast<uint32_t>(doc.article.text.size());
    sentence.end = count_code_points(doc.article.text);
    sentence.paragraph = 0;
    if (!sentence.tokens.empty()) {
      if (Status s = (*model)->annotate(sentence); !s) return s;
      doc.sentences.push_back(std::move(sentence));
    }
    (*coder)->annotate(doc);
    std::vector<Coding> got;
    for (const Event& e : doc.events)
      got.push_back(
          {e.source ? e.source->actor_code : "", e.target ? e.target->actor_code : "", e.code});
    PetrarchEvalCounts counts;
    counts.records = 1;
    counts.expected = expected.size();
    std::vector<Coding> misses;
    for (const Coding& want : expected) {
      auto it = std::find(got.begin(), got.end(), want);
      if (it != got.end()) {
        ++counts.found;
        got.erase(it);
      } else {
        ++counts.missed;
        misses.push_back(want);
      }
    }
    counts.extra = got.size();
    add(by_category[category], counts);
    if (options.misses && (!misses.empty() || !got.empty())) {
      std::ostream& out = *options.misses;
      out << doc.article.id << " [" << category << "] " << doc.article.text << "\n";
      for (const Coding& m : misses) out << "  miss  " << m.to_string() << "\n";
      for (const Coding& x : got) out << "  extra " << x.to_string() << "\n";
    }
  }
  PetrarchEvalReport report;
  for (auto& [name, counts] : by_category) {
    report.categories.emplace_back(name, counts);
    add(name == "ERROR" ? report.error : report.overall, counts);
  }
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace eventwire
