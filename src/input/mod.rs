//! Input stage: raw bytes to text ([`charset`]), the byte classes of a text ([`classes`]),
//! text to blocks with byte offsets ([`segment`]), and the document's host ([`host`]).

pub(crate) mod charset;
pub(crate) mod classes;
pub(crate) mod host;
pub(crate) mod segment;
