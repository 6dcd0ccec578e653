//! Replays the kept fuzz corpus (`fuzz/corpus/<target>`) and every crash reproducer found so
//! far (`fuzz/regressions/<target>`) through the invariants the fuzz targets check, in plain
//! `cargo test`: no nightly, no libFuzzer, a few seconds.

// The fuzz targets' own entry points (one configuration per input) are not used here.
#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::Path;

/// A debug build's frames are many times larger than those of the fuzz targets' release build:
/// decoding a deeply nested `arbitrary` value tree (the harness, not the core) needs more stack
/// than a test thread's 2 MB.
const STACK_BYTES: usize = 256 << 20;

fn replay(target: &'static str, check: fn(&[u8])) {
    let replaying = std::thread::Builder::new().stack_size(STACK_BYTES).spawn(move || replay_here(target, check));
    if let Err(panic) = replaying.expect("a thread for the replay").join() {
        std::panic::resume_unwind(panic);
    }
}

fn replay_here(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else { continue };
        for entry in entries {
            let path = entry.expect("a readable directory").path();
            let data = std::fs::read(&path).expect("a readable corpus file");
            // A panic names the file, which `cargo fuzz run <target> <file>` replays too.
            eprintln!("{}", path.display());
            check(&data);
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no corpus for {target}");
}

#[test]
fn json_text() {
    replay("json_text", |data| checks::configurations().for_each(|options| checks::json_text_in(data, &options)));
}

#[test]
fn value_tree() {
    replay("value_tree", |data| checks::configurations().for_each(|options| checks::value_tree_in(data, &options)));
}

#[test]
fn csv_batch() {
    replay("csv_batch", checks::csv_batch);
}

#[test]
fn ndjson_batch() {
    replay("ndjson_batch", checks::ndjson_batch);
}

#[test]
fn extract() {
    replay("extract", checks::extract);
}

#[test]
fn feeds() {
    replay("feeds", checks::feeds);
}

#[test]
fn pointers_are_recognised() {
    assert!(checks::is_json_pointer("") && checks::is_json_pointer("/a~0b/c~1d/0"));
    assert!(!checks::is_json_pointer("a") && !checks::is_json_pointer("/a~2") && !checks::is_json_pointer("/~"));
}
