//! Input stage: raw bytes to text ([`charset`]), and text to blocks with byte offsets
//! ([`segment`]).

pub(crate) mod charset;
pub(crate) mod segment;
