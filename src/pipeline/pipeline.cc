#include "eventwire/pipeline.h"

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
  return doc;
}

const std::vector<ComponentVersion>& Pipeline::models() const { return impl_->models; }
const std::vector<ComponentVersion>& Pipeline::dictionaries() const { return impl_->dictionaries; }
const PipelineOptions& Pipeline::options() const { return impl_->options; }

}  // namespace eventwire
