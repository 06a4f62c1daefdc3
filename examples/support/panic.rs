//! The message of a caught panic, for the examples that report one and go on.

use std::any::Any;

/// The panic's message, when its payload is a string (as `panic!` makes it).
pub fn message(panic: &(dyn Any + Send)) -> Option<&str> {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
}
