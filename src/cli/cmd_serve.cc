// eventwire serve: the JSON API and the web page over an archive.
// Thin: the server lives in the library (include/eventwire/server.h).
#include <signal.h>

#include <iostream>
#include <thread>

#include "cli/common.h"
#include "eventwire/server.h"
#include "eventwire/store.h"

namespace eventwire::cli {
namespace cmd_serve {

struct ServeFlags {
  ServerOptions server;
  PipelineFlags pipeline;
  bool no_code = false;
};

int run_serve(ServeFlags& f) {
  if (!f.no_code) {
    auto pipeline = make_pipeline(f.pipeline, true);
    if (pipeline)
      f.server.pipeline = *pipeline;
    else
      std::cerr << "eventwire: warning: POST /api/code disabled: " << pipeline.status().to_string()
                << "\n";
  }
  // SIGINT/SIGTERM are taken by a waiting thread that stops the server, so
  // requests in flight finish and the archive closes cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = Server::create(f.server);
  if (!server) return report_fatal(server.status());
  auto port = (*server)->bind();
  if (!port) return report_fatal(port.status());
  std::cerr << "eventwire: serving http://" << f.server.host << ":" << *port << "/ (archive "
            << f.server.db_path << (f.server.writable ? ", writable" : ", read-only") << ")"
            << std::endl;
  Server* raw = server->get();
  std::thread waiter([raw, signals] {
    int signal = 0;
    sigwait(&signals, &signal);
    raw->stop();
  });
  Status status = (*server)->run();
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!status) return report_fatal(status);
  std::cerr << "eventwire: server stopped\n";
  return kExitOk;
}

RegisterCommand serve_command(
    "serve", "Serve the archive: JSON API and web page", [](CLI::App& app) {
      auto f = std::make_shared<ServeFlags>();
      f->server.db_path = default_store_path();
      app.add_option("--db", f->server.db_path,
                     "archive file (default: $EVENTWIRE_DB or ./eventwire.db)");
      app.add_option("--port", f->server.port, "port (0: any free port, printed on stderr)")
          ->check(CLI::Range(0, 65535));
      app.add_option("--host", f->server.host, "address to listen on (default: loopback only)");
      app.add_option("--web", f->server.static_dir,
                     "folder of the web page (default: the built-in one)");
      app.add_option("-j,--threads", f->server.threads, "worker threads")
          ->check(CLI::Range(1, 256));
      app.add_option("--max-body", f->server.max_body_bytes, "largest POST body in bytes")
          ->check(CLI::Range(1024, 64 << 20));
      app.add_option("--max-results", f->server.max_results,
                     "largest `limit` a request may ask for")
          ->check(CLI::Range(1, 100000));
      app.add_flag("--writable", f->server.writable,
                   "allow POST /api/code?store=1 to add articles to the archive");
      app.add_flag("--no-code", f->no_code, "disable POST /api/code");
      app.add_flag("--log", f->server.access_log, "one line per request on stderr");
      app.add_option("--max-connections", f->server.max_connections,
                     "open connections at most; more get 503 (default 512)")
          ->check(CLI::Range(1, 100000));
      app.add_option(
             "--query-time-limit", f->server.query_time_limit_ms,
             "milliseconds an archive query may run before it is stopped with 503 (default 1500)")
          ->check(CLI::Range(10, 600000));
      app.add_option("--result-window", f->server.result_window,
                     "largest offset + limit of search, events and quotes (default 10000)")
          ->check(CLI::Range(1, 10000000));
      app.add_option("--rank-window", f->server.rank_window,
                     "searches matching more articles rank the most recent this many (default "
                     "10000; 0: all)")
          ->check(CLI::Range(0, 100000000));
      add_pipeline_options(app, f->pipeline);
      return [f] { return run_serve(*f); };
    });

}  // namespace cmd_serve
}  // namespace eventwire::cli
