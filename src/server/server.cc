// Server lifecycle, the epoll connection loop, workers, static files.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "server/impl.h"

namespace eventwire {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string default_static_dir() {
  if (const char* env = std::getenv("EVENTWIRE_WEB"); env && *env) return env;
  for (const char* sub : {"/web/dist", "/web/public"}) {
    std::string dir = std::string(EVENTWIRE_SOURCE_DIR) + sub;
    if (fs::exists(dir + "/index.html")) return dir;
  }
  return "web/public";
}

namespace {

class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  Fd& operator=(Fd&& o) noexcept {
    if (this != &o) {
      reset();
      fd_ = o.fd_;
      o.fd_ = -1;
    }
    return *this;
  }
  ~Fd() { reset(); }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  int get() const { return fd_; }

 private:
  int fd_ = -1;
};

const char* content_type_of(const fs::path& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"}};
  std::string ext = path.extension().string();
  for (auto [e, type] : kTypes)
    if (ext == e) return type;
  return "application/octet-stream";
}

}  // namespace

void send_error(http::Response& res, int status, const std::string& message) {
  std::string body = "{\"error\":\"";
  for (char c : message) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      body += '\\';
      body += c;
    } else if (u < 0x20) {
      char esc[8];
      std::snprintf(esc, sizeof esc, "\\u%04x", u);
      body += esc;
    } else {
      body += c;
    }
  }
  body += "\"}";
  res.status = status;
  res.headers.clear();
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

// ---- the connection loop ----

class EventLoop {
 public:
  explicit EventLoop(Server::Impl& impl) : impl_(impl) {
    limits_.max_body_bytes = impl.options.max_body_bytes;
  }
  ~EventLoop() { shut_down(); }

  Result<int> bind(const std::string& host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    std::string service = std::to_string(port);
    if (int rc = getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0)
      return Status::io_error("cannot resolve \"" + host + "\": " + gai_strerror(rc));
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> guard(found, freeaddrinfo);
    std::string error = "no address";
    for (addrinfo* a = found; a; a = a->ai_next) {
      Fd fd(::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol));
      if (fd.get() < 0) continue;
      int yes = 1;
      ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
      if (::bind(fd.get(), a->ai_addr, a->ai_addrlen) != 0 ||
          ::listen(fd.get(), impl_.options.listen_backlog) != 0) {
        error = std::strerror(errno);
        continue;
      }
      sockaddr_storage bound{};
      socklen_t len = sizeof bound;
      ::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&bound), &len);
      int actual = bound.ss_family == AF_INET6
                       ? ntohs(reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port)
                       : ntohs(reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
      listen_ = std::move(fd);
      return actual;
    }
    return Status::io_error("cannot listen on \"" + host + ":" + service + "\": " + error);
  }

  Status run() {
    epoll_ = Fd(::epoll_create1(EPOLL_CLOEXEC));
    wake_ = Fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    if (epoll_.get() < 0 || wake_.get() < 0)
      return Status::io_error("epoll: " + std::string(std::strerror(errno)));
    watch(listen_.get(), EPOLLIN, kListenTag);
    watch(wake_.get(), EPOLLIN, kWakeTag);
    for (int i = 0; i < impl_.options.threads; ++i) workers_.emplace_back([this] { work(); });
    running_ = true;
    std::vector<epoll_event> events(256);
    while (!stopping_) {
      int n = ::epoll_wait(epoll_.get(), events.data(), static_cast<int>(events.size()), 100);
      if (n < 0 && errno != EINTR)
        return Status::io_error("epoll_wait: " + std::string(std::strerror(errno)));
      for (int i = 0; i < n; ++i) {
        uint64_t tag = events[i].data.u64;
        if (tag == kListenTag) {
          accept_all();
        } else if (tag == kWakeTag) {
          uint64_t count;
          while (::read(wake_.get(), &count, sizeof count) > 0) {
          }
        } else {
          auto it = connections_.find(tag);
          if (it == connections_.end()) continue;
          Connection& c = *it->second;
          // Both directions gone while a worker answers: nobody can read the answer.
          if ((events[i].events & (EPOLLHUP | EPOLLERR)) && c.phase == Phase::kWorking) {
            close_connection(c);
            continue;
          }
          if ((events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)) &&
              c.phase != Phase::kWriting)
            on_readable(c);
          it = connections_.find(tag);
          if (it != connections_.end() && (events[i].events & EPOLLOUT)) on_writable(*it->second);
        }
      }
      take_completions();
      expire(Clock::now());
    }
    shut_down();
    return Status::ok();
  }

  void stop() {
    stopping_ = true;
    if (wake_.get() >= 0) {
      uint64_t one = 1;
      [[maybe_unused]] ssize_t n = ::write(wake_.get(), &one, sizeof one);
    }
    queue_ready_.notify_all();
  }
  bool running() const { return running_; }

 private:
  static constexpr uint64_t kListenTag = 1, kWakeTag = 2;
  // kDraining: the answer is sent and our side shut; unread input is read and
  // dropped for a moment so closing does not reset the connection before the
  // client has read the answer (a 413 sent while the body still arrives).
  enum class Phase { kReading, kWorking, kWriting, kDraining };
  struct Connection {
    uint64_t id = 0;
    Fd fd;
    std::string in, out;
    size_t out_pos = 0, scan_from = 0;
    Phase phase = Phase::kReading;
    Clock::time_point deadline;
    bool receiving = false;  // some bytes of a request have arrived
    bool headers_done = false;
    bool close_after = false;
    int served = 0;
  };
  struct Job {
    uint64_t connection;
    http::Request request;
    bool keep_alive;
  };
  struct Done {
    uint64_t connection;
    std::string bytes;
    bool keep_alive;
  };

  std::chrono::milliseconds ms(int v) const { return std::chrono::milliseconds(v); }

  void watch(int fd, uint32_t events, uint64_t tag, int op = EPOLL_CTL_ADD) {
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = tag;
    ::epoll_ctl(epoll_.get(), op, fd, &ev);
  }

  void accept_all() {
    for (;;) {
      int raw = ::accept4(listen_.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (raw < 0) return;  // EAGAIN, or a transient error (EMFILE): try again on the next event
      Fd fd(raw);
      if (connections_.size() >= static_cast<size_t>(impl_.options.max_connections)) {
        // Over the limit: a short answer, best effort, and close.
        http::Response res;
        send_error(res, 503,
                   "server busy: " + std::to_string(connections_.size()) +
                       " connections open (the limit, --max-connections)");
        std::string bytes = http::serialize(res, false, false, impl_.default_headers);
        [[maybe_unused]] ssize_t n = ::send(fd.get(), bytes.data(), bytes.size(), MSG_NOSIGNAL);
        continue;
      }
      int yes = 1;
      ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
      auto c = std::make_unique<Connection>();
      c->id = next_id_++;
      c->fd = std::move(fd);
      c->deadline = Clock::now() + ms(impl_.options.header_timeout_ms);
      watch(c->fd.get(), EPOLLIN | EPOLLRDHUP, c->id);
      connections_.emplace(c->id, std::move(c));
    }
  }

  void close_connection(Connection& c) { connections_.erase(c.id); }

  void on_readable(Connection& c) {
    char buffer[16384];
    if (c.phase == Phase::kDraining) {
      for (;;) {
        ssize_t n = ::recv(c.fd.get(), buffer, sizeof buffer, 0);
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        return close_connection(c);
      }
    }
    const size_t cap = limits_.max_header_bytes + limits_.max_body_bytes + 4096;
    for (;;) {
      if (c.phase == Phase::kReading && c.in.size() > cap) break;  // the parser answers
      ssize_t n = ::recv(c.fd.get(), buffer, sizeof buffer, 0);
      if (n > 0) {
        if (c.phase != Phase::kReading) {
          // Pipelined bytes while a request is being answered: keep them, bounded.
          if (c.in.size() + static_cast<size_t>(n) > cap) return close_connection(c);
          c.in.append(buffer, static_cast<size_t>(n));
          continue;
        }
        if (!c.receiving) {
          c.receiving = true;
          c.deadline = Clock::now() + ms(impl_.options.header_timeout_ms);
        }
        c.in.append(buffer, static_cast<size_t>(n));
        continue;
      }
      if (n == 0) {
        // The client closed (or half-closed) its side: answer what is complete, then close.
        if (c.phase == Phase::kReading) {
          const uint64_t id = c.id;  // try_parse may close (and free) c
          try_parse(c, /*peer_closed=*/true);
          auto it = connections_.find(id);
          if (it != connections_.end() && it->second->phase == Phase::kReading)
            close_connection(*it->second);
        } else {
          c.close_after = true;
          if (c.phase == Phase::kWorking) watch(c.fd.get(), 0, c.id, EPOLL_CTL_MOD);
        }
        return;
      }
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) break;
      return close_connection(c);
    }
    if (c.phase == Phase::kReading) try_parse(c, false);
  }

  void try_parse(Connection& c, bool peer_closed) {
    if (c.in.empty()) return;
    http::Request request;
    http::ParseResult r = http::parse_request(c.in, limits_, request, c.scan_from);
    if (r.state == http::ParseState::kError) return answer_now(c, r.status, r.message);
    if (r.state == http::ParseState::kIncomplete) {
      if (r.headers_complete && !c.headers_done) {
        c.headers_done = true;
        c.deadline = Clock::now() + ms(impl_.options.body_timeout_ms);
      }
      if (peer_closed) close_connection(c);
      return;
    }
    c.in.erase(0, r.consumed);
    c.scan_from = 0;
    c.headers_done = false;
    c.receiving = !c.in.empty();
    ++c.served;
    bool keep = request.keep_alive && !peer_closed && !stopping_ &&
                c.served < impl_.options.max_requests_per_connection;
    size_t waiting = 0;
    {
      std::lock_guard lock(queue_mutex_);
      waiting = queue_.size();
      if (waiting < static_cast<size_t>(impl_.options.max_queued_requests))
        queue_.push_back({c.id, std::move(request), keep});
    }
    if (waiting >= static_cast<size_t>(impl_.options.max_queued_requests))
      return answer_now(
          c, 503,
          "server busy: " + std::to_string(waiting) + " requests waiting (the limit, --max-queue)");
    queue_ready_.notify_one();
    c.phase = Phase::kWorking;
    watch(c.fd.get(), EPOLLRDHUP, c.id, EPOLL_CTL_MOD);
  }

  // An answer from the loop itself (parse errors, overload, timeouts); closes after.
  void answer_now(Connection& c, int status, const std::string& message) {
    http::Response res;
    send_error(res, status, message);
    start_writing(c, http::serialize(res, false, false, impl_.default_headers), false);
  }

  void start_writing(Connection& c, std::string bytes, bool keep_alive) {
    c.out = std::move(bytes);
    c.out_pos = 0;
    c.phase = Phase::kWriting;
    c.close_after = c.close_after || !keep_alive;
    c.deadline = Clock::now() + ms(impl_.options.write_timeout_ms);
    watch(c.fd.get(), EPOLLOUT, c.id, EPOLL_CTL_MOD);
    on_writable(c);
  }

  void on_writable(Connection& c) {
    if (c.phase != Phase::kWriting) return;
    while (c.out_pos < c.out.size()) {
      ssize_t n =
          ::send(c.fd.get(), c.out.data() + c.out_pos, c.out.size() - c.out_pos, MSG_NOSIGNAL);
      if (n > 0) {
        c.out_pos += static_cast<size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
      return close_connection(c);
    }
    if (c.close_after) {
      ::shutdown(c.fd.get(), SHUT_WR);
      c.phase = Phase::kDraining;
      c.in.clear();
      c.out.clear();
      c.deadline = Clock::now() + std::chrono::seconds(2);
      watch(c.fd.get(), EPOLLIN | EPOLLRDHUP, c.id, EPOLL_CTL_MOD);
      return;
    }
    c.out.clear();
    c.out.shrink_to_fit();
    c.phase = Phase::kReading;
    c.deadline = Clock::now() +
                 ms(c.receiving ? impl_.options.header_timeout_ms : impl_.options.idle_timeout_ms);
    watch(c.fd.get(), EPOLLIN | EPOLLRDHUP, c.id, EPOLL_CTL_MOD);
    if (!c.in.empty()) try_parse(c, false);
  }

  void take_completions() {
    std::vector<Done> done;
    {
      std::lock_guard lock(done_mutex_);
      done.swap(done_);
    }
    for (Done& d : done) {
      auto it = connections_.find(d.connection);
      if (it == connections_.end()) continue;
      start_writing(*it->second, std::move(d.bytes), d.keep_alive);
    }
  }

  void expire(Clock::time_point now) {
    std::vector<uint64_t> late;
    for (auto& [id, c] : connections_)
      if (c->phase != Phase::kWorking && now > c->deadline) late.push_back(id);
    for (uint64_t id : late) {
      auto it = connections_.find(id);
      if (it == connections_.end()) continue;
      Connection& c = *it->second;
      if (c.phase == Phase::kReading && c.receiving) {
        answer_now(c, 408,
                   c.headers_done ? "request body not received within " +
                                        std::to_string(impl_.options.body_timeout_ms) + " ms"
                                  : "request headers not received within " +
                                        std::to_string(impl_.options.header_timeout_ms) + " ms");
        // A client that does not read its 408 either is dropped at the write deadline.
      } else {
        close_connection(c);
      }
    }
  }

  void work() {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(queue_mutex_);
        queue_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      http::Response res;
      impl_.handle(job.request, res);
      if (impl_.options.access_log)
        std::cerr << "eventwire serve: " << job.request.method << " " << job.request.path << " "
                  << res.status << "\n";
      Done d{
          job.connection,
          http::serialize(res, job.keep_alive, job.request.method == "HEAD", impl_.default_headers),
          job.keep_alive};
      {
        std::lock_guard lock(done_mutex_);
        done_.push_back(std::move(d));
      }
      uint64_t one = 1;
      [[maybe_unused]] ssize_t n = ::write(wake_.get(), &one, sizeof one);
    }
  }

  void shut_down() {
    stopping_ = true;
    queue_ready_.notify_all();
    for (std::thread& t : workers_)
      if (t.joinable()) t.join();
    workers_.clear();
    connections_.clear();
    listen_.reset();
    running_ = false;
  }

  Server::Impl& impl_;
  http::ParseLimits limits_;
  Fd listen_, epoll_, wake_;
  std::unordered_map<uint64_t, std::unique_ptr<Connection>> connections_;
  uint64_t next_id_ = 16;
  std::atomic<bool> stopping_{false}, running_{false};
  std::vector<std::thread> workers_;
  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<Job> queue_;
  std::mutex done_mutex_;
  std::vector<Done> done_;
};

// ---- routing and static files ----

Server::Impl::Impl() = default;
Server::Impl::~Impl() = default;

void Server::Impl::handle(const http::Request& request, http::Response& res) {
  try {
    const std::string& path = request.path;
    // Paths with "..", backslashes or control bytes never reach a handler or the file system.
    bool bad = path.empty() || path[0] != '/' || path.find("..") != std::string::npos ||
               path.find('\\') != std::string::npos ||
               std::any_of(path.begin(), path.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (bad) return send_error(res, 400, "bad path \"" + path.substr(0, 100) + "\"");
    std::string method = request.method == "HEAD" ? "GET" : request.method;
    if (auto it = routes.find({method, path}); it != routes.end()) return it->second(request, res);
    for (const auto& [key, handler] : routes)
      if (key.second == path)
        return send_error(res, 405, "method " + request.method + " is not allowed on " + path);
    if (path.rfind("/api/", 0) == 0 || path == "/api")
      return send_error(res, 404, "no such route: " + path);
    if (method != "GET")
      return send_error(res, 405, "method " + request.method + " is not allowed on " + path);
    if (!fs::is_directory(static_dir)) {
      res.status = 404;
      res.set_content("no web page: static folder \"" + static_dir + "\" does not exist\n",
                      "text/plain; charset=utf-8");
      return;
    }
    std::error_code ec;
    fs::path root = fs::canonical(static_dir, ec);
    fs::path file = root / path.substr(1);
    if (path.back() == '/') file /= "index.html";
    fs::path real = fs::weakly_canonical(file, ec);
    auto rel = real.lexically_relative(root);
    if (ec || rel.empty() || rel.native().rfind("..", 0) == 0 || !fs::is_regular_file(real, ec))
      return send_error(res, 404, "not found");
    std::ifstream in(real, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    res.status = 200;
    res.set_header("Cache-Control", "no-cache");
    res.set_content(body.str(), content_type_of(real));
  } catch (const std::exception& e) {
    send_error(res, 500, std::string("internal error: ") + e.what());
  }
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
  if (options.max_connections < 1 || options.max_queued_requests < 1 ||
      options.header_timeout_ms < 1 || options.body_timeout_ms < 1 || options.idle_timeout_ms < 1 ||
      options.write_timeout_ms < 1 || options.max_requests_per_connection < 1)
    return Status::invalid_input("server limits and timeouts must be positive");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  StoreOptions read_only;
  read_only.read_only = true;
  read_only.query_time_limit_ms = options.query_time_limit_ms;
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
  impl->default_headers = {
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; "
       "frame-ancestors 'none'"}};
  add_api_routes(*impl);
  impl->loop = std::make_unique<EventLoop>(*impl);
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::bind() {
  auto port = impl_->loop->bind(impl_->options.host, impl_->options.port);
  if (port) impl_->bound = true;
  return port;
}

Status Server::run() {
  if (!impl_->bound) return Status::internal("Server::run() before bind()");
  return impl_->loop->run();
}

void Server::stop() {
  if (impl_ && impl_->loop) impl_->loop->stop();
}

}  // namespace eventwire
