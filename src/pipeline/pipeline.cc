#include "eventwire/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace eventwire {

struct Pipeline::Impl {
  PipelineOptions options;
  std::vector<ComponentVersion> models, dictionaries;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

std::string resolve_models_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("EVENTWIRE_MODELS"); env && *env) return env;
  if (std::filesystem::is_directory(EVENTWIRE_DEFAULT_MODELS_DIR)) return EVENTWIRE_DEFAULT_MODELS_DIR;
  return "models";
}

Result<std::shared_ptr<const Pipeline>> Pipeline::create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->models.push_back({"tokenizer", "rules-1", "eventwire-" EVENTWIRE_VERSION});
  return std::shared_ptr<const Pipeline>(new Pipeline(std::move(impl)));
}

Document Pipeline::process(Article article) const {
  Document doc;
  doc.article = std::move(article);
  doc.sentences = segment_article(doc.article, impl_->options.segment, &doc.warnings);
  doc.models = impl_->models;
  doc.dictionaries = impl_->dictionaries;
  if (impl_->options.one_a_day) apply_one_a_day(doc);
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

const std::vector<ComponentVersion>& Pipeline::models() const { return impl_->models; }
const std::vector<ComponentVersion>& Pipeline::dictionaries() const { return impl_->dictionaries; }
const PipelineOptions& Pipeline::options() const { return impl_->options; }

}  // namespace eventwire
