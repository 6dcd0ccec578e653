// The `current` profile's rules as plain JavaScript, written once and used by the three peer
// schemas (ajv, zod, valibot) for what their built-in checks cannot say: a web developer
// encoding the same rules would write these helpers (or find them) and plug them in as a
// custom format, a refinement or a check. Each follows README.md, "Decisions where the
// sources are silent" and "Issue codes"; the correctness gate of tests/bench/run.mjs holds
// the peers to the core's verdicts on the generated data.

export const TYPES = ['FileSha1', 'FileSha256', 'FileMd5', 'CertificateThumbprint', 'IpAddress', 'DomainName', 'Url'];
export const ACTIONS = ['Alert', 'AlertAndBlock', 'Allowed', 'Warn', 'Block', 'Audit', 'BlockAndRemediate'];
export const SEVERITIES = ['Informational', 'Low', 'Medium', 'High'];

// Actions per type in `current`; the legacy Alert/AlertAndBlock count as what they became
// (Alert -> Audit, AlertAndBlock -> BlockAndRemediate for files and certificates, Block for
// network types), so Alert is refused on certificates.
export const FILE_ACTIONS = ['Allowed', 'Audit', 'Warn', 'Block', 'BlockAndRemediate', 'Alert', 'AlertAndBlock'];
export const CERTIFICATE_ACTIONS = ['Allowed', 'BlockAndRemediate', 'AlertAndBlock'];
export const NETWORK_ACTIONS = ['Allowed', 'Audit', 'Warn', 'Block', 'Alert', 'AlertAndBlock'];

export const HEX = { FileSha1: 40, FileSha256: 64, FileMd5: 32, CertificateThumbprint: 40 };
export const CATEGORY = /^[A-Z][A-Za-z0-9]*$/;
export const TECHNIQUE = /^T\d{4}(?:\.\d{3})?$/;
export const NON_BLANK = /\S/;
/** The last label of a domain: after a dot, and not all digits (two labels at least). */
export const TLD_RULE = /\.(?![0-9]+$)[A-Za-z0-9-]+$/;
/** A whole domain name: LDH labels of 1-63, 253 in all, two labels at least, TLD not all digits. */
export const DOMAIN =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?![0-9]+$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** RFC 3339 with seconds and an offset (no space separator, no leap second, `+HH:MM` only). */
export const DATE_TIME_SHAPE = /^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:[0-5]\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)$/;

/** `rbacGroupNames` may be a comma-separated string (split with a warning): no empty piece. */
export const commaList = (text) => text.split(',').every((name) => name.trim() !== '');

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
const GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** A dotted-quad IPv4 address (no leading zeros) as an unsigned 32-bit number, or -1. */
export function parseIpv4(text) {
  const m = IPV4.exec(text);
  return m ? ((+m[1] << 24) | (+m[2] << 16) | (+m[3] << 8) | +m[4]) >>> 0 : -1;
}

function groups(text, allowIpv4, out) {
  if (text === '') return true;
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (allowIpv4 && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 < 0) return false;
      out.push(v4 >>> 16, v4 & 0xffff);
    } else if (GROUP.test(part)) {
      out.push(parseInt(part, 16));
    } else {
      return false;
    }
  }
  return true;
}

/** An IPv6 address (`::` once, an IPv4 tail allowed, no zone) as 8 groups, or null. */
export function parseIpv6(text) {
  if (text.length < 2 || text.length > 45) return null;
  const gap = text.indexOf('::');
  const head = [];
  if (gap < 0) return groups(text, true, head) && head.length === 8 ? head : null;
  if (text.indexOf('::', gap + 1) >= 0) return null;
  const tail = [];
  if (!groups(text.slice(0, gap), false, head) || !groups(text.slice(gap + 2), true, tail)) return null;
  if (head.length + tail.length > 7) return null;
  return [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
}

const V4_NOT_GLOBAL = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
].map(([net, prefix]) => [parseIpv4(net), prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0]);

const V6_NOT_GLOBAL = [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32], ['3fff::', 20],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
].map(([net, prefix]) => [parseIpv6(net), prefix]);

const v4Global = (n) => V4_NOT_GLOBAL.every(([net, mask]) => ((n & mask) >>> 0) !== net);

function v6In(g, net, prefix) {
  for (let i = 0, bits = prefix; bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((g[i] & mask) !== net[i]) return false;
  }
  return true;
}

/**
 * `IpAddress` in `current`: one IPv4 or IPv6 address, no CIDR, outside every non-global
 * range (private, loopback, link-local, CGNAT, documentation, benchmarking, multicast,
 * reserved, unique-local, site-local); IPv4-mapped IPv6 is judged by its IPv4.
 */
export function isGlobalIp(text) {
  const v4 = parseIpv4(text);
  if (v4 >= 0) return v4Global(v4);
  const g = parseIpv6(text);
  if (!g) return false;
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return v4Global(((g[6] << 16) | g[7]) >>> 0);
  }
  return V6_NOT_GLOBAL.every(([net, prefix]) => !v6In(g, net, prefix));
}

const validPort = (port) => /^\d{1,5}$/.test(port) && +port > 0 && +port <= 65535;
const URL_FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f\\*]/;

/**
 * A URL indicator (`schemeRequired` false) or an `educateUrl` (true): no spaces, control
 * characters, backslashes or wildcards; http or https (or no scheme for indicators); no user
 * info; a port of 1-65535; a host that is an IP literal or a valid domain name.
 */
export function isUrl(text, schemeRequired = false) {
  if (URL_FORBIDDEN.test(text)) return false;
  let rest = text;
  const sep = text.indexOf('://');
  if (sep >= 0) {
    const scheme = text.slice(0, sep).toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return false;
    rest = text.slice(sep + 3);
  } else {
    const start = text.slice(0, 6).toLowerCase();
    if (schemeRequired || start.startsWith('http:') || start.startsWith('https:')) return false;
  }
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  if (authority.includes('@')) return false;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0 || !parseIpv6(authority.slice(1, close))) return false;
    const after = authority.slice(close + 1);
    return after === '' || (after[0] === ':' && validPort(after.slice(1)));
  }
  const colon = authority.indexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  if (colon >= 0 && !validPort(authority.slice(colon + 1))) return false;
  return parseIpv4(host) >= 0 || parseIpv6(host) !== null || DOMAIN.test(host);
}

export const isEducateUrl = (text) => isUrl(text, true);

const daysIn = (y, m) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** The date-time exists: month, day in that month, hour, minute, offset in range. */
export function isRealDateTime(text) {
  const [y, mo, d, h, mi] = [text.slice(0, 4), text.slice(5, 7), text.slice(8, 10), text.slice(11, 13), text.slice(14, 16)].map(Number);
  const offset = /([+-])(\d\d):(\d\d)$/.exec(text);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h <= 23 && mi <= 59
    && (!offset || (+offset[2] <= 23 && +offset[3] <= 59));
}
