// Tests of src/output: each format on small hand-built findings, then every format against its
// golden file in tests/golden/output/ (RCLINT_UPDATE_GOLDEN=1 rewrites them; review the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../output/sample_diagnostics.h"
#include "output/diff.h"
#include "output/format.h"
#include "output/github.h"
#include "output/sarif.h"
#include "output/text.h"

using namespace rclint;
using namespace rclint::output;
using output::testing::at;
using output::testing::MapSources;

namespace {

Diagnostic finding(Location where, std::string message = "GOROOT is pinned",
                   Severity severity = Severity::Warning) {
  Diagnostic d;
  d.rule = "goroot-pinned";
  d.severity = severity;
  d.where = std::move(where);
  d.message = std::move(message);
  return d;
}

std::string text_of(const std::vector<Diagnostic>& diagnostics, const MapSources& sources) {
  RenderOptions options;
  options.sources = &sources;
  return render(diagnostics, Format::Text, options);
}

MapSources rc(std::string_view text) {
  MapSources sources;
  sources.add("rc", text);
  return sources;
}

}  // namespace

TEST_CASE("format names parse and print back") {
  for (Format f : {Format::Text, Format::Gcc, Format::Json, Format::Sarif, Format::Github}) {
    CHECK(parse_format(to_string(f)) == f);
  }
  CHECK_FALSE(parse_format("JSON"));
  CHECK_FALSE(parse_format("checkstyle"));
}

TEST_CASE("text: header, gutter, caret span, summary") {
  const MapSources sources = rc("export PATH=/opt/go/bin\n");
  CHECK(text_of({finding(at("rc", 1, 8, 1, 12), "PATH is replaced", Severity::Error)}, sources) ==
        "rc:1:8: error[goroot-pinned]: PATH is replaced\n"
        " 1 | export PATH=/opt/go/bin\n"
        "   |        ^^^^\n"
        "\n"
        "Found 1 finding (1 error).\n");
}

TEST_CASE("text: a multi-line range underlines the rest of its first line") {
  const MapSources sources = rc("if true; then\n  :\nfi\n");
  const std::string out = text_of({finding(at("rc", 1, 4, 3, 3))}, sources);
  CHECK(out.find(" 1 | if true; then\n   |    ^^^^^^^^^^\n") != std::string::npos);
}

TEST_CASE("text: tabs stay tabs, in the line and under it") {
  // A tab before the range and one inside it: both reappear in the caret line, so the carets
  // align whatever the terminal's tab width.
  const MapSources sources = rc("\tGOROOT=\t/x\n");
  const std::string out = text_of({finding(at("rc", 1, 2, 1, 12))}, sources);
  CHECK(out.find(" 1 | \tGOROOT=\t/x\n   | \t^^^^^^^\t^^\n") != std::string::npos);
  // Only tabs in the range: one caret at its start instead of nothing visible.
  CHECK(text_of({finding(at("rc", 1, 1, 1, 2))}, sources).find("   | ^\n") != std::string::npos);
}

TEST_CASE("text: carets count characters, not bytes, and survive odd ranges") {
  const MapSources sources = rc("x=\"café\" y\n");
  // é is two bytes but one column: y is byte column 11, the 10th character.
  CHECK(text_of({finding(at("rc", 1, 11, 1, 12))}, sources)
            .find("   | " + std::string(9, ' ') + "^\n") != std::string::npos);
  // An empty range, and one past the end of the line (a missing `fi`), each get one caret.
  CHECK(text_of({finding(at("rc", 1, 1, 1, 1))}, sources).find("   | ^\n") != std::string::npos);
  CHECK(text_of({finding(at("rc", 1, 13, 1, 13))}, sources)
            .find("   | " + std::string(11, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("text: control characters in a line cannot reach the terminal") {
  const MapSources sources = rc("PS1=\x1b[31m\r\n");
  const std::string out = text_of({finding(at("rc", 1, 1, 1, 4))}, sources);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\r') == std::string::npos);
  CHECK(out.find(" 1 | PS1=\u241b[31m\u240d\n") != std::string::npos);
  CHECK(printable("a\tb\x7f\n") == "a\tb\u2421\u240a");
  // Valid UTF-8 passes; a stray Latin-1 byte becomes U+FFFD, so the terminal gets UTF-8.
  CHECK(printable("h\xc3\xa9llo") == "h\xc3\xa9llo");
  CHECK(printable("h\xe9llo") == "h\uFFFDllo");
  CHECK(printable("\xe2\x82") == "\uFFFD\uFFFD");
}

TEST_CASE("text: line 0, unknown lines, notes, contexts and help") {
  Diagnostic d = finding(at("rc", 0, 0, 0, 0), "file is binary", Severity::Info);
  d.notes = {{at("/etc/zshrc", 4, 1, 4, 9), "read after this"}, {std::nullopt, "plain note"}};
  d.contexts = {"zsh:login", "zsh:interactive"};
  d.help = "remove it";
  const MapSources sources = rc("line one\n");
  CHECK(text_of({d}, sources) ==
        "rc: info[goroot-pinned]: file is binary\n"
        "   = note: /etc/zshrc:4:1: read after this\n"
        "   = note: plain note\n"
        "   = note: affects zsh:login, zsh:interactive\n"
        "   = help: remove it\n"
        "\n"
        "Found 1 finding (1 info).\n");
  // A line the lookup does not know (or no lookup at all) prints the header alone.
  CHECK(text_of({finding(at("rc", 7, 1, 7, 2))}, sources) ==
        "rc:7:1: warning[goroot-pinned]: GOROOT is pinned\n\nFound 1 finding (1 warning).\n");
  CHECK(render({finding(at("rc", 1, 1, 1, 2))}, Format::Text, {}).find(" | ") == std::string::npos);
}

TEST_CASE("text: summary counts and the empty list") {
  const MapSources sources;
  CHECK(text_of({}, sources).empty());
  const std::vector<Diagnostic> three{finding(at("a", 1, 1, 1, 2), "m", Severity::Error),
                                      finding(at("a", 2, 1, 2, 2)), finding(at("b", 0, 0, 0, 0))};
  const std::string out = text_of(three, sources);
  CHECK(out.ends_with("\n\nFound 3 findings (1 error, 2 warnings).\n"));
}

TEST_CASE("text: color only when asked, with plain ANSI escapes") {
  const MapSources sources = rc("export PATH=/x\n");
  RenderOptions options;
  options.sources = &sources;
  const std::vector<Diagnostic> one{finding(at("rc", 1, 8, 1, 12), "m", Severity::Error)};
  CHECK(render(one, Format::Text, options).find('\x1b') == std::string::npos);
  options.color = true;
  const std::string out = render(one, Format::Text, options);
  CHECK(out.find("\x1b[1mrc:1:8\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1;31merror[goroot-pinned]\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1;34m 1 |\x1b[0m export") != std::string::npos);
}

TEST_CASE("gcc: one line per finding, in the shape problem matchers expect") {
  std::vector<Diagnostic> all{finding(at("rc", 3, 8, 3, 12), "m1", Severity::Error),
                              finding(at("rc", 0, 0, 0, 0), "m2", Severity::Info),
                              finding(at("rc", 4, 2, 5, 1), "two\nlines")};
  CHECK(render(all, Format::Gcc, {}) ==
        "rc:3:8: error: m1 [goroot-pinned]\n"
        "rc:1:1: note: m2 [goroot-pinned]\n"
        "rc:4:2: warning: two\u240alines [goroot-pinned]\n");
  CHECK(render({}, Format::Gcc, {}).empty());
}

TEST_CASE("json: spec §4 fields, nulls where nothing is known") {
  Diagnostic d = finding(at("~/.zshrc", 2, 3, 4, 5));
  d.contexts = {"bash:login"};
  d.notes = {{at("/etc/profile", 7, 1, 7, 4), "set here"}, {std::nullopt, "plain"}};
  d.help = "use opt";
  d.fix = Fix{at("~/.zshrc", 2, 3, 2, 9), "NEW"};
  const std::vector<Diagnostic> all{d, finding(at("~/.zshrc", 0, 0, 0, 0))};
  const std::string out = render(all, Format::Json, {});
  CHECK(out.ends_with("}\n]\n"));
  const auto json = nlohmann::json::parse(out);
  REQUIRE(json.size() == 2);
  const auto& first = json[0];
  CHECK(first["rule"] == "goroot-pinned");
  CHECK(first["severity"] == "warning");
  CHECK(first["file"] == "~/.zshrc");
  CHECK((first["line"] == 2 && first["column"] == 3));
  CHECK((first["end_line"] == 4 && first["end_column"] == 5));
  CHECK(first["contexts"] == nlohmann::json::array({"bash:login"}));
  CHECK(first["notes"][0] ==
        nlohmann::json{
            {"message", "set here"}, {"file", "/etc/profile"}, {"line", 7}, {"column", 1}});
  CHECK(first["notes"][1]["file"].is_null());
  CHECK(first["notes"][1]["line"].is_null());
  CHECK(first["help"] == "use opt");
  CHECK(
      first["fix"] ==
      nlohmann::json{
          {"replacement", "NEW"}, {"line", 2}, {"column", 3}, {"end_line", 2}, {"end_column", 9}});
  const auto& file_level = json[1];
  CHECK(file_level["line"].is_null());
  CHECK(file_level["end_column"].is_null());
  CHECK(file_level["help"].is_null());
  CHECK(file_level["fix"].is_null());
  // Keys come in the spec's order, not alphabetically.
  CHECK(out.find("\"rule\"") < out.find("\"severity\""));
  CHECK(out.find("\"message\"") < out.find("\"contexts\""));
}

TEST_CASE("json: the empty list and special characters") {
  CHECK(render({}, Format::Json, {}) == "[]\n");
  const std::string message = "say \"hi\" \\ tab\t nul\x01 café → ok";
  const std::string out = render({finding(at("a", 1, 1, 1, 2), message)}, Format::Json, {});
  CHECK(out.find(R"("say \"hi\" \\ tab\t nul\u0001 café → ok")") != std::string::npos);
  CHECK(nlohmann::json::parse(out)[0]["message"] == message);
  // A byte that is not UTF-8 (a Latin-1 file) must not throw: it becomes U+FFFD.
  const std::string latin1 = render({finding(at("a", 1, 1, 1, 2), "caf\xe9")}, Format::Json, {});
  CHECK(nlohmann::json::parse(latin1)[0]["message"] == "caf\uFFFD");
}

TEST_CASE("sarif: driver, results, regions, related locations, fixes") {
  const MapSources sources = rc("x=\"café\" GOROOT=/y\n");
  RenderOptions options;
  options.sources = &sources;
  options.tool_version = "9.9";
  options.rules = {{"other", Severity::Error, "s0", "r0"},
                   {"goroot-pinned", Severity::Info, "pinned", "Because."}};
  Diagnostic d = finding(at("rc", 1, 11, 1, 20), "pinned", Severity::Info);
  d.help = "unpin";
  d.notes = {{at("my rc", 2, 1, 2, 3), "first"}, {std::nullopt, "plain"}};
  d.fix = Fix{at("rc", 1, 11, 1, 20), "GOROOT=/z"};
  d.contexts = {"zsh:login"};
  Diagnostic unknown = finding(at("/etc/zshrc", 0, 0, 0, 0));
  unknown.rule = "not-in-catalogue";
  const auto sarif = nlohmann::json::parse(render({d, unknown}, Format::Sarif, options));
  CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(sarif["version"] == "2.1.0");
  const auto& run = sarif["runs"][0];
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "rclint");
  CHECK(driver["version"] == "9.9");
  CHECK(driver["informationUri"] == "https://github.com/rclint/rclint");
  CHECK(driver["rules"][1]["id"] == "goroot-pinned");
  CHECK(driver["rules"][1]["shortDescription"]["text"] == "pinned");
  CHECK(driver["rules"][1]["fullDescription"]["text"] == "Because.");
  CHECK(driver["rules"][1]["defaultConfiguration"]["level"] == "note");
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "goroot-pinned");
  CHECK(result["ruleIndex"] == 1);
  CHECK(result["level"] == "note");
  CHECK(result["message"]["text"] == "pinned \u2014 help: unpin");
  const auto& location = result["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "rc");
  // Byte column 11 is the 10th character: é is two bytes.
  CHECK(location["region"] ==
        nlohmann::json{{"startLine", 1}, {"startColumn", 10}, {"endLine", 1}, {"endColumn", 19}});
  CHECK(result["relatedLocations"].size() == 1);
  CHECK(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "my%20rc");
  CHECK(result["relatedLocations"][0]["message"]["text"] == "first");
  const auto& replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
  CHECK(replacement["deletedRegion"]["startColumn"] == 10);
  CHECK(replacement["insertedContent"]["text"] == "GOROOT=/z");
  CHECK(result["properties"]["contexts"][0] == "zsh:login");
  CHECK(result["properties"]["notes"][0] == "plain");
  const auto& file_level = run["results"][1];
  CHECK_FALSE(file_level.contains("ruleIndex"));
  CHECK_FALSE(file_level["locations"][0]["physicalLocation"].contains("region"));
  CHECK(file_level["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "file:///etc/zshrc");
  CHECK(nlohmann::json::parse(render({}, Format::Sarif, {}))["runs"][0]["results"].empty());
}

TEST_CASE("sarif: paths become URI references") {
  CHECK(path_to_uri("~/.zshrc") == "~/.zshrc");
  CHECK(path_to_uri("/etc/zsh/zprofile") == "file:///etc/zsh/zprofile");
  CHECK(path_to_uri("My Files/rc #1") == "My%20Files/rc%20%231");
  CHECK(path_to_uri("c:rc%") == "c%3Arc%25");  // not a scheme, not an escape
  CHECK(path_to_uri("gö") == "g%C3%B6");
}

TEST_CASE("github: workflow commands with GitHub's escaping") {
  Diagnostic d = finding(at("dir,a:b/rc", 3, 8, 4, 2), "100% sure\r\nreally", Severity::Error);
  d.help = "fix: it";
  CHECK(render({d}, Format::Github, {}) ==
        "::error file=dir%2Ca%3Ab/rc,line=3,col=8,endLine=4,endColumn=2,"
        "title=rclint (goroot-pinned)::100%25 sure%0D%0Areally%0Ahelp: fix: it\n");
  CHECK(render({finding(at("rc", 0, 0, 0, 0), "m", Severity::Info)}, Format::Github, {}) ==
        "::notice file=rc,title=rclint (goroot-pinned)::m\n");
  CHECK(escape_github_data("a:b,c%") == "a:b,c%25");
  CHECK(escape_github_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A");
  CHECK(render({}, Format::Github, {}).empty());
}

namespace {

// Compares `actual` with tests/golden/output/<name>, or rewrites it under RCLINT_UPDATE_GOLDEN=1.
void check_golden(const std::string& name, const std::string& actual) {
  const std::filesystem::path path =
      std::filesystem::path(RCLINT_SOURCE_ROOT) / "tests/golden/output" / name;
  const char* update = std::getenv("RCLINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    MESSAGE("rewrote " << path.string());
    return;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing " << path.string() << "; run with RCLINT_UPDATE_GOLDEN=1");
  std::stringstream expected;
  expected << in.rdbuf();
  if (expected.str() == actual) return;
  // Name the first differing line: a whole-file dump of SARIF hides the change.
  std::istringstream want(expected.str()), got(actual);
  std::string want_line, got_line;
  for (int line = 1;; ++line) {
    const bool more_want = static_cast<bool>(std::getline(want, want_line));
    const bool more_got = static_cast<bool>(std::getline(got, got_line));
    if (more_want != more_got || want_line != got_line) {
      FAIL_CHECK(path.string() << ":" << line << " differs (RCLINT_UPDATE_GOLDEN=1 rewrites)\n"
                               << "  expected: " << (more_want ? want_line : "<end of file>")
                               << "\n  actual:   " << (more_got ? got_line : "<end of output>"));
      return;
    }
    if (!more_want) break;
  }
  FAIL_CHECK(path.string() << " differs only in its final newline");
}

}  // namespace

TEST_CASE("golden files: every format on the same findings") {
  const MapSources sources = output::testing::sample_sources();
  RenderOptions options = output::testing::sample_options(sources);
  const std::vector<Diagnostic> diagnostics = output::testing::sample_diagnostics();
  check_golden("sample.txt", render(diagnostics, Format::Text, options));
  check_golden("sample.gcc.txt", render(diagnostics, Format::Gcc, options));
  check_golden("sample.json", render(diagnostics, Format::Json, options));
  check_golden("sample.sarif", render(diagnostics, Format::Sarif, options));
  check_golden("sample.github.txt", render(diagnostics, Format::Github, options));
  options.color = true;
  check_golden("sample.color.txt", render(diagnostics, Format::Text, options));
}

TEST_CASE("diff: every fix as one unified diff that patch(1) applies") {
  // --diff is how users see the mechanical fixes: one hunk per nearby group of edits, three
  // lines of context, line numbers that account for earlier edits, a line deleted whole
  // (checked against GNU diff -u on the same texts).
  MapSources sources;
  sources.add("home/.zshrc",
              "# 1\n# 2\n# 3\nexport PATH=/opt/go/bin\n# 5\n# 6\n# 7\n# 8\n# 9\n# 10\n# 11\n"
              "export GO111MODULE=on\n# 13\n");
  Diagnostic replace = finding(at("home/.zshrc", 4, 13, 4, 24));
  replace.fix = Fix{at("home/.zshrc", 4, 13, 4, 24), "\"/opt/go/bin:$PATH\""};
  Diagnostic drop = finding(at("home/.zshrc", 12, 1, 12, 22));
  drop.fix = Fix{at("home/.zshrc", 12, 1, 13, 1), ""};
  Diagnostic overlapping = finding(at("home/.zshrc", 4, 1, 4, 5));
  overlapping.fix = Fix{at("home/.zshrc", 4, 13, 4, 20), "x"};  // overlaps the first: left out
  Diagnostic no_fix = finding(at("home/.zshrc", 2, 1, 2, 2));
  CHECK(render_diff({replace, drop, overlapping, no_fix}, sources) ==
        "--- home/.zshrc\n+++ home/.zshrc\n"
        "@@ -1,7 +1,7 @@\n # 1\n # 2\n # 3\n-export PATH=/opt/go/bin\n"
        "+export PATH=\"/opt/go/bin:$PATH\"\n # 5\n # 6\n # 7\n"
        "@@ -9,5 +9,4 @@\n # 9\n # 10\n # 11\n-export GO111MODULE=on\n # 13\n");
  CHECK(render_diff({no_fix}, sources).empty());
}

TEST_CASE("diff: an insertion at the end of a file without a final newline") {
  MapSources sources;
  sources.add("p", "a\nb");
  Diagnostic append = finding(at("p", 2, 2, 2, 2));
  append.fix = Fix{at("p", 2, 2, 2, 2), "\nc\n"};
  CHECK(render_diff({append}, sources) ==
        "--- p\n+++ p\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n");
}
