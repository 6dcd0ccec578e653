//! Times `extract` natively on 1 MB texts: `cargo run --release --example extract_timing
//! [rounds] [text...]`. The texts are plain prose (`prose`), prose with a few indicators
//! (`page`) and the adversarial lines of the README (`dots`, `digits`, `[.]`, `a.`, `1:`), all
//! of them by default; any other argument is a file timed as it is (such as the report that
//! tests/bench/extract.mjs generates). Used with callgrind to count instructions per byte.
use mde_indicator::extract::{extract, ExtractOptions};
use mde_indicator::profile::Profile;

const MEGABYTE: usize = 1 << 20;

/// Sentences of twelve words from the benchmark's vocabulary, every `every`-th word (if any)
/// an indicator; deterministic.
fn prose(every: Option<usize>) -> String {
    let words = "the actor used a loader to reach its server after the first stage dropped files on disk and \
                 then contacted infrastructure which we observed during the campaign in several sectors";
    let words: Vec<&str> = words.split(' ').collect();
    let indicators = ["evil[.]example[.]com", "hxxps://cdn7[.]example.net/gate.php", "8.8.4.4", "report.pdf"];
    let mut state: u32 = 7;
    let mut next = |n: usize| {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        (state >> 8) as usize % n
    };
    let mut text = String::with_capacity(MEGABYTE + 200);
    let mut count = 0;
    while text.len() < MEGABYTE {
        for i in 0..12 {
            count += 1;
            let word = match every {
                Some(every) if count % every == 0 => indicators[next(indicators.len())],
                _ => words[next(words.len())],
            };
            text.push_str(word);
            text.push_str(if i == 11 { ". " } else { " " });
        }
    }
    text
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let rounds: u32 = args.next_if(|a| a.parse::<u32>().is_ok()).and_then(|a| a.parse().ok()).unwrap_or(20);
    let mut names: Vec<String> = args.collect();
    if names.is_empty() {
        names = ["prose", "page", "dots", "digits", "[.]", "a.", "1:"].map(String::from).to_vec();
    }
    let texts = names.into_iter().map(|name| {
        let text = match name.as_str() {
            "prose" => prose(None),
            "page" => prose(Some(500)),
            "dots" => ".".repeat(MEGABYTE),
            "digits" => "1".repeat(MEGABYTE),
            "[.]" => "[.]".repeat(MEGABYTE / 3),
            "a." => "a.".repeat(MEGABYTE / 2),
            "1:" => "1:".repeat(MEGABYTE / 2),
            file => std::fs::read_to_string(file).unwrap_or_default(),
        };
        (name, text)
    });
    let Some(profile) = Profile::by_name("current") else { return };
    let options = ExtractOptions { profile, unique: false };
    for (name, text) in texts {
        let mut best = f64::MAX;
        let mut found = 0;
        for _ in 0..rounds {
            let start = std::time::Instant::now();
            found = extract(&text, &options).len();
            best = best.min(start.elapsed().as_secs_f64());
        }
        let ms_per_mb = best * 1e3 / (text.len() as f64 / MEGABYTE as f64);
        println!("{name:<24} {:>8} bytes {found:>6} found  {ms_per_mb:6.2} ms/MB (best of {rounds})", text.len());
    }
}
