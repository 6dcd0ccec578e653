//! Times `validate_json` natively: `cargo run --release --example timing [iterations]`. Used
//! with callgrind to find where the per-indicator time goes.
fn main() {
    let text = r#"{"indicatorType":"FileSha1","indicatorValue":"220e7d15b011d7fac48f2bd61114db1022197f7f","action":"Block","title":"Indicator 1","description":"Seen in a phishing campaign","severity":"High","expirationTime":"2027-06-01T00:00:00Z","rbacGroupNames":["Tier 1","Servers"],"generateAlert":true}"#;
    let n: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    for (name, input) in [("tiny input \"1\"", "1"), ("full indicator", text)] {
        let start = std::time::Instant::now();
        let mut bytes = 0;
        for _ in 0..n {
            let options = mde_indicator::Options::new("current").map(|o| o.with_now_millis(1.7e12));
            bytes += options.map(|o| mde_indicator::validate_json(input, &o).to_json().len()).unwrap_or(0);
        }
        println!("{name}: {} ns/op ({bytes} bytes out)", start.elapsed().as_nanos() / u128::from(n));
    }
}
