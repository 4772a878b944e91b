#include "eventwire/pipeline.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <optional>
#include <tuple>

#include "base/find_model.h"
#include "eventwire/dict/actors.h"
#include "eventwire/entities.h"
#include "eventwire/events.h"
#include "eventwire/geo.h"
#include "eventwire/ner.h"
#include "eventwire/quotes.h"
#include "eventwire/sentence_model.h"
#include "eventwire/syntax.h"
#include "eventwire/time.h"
#include "pipeline/date_links.h"
#include "pipeline/dated_background.h"
#include "pipeline/event_place.h"
#include "pipeline/quote_statements.h"
#include "pipeline/sentence_words.h"
#include "pipeline/standing_present.h"

namespace eventwire {

struct Pipeline::Impl {
  PipelineOptions options;
  std::shared_ptr<const SyntaxModel> syntax;
  std::shared_ptr<const NerModel> ner;
  std::shared_ptr<const EntityResolver> resolver;
  std::shared_ptr<const TimeTagger> time;
  std::shared_ptr<const GeoResolver> geo;
  std::shared_ptr<const QuoteExtractor> quotes;
  std::shared_ptr<const EventCoder> events;
  std::shared_ptr<const IssueCoder> issues;
  std::vector<ComponentVersion> models, dictionaries;
  std::vector<std::string> warnings;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

std::string resolve_models_dir(const std::string& explicit_dir) {
  return base::resolve_models_dir(explicit_dir);
}

namespace {

// The user dictionaries and the entity resolver; errors worded as the
// pipeline reports them.
Result<std::shared_ptr<const EntityResolver>> load_entity_resolver(const PipelineOptions& options) {
  auto fail = [](const std::string& what, const Status& status) {
    return Status(Status::invalid_input(what + ": " + status.to_string()));
  };
  EntityOptions entity_options;
  entity_options.no_builtin_actors = options.no_builtin_actors;
  for (const std::string& file : options.actors) {
    auto actors = dict::load_actors(file);
    if (!actors) return fail("actor dictionary " + file, actors.status());
    entity_options.actors.push_back(
        std::make_shared<const dict::ActorDictionary>(std::move(*actors)));
  }
  for (const std::string& file : options.agents) {
    auto agents = dict::load_agents(file);
    if (!agents) return fail("agent dictionary " + file, agents.status());
    entity_options.agents.push_back(
        std::make_shared<const dict::AgentDictionary>(std::move(*agents)));
  }
  auto resolver = EntityResolver::create(entity_options);
  if (!resolver) return fail("entity resolver", resolver.status());
  return *resolver;
}

}  // namespace

Result<std::shared_ptr<const Pipeline>> Pipeline::create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::string models = resolve_models_dir(options.models_dir);
  auto fail = [](const std::string& what, const Status& status) {
    return Status(Status::invalid_input(what + ": " + status.to_string()));
  };
  // The entity resolver (actor knowledge base and user dictionaries) is the
  // largest load and depends on no other stage: it is built on a second
  // thread while this one loads the models, and checked where it was loaded
  // before, so errors and provenance come out in the same order. Where no
  // thread can be started it is built there (the deferred policy).
  std::future<Result<std::shared_ptr<const EntityResolver>>> resolver_load;
  if (options.entities)
    resolver_load = std::async(std::launch::async | std::launch::deferred, load_entity_resolver,
                               std::cref(options));
  // Sentence splitting: the trained boundary model when it is there, else the rules.
  if (!impl->options.segment.sentence_model) {
    std::string path = models + "/segmenter/segmenter.ewm";
    if (!options.rule_sentence_splitter && std::filesystem::exists(path)) {
      auto model = SentenceModel::load(path);
      if (!model) return fail("sentence model", model.status());
      impl->options.segment.sentence_model = *model;
      impl->models.push_back((*model)->version());
    } else {
      impl->models.push_back({"tokenizer", "rules-1", "eventwire-" EVENTWIRE_VERSION});
    }
  }
  // Later stages read the parse, so they load the parser too, unless the
  // model is "none": then nothing is parsed and no syntax model is loaded.
  if ((options.syntax || options.entities || options.events || options.quotes) &&
      options.syntax_model != "none") {
    std::string name = options.syntax_model.empty() ? "fast" : options.syntax_model;
    if (name.find('/') == std::string::npos && name.find(".ewm") == std::string::npos)
      name = models + "/syntax/" + name + ".ewm";
    auto path = find_syntax_model(name);
    if (!path) return fail("syntax model", path.status());
    auto model = SyntaxModel::load(*path);
    if (!model) return fail("syntax model " + *path, model.status());
    impl->syntax = *model;
    impl->models.push_back((*model)->version());
  }
  if (options.entities) {
    auto model = NerModel::load(models + "/ner/ner.ewm");
    if (!model) return fail("NER model", model.status());
    impl->ner = *model;
    impl->models.push_back((*model)->version());
    auto resolver = resolver_load.get();
    if (!resolver) return resolver.status();
    impl->resolver = *resolver;
    for (const ComponentVersion& v : (*resolver)->dictionaries()) impl->dictionaries.push_back(v);
  }
  if (options.time) {
    auto tagger = TimeTagger::create();
    if (!tagger) return fail("time tagger", tagger.status());
    impl->time = *tagger;
  }
  if (options.geo) {
    auto gazetteer =
        Gazetteer::open(options.gazetteer.empty() ? Gazetteer::default_path() : options.gazetteer);
    if (!gazetteer)
      return fail("gazetteer (build it with scripts/build-gazetteer or scripts/setup)",
                  gazetteer.status());
    impl->geo = std::make_shared<GeoResolver>(*gazetteer);
  }
  if (options.quotes) {
    auto extractor = QuoteExtractor::create();
    if (!extractor) return fail("quote extractor", extractor.status());
    impl->quotes = *extractor;
    impl->dictionaries.push_back((*extractor)->version());
  }
  if (options.events) {
    EventCoderOptions coder;
    coder.verb_files = options.verbs;
    coder.actor_files = options.actors;
    coder.agent_files = options.agents;
    coder.discard_files = options.discards;
    auto events = EventCoder::create(coder);
    if (!events) return fail("event coder", events.status());
    impl->events = *events;
    impl->warnings = (*events)->warnings();
    for (const ComponentVersion& v : (*events)->dictionaries()) impl->dictionaries.push_back(v);
    if (!options.issues.empty()) {
      auto issues = IssueCoder::create(options.issues);
      if (!issues) return fail("issues", issues.status());
      impl->issues = *issues;
      for (const ComponentVersion& v : (*issues)->dictionaries()) impl->dictionaries.push_back(v);
    }
  } else if (!options.issues.empty()) {
    return Status::invalid_input("--issues codes events: it needs the event coder");
  }
  return std::shared_ptr<const Pipeline>(new Pipeline(std::move(impl)));
}

namespace {

// A calendar date from the time expression attached to `token`, if any.
std::optional<std::pair<std::string, std::string>> date_for_token(const Document& doc, int sentence,
                                                                  int token) {
  auto t = time_for_token(doc, sentence, token);
  if (!t) return std::nullopt;
  const TimeExpression& time = doc.times[*t];
  // Only calendar values give a date ("2017-12-21", "2017-11", "2012").
  if (time.value.empty() || !std::isdigit(static_cast<unsigned char>(time.value[0])) ||
      time.type != "DATE")
    return std::nullopt;
  return std::make_pair(time.value, "time:" + time.id);
}

// Quotes are dated by a time expression on their cue ("said on Thursday").
void date_quotes(Document& doc) {
  for (Quote& q : doc.quotes) {
    q.date = doc.article.date;
    q.date_source = "article";
    if (q.cue.sentence < 0 || q.cue.sentence >= static_cast<int>(doc.sentences.size())) continue;
    const int cue = token_at(doc.sentences[static_cast<size_t>(q.cue.sentence)], q.cue.start);
    if (cue < 0) continue;
    if (auto d = date_for_token(doc, q.cue.sentence, cue)) std::tie(q.date, q.date_source) = *d;
  }
}

}  // namespace

void link_events(Document& doc) {
  for (Quote& q : doc.quotes) q.events.clear();
  for (Event& e : doc.events) {
    if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size())) continue;
    const int verb = token_at(doc.sentences[static_cast<size_t>(e.sentence)], e.start);
    if (verb < 0) continue;
    if (auto d = date_for_token(doc, e.sentence, verb)) {
      std::tie(e.date, e.date_source) = *d;
    } else {
      // Told as part of a dated act ("In 2009 Gondor shelled the port,
      // killing two"): the first dated clause it hangs on dates it.
      for (int link : dating_links(doc, e.sentence, verb))
        if (auto l = date_for_token(doc, e.sentence, link)) {
          std::tie(e.date, e.date_source) = *l;
          break;
        }
    }
    if (auto p = event_place(doc, e, verb)) e.location = doc.places[*p].id;
    // The innermost quote's chain: outer reporters first, then its speaker.
    e.reported_by = reported_by_for(doc, e.sentence, verb);
    const Quote* innermost = nullptr;
    for (Quote& q : doc.quotes)
      if (e.start >= q.content.start && e.end <= q.content.end) {
        q.events.push_back(e.id);
        if (!innermost ||
            q.content.end - q.content.start < innermost->content.end - innermost->content.start)
          innermost = &q;
      }
    // "announced on December 6 that the US recognized …": a reported event
    // without a date of its own takes the dated statement's.
    if (innermost && e.date_source == "article" && innermost->date_source.rfind("time:", 0) == 0) {
      e.date = innermost->date;
      e.date_source = "quote:" + innermost->id;
    }
  }
  carry_story_dates(doc);
}

Document Pipeline::process(Article article) const {
  return process(std::move(article), nullptr);
}

Document Pipeline::process(Article article, std::vector<std::string>* trace) const {
  Document doc;
  doc.article = std::move(article);
  const Impl& impl = *impl_;
  doc.sentences = segment_article(doc.article, impl.options.segment, &doc.warnings);
  if (impl.syntax)
    for (Sentence& sentence : doc.sentences)
      if (Status s = impl.syntax->annotate(sentence); !s)
        doc.warnings.push_back("syntax: " + s.message());
  doc.models = impl.models;
  if (impl.ner) impl.ner->annotate(doc);
  if (impl.resolver) impl.resolver->annotate(doc);
  if (impl.time) {
    TimeOptions time_options;
    time_options.anchor = impl.options.narrative_time ? Anchor::kNarrative : Anchor::kNews;
    impl.time->annotate(doc, time_options);
  }
  if (impl.geo) impl.geo->annotate(doc);
  if (impl.quotes) {
    impl.quotes->annotate(doc);
    date_quotes(doc);
  }
  if (impl.events) {
    impl.events->annotate(doc, trace);
    if (impl.options.quote_statements) add_quote_statements(doc);
    link_events(doc);
    if (!impl.options.narrative_time) {
      mark_standing_present(doc);
      mark_standing_perfect(doc);
      if (impl.options.dated_background) mark_dated_background(doc);
    }
    if (impl.options.historical && !impl.options.narrative_time) mark_historical(doc);
    if (impl.issues) impl.issues->annotate(doc);
  }
  // The resolver, the quote extractor and the event coder append their own
  // dictionary versions to doc.dictionaries as they run.
  if (impl.options.one_a_day) apply_one_a_day(doc);
  return doc;
}

void apply_one_a_day(Document& doc) {
  std::vector<std::string> seen;
  std::vector<Event> kept;
  for (Event& e : doc.events) {
    std::string key = e.date + "|" + (e.source ? e.source->actor_code : "") + "|" +
                      (e.target ? e.target->actor_code : "") + "|" + e.code;
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    kept.push_back(std::move(e));
  }
  doc.events = std::move(kept);
}

namespace {

bool has_parses(const Document& doc) {
  return std::any_of(doc.sentences.begin(), doc.sentences.end(), [](const Sentence& s) {
    return std::any_of(s.tokens.begin(), s.tokens.end(),
                       [](const Token& t) { return t.head >= 0 && !t.deprel.empty(); });
  });
}

// Each stored entity takes the actor code of the freshly resolved entity that
// shares most of its mentions; one with no shared mention keeps its code.
void recode_actors(const NerModel& ner, const EntityResolver& resolver, Document& doc) {
  Document scratch;
  scratch.article = doc.article;
  scratch.sentences = doc.sentences;
  ner.annotate(scratch);
  resolver.annotate(scratch);
  std::map<std::tuple<int, uint32_t, uint32_t>, size_t> owner;
  for (size_t i = 0; i < scratch.entities.size(); ++i)
    for (const Mention& m : scratch.entities[i].mentions)
      owner.emplace(std::tuple{m.sentence, m.start, m.end}, i);
  for (Entity& e : doc.entities) {
    std::map<size_t, int> votes;
    for (const Mention& m : e.mentions)
      if (auto it = owner.find({m.sentence, m.start, m.end}); it != owner.end())
        ++votes[it->second];
    if (votes.empty()) continue;
    auto best = std::max_element(votes.begin(), votes.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    const Entity& fresh = scratch.entities[best->first];
    e.actor_code = fresh.actor_code;
    e.resolved_by = fresh.resolved_by;
  }
}

}  // namespace

Status Pipeline::recode(Document& doc) const {
  const Impl& impl = *impl_;
  if (!impl.ner || !impl.resolver || !impl.events)
    return Status::invalid_input("recode needs a pipeline with entities and events");
  if (doc.sentences.empty()) return Status::ok();
  if (!has_parses(doc))
    return Status::invalid_input("stored without parses (ingested with --syntax none?)");
  recode_actors(*impl.ner, *impl.resolver, doc);
  impl.events->annotate(doc);
  if (impl.options.quote_statements) add_quote_statements(doc);
  link_events(doc);
  if (!impl.options.narrative_time) {
    mark_standing_present(doc);
    mark_standing_perfect(doc);
    if (impl.options.dated_background) mark_dated_background(doc);
  }
  if (impl.options.historical && !impl.options.narrative_time) mark_historical(doc);
  if (impl.issues) impl.issues->annotate(doc);
  if (impl.options.one_a_day) apply_one_a_day(doc);
  // Provenance in the order process() writes it: the resolver's, the other
  // stages' kept from ingest (quote cues), the event coder's, the issues'.
  auto recoded = [&](const ComponentVersion& v) {
    const std::string kind = v.name.substr(0, v.name.find(':'));
    return kind == "actors" || kind == "agents" || kind == "events" || kind == "verbs" ||
           kind == "discards" || (impl.issues && kind == "issues");
  };
  std::vector<ComponentVersion> dictionaries = impl.resolver->dictionaries();
  for (ComponentVersion& v : doc.dictionaries)
    if (!recoded(v)) dictionaries.push_back(std::move(v));
  for (const ComponentVersion& v : impl.events->dictionaries()) dictionaries.push_back(v);
  if (impl.issues)
    for (const ComponentVersion& v : impl.issues->dictionaries()) dictionaries.push_back(v);
  doc.dictionaries = std::move(dictionaries);
  return Status::ok();
}

const std::vector<ComponentVersion>& Pipeline::models() const {
  return impl_->models;
}
const std::vector<ComponentVersion>& Pipeline::dictionaries() const {
  return impl_->dictionaries;
}
const PipelineOptions& Pipeline::options() const {
  return impl_->options;
}
const std::vector<std::string>& Pipeline::warnings() const {
  return impl_->warnings;
}

}  // namespace eventwire
