//! C ABI for veil (see `include/veil.h`).
