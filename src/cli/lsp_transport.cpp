#include "cli/lsp_transport.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>

#include "base/text.h"

namespace rclint::cli {

namespace {

// Header names are case-insensitive (RFC 7230, which the LSP base protocol follows).
bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// The Content-Length of a header block (without its final empty line); nullopt when missing,
// repeated with another value or not a number.
std::optional<size_t> content_length(std::string_view header) {
  std::optional<size_t> length;
  for (std::string_view line : text::split(header, '\n')) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    if (!equals_ignoring_case(text::trim(line.substr(0, colon)), "Content-Length")) continue;
    std::string_view value = text::trim(line.substr(colon + 1));
    size_t parsed = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc() || end != value.data() + value.size()) return std::nullopt;
    if (length && *length != parsed) return std::nullopt;
    length = parsed;
  }
  return length;
}

}  // namespace

bool MessageReader::fill() {
  if (ended_) return false;
  char chunk[65536];
  for (;;) {
    ssize_t got = ::read(fd_, chunk, sizeof chunk);
    if (got > 0) {
      buffer_.append(chunk, static_cast<size_t>(got));
      return true;
    }
    if (got < 0 && errno == EINTR) continue;
    ended_ = true;
    return false;
  }
}

MessageReader::Read MessageReader::next() {
  // The header ends at the first empty line; some clients end lines with \n alone.
  size_t header_end = std::string::npos;
  size_t body_start = 0;
  for (;;) {
    size_t crlf = buffer_.find("\r\n\r\n");
    size_t lf = buffer_.find("\n\n");
    if (crlf != std::string::npos && (lf == std::string::npos || crlf < lf)) {
      header_end = crlf, body_start = crlf + 4;
    } else if (lf != std::string::npos) {
      header_end = lf, body_start = lf + 2;
    }
    if (header_end != std::string::npos) break;
    if (buffer_.size() > 64 * 1024) {
      buffer_.clear();
      return {Status::BadHeader, "", "a header of over 64 KiB without an empty line"};
    }
    if (!fill()) {
      bool stray = !text::trim(buffer_).empty();
      buffer_.clear();
      if (stray) return {Status::BadHeader, "", "input ended inside a header"};
      return {Status::End, "", ""};
    }
  }
  std::optional<size_t> length = content_length(std::string_view(buffer_).substr(0, header_end));
  if (!length) {
    buffer_.erase(0, body_start);
    return {Status::BadHeader, "", "a header without a valid Content-Length"};
  }
  if (*length > kMaxBodyBytes) {
    ended_ = true;
    buffer_.clear();
    return {Status::BadHeader, "",
            "a message of " + std::to_string(*length) + " bytes, over the limit of 64 MiB"};
  }
  while (buffer_.size() - body_start < *length) {
    if (!fill()) {
      buffer_.clear();
      return {Status::BadHeader, "", "input ended inside a message"};
    }
  }
  Read read{Status::Message, buffer_.substr(body_start, *length), ""};
  buffer_.erase(0, body_start + *length);
  return read;
}

bool MessageReader::has_pending_input() const {
  if (!text::trim(buffer_).empty()) return true;
  if (ended_) return false;
  pollfd watched{fd_, POLLIN, 0};
  return ::poll(&watched, 1, 0) > 0 && (watched.revents & POLLIN) != 0;
}

bool write_message(int fd, std::string_view body) {
  std::string message = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  message.append(body);
  size_t written = 0;
  while (written < message.size()) {
    ssize_t put = ::write(fd, message.data() + written, message.size() - written);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
    written += static_cast<size_t>(put);
  }
  return true;
}

}  // namespace rclint::cli
