// Tests of src/base: text helpers and Result.
#include <doctest/doctest.h>

#include "base/result.h"
#include "base/text.h"

using namespace rclint;

TEST_CASE("split keeps empty pieces, as PATH does") {
  auto pieces = text::split(":a::b:", ':');
  REQUIRE(pieces.size() == 5);
  CHECK(pieces[0].empty());
  CHECK(pieces[1] == "a");
  CHECK(pieces[2].empty());
  CHECK(pieces[4].empty());
}

TEST_CASE("closest suggests plausible typos only") {
  std::vector<std::string_view> names{"path-overwrite", "source-cycle", "parse-error"};
  CHECK(text::closest("path-overwrit", names) == "path-overwrite");
  CHECK(text::closest("zzzzzzzzzz", names).empty());
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
  size_t bad = 0;
  CHECK(text::is_valid_utf8("héllo → ok"));
  CHECK_FALSE(text::is_valid_utf8("ab\xff", &bad));
  CHECK(bad == 2);
  CHECK_FALSE(text::is_valid_utf8("\xc0\xaf"));      // overlong
  CHECK_FALSE(text::is_valid_utf8("\xed\xa0\x80"));  // surrogate
  CHECK_FALSE(text::is_valid_utf8("\xe2\x82"));      // truncated
}

TEST_CASE("Result holds a value or an error") {
  Result<int> good = 4;
  Result<int> bad = Error{"nope"};
  CHECK(good.has_value());
  CHECK(*good == 4);
  CHECK_FALSE(bad);
  CHECK(bad.error().message == "nope");
}
