// Where the library looks for a model or data file under a models folder.
// The library never reads the environment: programs pass the folder their
// user chose (the CLI reads $EVENTWIRE_MODELS and --models) as `models_dir`.
//
// The one fallback order:
//   1. `models_dir` when it is not empty, and nothing else (a folder the user
//      named is never silently replaced by another);
//   2. the models folder of the build (EVENTWIRE_DEFAULT_MODELS_DIR, the
//      source tree's models/), when it exists;
//   3. models/ under the working directory.
//
// Thread safety: reads the file system only.
#pragma once

#include <string>
#include <vector>

namespace eventwire::base {

// The folders of the order above that apply, first to last.
std::vector<std::string> model_search_dirs(const std::string& models_dir = "");

// The first folder of the order: `models_dir`, else the build's folder when it
// exists, else "models".
std::string resolve_models_dir(const std::string& models_dir = "");

// The first `dir/relative` that is a regular file; when none is, the path under
// resolve_models_dir(models_dir), so that an error message can name it.
std::string find_model(const std::string& relative, const std::string& models_dir = "");

// As find_model, but every path tried is put in `tried` and "" is returned
// when the file is in none of the folders.
std::string find_model(const std::string& relative, const std::string& models_dir,
                       std::vector<std::string>& tried);

}  // namespace eventwire::base
