#include "CFuzzing.h"

// `-sanitize=fuzzer` links libFuzzer's own `main` object too, which refers to this function; the
// program's `main` (Swift's) wins and hands the real callback to LLVMFuzzerRunDriver, so this
// weak definition only satisfies the linker and is never called.
__attribute__((weak)) int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)data;
    (void)size;
    return 0;
}
