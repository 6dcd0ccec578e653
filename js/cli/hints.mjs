// One-line hints for the inputs people most often give by mistake, when the input as a whole is
// refused: an Excel workbook, UTF-16 text, a CSV separated by semicolons, a trailing comma in
// JSON. Read from the issue's code and params and the input's first bytes, never its message.

const startsWith = (bytes, prefix) => prefix.every((byte, i) => bytes[i] === byte);

/** The hint for an input-level issue, or null. `head` is the input's start (a Buffer). */
export function hintFor(issue, head) {
  if (!head || head.length === 0) return null;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    return 'this is a ZIP archive, most likely an Excel workbook (.xlsx): save the sheet as "CSV UTF-8" and give that file';
  }
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || head.subarray(0, 64).includes(0);
  if (utf16) return 'the file looks like UTF-16 text (Windows "Unicode"): save it as UTF-8';
  if (issue.code === 'invalid_csv_header') {
    const firstLine = head.subarray(0, head.indexOf(0x0a) < 0 ? head.length : head.indexOf(0x0a)).toString('utf8');
    if (firstLine.includes(';') && !firstLine.includes(',')) {
      return 'the columns are separated by semicolons (a spreadsheet in a comma-decimal locale): the portal\'s template uses commas';
    }
  }
  if (issue.code === 'invalid_json' && precededByComma(head, issue.params)) {
    return 'a comma right before this ] or }: JSON allows no trailing comma';
  }
  return null;
}

/** Whether the character at the issue's line and column follows a comma (and white space). */
function precededByComma(head, { line, column }) {
  if (!Number.isInteger(line) || !Number.isInteger(column)) return false;
  let at = 0;
  for (let n = 1; n < line; n++) {
    at = head.indexOf(0x0a, at) + 1;
    if (at === 0) return false;
  }
  at += column - 1;
  if (at >= head.length || (head[at] !== 0x5d && head[at] !== 0x7d)) return false;
  let before = at - 1;
  while (before >= 0 && [0x20, 0x09, 0x0a, 0x0d].includes(head[before])) before--;
  return head[before] === 0x2c;
}
