// Server internals: the httplib server, a pool of read-only archive
// connections, and the API handlers (api.cc).
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <vector>

#include "eventwire/server.h"
#include "eventwire/store.h"

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

struct Server::Impl {
  ServerOptions options;
  std::string static_dir;
  httplib::Server http;
  StorePool readers;
  std::unique_ptr<Store> writer;  // only when writable; guarded by writer_mutex
  std::mutex writer_mutex;
  bool bound = false;
};

// Registers the /api routes on impl.http.
void add_api_routes(Server::Impl& impl);
// The routes behind the web page's views (views_api.cc); called by add_api_routes.
void add_view_routes(Server::Impl& impl);

}  // namespace eventwire
