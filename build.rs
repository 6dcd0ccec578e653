//! Writes IANA's top-level domains, as the `tld` crate holds them, into `$OUT_DIR/tlds.rs` for
//! `extract` (src/extract/tld.rs): one sorted, concatenated string per length, searched by
//! bisection. That is the names' bytes and nothing else in the wasm (about 9 KB, 4 KB gzipped),
//! where the crate's own hash set would add a pointer and a length per name and the hasher.

use std::fmt::Write as _;
use std::{env, fs, io, path::Path};

fn main() -> io::Result<()> {
    println!("cargo::rerun-if-changed=build.rs");
    let mut by_length: Vec<Vec<&str>> = Vec::new();
    for name in tld::TLD.iter() {
        // Every IANA name is lower-case ASCII (IDN TLDs in their xn-- form); anything else
        // could never match the lower-cased ASCII label that `extract` looks up.
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            continue;
        }
        if by_length.len() <= name.len() {
            by_length.resize(name.len() + 1, Vec::new());
        }
        if let Some(bucket) = by_length.get_mut(name.len()) {
            bucket.push(name);
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "/// TLDs by length: entry `n` holds every `n`-letter TLD, sorted and concatenated.");
    let _ = writeln!(out, "pub(super) const BY_LENGTH: [&str; {}] = [", by_length.len());
    for bucket in &mut by_length {
        bucket.sort_unstable();
        let _ = writeln!(out, "    {:?},", bucket.concat());
    }
    out.push_str("];\n");
    let dir = env::var_os("OUT_DIR").ok_or_else(|| io::Error::other("OUT_DIR is not set"))?;
    fs::write(Path::new(&dir).join("tlds.rs"), out)
}
