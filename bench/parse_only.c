// The floor rclint cannot beat (issue 9): read each file named and parse it once with
// tree-sitter-bash, as rclint parses every startup file once, and do nothing else.
#include <stdio.h>
#include <stdlib.h>
#include <tree_sitter/api.h>

const TSLanguage* tree_sitter_bash(void);

int main(int argc, char** argv) {
  TSParser* parser = ts_parser_new();
  if (!ts_parser_set_language(parser, tree_sitter_bash())) return 2;
  unsigned long nodes = 0;
  for (int i = 1; i < argc; ++i) {
    FILE* file = fopen(argv[i], "rb");
    if (file == NULL) return 2;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char* text = malloc(size > 0 ? (size_t)size : 1);
    if (text == NULL || fread(text, 1, (size_t)size, file) != (size_t)size) return 2;
    fclose(file);
    TSTree* tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)size);
    nodes += ts_node_descendant_count(ts_tree_root_node(tree));
    ts_tree_delete(tree);
    free(text);
  }
  ts_parser_delete(parser);
  printf("%lu nodes\n", nodes);
  return 0;
}
