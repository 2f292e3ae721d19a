#pragma once

// Parsing on other threads, ahead of the walk that needs the result (issue 9). Parsing is most
// of rclint's time (tree-sitter-bash needs ~1,600 instructions a byte), while the walk that
// decides which file comes next is sequential. So the walk names files it will probably read
// (its startup files, what a file it enters sources, the other files of a loop that sources
// one per item) and worker threads parse them while it goes on. A guess that proves wrong
// costs a worker's time, never a result: the walk takes a parse only for a file it reads, and
// a parse is the same whichever thread made it.

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "syntax/parser.h"

namespace rclint::syntax {

class ParseAhead {
 public:
  /// Up to `workers` threads, each with its own Parser, started once the files requested add
  /// up to `min_bytes`: below that (a typical home, ~30 KB), starting and feeding a thread
  /// costs about what it saves (measured: 27.6 against 26.8 ms). With 0 workers, request()
  /// does nothing and take() parses on the caller's thread.
  explicit ParseAhead(unsigned workers, size_t min_bytes = kMinBytes);
  static constexpr size_t kMinBytes = 64 * 1024;
  /// Larger files are left to the walk: parsing a 1 MB file of 200,000 statements takes some
  /// 400 MB, and two such parses at once would double the peak (hostile_test.py).
  static constexpr size_t kMaxFileBytes = 256 * 1024;
  /// Stops the workers; parses nobody took are dropped.
  ~ParseAhead();
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;

  /// The workers this machine gives: one thread fewer than it runs at once (the walk has one),
  /// at most 3 (beyond that, a typical home has no more files to hand out).
  static unsigned default_workers();

  /// Queues `file` to be parsed as `dialect`, once (unless it is over kMaxFileBytes). The
  /// file's text must not change until the parse is taken or this object is destroyed.
  void request(const source::SourceFile& file, Dialect dialect);

  /// Whether request() queues anything (there are workers to start).
  bool takes_requests() const { return workers_ > 0; }

  /// `file` parsed as `dialect`: a worker's parse (waiting for it if one is at work on it), or,
  /// when no worker has begun it, parsed here with `parser`. ParsedFile::file is `&file`.
  ParsedFile take(const source::SourceFile& file, Dialect dialect, Parser& parser);

  /// Requests made, how many of those the workers parsed, and whether they run (for tests).
  size_t requested() const;
  size_t parsed_by_workers() const;
  bool started() const;

 private:
  enum class State { Queued, Running, Done, Taken };
  struct Job {
    const source::SourceFile* file = nullptr;
    Dialect dialect = Dialect::Bash;
    State state = State::Queued;
    std::optional<ParsedFile> result;
  };
  void work();
  // Under mutex_: the first / the last job no thread has begun; null: none. The walk takes
  // from the front, in the order it will need them; workers from the back, what it will need
  // last (or what it hinted last: the files of the file it is about to read), so that the two
  // meet in the middle instead of the walk waiting for the file a worker has just begun.
  Job* next_queued();
  Job* last_queued();

  mutable std::mutex mutex_;
  std::condition_variable queued_;  // a job was queued, or the workers must stop
  std::condition_variable done_;    // a worker finished a job
  std::map<std::pair<const source::SourceFile*, Dialect>, std::unique_ptr<Job>> jobs_;
  std::vector<Job*> queue_;  // in request order; before `next_`, none is still queued
  size_t next_ = 0;
  size_t parsed_by_workers_ = 0;
  unsigned workers_ = 0;  // threads to start
  size_t min_bytes_ = 0;  // once this much text is requested
  size_t requested_bytes_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace rclint::syntax
