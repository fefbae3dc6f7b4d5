//! Teaching the extractor a new actor, a new name and a new verb at run
//! time, with a user lexicon (the format of `newsgraph --lexicon FILE`).
//!
//! ```text
//! cargo run --example custom_lexicon
//! ```

use newsgraph::{ActorId, ActorKind, Extractor, Lang, RelationKind};

/// A user lexicon: one record a line, the record type first, tab-separated,
/// `-` for an empty cell, `#` for comments.
///
/// - `actor  <id> <kind> <country> <sector> <parent> <label>`
/// - `alias  <lang> <surface form> <actor id> <flags>`
/// - `trigger <lang> <pattern> <kind> <pos> <args> <flags>`
const LEXICON: &str = "\
# A (fictional) armed group, with its names in English and French.
actor\tgroup:free-valley-brigades\tarmed_group\tSYR\tREB\t-\tFree Valley Brigades
alias\ten\tFree Valley Brigades\tgroup:free-valley-brigades\tcap,pl
alias\tfr\tBrigades de la Vallée libre\tgroup:free-valley-brigades\tcap,f,pl
# Its acronym: case-sensitive (`cs`), so that no ordinary word matches it.
alias\ten\tFVB\tgroup:free-valley-brigades\tcs
# A verb the embedded lexicons do not have: `ambush X` is an attack on X.
trigger\ten\tambush\tattacks\tverb\tobj\t-
";

fn main() -> Result<(), newsgraph::Error> {
    let extractor = Extractor::builder()
        .lexicon_str("example.tsv", LEXICON)
        .build()?;
    let brigades = ActorId::new("group:free-valley-brigades");

    // English: the new actor, through its alias, with the new trigger.
    let english = "The Free Valley Brigades ambushed a Turkish army convoy near Azaz on Monday.";
    let extraction = extractor.extract(english);
    assert_eq!(extraction.lang, Some(Lang::En));
    let actor = &extraction.actors[&brigades];
    assert_eq!(actor.label, "Free Valley Brigades");
    assert_eq!(actor.kind, ActorKind::ArmedGroup);
    print_relations(english, &extraction);
    assert!(
        extraction
            .relations
            .iter()
            .any(|r| r.source == brigades && r.kind == RelationKind::Attacks),
        "the brigades attack someone"
    );

    // French: the French alias with an embedded trigger (attaquer).
    let french = "Les Brigades de la Vallée libre ont attaqué l'armée turque près d'Azaz.";
    let extraction = extractor.extract(french);
    print_relations(french, &extraction);
    assert!(extraction
        .relations
        .iter()
        .any(|r| r.source == brigades && r.kind == RelationKind::Attacks));

    // The acronym, and only in capitals.
    let extraction = extractor.extract("The FVB ambushed a Russian patrol.");
    assert!(extraction.mentions.iter().any(|m| m.actor == brigades));
    let extraction = extractor.extract("The fvb ambushed a Russian patrol.");
    assert!(extraction.mentions.iter().all(|m| m.actor != brigades));

    // Lexicon errors name the lexicon and the line.
    let err = Extractor::builder()
        .lexicon_str("broken.tsv", "# fine\nactor\tonly-two-columns\n")
        .build()
        .err()
        .expect("a malformed record is an error");
    println!("a broken lexicon: {err}");
    assert!(err.to_string().contains("broken.tsv, line 2"));
    Ok(())
}

fn print_relations(text: &str, extraction: &newsgraph::Extraction) {
    println!("{text}");
    for r in &extraction.relations {
        println!(
            "  {} -{}{}-> {}  ({:?}, confidence {:.2}, trigger {:?})",
            r.source,
            if r.negated { "not " } else { "" },
            r.kind,
            r.target,
            r.modality,
            r.confidence,
            r.trigger.text(text)
        );
    }
}
