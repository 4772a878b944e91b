#include <cstdlib>
#include <filesystem>

#include "base/find_model.h"
#include "eventwire/syntax.h"
#include "syntax/model_data.h"

namespace eventwire {

SyntaxModel::SyntaxModel(std::unique_ptr<syntax_internal::ModelData> data)
    : data_(std::move(data)) {
  version_.name = "syntax";
  version_.version = std::to_string(syntax_internal::kModelFormatVersion) + "/" +
                     data_->setting("file") + "/" + data_->setting("preset");
  version_.fingerprint = data_->fingerprint;
}

SyntaxModel::~SyntaxModel() = default;

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::load(const std::string& path) {
  auto data = syntax_internal::read_model_file(path);
  if (!data) return data.status();
  std::unique_ptr<syntax_internal::ModelData> owned = std::move(data.value());
  auto& settings = owned->settings;
  std::erase_if(settings, [](const auto& kv) { return kv.first == "file"; });
  settings.emplace_back("file", std::filesystem::path(path).filename().string());
  return std::shared_ptr<const SyntaxModel>(std::make_shared<SyntaxModel>(std::move(owned)));
}

Status SyntaxModel::annotate(Sentence& sentence) const {
  for (size_t i = 0; i < sentence.tokens.size(); ++i)
    if (sentence.tokens[i].text.empty())
      return Status::invalid_input("token " + std::to_string(i + 1) + " of sentence " +
                                   std::to_string(sentence.id) + " has empty text");
  syntax_internal::annotate_sentence(*data_, sentence);
  return Status::ok();
}

const ComponentVersion& SyntaxModel::version() const {
  return version_;
}

const std::vector<std::pair<std::string, std::string>>& SyntaxModel::settings() const {
  return data_->settings;
}

Result<std::string> find_syntax_model(const std::string& name_or_path,
                                      const std::string& models_dir) {
  namespace fs = std::filesystem;
  const std::string name = name_or_path.empty() ? "fast" : name_or_path;
  std::error_code ec;
  if (name.find('/') != std::string::npos || name.ends_with(".ewm")) {
    if (fs::is_regular_file(name, ec)) return name;
    return Status::not_found("syntax model file \"" + name + "\" does not exist");
  }
  std::vector<std::string> tried;
  if (std::string found = base::find_model("syntax/" + name + ".ewm", models_dir, tried);
      !found.empty())
    return found;
  std::string message = "syntax model \"" + name + "\" not found; tried";
  for (const std::string& t : tried) message += " \"" + t + "\"";
  return Status::not_found(message);
}

}  // namespace eventwire
