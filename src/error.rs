//! The crate's error type: an opaque struct over a private kind, so new kinds can be added
//! without breaking callers.

use std::fmt;

/// An error from building a [`Cleaner`](crate::Cleaner) or from cleaning a document.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(#[from] ErrorKind);

#[derive(Debug, thiserror::Error)]
pub(crate) enum ErrorKind {
    #[error("input is not valid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("input looks like binary data, not {expected} (NUL bytes at byte {offset})")]
    Binary {
        expected: &'static str,
        offset: usize,
    },
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("rule {rule}: {reason}")]
    Rule { rule: String, reason: String },
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
    #[error("{message}")]
    Located { message: String },
    #[error("unknown language `{code}`: the packs are {known}")]
    UnknownLanguage { code: String, known: String },
    #[error(
        "no built-in rule or family is named `{name}` (see Cleaner::rule_names; families end \
         at a `.` or `:`, as in `en.label`)"
    )]
    UnknownRule { name: String },
}

impl Error {
    pub(crate) fn rule(rule: impl fmt::Display, reason: impl fmt::Display) -> Error {
        Error(ErrorKind::Rule {
            rule: rule.to_string(),
            reason: reason.to_string(),
        })
    }

    pub(crate) fn file(path: impl fmt::Display, reason: impl fmt::Display) -> Error {
        Error(ErrorKind::File {
            path: path.to_string(),
            reason: reason.to_string(),
        })
    }

    pub(crate) fn unknown_language(code: &str, known: &[&str]) -> Error {
        Error(ErrorKind::UnknownLanguage {
            code: code.to_string(),
            known: known.join(", "),
        })
    }

    pub(crate) fn unknown_rule(name: &str) -> Error {
        Error(ErrorKind::UnknownRule {
            name: name.to_string(),
        })
    }

    /// An error whose message already names its file and line.
    pub(crate) fn located(message: impl fmt::Display) -> Error {
        Error(ErrorKind::Located {
            message: message.to_string(),
        })
    }

    /// True when the input was rejected (not text, not decodable, or too large), as opposed to
    /// a rule that failed to build.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self.0,
            ErrorKind::InvalidUtf8 { .. } | ErrorKind::Binary { .. } | ErrorKind::TooLarge { .. }
        )
    }
}
