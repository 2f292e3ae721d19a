// Tests of src/syntax/zsh_mask: the same-length bash filler that lets tree-sitter-bash read zsh.
#include "syntax/zsh_mask.h"

#include <doctest/doctest.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

extern "C" const TSLanguage* tree_sitter_bash();

using rclint::syntax::mask_zsh;
using rclint::syntax::MaskedText;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMarker = R"(export PATH="/opt/marker/bin:$PATH")";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

using TreePtr = std::unique_ptr<TSTree, decltype(&ts_tree_delete)>;

TreePtr parse_bash(const std::string& text) {
  std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  REQUIRE(ts_parser_set_language(parser.get(), tree_sitter_bash()));
  return TreePtr(ts_parser_parse_string(parser.get(), nullptr, text.data(),
                                        static_cast<uint32_t>(text.size())),
                 ts_tree_delete);
}

std::string_view node_type(TSNode node) { return ts_node_type(node); }

// The contract every mask keeps, whatever the input: same length, same newlines, and every byte
// that changed inside a masked range, the ranges sorted and disjoint.
void check_invariants(std::string_view original, const MaskedText& m) {
  CHECK(m.text.size() == original.size());
  if (m.text.size() != original.size()) return;
  for (size_t i = 0; i < original.size(); ++i) {
    if ((original[i] == '\n') != (m.text[i] == '\n')) FAIL("newline moved at byte " << i);
    if (original[i] == m.text[i]) continue;
    auto holds = [i](const rclint::source::Range& r) { return r.begin <= i && i < r.end; };
    if (std::none_of(m.masked.begin(), m.masked.end(), holds)) FAIL("unmarked change at " << i);
  }
  for (size_t k = 1; k < m.masked.size(); ++k) CHECK(m.masked[k - 1].end < m.masked[k].begin);
}

std::vector<fs::path> fixtures() {
  std::vector<fs::path> paths;
  for (const auto& entry :
       fs::directory_iterator(fs::path(RCLINT_SOURCE_ROOT) / "tests/syntax/zsh_constructs")) {
    if (entry.path().extension() == ".zsh") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// The header's `# statements: N`: how many top-level statements the masked parse has.
int expected_statements(const std::string& text) {
  const size_t at = text.find("# statements: ");
  return at == std::string::npos ? -1 : std::atoi(text.c_str() + at + 14);
}

std::string mask(std::string_view text) { return mask_zsh(text).text; }

}  // namespace

// The proof that the mask works: each fixture is one real-world zsh construct followed by the
// marker line. Masked, the whole file must parse without any ERROR or MISSING node, and the
// marker must come out as its own top-level `export` at its own line, not swallowed by the
// construct (tree-sitter-bash swallows silently, which is why this is checked node by node).
TEST_CASE("every zsh construct fixture parses and keeps the marker statement") {
  const std::vector<fs::path> paths = fixtures();
  CHECK(paths.size() >= 40);
  for (const fs::path& path : paths) {
    CAPTURE(path.filename().string());
    const std::string original = read_file(path);
    const MaskedText m = mask_zsh(original);
    check_invariants(original, m);
    if (m.text.size() != original.size()) continue;
    CHECK(original.ends_with(std::string(kMarker) + "\n"));
    const uint32_t marker_row =
        static_cast<uint32_t>(std::count(original.begin(), original.end(), '\n')) - 1;

    TreePtr tree = parse_bash(m.text);
    const TSNode root = ts_tree_root_node(tree.get());
    CHECK_MESSAGE(!ts_node_has_error(root), "masked text:\n" << m.text);

    int statements = 0;
    TSNode last = root;
    for (uint32_t k = 0; k < ts_node_named_child_count(root); ++k) {
      const TSNode child = ts_node_named_child(root, k);
      if (node_type(child) == "comment") continue;
      ++statements;
      if (ts_node_start_point(child).row < marker_row) {
        CHECK_MESSAGE(ts_node_end_point(child).row < marker_row,
                      node_type(child) << " spans into the marker line");
      }
      last = child;
    }
    CHECK(statements == expected_statements(original));
    CHECK(node_type(last) == "declaration_command");
    CHECK(ts_node_start_point(last).row == marker_row);
    const uint32_t begin = ts_node_start_byte(last), end = ts_node_end_byte(last);
    CHECK(std::string_view(original).substr(begin, end - begin) == kMarker);
  }
}

// A fixture zsh itself rejects would prove nothing. Tests may run real shells; rclint never does.
TEST_CASE("every zsh construct fixture is valid zsh (zsh -n)") {
  if (!fs::exists("/usr/bin/zsh")) {
    MESSAGE("zsh not installed: skipped");
    return;
  }
  for (const fs::path& path : fixtures()) {
    CAPTURE(path.filename().string());
    CHECK(std::system(("/usr/bin/zsh -n '" + path.string() + "'").c_str()) == 0);
  }
}

// The mask runs on every file zsh reads, and most of them are plain POSIX or bash (Debian's system
// files, ~/.profile): it must not change a byte of those.
TEST_CASE("bash-compatible text comes back unchanged") {
  for (const char* path : {"/etc/skel/.bashrc", "/etc/bash.bashrc", "/etc/profile"}) {
    if (!fs::exists(path)) continue;
    CAPTURE(path);
    const std::string original = read_file(path);
    const MaskedText m = mask_zsh(original);
    CHECK(m.text == original);
    CHECK(m.masked.empty());
  }
  const std::string bash = R"(f() { local x="${1:-default}"; echo "${x%%/*}" "${#x}" "${x:0:2}"; }
case $1 in (a|b) f ;; *.sh) echo ;; esac
[[ $x == *.txt && -n ${y[0]} ]] && arr=( "${arr[@]}" $(ls) `pwd` $((1 + 2)) )
while read -r line; do echo "$line"; done < <(ls) 2>/dev/null >&2
cat <<-EOF
	${(s.:.)PATH} stays: it is heredoc text
	EOF
PS1='${debian_chroot:+($debian_chroot)}\u@\h:\w\$ '  # (( $+x )) in a comment
)";
  CHECK(mask(bash) == bash);
}

// One example per trick, as the comment in zsh_mask.h lists them.
TEST_CASE("each trick produces its documented filler") {
  CHECK(mask("x=${(s.:.)PATH}") == "x=${_-________}");                              // 1
  CHECK(mask("x=${${(f)\"$(cmd)\"}##x}") == "x=${_-____$(cmd)_____}");              // 1
  CHECK(mask("x=${0:A:h}") == "x=${0-A:h}");                                        // 2
  CHECK(mask("x=(${path:#*/bin})") == "x=(${path-#*/bin})");                        // 2
  CHECK(mask("echo ${~g} $^path") == "echo ${_g} $_path");                          // 3
  CHECK(mask("(( $+commands[go] ))") == "(( 0+commands[go] ))");                    // 4
  CHECK(mask("(( $#path > 1 ))") == "(( 0+path > 1 ))");                            // 4
  CHECK(mask("x=${path[(I)/x]}") == "x=${path[_____]}");                            // 4
  CHECK(mask("for f in *.zsh(N); do :; done") == "for f in *.zsh___; do :; done");  // 5
  CHECK(mask("ls (#i)*.txt *(.om[1]) <->") == "ls ____*.txt *________ ___");        // 5
  CHECK(mask("[[ $t == (a|b)* ]]") == "[[ $t == _____* ]]");                        // 5
  CHECK(mask("precmd() { vcs_info }") == "precmd() { vcs_info;}");                  // 6
  CHECK(mask("() {\n  local x\n}") == "   {\n  local x\n}");                        // 7
  CHECK(mask("() { echo $1 } a b") == "   { echo $1;}<___");                        // 7
  CHECK(mask("for f (a b) source $f") == "    f=(a b);source $f");                  // 8
  CHECK(mask("for f (a b); do x; done") == "    f=(a b); {  x; }   ");              // 8
  CHECK(mask("foreach f (a b)\n  x\nend") == "        f=(a b)\n  x\n   ");          // 8
  CHECK(mask("if [[ x ]] { a } else { b }") == "   [[ x ]];{ a;};     { b;}");      // 9
  CHECK(mask("repeat 3 echo") == "         echo");                                  // 9
  CHECK(mask("{ a } always { b }") == "{ a;};       { b;}");                        // 9
  CHECK(mask("diff =(a) =(b)") == "diff <(a) <(b)");                                // 10
  CHECK(mask("x &!\ny >! f") == "x & \ny >| f");                                    // 10
  CHECK(mask("function a b { x }") == "function a   { x;}");                        // 10
}

// zsh-looking text inside quotes, comments and heredocs is data, not syntax.
TEST_CASE("quotes, comments and heredocs are left alone") {
  for (const char* text : {"echo '(( $+x )) ${(s.:.)PATH}'", "# for f (*(N)) { x }",
                           "cat <<'EOF'\n() { x }\nEOF\n", "echo \"\\$+x\" \\(N\\)"}) {
    CAPTURE(text);
    CHECK(mask(text) == text);
    CHECK(mask_zsh(text).masked.empty());
  }
  // Expansions inside double quotes are expanded by zsh, so they are masked there too.
  CHECK(mask(R"(echo "${(%):-%n}")") == R"(echo "${_-_____}")");
}

// A masked range covers the whole construct, so that a node overlapping it is re-read.
TEST_CASE("masked ranges cover whole constructs") {
  const MaskedText m = mask_zsh("a=${(j.:.)path} b=$PATH");
  REQUIRE(m.masked.size() == 1);
  CHECK(m.masked[0] == rclint::source::Range{2, 15});
}

// zsh's own function library (thousands of lines of dense zsh) as a fuzz corpus: whatever the
// scanner makes of it, it must keep the invariants and terminate.
TEST_CASE("the invariants hold on every file of zsh's function library") {
  const fs::path root = "/usr/share/zsh";
  if (!fs::exists(root)) {
    MESSAGE("/usr/share/zsh not installed: skipped");
    return;
  }
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".zwc") continue;
    CAPTURE(entry.path().string());
    const std::string original = read_file(entry.path());
    check_invariants(original, mask_zsh(original));
    ++files;
  }
  MESSAGE(files << " files masked");
}
