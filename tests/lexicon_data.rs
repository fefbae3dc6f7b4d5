//! Checks on the embedded lexicon data under `data/`: ids are unique, every
//! alias names a known actor, countries have ISO 3166-1 alpha-3 codes, the
//! coverage promised in the README holds, and no alias is an ordinary word
//! that would fire on every other sentence.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Data rows of a TSV file: (line number, cells).
fn rows(path: &Path) -> Vec<(usize, Vec<String>)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::to_string).collect()))
        .collect()
}

fn tsv_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable data directory").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    files
}

/// Every actor row: id → (kind, country, file:line).
fn actors() -> BTreeMap<String, (String, String, String)> {
    let mut out = BTreeMap::new();
    let mut dups = Vec::new();
    for f in tsv_files(&data().join("actors")) {
        for (line, cells) in rows(&f) {
            let at = format!("{}:{line}", f.file_name().unwrap().to_string_lossy());
            assert!(cells.len() >= 6, "{at}: expected at least 6 columns");
            let prev = out.insert(
                cells[0].clone(),
                (cells[1].clone(), cells[2].clone(), at.clone()),
            );
            if let Some((_, _, first)) = prev {
                dups.push(format!("{} at {at} and {first}", cells[0]));
            }
        }
    }
    assert!(dups.is_empty(), "duplicate actor ids:\n{}", dups.join("\n"));
    out
}

#[test]
fn actor_ids_are_unique_and_countries_have_iso3_codes() {
    let actors = actors();
    let countries: Vec<_> = actors
        .iter()
        .filter(|(_, (kind, _, _))| kind == "country")
        .collect();
    // 193 UN members, two observers, Kosovo and Taiwan.
    assert!(countries.len() >= 197, "{} countries", countries.len());
    for (id, (_, iso, at)) in &countries {
        assert!(
            iso.len() == 3 && iso.bytes().all(|b| b.is_ascii_uppercase()),
            "{at}: {id} has country code {iso:?}"
        );
        assert_eq!(id.as_str(), format!("country:{iso}"), "{at}");
    }
}

#[test]
fn coverage_matches_the_readme() {
    let actors = actors();
    let count = |kind: &str| actors.values().filter(|(k, _, _)| k == kind).count();
    assert!(
        count("armed_group") >= 80,
        "{} armed groups",
        count("armed_group")
    );
    assert!(count("person") >= 300, "{} persons", count("person"));
    assert!(
        count("organization") >= 40,
        "{} organisations",
        count("organization")
    );
}

/// The id templates of the sector units derived for every country
/// (`data/sectors.tsv`: `gov:{C}`, `mil:{C}:air-force`…).
fn sector_templates() -> Vec<String> {
    rows(&data().join("sectors.tsv"))
        .into_iter()
        .map(|(line, cells)| {
            assert!(
                cells.len() >= 2 && cells[1].contains("{C}"),
                "sectors.tsv:{line}"
            );
            cells[1].clone()
        })
        .collect()
}

#[test]
fn every_alias_names_a_known_actor() {
    let actors = actors();
    let templates = sector_templates();
    let known = |id: &str| {
        actors.contains_key(id)
            || templates.iter().any(|t| {
                let (pre, post) = t.split_once("{C}").unwrap_or((t, ""));
                id.strip_prefix(pre)
                    .and_then(|r| r.strip_suffix(post))
                    .is_some_and(|iso| actors.contains_key(&format!("country:{iso}")))
            })
    };
    let mut bad = Vec::new();
    for lang in ["fr", "en"] {
        for f in tsv_files(&data().join(lang).join("aliases")) {
            for (line, cells) in rows(&f) {
                let at = format!(
                    "{lang}/aliases/{}:{line}",
                    f.file_name().unwrap().to_string_lossy()
                );
                if cells.len() < 2 {
                    bad.push(format!("{at}: fewer than 2 columns"));
                    continue;
                }
                if !known(&cells[1]) {
                    bad.push(format!("{at}: unknown actor {}", cells[1]));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Lowercase and strip the accents of Latin letters (enough to compare
/// aliases with the folded common-word lists).
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            '’' | '\'' | '-' => ' ',
            c => c,
        })
        .collect()
}

#[test]
fn no_alias_is_an_ordinary_word_unless_capitalised_or_case_sensitive() {
    let mut bad = Vec::new();
    for lang in ["fr", "en"] {
        let common: BTreeSet<String> =
            std::fs::read_to_string(data().join(lang).join("common.txt"))
                .expect("common words")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(fold)
                .collect();
        assert!(common.len() > 100, "{lang}: {} common words", common.len());
        for f in tsv_files(&data().join(lang).join("aliases")) {
            for (line, cells) in rows(&f) {
                let flags = cells.get(2).map_or("", String::as_str);
                let guarded = flags.split(',').any(|f| matches!(f, "cap" | "cs"));
                if !guarded && common.contains(&fold(&cells[0])) {
                    bad.push(format!(
                        "{lang}/aliases/{}:{line}: {:?} is a common word; add `cap` or `cs`",
                        f.file_name().unwrap().to_string_lossy(),
                        cells[0]
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
