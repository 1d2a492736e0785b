//! JavaScript bindings (skeleton; the pkg helper replaces this file).
