//! Any bytes as node-link JSON: reading either fails with
//! `Error::GraphJson` or gives a graph whose JSON reads back to the same
//! bytes; `read_json` (bytes) and `from_json` (text) agree. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::export::{from_json, read_json, to_cytoscape, to_dot, to_graphml, to_json};
use newsgraph::Error;

fuzz_target!(|data: &[u8]| {
    let from_bytes = read_json(data);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(from_bytes.is_err(), "invalid UTF-8 read as a graph");
        return;
    };
    let graph = match from_json(text) {
        Ok(graph) => graph,
        Err(Error::GraphJson { .. }) => {
            assert!(
                from_bytes.is_err(),
                "read_json accepts what from_json refuses"
            );
            return;
        }
        Err(e) => panic!("not a graph JSON error: {e}"),
    };
    assert_eq!(from_bytes.ok().as_ref(), Some(&graph), "read_json differs");
    let json = to_json(&graph);
    let back = from_json(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    assert_eq!(to_json(&back), json);
    let _ = (to_dot(&graph), to_graphml(&graph), to_cytoscape(&graph));
});
