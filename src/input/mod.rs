//! Input stage: raw bytes to text ([`charset`]), the byte classes of a text ([`classes`]),
//! and text to blocks with byte offsets ([`segment`]).

pub(crate) mod charset;
pub(crate) mod classes;
pub(crate) mod segment;
