// The HTTP server: a JSON API over an archive (docs/api.md) and the web page
// (static files from one folder), in one process.
//
// Read-only by default: the archive is opened read-only, one connection per
// worker thread, and POST /api/code annotates a posted article without
// storing it. Every request is bounded (header and body size and time,
// result counts and window, parameter lengths, statement time); SQL is
// parameterized; files outside the static folder are never served.
// Connections are served by one epoll thread; workers see whole requests.
//
// Thread safety: create() and bind() from one thread; run() blocks in that
// thread while stop() may be called from any thread (or a signal-handling
// thread). The Pipeline is shared read-only by all workers.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "eventwire/pipeline.h"
#include "eventwire/status.h"

namespace eventwire {

struct ServerOptions {
  std::string db_path;             // the archive; must exist
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see bind())
  std::string static_dir;  // empty: $EVENTWIRE_WEB, else the source tree's web/dist or web/public
  int threads = 8;         // worker threads = archive connections
  size_t max_body_bytes = 1 << 20;  // larger POST bodies get 413
  int max_results = 1000;           // largest accepted `limit`
  bool writable = false;            // POST /api/code?store=1 also stores the document
  bool access_log = false;          // one line per request on stderr
  // Connections and their deadlines (docs/api.md, "Limits"). Slow or idle
  // clients hold a socket, never a worker: a request reaches a worker only
  // once it has arrived whole.
  int max_connections = 512;      // more get 503 and are closed
  int listen_backlog = 128;       // the kernel's queue of connections not yet accepted
  int max_queued_requests = 256;  // complete requests waiting for a worker; more get 503
  int header_timeout_ms =
      5000;  // request line and headers, from their first byte (or the connection)
  int body_timeout_ms = 10000;            // the body, from the end of the headers
  int idle_timeout_ms = 5000;             // keep-alive connection with no request
  int write_timeout_ms = 10000;           // the answer, to a client that does not read
  int max_requests_per_connection = 100;  // then the connection closes
  // Per-query cost (a 400 or 503 that names the limit).
  int query_time_limit_ms = 1500;  // an archive statement running longer is stopped: 503
  int result_window = 10000;       // offset + limit of search, events and quotes: 400 past it
  int max_snippets = 100;          // search hits with a snippet; later hits have none
  // Searches matching more articles rank the most recent this many (SearchQuery::rank_window;
  // 0: every match, whose cost grows with the archive).
  int rank_window = 10000;
  // Annotates posted articles; null disables POST /api/code (503).
  std::shared_ptr<const Pipeline> pipeline;
};

// The folder the page is served from when ServerOptions::static_dir is empty.
std::string default_static_dir();

class Server {
 public:
  // Opens the archive (read-only unless options.writable) and sets up routes.
  static Result<std::unique_ptr<Server>> create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; returns the port (useful with port 0).
  Result<int> bind();
  // Serves until stop(). bind() first.
  Status run();
  // Stops run(); safe from any thread.
  void stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace eventwire
