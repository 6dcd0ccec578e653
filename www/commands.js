// The canonical body as text to copy: JSON, a curl command, a PowerShell command. The bearer
// token stays a placeholder read from the environment; the page never asks for it.

export const asJson = (payload) => JSON.stringify(payload, null, 2);

/** POSIX shell single quotes: nothing inside is expanded; a ' becomes '\''. */
const shellQuote = (text) => `'${text.replaceAll("'", "'\\''")}'`;

export function asCurl(payload, url) {
  return [
    `curl -X POST ${shellQuote(url)} \\`,
    '  -H "Authorization: Bearer $TOKEN" \\',
    "  -H 'Content-Type: application/json' \\",
    `  --data-binary ${shellQuote(asJson(payload))}`,
  ].join('\n');
}

export function asPowerShell(payload, url) {
  // A single-quoted here-string keeps the JSON verbatim: it ends only at a line starting
  // with '@, which indented JSON never has. Sending bytes keeps non-ASCII text UTF-8 in
  // Windows PowerShell 5.1 too.
  return [
    "$body = @'",
    asJson(payload),
    "'@",
    `Invoke-RestMethod -Method Post -Uri '${url.replaceAll("'", "''")}' \``,
    '  -Headers @{ Authorization = "Bearer $env:TOKEN" } `',
    "  -ContentType 'application/json' `",
    '  -Body ([System.Text.Encoding]::UTF8.GetBytes($body))',
  ].join('\n');
}
