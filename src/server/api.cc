// The /api routes (docs/api.md). Each handler validates its parameters
// (unknown names, lengths, integer ranges) before touching the archive and
// answers {"error": "..."} with 400 for bad input.
#include <nlohmann/json.hpp>

#include <charconv>
#include <set>

#include "eventwire/archive.h"
#include "eventwire/io.h"
#include "eventwire/text.h"
#include "server/impl.h"

namespace eventwire {
namespace {

using nlohmann::json;

constexpr size_t kMaxParameterBytes = 512;

struct BadRequest {
  std::string message;
};

void send_json(http::Response& res, const std::string& body, int status = 200) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, "application/json; charset=utf-8");
}

void send_status(http::Response& res, const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidInput:
      return send_error(res, 400, status.message());
    case Status::Code::kNotFound:
      return send_error(res, 404, status.message());
    case Status::Code::kUnsupported:
      return send_error(res, 403, status.message());
    case Status::Code::kIoError:  // the statement time limit, a busy or unreadable archive
      return send_error(res, 503, status.message());
    default:
      return send_error(res, 500, status.to_string());
  }
}

// The query parameters of one request, checked against the names a route accepts.
class Params {
 public:
  Params(const http::Request& req, std::set<std::string> allowed) : req_(req) {
    for (const auto& [name, value] : req.params) {
      if (!allowed.count(name))
        throw BadRequest{"unknown parameter \"" + printable(name, 60) + "\""};
      if (value.size() > kMaxParameterBytes)
        throw BadRequest{"parameter \"" + name + "\" is " + std::to_string(value.size()) +
                         " bytes, over the limit of " + std::to_string(kMaxParameterBytes)};
      if (req.param_count(name) > 1) throw BadRequest{"parameter \"" + name + "\" is given twice"};
      if (!validate_utf8(value)) throw BadRequest{"parameter \"" + name + "\" is not valid UTF-8"};
      if (std::any_of(value.begin(), value.end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw BadRequest{"parameter \"" + name + "\" contains a control character"};
    }
  }
  std::string text(const std::string& name) const { return req_.param(name); }
  int integer(const std::string& name, int fallback, int min, int max) const {
    if (!req_.has_param(name)) return fallback;
    std::string value = text(name);
    int out = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || end != value.data() + value.size() || out < min || out > max)
      throw BadRequest{"parameter \"" + name + "\" = \"" + value + "\" is not an integer in " +
                       std::to_string(min) + "–" + std::to_string(max)};
    return out;
  }
  bool flag(const std::string& name) const {
    std::string v = text(name);
    if (v.empty() || v == "0" || v == "false") return false;
    if (v == "1" || v == "true") return true;
    throw BadRequest{"parameter \"" + name + "\" = \"" + v + "\" is not 0/1"};
  }

 private:
  const http::Request& req_;
};

// Runs a handler, turning BadRequest and any stray exception into an answer.
template <typename F>
Handler guarded(F handler) {
  return [handler](const http::Request& req, http::Response& res) {
    try {
      handler(req, res);
    } catch (const BadRequest& bad) {
      send_error(res, 400, bad.message);
    } catch (const std::exception& e) {
      send_error(res, 500, std::string("internal error: ") + e.what());
    }
  };
}

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// `prefix` + a JSON array of the rows + "}", built by appending (no temporaries
// of the whole body).
template <typename Rows, typename ToJson>
std::string array_of(std::string prefix, const Rows& rows, ToJson to_json) {
  std::string out = std::move(prefix);
  out += '[';
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i) out += ',';
    out += to_json(rows[i]);
  }
  out += "]}";
  return out;
}

// Why the posted body cannot be an article, as a 415 message, or "" when it
// can: a JSON object is taken whatever the Content-Type says (curl's --data
// labels JSON as a form), but form fields (title=…&text=…) and other media
// types are refused with the header to send.
std::string unsupported_media(const http::Request& req) {
  const std::string& body = req.body;
  size_t first = body.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && body[first] == '{') return "";
  const std::string* type = req.header("content-type");
  if (!type || type->rfind("application/json", 0) == 0) return "";
  static const char* kHow =
      ": send the article as a JSON object {\"text\": …, \"title\": …, \"date\": …} with "
      "Content-Type: application/json";
  if (type->rfind("application/x-www-form-urlencoded", 0) == 0)
    return std::string("form fields are not accepted") + kHow;
  return "Content-Type \"" + printable(*type, 80) + "\" is not accepted" + kHow;
}

// The posted article: a JSON object (unsupported_media() has passed).
Result<Document> code_posted(const Pipeline& pipeline, const http::Request& req) {
  ArticleLimits limits;
  JsonArticleOptions json_options;
  json_options.max_json_depth = limits.max_json_depth;
  json_options.reject_unknown_fields = true;
  json_options.what = "the posted article {\"text\": …, \"title\": …, \"date\": …}";
  Article article;
  std::string text;
  if (Status s = read_json_article(req.body, article, text, json_options); !s) return s;
  if (!article.date.empty()) {
    auto date = normalize_date(article.date);
    if (!date) return date.status();
    article.date = *date;
  }
  if (article.id.empty()) article.id = "posted";
  article.origin_file = "POST /api/code";
  article.origin_record = 1;
  if (Status s = assemble_article(article, split_paragraphs(text), limits); !s) return s;
  return pipeline.process(std::move(article));
}

// Deep pages cost as much as every page before them.
void check_window(const Server::Impl& impl, int limit, int offset) {
  int64_t end = int64_t{limit} + offset;
  if (end > impl.options.result_window)
    throw BadRequest{"offset + limit = " + std::to_string(end) + " is past the result window of " +
                     std::to_string(impl.options.result_window) + " (narrow the query instead)"};
}

// Archive counts, search and whole articles.
void add_article_routes(Server::Impl& impl) {
  const int max = impl.options.max_results;

  impl.route("GET", "/api/stats", guarded([&impl](const http::Request& req, http::Response& res) {
               Params p(req, {});
               auto lease = impl.readers.take();
               auto st = lease->stats();
               if (!st) return send_status(res, st.status());
               json sources = json::array();
               for (const auto& [name, count] : st->sources)
                 sources.push_back({{"source", name}, {"articles", count}});
               send_json(res, dump({{"articles", st->articles},
                                    {"sentences", st->sentences},
                                    {"tokens", st->tokens},
                                    {"entities", st->entities},
                                    {"mentions", st->mentions},
                                    {"events", st->events},
                                    {"quotes", st->quotes},
                                    {"times", st->times},
                                    {"places", st->places},
                                    {"first_date", st->first_date},
                                    {"last_date", st->last_date},
                                    {"file_bytes", st->file_bytes},
                                    {"sources", sources}}));
             }));

  impl.route(
      "GET", "/api/search", guarded([&impl, max](const http::Request& req, http::Response& res) {
        Params p(req, {"q", "from", "to", "source", "actor", "limit", "offset"});
        SearchQuery q{p.text("q"),
                      p.text("from"),
                      p.text("to"),
                      p.text("source"),
                      p.text("actor"),
                      p.integer("limit", 20, 1, max),
                      p.integer("offset", 0, 0, 100000)};
        if (q.text.empty()) throw BadRequest{"parameter \"q\" is required"};
        check_window(impl, q.limit, q.offset);
        q.max_snippets = impl.options.max_snippets;
        q.rank_window = impl.options.rank_window;
        auto lease = impl.readers.take();
        SearchInfo info;
        auto hits = lease->search(q, &info);
        if (!hits) return send_status(res, hits.status());
        // "ranked_all": false says the hits are the best of the `ranked` most recent matches.
        send_json(res, array_of(std::string("{\"query\":") + dump(q.text) +
                                    ",\"ranked_all\":" + (info.ranked_all ? "true" : "false") +
                                    ",\"ranked\":" + std::to_string(info.ranked) + ",\"hits\":",
                                *hits, search_hit_json));
      }));

  impl.route("GET", "/api/article", guarded([&impl](const http::Request& req, http::Response& res) {
               Params p(req, {"id", "tokens"});
               std::string id = p.text("id");
               if (id.empty()) throw BadRequest{"parameter \"id\" is required"};
               JsonOptions options;
               options.tokens = p.flag("tokens");
               options.syntax = options.tokens;
               options.analysis = true;
               auto lease = impl.readers.take();
               auto doc = lease->get(id);
               if (!doc) return send_status(res, doc.status());
               send_json(res, document_to_json(*doc, options));
             }));
}

// Tables over the archive: events, quotes, actors, timeline, network.
void add_table_routes(Server::Impl& impl) {
  const int max = impl.options.max_results;

  impl.route(
      "GET", "/api/events", guarded([&impl, max](const http::Request& req, http::Response& res) {
        Params p(req, {"actor", "source_actor", "target_actor", "code", "root", "from", "to",
                       "country", "article", "modality", "limit", "offset"});
        EventQuery q;
        q.actor = p.text("actor"), q.source_actor = p.text("source_actor"),
        q.target_actor = p.text("target_actor");
        q.code = p.text("code"), q.root = p.text("root"), q.from = p.text("from"),
        q.to = p.text("to");
        q.country = p.text("country"), q.article = p.text("article");
        if (std::string m = p.text("modality"); !m.empty()) q.modality = m;
        q.limit = p.integer("limit", 100, 1, max), q.offset = p.integer("offset", 0, 0, 1000000);
        check_window(impl, q.limit, q.offset);
        auto lease = impl.readers.take();
        auto rows = lease->events(q);
        if (!rows) return send_status(res, rows.status());
        send_json(res, array_of("{\"events\":", *rows, event_row_json));
      }));

  impl.route(
      "GET", "/api/quotes", guarded([&impl, max](const http::Request& req, http::Response& res) {
        Params p(req, {"speaker", "about", "from", "to", "article", "limit", "offset"});
        QuoteQuery q;
        q.speaker = p.text("speaker"), q.about = p.text("about"), q.from = p.text("from"),
        q.to = p.text("to");
        q.article = p.text("article");
        q.limit = p.integer("limit", 100, 1, max), q.offset = p.integer("offset", 0, 0, 1000000);
        check_window(impl, q.limit, q.offset);
        auto lease = impl.readers.take();
        auto rows = lease->quotes(q);
        if (!rows) return send_status(res, rows.status());
        send_json(res, array_of("{\"quotes\":", *rows, quote_row_json));
      }));

  impl.route("GET", "/api/actors",
             guarded([&impl, max](const http::Request& req, http::Response& res) {
               Params p(req, {"prefix", "limit"});
               auto lease = impl.readers.take();
               auto rows = lease->actors(p.text("prefix"), p.integer("limit", 50, 1, max));
               if (!rows) return send_status(res, rows.status());
               json out = json::array();
               for (const ActorCount& a : *rows)
                 out.push_back({{"code", a.code}, {"name", a.name}, {"entities", a.entities}});
               send_json(res, dump({{"actors", out}}));
             }));

  impl.route(
      "GET", "/api/timeline", guarded([&impl](const http::Request& req, http::Response& res) {
        Params p(req, {"from", "to", "actor", "interval"});
        TimelineQuery q{p.text("from"), p.text("to"), p.text("actor"), false};
        std::string interval = p.text("interval");
        if (interval == "day")
          q.daily = true;
        else if (!interval.empty() && interval != "month")
          throw BadRequest{"interval \"" + interval + "\" is not day or month"};
        auto lease = impl.readers.take();
        auto rows = lease->timeline(q);
        if (!rows) return send_status(res, rows.status());
        json out = json::array();
        for (const TimelineBucket& b : *rows)
          out.push_back({{"period", b.period}, {"root_code", b.root_code}, {"count", b.count}});
        send_json(res, dump({{"interval", q.daily ? "day" : "month"}, {"buckets", out}}));
      }));

  impl.route("GET", "/api/network",
             guarded([&impl, max](const http::Request& req, http::Response& res) {
               Params p(req, {"from", "to", "root", "limit"});
               NetworkQuery q{p.text("from"), p.text("to"), p.text("root"),
                              p.integer("limit", 100, 1, max)};
               auto lease = impl.readers.take();
               auto rows = lease->network(q);
               if (!rows) return send_status(res, rows.status());
               json out = json::array();
               for (const NetworkEdge& e : *rows)
                 out.push_back({{"source", e.source}, {"target", e.target}, {"count", e.count}});
               send_json(res, dump({{"edges", out}}));
             }));
}

}  // namespace

void add_api_routes(Server::Impl& impl) {
  add_article_routes(impl);
  add_table_routes(impl);

  impl.route("POST", "/api/code", guarded([&impl](const http::Request& req, http::Response& res) {
               Params p(req, {"store"});
               bool store = p.flag("store");
               if (!impl.options.pipeline)
                 return send_error(res, 503,
                                   "coding posted articles is not enabled on this server");
               if (store && !impl.writer)
                 return send_error(res, 403, "this server is read-only (start it with --writable)");
               if (std::string why = unsupported_media(req); !why.empty())
                 return send_error(res, 415, why);
               auto doc = code_posted(*impl.options.pipeline, req);
               if (!doc) return send_status(res, doc.status());
               if (store) {
                 std::lock_guard lock(impl.writer_mutex);
                 if (Status s = impl.writer->put(*doc); !s) return send_status(res, s);
               }
               JsonOptions options;
               options.analysis = true;
               options.tokens = false;
               send_json(res, document_to_json(*doc, options));
             }));

  // Re-codes the whole archive with the server's pipeline and dictionaries
  // (as `eventwire recode`), holding the writer meanwhile.
  impl.route("POST", "/api/recode", guarded([&impl](const http::Request& req, http::Response& res) {
               Params p(req, {});
               if (!impl.options.pipeline)
                 return send_error(res, 503, "this server has no pipeline to re-code with");
               if (!impl.writer)
                 return send_error(res, 403, "this server is read-only (start it with --writable)");
               std::lock_guard lock(impl.writer_mutex);
               std::vector<json> failures;
               auto summary =
                   recode(*impl.writer, *impl.options.pipeline, impl.options.threads,
                          [&](const std::string& id, const Status& status) {
                            if (failures.size() < 100)
                              failures.push_back({{"id", id}, {"error", status.to_string()}});
                          });
               if (!summary) return send_status(res, summary.status());
               send_json(res, dump({{"documents", summary->documents},
                                    {"events_before", summary->events_before},
                                    {"events_after", summary->events_after},
                                    {"failed", summary->failed},
                                    {"failures", failures},
                                    {"seconds", summary->seconds}}));
             }));

  add_view_routes(impl);
}

}  // namespace eventwire
