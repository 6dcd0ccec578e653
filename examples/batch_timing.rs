//! Times `validate_batch` natively on a JSON file: `cargo run --release --example batch_timing
//! -- file.json [rounds]`, writing the compact report the JS binding gets. Used with callgrind to
//! find where batch time goes.
use mde_indicator::batch::{validate_batch, BatchOptions, Format};
use mde_indicator::Options;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "batch.json".into());
    let rounds: u32 = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let Ok(validate) = Options::new("current").map(|o| o.with_now_millis(1.7e12)) else {
        return;
    };
    for include_payloads in [false, true] {
        let start = std::time::Instant::now();
        let mut bytes = 0;
        for _ in 0..rounds {
            bytes += validate_batch(
                &text,
                Some(Format::Json),
                BatchOptions { validate, include_payloads, include_inputs: false },
            )
            .to_compact_json()
            .len();
        }
        let per_round = start.elapsed() / rounds;
        println!(
            "payloads {include_payloads}: {per_round:?} per batch ({} bytes out per batch)",
            bytes / rounds as usize
        );
    }
}
