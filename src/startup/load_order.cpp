#include "startup/load_order.h"

#include "startup/walker.h"

namespace rclint::startup {

using detail::Walker;

StartupModel::StartupModel(source::SourceSet& sources, syntax::Parser& parser, ModelOptions options,
                           syntax::ParseAhead* ahead)
    : sources_(sources), parser_(parser), options_(std::move(options)), ahead_(ahead) {}

StartupModel::~StartupModel() = default;

const syntax::ParsedFile& StartupModel::parsed(const source::SourceFile& file,
                                               syntax::Dialect dialect) {
  auto key = std::make_pair(file.id(), dialect);
  auto found = cache_.find(key);
  if (found != cache_.end()) return *found->second;
  auto parsed = std::make_unique<syntax::ParsedFile>(
      ahead_ != nullptr ? ahead_->take(file, dialect, parser_) : parser_.parse(file, dialect));
  return *cache_.emplace(key, std::move(parsed)).first->second;
}

void StartupModel::parse_ahead(const std::string& path, syntax::Dialect dialect) {
  if (ahead_ == nullptr) return;
  if (const source::SourceFile* loaded = sources_.find(path)) {
    if (!cache_.contains({loaded->id(), dialect})) ahead_->request(*loaded, dialect);
    return;
  }
  if (const source::SourceFile* file = sources_.preload(path)) ahead_->request(*file, dialect);
}

const syntax::ParsedFile& StartupModel::parsed_fragment(const source::SourceFile& file,
                                                        source::Range range,
                                                        syntax::Dialect dialect) {
  auto key = std::make_tuple(file.id(), dialect, range.begin);
  auto found = fragments_.find(key);
  if (found != fragments_.end()) return *found->second;
  auto parsed = std::make_unique<syntax::ParsedFile>(parser_.parse_fragment(file, range, dialect));
  return *fragments_.emplace(key, std::move(parsed)).first->second;
}

const syntax::ParsedFile& StartupModel::parsed_code(const std::string& label,
                                                    const std::string& code,
                                                    syntax::Dialect dialect) {
  auto key = std::make_pair(code, dialect);
  auto found = modelled_.find(key);
  if (found != modelled_.end()) return *found->second.second;
  // Modelled code is no file: its id is outside the SourceSet's range and findings never
  // point into it (the walk attributes what it sets to the statement that ran it).
  auto file = std::make_unique<source::SourceFile>(
      static_cast<source::FileId>(0x80000000u + modelled_.size()), "<" + label + ">",
      "<" + label + ">", "<" + label + ">", code, true);
  auto parsed = std::make_unique<syntax::ParsedFile>(parser_.parse(*file, dialect));
  auto& slot = modelled_[key];
  slot = {std::move(file), std::move(parsed)};
  return *slot.second;
}

LoadOrder StartupModel::order(const Context& context) { return order(context, options_.env); }

LoadOrder StartupModel::order(const Context& context,
                              const std::map<std::string, std::string>& env) {
  LoadOrder out;
  out.context = context;
  Walker(*this, context, env, out).run();
  out.not_read = files_not_read(context, out, sources_.file_system(), options_.home);
  return out;
}

}  // namespace rclint::startup
