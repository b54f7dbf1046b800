// A small HTTP/1.1 server for `remint serve`: GET and HEAD of fixed pages on a local address,
// one thread per connection, every response closing its connection. Not a general web server:
// no request bodies, no keep-alive, no TLS.
#ifndef REMINT_CLI_HTTP_SERVER_H_
#define REMINT_CLI_HTTP_SERVER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/error_or.h"

namespace remint::cli {

struct HttpResponse {
  int status = 200;
  std::string content_type;
  std::string body;
};

// The decoded path of a request target ("/programs/A%20B.html?x" -> "programs/A B.html"), with
// "" for "/" and folders; nullopt for targets that leave the root or are not paths.
auto RequestPath(std::string_view target) -> std::optional<std::string>;

class HttpServer {
 public:
  using Handler = std::function<HttpResponse(const std::string& path)>;

  // Binds `host`:`port` (port 0: any free port) and listens.
  static auto Listen(const std::string& host, uint16_t port) -> ErrorOr<HttpServer>;

  HttpServer(HttpServer&& other) noexcept : socket_(other.socket_), port_(other.port_) {
    other.socket_ = -1;
  }
  HttpServer(const HttpServer&) = delete;
  auto operator=(const HttpServer&) -> HttpServer& = delete;
  ~HttpServer();

  auto port() const -> uint16_t { return port_; }

  // Answers requests until the process ends; `handler` must be safe to call from several
  // threads at once.
  void Serve(const Handler& handler);

 private:
  HttpServer(int socket, uint16_t port) : socket_(socket), port_(port) {}

  int socket_ = -1;
  uint16_t port_ = 0;
};

}  // namespace remint::cli

#endif  // REMINT_CLI_HTTP_SERVER_H_
