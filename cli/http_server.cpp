#include "cli/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace remint::cli {
namespace {

auto HexValue(char c) -> int {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

auto ReasonPhrase(int status) -> const char* {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    default:
      return "Error";
  }
}

void SendAll(int socket, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t sent = ::send(socket, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return;  // the client went away: nothing to tell it
    bytes.remove_prefix(static_cast<size_t>(sent));
  }
}

void Answer(int socket, const HttpServer::Handler& handler) {
  // A request head fits in 16 KB; a client that sends nothing for 10 s is dropped.
  timeval timeout{10, 0};
  ::setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
  std::string head;
  char buffer[4096];
  while (head.find("\r\n\r\n") == std::string::npos && head.size() < 16384) {
    ssize_t got = ::recv(socket, buffer, sizeof(buffer), 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    head.append(buffer, static_cast<size_t>(got));
  }
  HttpResponse response{400, "text/plain; charset=utf-8", "bad request\n"};
  bool head_only = false;
  size_t line_end = head.find("\r\n");
  std::string_view line = std::string_view(head).substr(0, line_end);
  size_t first = line.find(' ');
  size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (line_end != std::string::npos && second != std::string_view::npos) {
    std::string_view method = line.substr(0, first);
    std::string_view target = line.substr(first + 1, second - first - 1);
    head_only = method == "HEAD";
    if (method != "GET" && method != "HEAD") {
      response = {405, "text/plain; charset=utf-8", "only GET and HEAD\n"};
    } else if (std::optional<std::string> path = RequestPath(target); path) {
      response = handler(*path);
    }
  }
  std::string reply = "HTTP/1.1 " + std::to_string(response.status) + " " +
                      ReasonPhrase(response.status) + "\r\nContent-Type: " + response.content_type +
                      "\r\nContent-Length: " + std::to_string(response.body.size()) +
                      "\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\n"
                      "Content-Security-Policy: default-src 'self'; script-src 'self'; "
                      "style-src 'self'; img-src 'self' data:; object-src 'none'; "
                      "base-uri 'none'\r\nConnection: close\r\n\r\n";
  if (!head_only) reply += response.body;
  SendAll(socket, reply);
  ::shutdown(socket, SHUT_WR);
  ::close(socket);
}

}  // namespace

auto RequestPath(std::string_view target) -> std::optional<std::string> {
  target = target.substr(0, target.find_first_of("?#"));
  if (!target.starts_with('/')) return std::nullopt;
  std::string path;
  for (size_t i = 1; i < target.size(); ++i) {
    if (target[i] == '%' && i + 2 < target.size() && HexValue(target[i + 1]) >= 0 &&
        HexValue(target[i + 2]) >= 0) {
      path += static_cast<char>(HexValue(target[i + 1]) * 16 + HexValue(target[i + 2]));
      i += 2;
    } else {
      path += target[i];
    }
  }
  if (path.find('\0') != std::string::npos) return std::nullopt;
  // No segment may climb out of the site.
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    std::string_view segment =
        std::string_view(path).substr(start, end == std::string::npos ? end : end - start);
    if (segment == "..") return std::nullopt;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (path.empty() || path.ends_with('/')) path += "index.html";
  return path;
}

auto HttpServer::Listen(const std::string& host, uint16_t port) -> ErrorOr<HttpServer> {
  int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (socket < 0) return Error(std::string("socket: ") + std::strerror(errno));
  int yes = 1;
  ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  if (::inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1) {
    ::close(socket);
    return Error("not an IPv4 address: " + host);
  }
  if (::bind(socket, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
      ::listen(socket, 64) != 0) {
    std::string message = host + ":" + std::to_string(port) + ": " + std::strerror(errno);
    ::close(socket);
    return Error(message);
  }
  socklen_t length = sizeof(address);
  ::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length);
  return HttpServer(socket, ntohs(address.sin_port));
}

HttpServer::~HttpServer() {
  if (socket_ >= 0) ::close(socket_);
}

void HttpServer::Serve(const Handler& handler) {
  while (true) {
    int client = ::accept4(socket_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) {
      if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE) continue;
      return;
    }
    std::thread([client, &handler] { Answer(client, handler); }).detach();
  }
}

}  // namespace remint::cli
