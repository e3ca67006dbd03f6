//! What can be wrong with a data file, as data: each variant names the file, the record and the
//! problem, so a teacher who edits a file is told exactly where to look.

use std::fmt;

/// One problem found in one data file.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// The text is not JSON, or not of the expected shape.
    Syntax {
        /// The file.
        file: String,
        /// What the parser said.
        message: String,
    },
    /// A record breaks a rule; `id` names the feature or record.
    Invalid {
        /// The file.
        file: String,
        /// The feature or record id.
        id: String,
        /// What is wrong, in a sentence.
        problem: String,
    },
}

impl DataError {
    /// A rule broken by record `id` of `file`.
    pub fn invalid(file: &str, id: &str, problem: impl Into<String>) -> DataError {
        DataError::Invalid {
            file: file.to_string(),
            id: id.to_string(),
            problem: problem.into(),
        }
    }

    /// A file that could not be parsed.
    pub fn syntax(file: &str, message: impl fmt::Display) -> DataError {
        DataError::Syntax {
            file: file.to_string(),
            message: message.to_string(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Syntax { file, message } => write!(f, "{file}: {message}"),
            DataError::Invalid { file, id, problem } => write!(f, "{file}: “{id}”: {problem}"),
        }
    }
}

impl std::error::Error for DataError {}

/// A list of problems, shown one per line.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DataErrors(pub Vec<DataError>);

/// Writes `items` one per line (no line break after the last): how every list of problems
/// in the data and story files is shown.
pub fn write_lines<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[T]) -> fmt::Result {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            writeln!(f)?;
        }
        write!(f, "{e}")?;
    }
    Ok(())
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_lines(f, &self.0)
    }
}

impl std::error::Error for DataErrors {}
