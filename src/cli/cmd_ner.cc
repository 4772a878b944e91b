// `eventwire train ner` and `eventwire eval ner`.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>

#include "base/fingerprint.h"
#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/geo.h"
#include "eventwire/ner.h"

namespace eventwire::cli {
namespace cmd_ner {

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

struct TrainOptions {
  std::string train, dev, out = "models/ner/ner.ewm",
                          genres = "academic,bio,court,interview,news,voyage";
  std::string types = "PER,ORG,LOC", unlabeled, gazetteer;
  uint64_t min_population = 100000;
  NerTrainOptions ner;
};

int run_train(const TrainOptions& o) {
  std::vector<std::string> genres = split_list(o.genres);
  std::vector<NerSentence> train, dev;
  int domain = 0;  // each training file is its own source
  for (const std::string& spec : split_list(o.train)) {
    Result<std::vector<NerSentence>> part = read_ner_spec(spec, genres);
    if (!part) {
      std::cerr << "eventwire: " << part.status().to_string() << "\n";
      return kExitFatal;
    }
    std::cerr << "read " << part->size() << " sentences from " << spec << "\n";
    for (NerSentence& s : *part) s.domain = domain;
    ++domain;
    train.insert(train.end(), part->begin(), part->end());
  }
  if (!o.dev.empty()) {
    Result<std::vector<NerSentence>> d = read_ner_spec(o.dev, genres);
    if (!d) {
      std::cerr << "eventwire: " << d.status().to_string() << "\n";
      return kExitFatal;
    }
    dev = std::move(d).value();
  }
  NerTrainOptions options = o.ner;
  for (const std::string& spec : split_list(o.unlabeled)) {
    Result<std::vector<NerSentence>> part = read_ner_spec(spec, genres);
    if (!part) {
      std::cerr << "eventwire: " << part.status().to_string() << "\n";
      return kExitFatal;
    }
    for (const NerSentence& s : *part) options.unlabeled_text.push_back(s.tokens);
    std::cerr << "read " << part->size() << " unlabeled sentences from " << spec << "\n";
  }
  options.types = split_list(o.types);
  std::string gazetteer_note;
  if (!o.gazetteer.empty()) {
    // Place names from the gazetteer: cities above a population, and the
    // countries, subdivisions and regions (compiled into the model as hashes).
    Result<std::shared_ptr<const Gazetteer>> gaz = Gazetteer::open(o.gazetteer);
    if (!gaz) {
      std::cerr << "eventwire: " << gaz.status().to_string() << "\n";
      return kExitFatal;
    }
    size_t cities = 0, regions = 0;
    for (uint32_t i = 0; i < (*gaz)->size(); ++i) {
      GazetteerEntry e = (*gaz)->entry(i);
      if (e.feature_class == 'P' && e.population >= o.min_population) {
        options.place_names.emplace_back(e.name, 0);
        ++cities;
      } else if (e.feature_class == 'L' ||
                 (e.feature_class == 'A' && e.feature_code.rfind("ADM2", 0) != 0)) {
        options.place_names.emplace_back(e.name, 1);
        ++regions;
      }
    }
    std::cerr << "read " << cities << " cities and " << regions << " regions from " << o.gazetteer
              << "\n";
    const std::string hex = base::hex64((*gaz)->fingerprint());
    gazetteer_note = "; gazetteer " + o.gazetteer.substr(o.gazetteer.find_last_of('/') + 1) + " " +
                     hex + " (" + std::to_string(cities) + " cities of " +
                     std::to_string(o.min_population) + "+, " + std::to_string(regions) +
                     " regions)";
  }
  // File names only, so the model does not depend on where the data lives.
  auto names = [](const std::string& specs) {
    std::string out;
    for (const std::string& spec : split_list(specs)) {
      if (!out.empty()) out += ',';
      out += spec.substr(spec.find_last_of('/') + 1);
    }
    return out;
  };
  options.data_description =
      names(o.train) + (o.unlabeled.empty() ? "" : "; unlabeled " + names(o.unlabeled)) +
      (o.dev.empty() ? "" : "; dev " + names(o.dev)) + "; GUM genres " + o.genres + gazetteer_note;
  Result<std::string> bytes = train_ner(train, dev, options, [](const NerEpochReport& r) {
    std::cerr << "epoch " << r.epoch << " train_accuracy " << r.train_accuracy;
    if (r.dev_f1 >= 0) std::cerr << " dev_f1 " << r.dev_f1;
    std::cerr << " seconds " << r.seconds << std::endl;
  });
  if (!bytes) {
    std::cerr << "eventwire: " << bytes.status().to_string() << "\n";
    return kExitFatal;
  }
  std::ofstream out(o.out, std::ios::binary);
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  if (!out) {
    std::cerr << "eventwire: cannot write \"" << o.out << "\"\n";
    return kExitFatal;
  }
  std::cerr << "wrote " << o.out << " (" << bytes->size() << " bytes)\n";
  return kExitOk;
}

RegisterCommand train_reg("train ner", "Train the named-entity tagger", [](CLI::App& app) {
  auto o = std::make_shared<TrainOptions>();
  app.add_option("--train", o->train,
                 "Training files, comma-separated (CoNLL IOB1/IOB2 or GUM .conllu; "
                 "FILE:head=P / FILE:tail=P keep the first/last P% of documents)")
      ->required();
  app.add_option("--dev", o->dev, "Development file: the epoch with the best dev F1 is kept");
  app.add_option("--epochs", o->ner.epochs, "Passes over the training data")->capture_default_str();
  app.add_option("--seed", o->ner.seed, "Shuffling seed")->capture_default_str();
  app.add_option("--out", o->out, "Model file to write")->capture_default_str();
  app.add_option("--genres", o->genres, "GUM genres to read from .conllu files")
      ->capture_default_str();
  app.add_option("--types", o->types, "Entity types to learn")->capture_default_str();
  app.add_option("--min-count", o->ner.min_feature_count, "Drop features seen fewer times")
      ->capture_default_str();
  app.add_option("--unlabeled", o->unlabeled,
                 "Extra text for word clusters (files read like --train; labels unused)");
  app.add_flag("!--no-clusters", o->ner.clusters, "Do not build word clusters");
  app.add_flag("--domain-features", o->ner.domain_features,
               "Each --train file after the first also fires private copies of its features "
               "(not saved), so other corpora's conventions do not bend the model");
  app.add_option("--lowercase-every", o->ner.lowercase_every,
                 "Also train on a lower-cased copy of every k-th sentence with names (0: none)")
      ->capture_default_str();
  app.add_option("--bags", o->ner.bags, "Perceptrons with different shuffles, averaged")
      ->capture_default_str();
  app.add_option("--prune", o->ner.prune_threshold,
                 "Drop features whose weights are all below this")
      ->capture_default_str();
  app.add_option("--wordnet", o->ner.wordnet_dir, "WordNet dict folder (empty: none)")
      ->capture_default_str();
  app.add_option("--iso-codes", o->ner.iso_codes_dir, "iso-codes JSON folder (empty: none)")
      ->capture_default_str();
  app.add_option("--gazetteer", o->gazetteer,
                 "Gazetteer (.ewg) whose city and region names become features (empty: none)");
  app.add_option("--min-population", o->min_population,
                 "Smallest city population taken from --gazetteer")
      ->capture_default_str();
  app.add_flag("!--no-actor-kb", o->ner.actor_kb,
               "Do not use the built-in actor knowledge base as a gazetteer");
  return [o] { return run_train(*o); };
});

struct EvalOptions {
  std::string gold, model, genres = "academic,bio,court,interview,news,voyage", types;
  bool sentences_only = false;
  std::string errors;  // file for the sentences where prediction and gold differ
};

// Writes every sentence whose predicted spans differ from the gold ones: the sentence,
// then "- TYPE words" for missed gold spans and "+ TYPE words" for wrong predictions.
Status write_ner_errors(const NerModel& model, const std::vector<NerSentence>& gold,
                        const std::vector<std::string>& types, bool documents,
                        const std::string& path) {
  std::ofstream out(path);
  if (!out) return Status::io_error("cannot write \"" + path + "\"");
  auto wanted = [&](const std::string& t) {
    return std::find(types.begin(), types.end(), t) != types.end();
  };
  auto words = [](const NerSentence& s, const NamedSpan& span) {
    std::string w;
    for (int i = span.first_token; i < span.last_token; ++i) {
      if (!w.empty()) w += ' ';
      w += s.tokens[static_cast<size_t>(i)];
    }
    return w;
  };
  for (size_t s = 0; s < gold.size();) {
    size_t end = s + 1;
    if (documents && !gold[s].doc_id.empty())
      while (end < gold.size() && gold[end].doc_id == gold[s].doc_id) ++end;
    std::vector<std::vector<std::string>> texts;
    for (size_t k = s; k < end; ++k) texts.push_back(gold[k].tokens);
    std::vector<std::set<std::tuple<int, int, std::string>>> pred(end - s), ref(end - s);
    for (const NamedSpan& span : model.tag_document(texts)) {
      std::string type = collapse_ner_type(span.type);
      if (wanted(type))
        pred[static_cast<size_t>(span.sentence)].insert({span.first_token, span.last_token, type});
    }
    for (size_t k = s; k < end; ++k)
      for (const NamedSpan& span : gold[k].spans)
        if (wanted(span.type)) ref[k - s].insert({span.first_token, span.last_token, span.type});
    for (size_t k = s; k < end; ++k) {
      if (pred[k - s] == ref[k - s]) continue;
      const NerSentence& sent = gold[k];
      for (const std::string& t : sent.tokens) out << t << ' ';
      out << '\n';
      for (const auto& [a, b, type] : ref[k - s])
        if (!pred[k - s].count({a, b, type}))
          out << "- " << type << ' ' << words(sent, {0, a, b, type}) << '\n';
      for (const auto& [a, b, type] : pred[k - s])
        if (!ref[k - s].count({a, b, type}))
          out << "+ " << type << ' ' << words(sent, {0, a, b, type}) << '\n';
    }
    s = end;
  }
  return Status::ok();
}

int run_eval(const EvalOptions& o) {
  std::string path =
      o.model.empty() ? NerModel::default_path(eventwire::cli::models_dir_from_env()) : o.model;
  Result<std::shared_ptr<const NerModel>> model = NerModel::load(path);
  if (!model) {
    std::cerr << "eventwire: " << model.status().to_string() << "\n";
    return kExitFatal;
  }
  Result<std::vector<NerSentence>> gold = read_ner_spec(o.gold, split_list(o.genres));
  if (!gold) {
    std::cerr << "eventwire: " << gold.status().to_string() << "\n";
    return kExitFatal;
  }
  std::vector<std::string> types = o.types.empty() ? (*model)->types() : split_list(o.types);
  double tokens_per_s = 0;
  NerScores scores = evaluate_ner(**model, *gold, types, &tokens_per_s, !o.sentences_only);
  if (!o.errors.empty())
    if (Status st = write_ner_errors(**model, *gold, types, !o.sentences_only, o.errors); !st) {
      std::cerr << "eventwire: " << st.to_string() << "\n";
      return kExitFatal;
    }
  size_t tokens = 0;
  for (const NerSentence& s : *gold) tokens += s.tokens.size();
  std::printf("sentences %zu\ntokens %zu\n", gold->size(), tokens);
  std::printf("precision %.2f\nrecall %.2f\nf1 %.2f\n", scores.overall.precision(),
              scores.overall.recall(), scores.overall.f1());
  for (const auto& [type, c] : scores.by_type) {
    std::printf("%s_precision %.2f\n%s_recall %.2f\n%s_f1 %.2f\n%s_gold %lld\n", type.c_str(),
                c.precision(), type.c_str(), c.recall(), type.c_str(), c.f1(), type.c_str(),
                static_cast<long long>(c.gold));
  }
  std::printf("tokens_per_s %.0f\n", tokens_per_s);
  return kExitOk;
}

RegisterCommand eval_reg(
    "eval ner", "Score the named-entity tagger on CoNLL IOB1/IOB2 or GUM data", [](CLI::App& app) {
      auto o = std::make_shared<EvalOptions>();
      app.add_option("--gold", o->gold, "Gold file (FILE:head=P / FILE:tail=P for a fold)")
          ->required();
      app.add_option("--model", o->model, "Model file (default: the installed model)");
      app.add_option("--genres", o->genres, "GUM genres to read from .conllu files")
          ->capture_default_str();
      app.add_option("--types", o->types, "Types to score (default: the model's)");
      app.add_flag("--sentences", o->sentences_only,
                   "Tag sentence by sentence, without document context");
      app.add_option("--errors", o->errors,
                     "Write the sentences where prediction and gold differ to this file");
      return [o] { return run_eval(*o); };
    });

}  // namespace cmd_ner
}  // namespace eventwire::cli
