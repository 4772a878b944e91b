// Server lifecycle: archive connections, static files, limits and headers.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "server/impl.h"

namespace eventwire {

namespace fs = std::filesystem;

std::string default_static_dir() {
  if (const char* env = std::getenv("EVENTWIRE_WEB"); env && *env) return env;
  for (const char* sub : {"/web/dist", "/web/public"}) {
    std::string dir = std::string(EVENTWIRE_SOURCE_DIR) + sub;
    if (fs::exists(dir + "/index.html")) return dir;
  }
  return "web/public";
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() {
  stop();
}

Result<std::unique_ptr<Server>> Server::create(const ServerOptions& options) {
  if (options.threads < 1 || options.threads > 256)
    return Status::invalid_input("threads " + std::to_string(options.threads) +
                                 " is out of range 1–256");
  if (options.port < 0 || options.port > 65535)
    return Status::invalid_input("port " + std::to_string(options.port) + " is out of range");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  StoreOptions read_only;
  read_only.read_only = true;
  if (options.writable) {
    // Creating the archive here lets a writable server start from nothing.
    auto writer = Store::open(options.db_path);
    if (!writer) return writer.status();
    impl->writer = std::move(*writer);
  }
  for (int i = 0; i < options.threads; ++i) {
    auto store = Store::open(options.db_path, read_only);
    if (!store) return store.status();
    impl->readers.add(std::move(*store));
  }
  impl->static_dir = options.static_dir.empty() ? default_static_dir() : options.static_dir;

  httplib::Server& http = impl->http;
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_max_count(1000);
  int threads = options.threads;
  // httplib takes ownership of the queue it gets from this factory.
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_default_headers(
      {{"X-Content-Type-Options", "nosniff"},
       {"Referrer-Policy", "no-referrer"},
       {"Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; "
        "frame-ancestors 'none'"}});
  // Paths with "..", backslashes or control bytes never reach a handler or the file system.
  http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    const std::string& path = req.path;
    bool bad = path.empty() || path[0] != '/' || path.find("..") != std::string::npos ||
               path.find('\\') != std::string::npos ||
               std::any_of(path.begin(), path.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (!bad) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 400;
    res.set_content("{\"error\":\"bad path\"}", "application/json");
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content("{\"error\":\"internal error\"}", "application/json");
      });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 404   ? "not found"
                          : res.status == 413 ? "request body too large"
                                              : "error";
    res.set_content("{\"error\":\"" + message + "\"}", "application/json");
  });
  if (options.access_log)
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::cerr << "eventwire serve: " << req.remote_addr << " " << req.method << " " << req.path
                << " " << res.status << "\n";
    });
  add_api_routes(*impl);
  if (fs::is_directory(impl->static_dir)) {
    http.set_mount_point("/", impl->static_dir, {{"Cache-Control", "no-cache"}});
  } else {
    std::string message = "no web page: static folder \"" + impl->static_dir + "\" does not exist";
    http.Get("/", [message](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_content(message + "\n", "text/plain");
    });
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::bind() {
  auto& http = impl_->http;
  int port = impl_->options.port;
  if (port == 0) {
    port = http.bind_to_any_port(impl_->options.host);
    if (port < 0) return Status::io_error("cannot listen on \"" + impl_->options.host + "\"");
  } else if (!http.bind_to_port(impl_->options.host, port)) {
    return Status::io_error("cannot listen on \"" + impl_->options.host + ":" +
                            std::to_string(port) + "\"");
  }
  impl_->bound = true;
  return port;
}

Status Server::run() {
  if (!impl_->bound) return Status::internal("Server::run() before bind()");
  if (!impl_->http.listen_after_bind()) return Status::io_error("the server stopped with an error");
  return Status::ok();
}

void Server::stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

}  // namespace eventwire
