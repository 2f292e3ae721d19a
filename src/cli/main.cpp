#include <cstdio>

int main() {
  std::puts("rclint");
  return 0;
}
