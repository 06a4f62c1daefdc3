//! What the integration tests share: reading the fixture files.

/// Splits a fixture file (`tests/fixtures/appeals.txt`, `negatives.txt`) into its cases:
/// (name, body, appeal); the appeal is empty for negatives.
pub fn cases(file: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for chunk in file.split("\n== ").skip(1) {
        let (name, rest) = chunk.split_once('\n').unwrap();
        let (body, appeal) = rest.split_once("\n--\n").unwrap_or((rest, ""));
        out.push((
            name.trim().to_string(),
            body.trim().to_string(),
            appeal.trim().to_string(),
        ));
    }
    out
}
