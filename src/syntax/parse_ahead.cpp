#include "syntax/parse_ahead.h"

#include <algorithm>

namespace rclint::syntax {

ParseAhead::ParseAhead(unsigned workers, size_t min_bytes)
    : workers_(workers), min_bytes_(min_bytes) {}

ParseAhead::~ParseAhead() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

unsigned ParseAhead::default_workers() {
  unsigned cores = std::thread::hardware_concurrency();  // 0 when unknown
  return cores <= 1 ? 0 : std::min(cores - 1, 3u);
}

void ParseAhead::request(const source::SourceFile& file, Dialect dialect) {
  if (workers_ == 0 || file.text().size() > kMaxFileBytes) return;
  {
    std::lock_guard lock(mutex_);
    auto [slot, fresh] = jobs_.try_emplace({&file, dialect});
    if (!fresh) return;
    slot->second = std::make_unique<Job>();
    slot->second->file = &file;
    slot->second->dialect = dialect;
    queue_.push_back(slot->second.get());
    requested_bytes_ += file.text().size();
  }
  // Threads are only started by the thread that requests, so no lock is needed for them.
  if (threads_.empty() && requested_bytes_ >= min_bytes_) {
    for (unsigned i = 0; i < workers_; ++i) threads_.emplace_back([this] { work(); });
  }
  queued_.notify_one();
}

ParsedFile ParseAhead::take(const source::SourceFile& file, Dialect dialect, Parser& parser) {
  std::unique_lock lock(mutex_);
  auto found = jobs_.find({&file, dialect});
  if (found == jobs_.end() || found->second->state == State::Taken) {
    lock.unlock();
    return parser.parse(file, dialect);
  }
  Job& job = *found->second;
  if (job.state == State::Queued) {  // no worker has begun it: sooner done here than waited for
    job.state = State::Taken;
    lock.unlock();
    return parser.parse(file, dialect);
  }
  // A worker has it. Waiting idle would leave one parser at work while the walk only waits:
  // parse the next queued file here meanwhile, which the walk will want soon after.
  while (job.state != State::Done) {
    Job* next = next_queued();
    if (next == nullptr) {
      done_.wait(lock);
      continue;
    }
    next->state = State::Running;
    lock.unlock();
    ParsedFile ahead = parser.parse(*next->file, next->dialect);
    lock.lock();
    next->result = std::move(ahead);
    next->state = State::Done;
  }
  job.state = State::Taken;
  ParsedFile parsed = std::move(*job.result);
  job.result.reset();
  return parsed;
}

ParseAhead::Job* ParseAhead::next_queued() {
  while (next_ < queue_.size() && queue_[next_]->state != State::Queued) ++next_;
  return next_ < queue_.size() ? queue_[next_] : nullptr;
}

ParseAhead::Job* ParseAhead::last_queued() {
  while (!queue_.empty() && queue_.back()->state != State::Queued) queue_.pop_back();
  next_ = std::min(next_, queue_.size());
  return queue_.empty() ? nullptr : queue_.back();
}

size_t ParseAhead::requested() const {
  std::lock_guard lock(mutex_);
  return jobs_.size();
}

bool ParseAhead::started() const { return !threads_.empty(); }

size_t ParseAhead::parsed_by_workers() const {
  std::lock_guard lock(mutex_);
  return parsed_by_workers_;
}

void ParseAhead::work() {
  Parser parser;
  std::unique_lock lock(mutex_);
  while (true) {
    Job* next = nullptr;
    queued_.wait(lock, [&] { return stopping_ || (next = last_queued()) != nullptr; });
    if (stopping_) return;
    Job& job = *next;
    job.state = State::Running;
    lock.unlock();
    ParsedFile parsed = parser.parse(*job.file, job.dialect);
    lock.lock();
    job.result = std::move(parsed);
    job.state = State::Done;
    ++parsed_by_workers_;
    done_.notify_all();
  }
}

}  // namespace rclint::syntax
