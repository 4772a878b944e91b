// The one reader of an article given as a JSON object (JSON Lines records and
// articles posted to the server).
#include <nlohmann/json.hpp>

#include "eventwire/io.h"

namespace eventwire {

Status read_json_article(std::string_view json, Article& article, std::string& text,
                         const JsonArticleOptions& options) {
  if (Status s = check_json_depth(json, options.max_json_depth); !s) return s;
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 40: syntax error …"
    std::string what = e.what();
    size_t column = what.find("column ");
    std::string detail = column == std::string::npos ? what : what.substr(column);
    return Status::invalid_input("malformed JSON at " + printable(detail, 240));
  }
  if (!value.is_object())
    return Status::invalid_input(std::string(options.what) + " must be a JSON object, found " +
                                 value.type_name());
  for (auto& [key, field] : value.items()) {
    std::string* target = key == "id"       ? &article.id
                          : key == "date"   ? &article.date
                          : key == "title"  ? &article.title
                          : key == "source" ? &article.source
                          : key == "url"    ? &article.url
                          : key == "text"   ? &text
                                            : nullptr;
    if (!target) {
      if (options.reject_unknown_fields)
        return Status::invalid_input("unknown field \"" + printable(key, 60) +
                                     "\" (id, title, source, url, date, text)");
      article.extra.emplace_back(key, field.dump());
      continue;
    }
    if (field.is_string())
      *target = field.get<std::string>();
    else if (field.is_number() && (key == "id" || key == "date"))
      *target = field.dump();
    else if (!field.is_null())
      return Status::invalid_input("field \"" + printable(key, 60) + "\" must be a string, found " +
                                   field.type_name());
  }
  return Status::ok();
}

}  // namespace eventwire
