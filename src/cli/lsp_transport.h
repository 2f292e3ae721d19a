#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rclint::cli {

/// The base protocol of the Language Server Protocol: each message is a JSON body after a
/// header of `Name: value` lines ended by an empty line, `Content-Length` giving the body's size
/// in bytes. Reads from a file descriptor it does not own.
class MessageReader {
 public:
  explicit MessageReader(int fd) : fd_(fd) {}

  enum class Status { Message, End, BadHeader };
  struct Read {
    Status status = Status::End;
    std::string body;   // Status::Message
    std::string error;  // Status::BadHeader: what was wrong; that header is skipped
  };
  /// Blocks until the next message, the end of input, or a header without a usable
  /// Content-Length (skipped, so that the reader can go on with the next message).
  Read next();

  /// True when a message (or part of one) is already waiting: the server holds back its
  /// diagnostics until the client stops typing.
  bool has_pending_input() const;

  /// Bodies over this size end the session: no editor buffer of a startup file comes close.
  static constexpr size_t kMaxBodyBytes = 64u * 1024 * 1024;

 private:
  /// Reads more bytes into buffer_; false at end of input or on a read error.
  bool fill();
  int fd_;
  std::string buffer_;
  bool ended_ = false;
};

/// Writes one message with its header to `fd`, whole; false when the peer is gone.
bool write_message(int fd, std::string_view body);

}  // namespace rclint::cli
