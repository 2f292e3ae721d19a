#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

namespace rclint::text {

/// Splits on `sep`, keeping empty pieces ("a::b" → "a", "", "b").
std::vector<std::string_view> split(std::string_view text, char sep);
/// The pieces point into `text`: splitting a temporary string would leave them dangling.
template <typename T>
requires std::same_as<T, std::string> std::vector<std::string_view> split(T&& text, char sep)
= delete;

/// `text` without leading and trailing spaces and tabs.
std::string_view trim(std::string_view text);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

/// Levenshtein distance, for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a plausible typo.
std::string_view closest(std::string_view word, const std::vector<std::string_view>& candidates);

/// Is `text` valid UTF-8? On failure, `bad_offset` gets the first invalid byte's offset.
bool is_valid_utf8(std::string_view text, size_t* bad_offset = nullptr);

}  // namespace rclint::text
