//! Input stage: raw bytes to text ([`charset`]), decomposed text composed with a map back
//! to its offsets ([`compose`]), the byte classes of a text ([`classes`]), text to blocks
//! with byte offsets ([`segment`]), and the document's host ([`host`]).

pub(crate) mod charset;
pub(crate) mod classes;
pub(crate) mod compose;
pub(crate) mod host;
pub(crate) mod segment;
