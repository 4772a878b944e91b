// Server internals: the connection loop (server.cc), a pool of read-only
// archive connections, the routes and the API handlers (api.cc).
//
// Connection model: one thread runs an epoll loop over every connection and
// reads requests whole (bounded by http::ParseLimits and by deadlines for the
// headers, the body and idle keep-alive); only a complete request reaches a
// worker thread. A slow or idle client therefore holds a socket and a few
// bytes of buffer, never a worker.
#pragma once

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

#include "eventwire/server.h"
#include "eventwire/store.h"
#include "server/http.h"

namespace eventwire {

// Hands each request its own Store; blocks when all are in use.
class StorePool {
 public:
  void add(std::unique_ptr<Store> store) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(store));
  }
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(const Lease&) = delete;
    ~Lease() { pool_.give_back(std::move(store_)); }
    Store& operator*() { return *store_; }
    Store* operator->() { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<Store> store_;
  };
  Lease take() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !free_.empty(); });
    auto store = std::move(free_.back());
    free_.pop_back();
    return Lease(*this, std::move(store));
  }

 private:
  void give_back(std::unique_ptr<Store> store) {
    {
      std::lock_guard lock(mutex_);
      free_.push_back(std::move(store));
    }
    ready_.notify_one();
  }
  std::mutex mutex_;
  std::condition_variable ready_;
  std::vector<std::unique_ptr<Store>> free_;
};

using Handler = std::function<void(const http::Request&, http::Response&)>;

class EventLoop;

struct Server::Impl {
  Impl();
  ~Impl();
  ServerOptions options;
  std::string static_dir;
  StorePool readers;
  std::unique_ptr<Store> writer;  // only when writable; guarded by writer_mutex
  std::mutex writer_mutex;
  std::map<std::pair<std::string, std::string>, Handler> routes;  // (method, path)
  http::Fields default_headers;
  std::unique_ptr<EventLoop> loop;
  bool bound = false;

  void route(const std::string& method, const std::string& path, Handler handler) {
    routes[{method, path}] = std::move(handler);
  }
  // Answers one complete request (called on a worker thread).
  void handle(const http::Request& request, http::Response& response);
};

// Registers the /api routes.
void add_api_routes(Server::Impl& impl);
// The routes behind the web page's views (views_api.cc); called by add_api_routes.
void add_view_routes(Server::Impl& impl);

// {"error": message}
void send_error(http::Response& res, int status, const std::string& message);

}  // namespace eventwire
