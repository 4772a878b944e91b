// eventwire explain "SENTENCE" [--date D] | FILE | --file FILE: why a text coded as it did.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"

namespace eventwire::cli {
namespace cmd_explain {

// At most `bytes` bytes of `text`, never cutting a UTF-8 character in two.
std::string utf8_prefix(const std::string& text, size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

struct Options {
  std::string text, file, date;
  PipelineFlags pipeline;
};

constexpr const char* kDefaultDate = "2000-01-01";

// One word that reads like a file name: a path separator or a known extension.
bool looks_like_path(const std::string& text) {
  if (text.empty() || text.find_first_of(" \t\n") != std::string::npos) return false;
  if (text.find('/') != std::string::npos) return true;
  for (const char* ext : {".txt", ".json", ".jsonl", ".xml", ".conllu", ".gz", ".zst", ".md"})
    if (text.size() > std::strlen(ext) && text.ends_with(ext)) return true;
  return false;
}

std::string span_text(const Mention& m) {
  return m.text.empty() ? "?" : m.text;
}

int run(const Options& options) {
  Article article;
  std::string file = options.file;
  // `explain FILE` (docs/cli.md): an existing file given as the text is read as an article.
  if (file.empty() && !options.text.empty()) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(options.text, ec)) {
      file = options.text;
    } else if (looks_like_path(options.text)) {
      std::cerr << "eventwire: error: \"" << options.text
                << "\" looks like a file name but there is no such file (to explain it as a "
                   "sentence, add a word or two)\n";
      return kExitUsage;
    }
  }
  if (file.empty() && options.text.empty()) {
    std::cerr << "eventwire: error: explain needs a sentence or a file\n";
    return kExitUsage;
  }
  if (!file.empty()) {
    ReadOptions read;
    read.date = kDefaultDate;  // only for records without a date of their own
    if (!options.date.empty()) {
      auto date = normalize_date(options.date);
      if (!date) {
        std::cerr << "eventwire: --date: " << date.status().message() << "\n";
        return kExitUsage;
      }
      read.date = *date;
    }
    auto stream = ArticleStream::open({file}, read);
    if (!stream) return report_fatal(stream.status());
    ReadError error;
    if ((*stream)->next(article, error) != ArticleStream::Next::kArticle) {
      std::cerr << "eventwire: error: " << error.to_string() << "\n";
      return kExitRejected;
    }
  } else {
    if (options.date.empty())
      std::cerr << "eventwire: note: no --date, the sentence is dated " << kDefaultDate
                << " (relative times resolve against it)\n";
    auto date = normalize_date(options.date.empty() ? kDefaultDate : options.date);
    if (!date) {
      std::cerr << "eventwire: --date: " << date.status().message() << "\n";
      return kExitUsage;
    }
    article.id = "explain";
    article.date = *date;
    if (Status s = assemble_article(article, split_paragraphs(options.text)); !s)
      return report_fatal(s);
  }
  // A text explain dated itself has no period to set history apart from.
  PipelineFlags flags = options.pipeline;
  flags.historical = flags.historical && (!options.date.empty() || article.date != kDefaultDate);
  auto pipeline = make_pipeline(flags, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  std::vector<std::string> trace;
  Document doc = (*pipeline)->process(article, &trace);
  std::printf("article %s, date %s\n", doc.article.id.c_str(), doc.article.date.c_str());
  for (const Sentence& s : doc.sentences) {
    std::printf("\n== sentence %d: %s\n", s.id,
                doc.article.text.substr(s.byte_start, s.byte_end - s.byte_start).c_str());
    std::printf("%-4s %-18s %-14s %-6s %-5s %4s %-12s\n", "id", "token", "lemma", "upos", "xpos",
                "head", "deprel");
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      std::printf("%-4zu %-18s %-14s %-6s %-5s %4d %-12s\n", i + 1, t.text.c_str(), t.lemma.c_str(),
                  t.upos.c_str(), t.xpos.c_str(), t.head, t.deprel.c_str());
    }
  }
  std::printf("\n== entities\n");
  for (const Entity& e : doc.entities) {
    std::printf("%s %s \"%s\" code=%s (%s); mentions:", e.id.c_str(), e.type.c_str(),
                e.name.c_str(), e.actor_code.empty() ? "-" : e.actor_code.c_str(),
                e.resolved_by.c_str());
    for (const Mention& m : e.mentions) std::printf(" \"%s\"@%d", m.text.c_str(), m.sentence);
    std::printf("\n");
  }
  std::printf("\n== times\n");
  for (const TimeExpression& t : doc.times)
    std::printf("%s \"%s\" %s %s\n", t.id.c_str(), t.text.c_str(), t.type.c_str(), t.value.c_str());
  std::printf("\n== places\n");
  for (const Place& p : doc.places)
    std::printf("%s \"%s\" → %s (%s) %.3f,%.3f geonames:%lld\n", p.id.c_str(), p.text.c_str(),
                p.name.c_str(), p.country.c_str(), p.lat, p.lon,
                static_cast<long long>(p.geonames_id));
  std::printf("\n== quotes\n");
  for (const Quote& q : doc.quotes)
    std::printf("%s %s speaker=\"%s\" cue=\"%s\" content=\"%s\"\n", q.id.c_str(), q.kind.c_str(),
                q.speaker ? span_text(*q.speaker).c_str() : "-", q.cue.text.c_str(),
                utf8_prefix(q.content.text, 80).c_str());
  std::printf("\n== event coder\n");
  for (const std::string& line : trace) std::printf("%s\n", line.c_str());
  std::printf("\n== events\n");
  for (const Event& e : doc.events)
    std::printf("%s %s -> %s %s (%s%s) %s date=%s (%s) conf=%.2f verb=\"%s\"\n", e.id.c_str(),
                e.source ? e.source->actor_code.c_str() : "---",
                e.target ? e.target->actor_code.c_str() : "---", e.code.c_str(),
                e.plover.empty() ? "no PLOVER" : e.plover.c_str(), e.negated ? ", negated" : "",
                e.modality.c_str(), e.date.c_str(), e.date_source.c_str(), e.confidence,
                e.evidence_verb.c_str());
  return kExitOk;
}

RegisterCommand reg(
    "explain", "Show the parse, actors, patterns tried and events for a sentence or an article",
    [](CLI::App& app) {
      auto options = std::make_shared<Options>();
      app.add_option("text", options->text,
                     "the sentence (or paragraphs) to explain, or an article file");
      app.add_option("--file", options->file, "explain an article file (its first article)");
      app.add_option("--date", options->date,
                     "article date YYYY-MM-DD (default 2000-01-01; for a file, its own date)");
      add_pipeline_options(app, options->pipeline);
      add_dictionary_options(app, options->pipeline);
      return [options] { return run(*options); };
    });

}  // namespace cmd_explain
}  // namespace eventwire::cli
