// eventwire explain "SENTENCE" [--date D] | --file ARTICLE: why a text coded as it did.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"

namespace eventwire::cli {
namespace {

struct Options {
  std::string text, file, date = "2000-01-01";
  PipelineFlags pipeline;
};

std::string span_text(const Mention& m) {
  return m.text.empty() ? "?" : m.text;
}

int run(const Options& options) {
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  Article article;
  if (!options.file.empty()) {
    ReadOptions read;
    read.date = options.date;
    auto stream = ArticleStream::open({options.file}, read);
    if (!stream) return report_fatal(stream.status());
    ReadError error;
    if ((*stream)->next(article, error) != ArticleStream::Next::kArticle) {
      std::cerr << "eventwire: error: " << error.to_string() << "\n";
      return kExitRejected;
    }
  } else {
    auto date = normalize_date(options.date);
    if (!date) {
      std::cerr << "eventwire: --date: " << date.status().message() << "\n";
      return kExitUsage;
    }
    article.id = "explain";
    article.date = *date;
    if (Status s = assemble_article(article, split_paragraphs(options.text)); !s)
      return report_fatal(s);
  }
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
    std::printf("%s %s speaker=\"%s\" cue=\"%s\" content=\"%.80s\"\n", q.id.c_str(), q.kind.c_str(),
                q.speaker ? span_text(*q.speaker).c_str() : "-", q.cue.text.c_str(),
                q.content.text.c_str());
  std::printf("\n== event coder\n");
  for (const std::string& line : trace) std::printf("%s\n", line.c_str());
  std::printf("\n== events\n");
  for (const Event& e : doc.events)
    std::printf("%s %s -> %s %s (%s%s) date=%s (%s) conf=%.2f verb=\"%s\"\n", e.id.c_str(),
                e.source ? e.source->actor_code.c_str() : "---",
                e.target ? e.target->actor_code.c_str() : "---", e.code.c_str(),
                e.plover.empty() ? "no PLOVER" : e.plover.c_str(), e.negated ? ", negated" : "",
                e.date.c_str(), e.date_source.c_str(), e.confidence, e.evidence_verb.c_str());
  return kExitOk;
}

RegisterCommand reg(
    "explain", "Show the parse, actors, patterns tried and events for a sentence or an article",
    [](CLI::App& app) {
      auto options = std::make_shared<Options>();
      app.add_option("text", options->text, "the sentence (or paragraphs) to explain");
      app.add_option("--file", options->file, "explain an article file instead");
      app.add_option("--date", options->date, "article date YYYY-MM-DD");
      add_pipeline_options(app, options->pipeline);
      add_dictionary_options(app, options->pipeline);
      return [options] { return run(*options); };
    });

}  // namespace
}  // namespace eventwire::cli
