//! The runner of the table-driven extraction tests (`actors`, `patterns`):
//! every ordinary row must pass, and every known-gap row must still fail, so
//! that a gap is flagged for removal as soon as the code improves.
//!
//! `NEWSGRAPH_SHOW_GAPS=1` prints every known gap, `NEWSGRAPH_SHOW_ROWS=1`
//! every row (with `-- --nocapture`).

use newsgraph::Extraction;

/// One row of a table.
pub trait TableRow {
    /// Extract the row's text.
    fn extract(&self) -> Extraction;
    /// What is wrong with the extraction (empty when the row passes).
    fn problems(&self, x: &Extraction) -> Vec<String>;
    /// The row, its expectations, what came out and its problems.
    fn report(&self, x: &Extraction, problems: &[String]) -> String;
    /// The reason the row is a known gap, if it is one.
    fn known_gap(&self) -> Option<&'static str>;
    /// "fr", "en" or "mixed", for the summary.
    fn lang_label(&self) -> &'static str;
}

/// Run a table: every ordinary row must pass, every known-gap row must
/// still fail.
pub fn run<R: TableRow>(group: &str, rows: &[R]) {
    let show_gaps = std::env::var_os("NEWSGRAPH_SHOW_GAPS").is_some();
    let show_rows = std::env::var_os("NEWSGRAPH_SHOW_ROWS").is_some();
    let mut failures = Vec::new();
    let (mut passed, mut gaps) = (0, 0);
    for row in rows {
        let x = row.extract();
        let problems = row.problems(&x);
        if show_rows {
            eprintln!("ROW {group}\n{}", row.report(&x, &problems));
        }
        match (problems.is_empty(), row.known_gap()) {
            (true, None) => passed += 1,
            (false, Some(_)) => {
                gaps += 1;
                if show_gaps {
                    eprintln!("GAP {group}\n{}", row.report(&x, &problems));
                }
            }
            (false, None) => failures.push(row.report(&x, &problems)),
            (true, Some(reason)) => failures.push(format!(
                "row now passes: remove known_gap ({reason})\n{}",
                row.report(&x, &[])
            )),
        }
    }
    let count = |l: &str| rows.iter().filter(|r| r.lang_label() == l).count();
    eprintln!(
        "{group}: {} rows (fr {}, en {}, mixed {}): {passed} pass, {gaps} known gaps, {} failing",
        rows.len(),
        count("fr"),
        count("en"),
        count("mixed"),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{group}: {} row(s) failing:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
