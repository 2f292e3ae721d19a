#pragma once

#include <cstdio>
#include <cstdlib>

/// A broken invariant is a bug in rclint, not bad input: print where and abort.
#define RCLINT_ASSERT(cond, why)                                                                  \
  do {                                                                                            \
    if (!(cond)) {                                                                                \
      std::fprintf(stderr, "rclint: internal error at %s:%d: %s (%s)\n", __FILE__, __LINE__, why, \
                   #cond);                                                                        \
      std::abort();                                                                               \
    }                                                                                             \
  } while (false)
