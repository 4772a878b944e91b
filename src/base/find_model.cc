#include "base/find_model.h"

#include <filesystem>

namespace eventwire::base {

namespace fs = std::filesystem;

std::vector<std::string> model_search_dirs(const std::string& models_dir) {
  if (!models_dir.empty()) return {models_dir};
  std::vector<std::string> dirs;
#ifdef EVENTWIRE_DEFAULT_MODELS_DIR
  std::error_code ec;
  if (fs::is_directory(EVENTWIRE_DEFAULT_MODELS_DIR, ec))
    dirs.emplace_back(EVENTWIRE_DEFAULT_MODELS_DIR);
#endif
  dirs.emplace_back("models");
  return dirs;
}

std::string resolve_models_dir(const std::string& models_dir) {
  return model_search_dirs(models_dir).front();
}

std::string find_model(const std::string& relative, const std::string& models_dir,
                       std::vector<std::string>& tried) {
  std::error_code ec;
  for (const std::string& dir : model_search_dirs(models_dir)) {
    std::string candidate = (fs::path(dir) / relative).string();
    if (fs::is_regular_file(candidate, ec)) return candidate;
    tried.push_back(std::move(candidate));
  }
  return "";
}

std::string find_model(const std::string& relative, const std::string& models_dir) {
  std::vector<std::string> tried;
  std::string found = find_model(relative, models_dir, tried);
  return found.empty() ? tried.front() : found;
}

}  // namespace eventwire::base
