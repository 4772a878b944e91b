// eventwire._eventwire: the library in-process for Python (docs/python.md).
//
// A thin layer over the public API (include/eventwire/): it turns Python
// values into Articles, runs the Pipeline with the GIL released, and hands
// back each document as the CLI's JSON text, which the pure-Python part
// (eventwire/__init__.py) parses with the json module. Errors cross as
// StatusError and become the exception classes that eventwire/errors.py
// registers with set_error_classes().
//
// Thread safety: Pipeline and Archive objects follow the library. A Pipeline
// may be used from several Python threads at once (process() is const); an
// Archive owns one SQLite connection and serializes its calls with a mutex.
// A Batch belongs to the Python thread that iterates it.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "eventwire/archive.h"
#include "eventwire/events.h"
#include "eventwire/io.h"
#include "eventwire/pipeline.h"
#include "eventwire/status.h"
#include "eventwire/store.h"

namespace py = pybind11;

namespace eventwire::python {
namespace {

// A failed Status on its way to Python. `kind` overrides the class chosen by
// the status code ("model" for a pipeline that cannot be built); `fatal`
// carries Status::to_string(), as the CLI prints fatal errors.
struct StatusError {
  Status status;
  const char* kind = nullptr;
  bool fatal = false;
};

const char* code_name(Status::Code code) {
  switch (code) {
    case Status::Code::kOk:
      return "ok";
    case Status::Code::kInvalidInput:
      return "invalid_input";
    case Status::Code::kNotFound:
      return "not_found";
    case Status::Code::kIoError:
      return "io_error";
    case Status::Code::kCorrupt:
      return "corrupt";
    case Status::Code::kUnsupported:
      return "unsupported";
    case Status::Code::kInternal:
      return "internal";
  }
  return "internal";
}

// {code name: exception class}, set once by eventwire/errors.py. Deliberately
// leaked: it must outlive every module object at interpreter exit.
PyObject* error_classes = nullptr;

void set_error_classes(py::dict classes) {
  Py_XDECREF(error_classes);
  error_classes = classes.release().ptr();
}

void raise_status(const StatusError& error) {
  const Status& status = error.status;
  const std::string message = error.fatal ? status.to_string() : status.message();
  PyObject* cls = nullptr;
  if (error_classes)
    cls = PyDict_GetItemString(error_classes, error.kind ? error.kind : code_name(status.code()));
  if (!cls) cls = PyExc_RuntimeError;
  py::str text(message);
  PyErr_SetObject(cls, text.ptr());
}

template <typename T>
T unwrap(Result<T> result) {
  if (!result) throw StatusError{result.status()};
  return std::move(*result);
}

// UTF-8 bytes of a field given as str, bytes or None. A str holding lone
// surrogates (undecodable bytes smuggled in by surrogateescape, as Python does
// for file names) gets its original bytes back, so that the library reports
// bad UTF-8 with the same message as the CLI.
std::string field_bytes(py::handle value, const char* name, bool allow_number) {
  if (value.is_none()) return {};
  if (PyBytes_Check(value.ptr())) return std::string(py::reinterpret_borrow<py::bytes>(value));
  if (PyUnicode_Check(value.ptr())) {
    Py_ssize_t size = 0;
    if (const char* utf8 = PyUnicode_AsUTF8AndSize(value.ptr(), &size)) return {utf8, size_t(size)};
    PyErr_Clear();
    for (const char* handler : {"surrogateescape", "surrogatepass"}) {
      PyObject* bytes = PyUnicode_AsEncodedString(value.ptr(), "utf-8", handler);
      if (bytes) return std::string(py::reinterpret_steal<py::bytes>(bytes));
      PyErr_Clear();
    }
  }
  if (allow_number && (PyLong_Check(value.ptr()) || PyFloat_Check(value.ptr())) &&
      !PyBool_Check(value.ptr()))
    return std::string(py::str(value));
  throw StatusError{Status::invalid_input(std::string("field \"") + name +
                                          "\" must be a string, found " +
                                          Py_TYPE(value.ptr())->tp_name)};
}

// The parts of one article, as plain bytes (converted while holding the GIL).
struct ArticleInput {
  std::string text, date, title, source, url, id;
  std::vector<std::pair<std::string, std::string>> extra;  // key, JSON value
  uint64_t record = 0;
};

ArticleInput make_input(py::handle text, py::handle date, py::handle title, py::handle source,
                        py::handle url, py::handle id, py::handle extra, uint64_t record) {
  ArticleInput in;
  in.text = field_bytes(text, "text", false);
  in.date = field_bytes(date, "date", true);
  in.title = field_bytes(title, "title", false);
  in.source = field_bytes(source, "source", false);
  in.url = field_bytes(url, "url", false);
  in.id = field_bytes(id, "id", true);
  if (!extra.is_none())
    for (py::handle item : extra) {
      auto pair = py::reinterpret_borrow<py::tuple>(item);
      in.extra.emplace_back(pair[0].cast<std::string>(), pair[1].cast<std::string>());
    }
  in.record = record;
  return in;
}

// The Article the JSON Lines reader would build from the same fields, with
// the same error messages; the date may be left out (an undated article, as
// for POST /api/code).
Result<Article> build_article(ArticleInput in) {
  for (const std::string* field : {&in.text, &in.title, &in.source, &in.url, &in.id, &in.date})
    if (field->find('\0') != std::string::npos)
      return Status::invalid_input("NUL byte in the article (binary data?)");
  Article article;
  article.origin_file = "<python>";
  article.origin_record = in.record;
  article.id = std::move(in.id);
  if (article.id.empty()) article.id = "python#" + std::to_string(in.record);
  article.title = std::move(in.title);
  article.source = std::move(in.source);
  article.url = std::move(in.url);
  article.extra = std::move(in.extra);
  if (!in.date.empty()) {
    auto date = normalize_date(in.date);
    if (!date) return date.status();
    article.date = *date;
  }
  if (Status s = assemble_article(article, split_paragraphs(in.text)); !s) return s;
  return article;
}

class PyPipeline {
 public:
  explicit PyPipeline(py::dict settings) {
    PipelineOptions options;
    auto text = [&](const char* key, std::string& into) {
      if (settings.contains(key) && !settings[key].is_none())
        into = settings[key].cast<std::string>();
    };
    auto list = [&](const char* key, std::vector<std::string>& into) {
      if (settings.contains(key)) into = settings[key].cast<std::vector<std::string>>();
    };
    auto flag = [&](const char* key, bool& into) {
      if (settings.contains(key)) into = settings[key].cast<bool>();
    };
    std::string syntax = "fast", anchor = "news";
    text("syntax", syntax);
    text("models", options.models_dir);
    text("gazetteer", options.gazetteer);
    text("anchor", anchor);
    list("verbs", options.verbs);
    list("actors", options.actors);
    list("agents", options.agents);
    list("discards", options.discards);
    list("issues", options.issues);
    flag("no_builtin_actors", options.no_builtin_actors);
    flag("one_a_day", options.one_a_day);
    flag("rule_sentences", options.rule_sentence_splitter);
    if (settings.contains("max_sentence_tokens"))
      options.segment.max_sentence_tokens = settings["max_sentence_tokens"].cast<size_t>();
    // As `eventwire code`: every stage on.
    options.syntax = syntax != "none";
    options.syntax_model = syntax;
    options.entities = options.time = options.geo = options.events = options.quotes = true;
    options.narrative_time = anchor == "narrative";
    Result<std::shared_ptr<const Pipeline>> created = Status::internal("not created");
    {
      py::gil_scoped_release unlocked;
      created = Pipeline::create(options);
    }
    if (!created) throw StatusError{created.status(), "model", true};
    pipeline_ = std::move(*created);
  }

  const Pipeline& pipeline() const { return *pipeline_; }
  std::shared_ptr<const Pipeline> shared() const { return pipeline_; }

  // One article, coded: the CLI's JSON line.
  py::str code(py::handle text, py::handle date, py::handle title, py::handle source,
               py::handle url, py::handle id, py::handle extra, uint64_t record,
               bool tokens) const {
    ArticleInput in = make_input(text, date, title, source, url, id, extra, record);
    Result<std::string> json = Status::internal("not coded");
    {
      py::gil_scoped_release unlocked;
      json = code_one(*pipeline_, std::move(in), tokens);
    }
    return py::str(unwrap(std::move(json)));
  }

  static Result<std::string> code_one(const Pipeline& pipeline, ArticleInput in, bool tokens) {
    auto article = build_article(std::move(in));
    if (!article) return article.status();
    Document doc = pipeline.process(std::move(*article));
    return document_to_json(doc, json_options(pipeline, tokens));
  }

  static JsonOptions json_options(const Pipeline& pipeline, bool tokens) {
    JsonOptions json;  // as `eventwire code [--tokens]`
    json.analysis = true;
    json.tokens = tokens;
    json.syntax = tokens && pipeline.options().syntax;
    return json;
  }

  py::list versions(bool dictionaries) const {
    py::list out;
    for (const ComponentVersion& v : dictionaries ? pipeline_->dictionaries() : pipeline_->models())
      out.append(py::dict(py::arg("name") = v.name, py::arg("version") = v.version,
                          py::arg("fingerprint") = v.fingerprint));
    return out;
  }

 private:
  std::shared_ptr<const Pipeline> pipeline_;
};

// Streams articles through worker threads and hands results back in input
// order. submit() queues, take() waits (without the GIL) for the oldest.
// Memory is bounded by the caller, which keeps only a window in flight.
class Batch {
 public:
  Batch(const PyPipeline& pipeline, int threads, bool tokens)
      : pipeline_(pipeline.shared()), tokens_(tokens) {
    if (threads < 1) throw StatusError{Status::invalid_input("threads must be at least 1")};
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~Batch() { close(); }

  void submit(py::handle text, py::handle date, py::handle title, py::handle source, py::handle url,
              py::handle id, py::handle extra, uint64_t record) {
    auto slot = std::make_shared<Slot>();
    try {
      slot->input = make_input(text, date, title, source, url, id, extra, record);
    } catch (const StatusError& error) {
      slot->result = error.status;  // reported in order, by take()
      slot->done = true;
    }
    std::lock_guard lock(mutex_);
    order_.push_back(slot);
    if (!slot->done) {
      jobs_.push_back(slot);
      work_ready_.notify_one();
    }
  }

  size_t pending() const {
    std::lock_guard lock(mutex_);
    return order_.size();
  }

  // (json, None, None) or (None, error code, message) for the oldest article.
  py::tuple take() {
    std::shared_ptr<Slot> slot;
    {
      py::gil_scoped_release unlocked;
      std::unique_lock lock(mutex_);
      if (!order_.empty()) {
        slot = order_.front();
        order_.pop_front();
        result_ready_.wait(lock, [&] { return slot->done; });
      }
    }
    if (!slot) throw StatusError{Status::internal("take() with nothing submitted")};
    if (!slot->result) {
      const Status& s = slot->result.status();
      return py::make_tuple(py::none(), code_name(s.code()), s.message());
    }
    return py::make_tuple(py::str(*slot->result), py::none(), py::none());
  }

  void close() {
    {
      std::lock_guard lock(mutex_);
      if (closed_) return;
      closed_ = true;
      jobs_.clear();
    }
    work_ready_.notify_all();
    py::gil_scoped_release unlocked;
    for (std::thread& t : workers_) t.join();
  }

 private:
  struct Slot {
    ArticleInput input;
    Result<std::string> result = Status::internal("not coded");
    bool done = false;
  };

  void work() {
    for (;;) {
      std::shared_ptr<Slot> slot;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return closed_ || !jobs_.empty(); });
        if (closed_) return;
        slot = jobs_.front();
        jobs_.pop_front();
      }
      Result<std::string> result = Status::internal("not coded");
      try {
        result = PyPipeline::code_one(*pipeline_, std::move(slot->input), tokens_);
      } catch (const std::exception& e) {  // bad_alloc and the like: report, don't die
        result = Status::internal(e.what());
      }
      {
        std::lock_guard lock(mutex_);
        slot->result = std::move(result);
        slot->done = true;
      }
      result_ready_.notify_all();
    }
  }

  std::shared_ptr<const Pipeline> pipeline_;
  bool tokens_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<std::shared_ptr<Slot>> order_, jobs_;
  std::vector<std::thread> workers_;
  bool closed_ = false;
};

// Articles from files and folders, read as the CLI reads them.
class Reader {
 public:
  Reader(const std::vector<std::string>& paths, const std::string& format,
         const std::string& date) {
    ReadOptions options;
    options.format = unwrap(parse_input_format(format));
    if (!date.empty()) options.date = unwrap(normalize_date(date));
    stream_ = unwrap(ArticleStream::open(paths, options));
  }

  // ("article", dict), ("error", "FILE:LINE: record N: REASON") or None at the end.
  py::object next() {
    Article article;
    ReadError error;
    ArticleStream::Next next;
    {
      py::gil_scoped_release unlocked;
      next = stream_->next(article, error);
    }
    if (next == ArticleStream::Next::kEnd) return py::none();
    if (next == ArticleStream::Next::kError) return py::make_tuple("error", error.to_string());
    // The body without the headline: code() joins them again exactly so.
    std::string body = article.text;
    if (!article.title.empty() && body.size() >= article.title.size() + 2)
      body = body.substr(article.title.size() + 2);
    else if (!article.title.empty())
      body.clear();
    py::dict out;
    out["id"] = article.id;
    out["date"] = article.date;
    out["title"] = article.title;
    out["text"] = body;
    out["source"] = article.source;
    out["url"] = article.url;
    py::list extra;
    for (auto& [key, value] : article.extra) extra.append(py::make_tuple(key, value));
    return py::make_tuple(
        "article", out, extra,
        py::make_tuple(article.origin_file, article.origin_record, article.origin_line));
  }

 private:
  std::unique_ptr<ArticleStream> stream_;
};

// A read-only archive. Query results come back as JSON arrays (the HTTP API's
// row objects) for the Python side to turn into DataFrames.
class Archive {
 public:
  explicit Archive(const std::string& path) : path_(path) {
    StoreOptions options;
    options.read_only = true;
    py::gil_scoped_release unlocked;
    store_ = unwrap(Store::open(path, options));
  }

  template <typename Run>
  auto locked(Run run) {
    py::gil_scoped_release unlocked;
    std::lock_guard lock(mutex_);
    if (!store_) throw StatusError{Status::invalid_input("the archive is closed")};
    return run(*store_);
  }

  template <typename Row, typename ToJson>
  static std::string array(const std::vector<Row>& rows, ToJson to_json) {
    std::string out = "[";
    for (size_t i = 0; i < rows.size(); ++i) {
      if (i) out += ',';
      out += to_json(rows[i]);
    }
    out += ']';
    return out;
  }

  py::str search(const SearchQuery& query) {
    return locked([&](Store& s) { return array(unwrap(s.search(query)), search_hit_json); });
  }
  py::str events(const EventQuery& query) {
    return locked([&](Store& s) { return array(unwrap(s.events(query)), event_row_json); });
  }
  py::str quotes(const QuoteQuery& query) {
    return locked([&](Store& s) { return array(unwrap(s.quotes(query)), quote_row_json); });
  }
  py::str document(const std::string& id, bool tokens) {
    return locked([&](Store& s) {
      Document doc = unwrap(s.get(id));
      JsonOptions json;
      json.analysis = true;
      json.tokens = json.syntax = tokens;
      return document_to_json(doc, json);
    });
  }
  py::dict stats(bool breakdowns) {
    StoreStats st = locked([&](Store& s) { return unwrap(s.stats(breakdowns)); });
    py::dict out;
    out["articles"] = st.articles;
    out["sentences"] = st.sentences;
    out["tokens"] = st.tokens;
    out["entities"] = st.entities;
    out["mentions"] = st.mentions;
    out["events"] = st.events;
    out["quotes"] = st.quotes;
    out["times"] = st.times;
    out["places"] = st.places;
    out["first_date"] = st.first_date;
    out["last_date"] = st.last_date;
    out["file_bytes"] = st.file_bytes;
    out["sources"] = st.sources;
    py::list months;
    for (const auto& m : st.months) months.append(py::make_tuple(m.month, m.articles, m.events));
    out["months"] = months;
    out["roots"] = st.roots;
    py::list dyads;
    for (const auto& d : st.dyads) dyads.append(py::make_tuple(d.source, d.target, d.count));
    out["dyads"] = dyads;
    return out;
  }
  py::list timeline(const TimelineQuery& query) {
    auto rows = locked([&](Store& s) { return unwrap(s.timeline(query)); });
    py::list out;
    for (const auto& b : rows) out.append(py::make_tuple(b.period, b.root_code, b.count));
    return out;
  }
  py::list network(const NetworkQuery& query) {
    auto rows = locked([&](Store& s) { return unwrap(s.network(query)); });
    py::list out;
    for (const auto& e : rows) out.append(py::make_tuple(e.source, e.target, e.count));
    return out;
  }
  py::list actors(const std::string& prefix, int limit) {
    auto rows = locked([&](Store& s) { return unwrap(s.actors(prefix, limit)); });
    py::list out;
    for (const auto& a : rows) out.append(py::make_tuple(a.code, a.name, a.entities));
    return out;
  }
  void close() {
    py::gil_scoped_release unlocked;
    std::lock_guard lock(mutex_);
    store_.reset();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::mutex mutex_;
  std::unique_ptr<Store> store_;
};

// Reads `paths` and stores every article in the archive `db` (a file or a
// postgresql:// URL) as `eventwire ingest` does, on `threads` workers, with
// the GIL released: a dict of the summary's counts, with the read errors and
// id warnings (at most 1,000 of each) as lists of the CLI's lines.
py::dict ingest_files(const PyPipeline& pipeline, const std::vector<std::string>& paths,
                      const std::string& db, const std::string& format, const std::string& date,
                      int threads, size_t commit_every, bool resume) {
  ReadOptions options;
  options.format = unwrap(parse_input_format(format));
  if (!date.empty()) options.date = unwrap(normalize_date(date));
  if (threads < 1) throw StatusError{Status::invalid_input("threads must be at least 1")};
  std::vector<std::string> errors, warnings;
  Result<IngestSummary> summary = Status::internal("not run");
  {
    py::gil_scoped_release unlocked;
    auto stream = ArticleStream::open(paths, options);
    auto store = stream ? Store::open(db) : Result<std::unique_ptr<Store>>(stream.status());
    if (!stream) {
      summary = stream.status();
    } else if (!store) {
      summary = store.status();
    } else {
      IngestOptions ingest_options;
      ingest_options.threads = threads;
      ingest_options.commit_every = std::max<size_t>(1, commit_every);
      ingest_options.skip_existing = resume;
      ingest_options.min_confidence = default_min_confidence();  // as `eventwire ingest`
      ingest_options.on_warning = [&](const ReadError& w) {
        if (warnings.size() < 1000) warnings.push_back(w.to_string());
      };
      summary = ingest(
          **store, **stream, *pipeline.shared(), ingest_options,
          [&](const ReadError& e) {
            if (errors.size() < 1000) errors.push_back(e.to_string());
          },
          nullptr);
    }
  }
  const IngestSummary& s = unwrap(std::move(summary));
  py::dict out;
  out["read"] = s.read, out["stored"] = s.stored, out["replaced"] = s.replaced;
  out["skipped"] = s.skipped, out["rejected"] = s.rejected, out["sentences"] = s.sentences;
  out["tokens"] = s.tokens, out["duplicate_ids"] = s.duplicate_ids, out["seconds"] = s.seconds;
  out["errors"] = errors, out["warnings"] = warnings;
  return out;
}

}  // namespace
}  // namespace eventwire::python

PYBIND11_MODULE(_eventwire, m) {
  using namespace eventwire;
  using namespace eventwire::python;
  m.doc() = "eventwire's C++ library; use the `eventwire` package, not this module.";
  m.attr("version") = EVENTWIRE_VERSION;

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const StatusError& e) {
      raise_status(e);
    }
  });
  m.def("set_error_classes", &set_error_classes);
  m.def("resolve_models_dir", &resolve_models_dir, py::arg("explicit_dir") = "");
  m.def("normalize_date", [](const std::string& d) { return unwrap(normalize_date(d)); });
  m.def("default_min_confidence", &default_min_confidence);

  py::class_<PyPipeline>(m, "Pipeline")
      .def(py::init<py::dict>())
      .def("code", &PyPipeline::code, py::arg("text"), py::arg("date"), py::arg("title"),
           py::arg("source"), py::arg("url"), py::arg("id"), py::arg("extra"), py::arg("record"),
           py::arg("tokens"))
      .def("models", [](const PyPipeline& p) { return p.versions(false); })
      .def("dictionaries", [](const PyPipeline& p) { return p.versions(true); });

  m.def("ingest", &ingest_files, py::arg("pipeline"), py::arg("paths"), py::arg("db"),
        py::arg("format") = "auto", py::arg("date") = "", py::arg("threads") = 1,
        py::arg("commit_every") = 256, py::arg("resume") = false);

  py::class_<Batch>(m, "Batch")
      .def(py::init<const PyPipeline&, int, bool>())
      .def("submit", &Batch::submit)
      .def("take", &Batch::take)
      .def("pending", &Batch::pending)
      .def("close", &Batch::close);

  py::class_<Reader>(m, "Reader")
      .def(py::init<const std::vector<std::string>&, const std::string&, const std::string&>())
      .def("next", &Reader::next);

  py::class_<SearchQuery>(m, "SearchQuery")
      .def(py::init<>())
      .def_readwrite("text", &SearchQuery::text)
      .def_readwrite("from_", &SearchQuery::from)
      .def_readwrite("to", &SearchQuery::to)
      .def_readwrite("source", &SearchQuery::source)
      .def_readwrite("actor", &SearchQuery::actor)
      .def_readwrite("limit", &SearchQuery::limit)
      .def_readwrite("offset", &SearchQuery::offset);
  py::class_<EventQuery>(m, "EventQuery")
      .def(py::init<>())
      .def_readwrite("actor", &EventQuery::actor)
      .def_readwrite("source_actor", &EventQuery::source_actor)
      .def_readwrite("target_actor", &EventQuery::target_actor)
      .def_readwrite("code", &EventQuery::code)
      .def_readwrite("root", &EventQuery::root)
      .def_readwrite("from_", &EventQuery::from)
      .def_readwrite("to", &EventQuery::to)
      .def_readwrite("country", &EventQuery::country)
      .def_readwrite("article", &EventQuery::article)
      .def_readwrite("limit", &EventQuery::limit)
      .def_readwrite("offset", &EventQuery::offset);
  py::class_<QuoteQuery>(m, "QuoteQuery")
      .def(py::init<>())
      .def_readwrite("speaker", &QuoteQuery::speaker)
      .def_readwrite("about", &QuoteQuery::about)
      .def_readwrite("from_", &QuoteQuery::from)
      .def_readwrite("to", &QuoteQuery::to)
      .def_readwrite("article", &QuoteQuery::article)
      .def_readwrite("limit", &QuoteQuery::limit)
      .def_readwrite("offset", &QuoteQuery::offset);
  py::class_<TimelineQuery>(m, "TimelineQuery")
      .def(py::init<>())
      .def_readwrite("from_", &TimelineQuery::from)
      .def_readwrite("to", &TimelineQuery::to)
      .def_readwrite("actor", &TimelineQuery::actor)
      .def_readwrite("daily", &TimelineQuery::daily);
  py::class_<NetworkQuery>(m, "NetworkQuery")
      .def(py::init<>())
      .def_readwrite("from_", &NetworkQuery::from)
      .def_readwrite("to", &NetworkQuery::to)
      .def_readwrite("root", &NetworkQuery::root)
      .def_readwrite("limit", &NetworkQuery::limit);

  py::class_<Archive>(m, "Archive")
      .def(py::init<const std::string&>())
      .def("search", &Archive::search)
      .def("events", &Archive::events)
      .def("quotes", &Archive::quotes)
      .def("document", &Archive::document)
      .def("stats", &Archive::stats)
      .def("timeline", &Archive::timeline)
      .def("network", &Archive::network)
      .def("actors", &Archive::actors)
      .def("close", &Archive::close)
      .def_property_readonly("path", &Archive::path);
}
