// Seeded, reproducible indicators of all seven types, about 20 % invalid in varied ways.
//
// The valid 80 % vary as real submissions do (hash case, IPv4, IPv6 full, compressed and
// IPv4-mapped, sub-domains and punycode labels, URLs with and without scheme, ports, IP hosts,
// offsets and fractions in expirationTime, legacy actions, educateUrl, category with MITRE
// techniques, rbacGroupNames as a comma string), so a peer that refuses too much is caught as
// surely as one that accepts too much. The invalid 20 % each come from one of the `BREAKERS`
// below (about 100 kinds): the mistakes users make and the finer rules (non-global IP ranges,
// domain labels, URL hosts and ports, real calendar dates, the cross-field rules).
// `generate` labels every item with its kind; `indicators` returns the items alone.

export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const FILE_ACTIONS = ['Allowed', 'Audit', 'Warn', 'Block', 'BlockAndRemediate', 'Alert', 'AlertAndBlock'];
const CERTIFICATE_ACTIONS = ['Allowed', 'BlockAndRemediate', 'AlertAndBlock'];
const NETWORK_ACTIONS = ['Allowed', 'Audit', 'Warn', 'Block', 'Alert', 'AlertAndBlock'];
// First octets outside every non-global IPv4 range (0, 10, 100.64/10, 127, 169.254, 172.16/12,
// 192.0.0, 192.0.2, 192.168, 198.18/15, 198.51.100, 203.0.113, 224/4, 240/4).
const GLOBAL_FIRST_OCTETS = Array.from({ length: 223 }, (_, i) => i + 1)
  .filter((o) => ![10, 100, 127, 169, 172, 192, 198, 203].includes(o));

function tools(next) {
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const label = () => pick(['update', 'cdn', 'login', 'secure', 'files', 'mail', 'portal', 'sync', 'x-ray', 'a1']) + int(10000);
  const tld = () => pick(['com', 'net', 'org', 'io', 'co.uk', 'de', 'info', 'xn--p1ai', 'app']);
  const domain = () => [...Array.from({ length: 1 + int(3) }, label), tld()].join('.');
  const ipv4 = () => `${pick(GLOBAL_FIRST_OCTETS)}.${int(256)}.${int(256)}.${1 + int(254)}`;
  const group = () => int(0x10000).toString(16);
  const ipv6 = () => `2${pick(['a0', '60', '40', '80'])}${int(10)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  return { int, pick, hex, label, tld, domain, ipv4, ipv6, group };
}

/** The valid variants per type: [kind, () => fields]. */
function validMakers(t) {
  const { int, pick, hex, domain, ipv4, ipv6, group } = t;
  const hash = (type, n) => [
    [`${type}`, () => ({ indicatorType: type, indicatorValue: hex(n), action: pick(type === 'CertificateThumbprint' ? CERTIFICATE_ACTIONS : FILE_ACTIONS) })],
    [`${type} upper case`, () => ({ indicatorType: type, indicatorValue: hex(n).toUpperCase(), action: pick(type === 'CertificateThumbprint' ? CERTIFICATE_ACTIONS : FILE_ACTIONS) })],
  ];
  const net = (type, kind, value) => [`${type} ${kind}`, () => ({ indicatorType: type, indicatorValue: value(), action: pick(NETWORK_ACTIONS) })];
  return [
    ...hash('FileSha1', 40), ...hash('FileSha256', 64), ...hash('FileMd5', 32), ...hash('CertificateThumbprint', 40),
    net('IpAddress', 'IPv4', ipv4),
    net('IpAddress', 'IPv4', ipv4),
    net('IpAddress', 'IPv6', ipv6),
    net('IpAddress', 'IPv6 compressed', () => `2a0${int(10)}:${group()}::${group()}`),
    net('IpAddress', 'IPv4-mapped IPv6', () => `::ffff:${ipv4()}`),
    net('DomainName', 'name', domain),
    net('DomainName', 'name', domain),
    net('DomainName', 'upper case', () => domain().toUpperCase()),
    net('DomainName', 'punycode label', () => `xn--${pick(['bcher-kva', 'mnchen-3ya', '80ak6aa92e'])}.${domain()}`),
    net('Url', 'http', () => `http://${domain()}/${pick(['gate.php', 'dl/payload.bin', 'a/b/c', ''])}`),
    net('Url', 'https with query', () => `https://${domain()}/index.html?id=${int(1000)}&x=${pick(['a', 'b%20c'])}#top`),
    net('Url', 'port', () => `http://${domain()}:${1 + int(65535)}/x`),
    net('Url', 'no scheme', () => `${domain()}/${pick(['login', 'wp-admin/', 'p?q=1'])}`),
    net('Url', 'IPv4 host', () => `http://${ipv4()}/${pick(['bin', 'x.sh'])}`),
    net('Url', 'IPv6 host', () => `http://[2a00:${group()}::${group()}]:8080/x`),
    net('Url', 'path with non-ASCII', () => `https://${domain()}/données/${int(100)}`),
  ];
}

const pastOrFuture = ['2027-06-01T00:00:00Z', '2027-06-01T08:30:00+02:00', '2026-12-31T23:59:59.1234567Z', '2028-02-29T12:00:00-05:00', '2025-01-01T00:00:00Z', '2027-03-15T10:00:00.5Z'];

/** Optional fields a valid indicator may carry. */
function decorate(o, i, t) {
  const { int, pick } = t;
  o.title = pick([`Indicator ${i}`, `Campaign ${int(100)}: dropper`, 'Phishing host']);
  o.description = pick(['Seen in a phishing campaign', 'Reported by the SOC', 'C2 server of a loader']);
  if (int(5) > 0) o.severity = pick(['Informational', 'Low', 'Medium', 'High']);
  if (int(4) > 0) o.expirationTime = pick(pastOrFuture);
  const groups = int(6);
  if (groups < 3) o.rbacGroupNames = ['Tier 1', 'Servers'].slice(0, groups + 1);
  else if (groups === 3) o.rbacGroupNames = 'Tier 1, Servers';
  const alert = int(4);
  if (alert < 2) o.generateAlert = true;
  else if (alert === 2) o.generateAlert = false;
  if (o.action === 'Audit') o.generateAlert = true;
  if (int(6) === 0) {
    o.category = pick(['CommandAndControl', 'Execution', 'Malware', 'InitialAccess', 'CustomThing']);
    o.mitreTechniques = pick([['T1059'], ['T1059.001', 'T1566'], []]);
  } else if (int(10) === 0) {
    o.mitreTechniques = ['T1071.001']; // without a category: a warning only
  }
  if (int(10) === 0) o.application = pick(['Contoso Updater', '']);
  if (int(10) === 0) o.recommendedActions = 'Isolate the device';
  if (int(10) === 0) o.externalId = `ext-${int(1e6)}`;
  if (o.indicatorType === 'Url' && (o.action === 'Block' || o.action === 'Warn') && int(4) === 0) {
    o.educateUrl = pick(['https://intranet.contoso.com/why-blocked', 'http://help.contoso.com:8080/policy?id=3']);
  }
  return o;
}

/** Ways to make an indicator invalid: [kind, (o, t) => void]. Each leaves it invalid whatever it was. */
const BREAKERS = [
  // hashes
  ['hash one digit short', (o, t) => Object.assign(o, { indicatorType: 'FileSha1', indicatorValue: t.hex(39), action: 'Block' })],
  ['hash one digit long', (o, t) => Object.assign(o, { indicatorType: 'FileSha256', indicatorValue: t.hex(65), action: 'Block' })],
  ['hash not hex', (o, t) => Object.assign(o, { indicatorType: 'FileMd5', indicatorValue: `${t.hex(31)}g`, action: 'Block' })],
  ['hash of another type', (o, t) => Object.assign(o, { indicatorType: 'FileMd5', indicatorValue: t.hex(40), action: 'Block' })],
  ['thumbprint as SHA-256', (o, t) => Object.assign(o, { indicatorType: 'CertificateThumbprint', indicatorValue: t.hex(64), action: 'Allowed' })],
  ['hash with spaces', (o, t) => Object.assign(o, { indicatorType: 'FileSha1', indicatorValue: ` ${t.hex(40)}`, action: 'Block' })],
  // required fields, types, enums, keys
  ['missing title', (o) => delete o.title],
  ['missing description', (o) => delete o.description],
  ['missing action', (o) => delete o.action],
  ['missing indicatorValue', (o) => delete o.indicatorValue],
  ['blank title', (o) => { o.title = '   '; }],
  ['empty description', (o) => { o.description = ''; }],
  ['title a number', (o) => { o.title = 42; }],
  ['severity null', (o) => { o.severity = null; }],
  ['action in lower case', (o) => { o.action = o.action.toLowerCase(); }],
  ['unknown action', (o) => { o.action = 'Quarantine'; }],
  ['unknown type', (o) => { o.indicatorType = 'Sha1'; }],
  ['type in lower case', (o) => { o.indicatorType = o.indicatorType.toLowerCase(); }],
  ['unknown severity', (o) => { o.severity = 'Critical'; }],
  ['key in another case', (o) => { o.IndicatorValue = o.indicatorValue; delete o.indicatorValue; }],
  ['misspelt key', (o) => { o.severty = 'High'; }],
  ['undocumented key', (o) => { o.bypassDurationHours = 4; }],
  ['generateAlert as text', (o) => { o.generateAlert = 'true'; }],
  ['rbacGroupNames with a number', (o) => { o.rbacGroupNames = ['Tier 1', 7]; }],
  ['rbacGroupNames with a blank name', (o) => { o.rbacGroupNames = ['Tier 1', ' ']; }],
  ['rbacGroupNames string with an empty name', (o) => { o.rbacGroupNames = 'Tier 1,,Servers'; }],
  ['rbacGroupNames an object', (o) => { o.rbacGroupNames = { name: 'Tier 1' }; }],
  ['application a number', (o) => { o.application = 3; }],
  ['externalId a number', (o) => { o.externalId = 12345; }],
  // IP addresses: non-global ranges and forms
  ...[
    ['IP private 10/8', (t) => `10.${t.int(256)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP private 172.16/12', (t) => `172.${16 + t.int(16)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP private 192.168/16', (t) => `192.168.${t.int(256)}.${1 + t.int(254)}`],
    ['IP loopback', (t) => `127.0.0.${1 + t.int(254)}`],
    ['IP link-local', (t) => `169.254.${t.int(256)}.${1 + t.int(254)}`],
    ['IP CGNAT 100.64/10', (t) => `100.${64 + t.int(64)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP benchmarking 198.18/15', (t) => `198.${18 + t.int(2)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP documentation', (t) => `${t.pick(['192.0.2', '198.51.100', '203.0.113'])}.${1 + t.int(254)}`],
    ['IP IETF 192.0.0/24', (t) => `192.0.0.${1 + t.int(254)}`],
    ['IP this network 0/8', (t) => `0.${t.int(256)}.${t.int(256)}.${t.int(256)}`],
    ['IP multicast', (t) => `${224 + t.int(16)}.${t.int(256)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP reserved 240/4', (t) => `${240 + t.int(15)}.${t.int(256)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP broadcast', () => '255.255.255.255'],
    ['IPv6 loopback', () => '::1'],
    ['IPv6 unspecified', () => '::'],
    ['IPv6 unique local', (t) => `fd${t.int(256).toString(16).padStart(2, '0')}:${t.group()}::${t.group()}`],
    ['IPv6 link-local', (t) => `fe80::${t.group()}:${t.group()}`],
    ['IPv6 site-local', (t) => `fec0::${t.group()}`],
    ['IPv6 documentation', (t) => `2001:db8:${t.group()}::${t.group()}`],
    ['IPv6 documentation 3fff::/20', (t) => `3fff:${t.int(0x1000).toString(16)}::${t.group()}`],
    ['IPv6 multicast', (t) => `ff0${t.int(10)}::${t.group()}`],
    ['IPv6 NAT64 local-use', (t) => `64:ff9b:1::${t.group()}`],
    ['IPv6 discard 100::/64', (t) => `100::${t.group()}`],
    ['IPv4-mapped private', (t) => `::ffff:192.168.${t.int(256)}.${1 + t.int(254)}`],
    ['IP leading zero', (t) => `0${10 + t.int(90)}.${t.int(256)}.${t.int(256)}.${1 + t.int(254)}`],
    ['IP with port', (t) => `${t.ipv4()}:${1 + t.int(65535)}`],
    ['IP range', (t) => `${t.ipv4()}-${t.ipv4()}`],
    ['IP CIDR (2020 only)', (t) => `${t.ipv4().replace(/\d+$/, '0')}/24`],
    ['IP three parts', (t) => t.ipv4().replace(/\.\d+$/, '')],
    ['IP octet over 255', (t) => t.ipv4().replace(/\d+$/, '256')],
    ['IPv6 zone ID', (t) => `fe80::${t.group()}%eth0`],
    ['IPv6 in brackets', (t) => `[${t.ipv6()}]`],
    ['IPv6 two gaps', (t) => `2a00::${t.group()}::1`],
    ['IPv6 nine groups', (t) => `${t.ipv6()}:1`],
  ].map(([kind, value]) => [kind, (o, t) => Object.assign(o, { indicatorType: 'IpAddress', indicatorValue: value(t), action: 'Block' })]),
  // domain names
  ...[
    ['domain wildcard', (t) => `*.${t.domain()}`],
    ['domain single label', (t) => t.label()],
    ['domain trailing dot', (t) => `${t.domain()}.`],
    ['domain leading dot', (t) => `.${t.domain()}`],
    ['domain double dot', (t) => t.domain().replace('.', '..')],
    ['domain underscore', (t) => `_dmarc.${t.domain()}`],
    ['domain label starting with hyphen', (t) => `-${t.domain()}`],
    ['domain label ending with hyphen', (t) => t.domain().replace('.', '-.')],
    ['domain numeric TLD', (t) => `${t.label()}.${t.int(1000)}`],
    ['domain with scheme', (t) => `https://${t.domain()}`],
    ['domain with path', (t) => `${t.domain()}/login`],
    ['domain with port', (t) => `${t.domain()}:443`],
    ['domain is an IP', (t) => t.ipv4()],
    ['domain non-ASCII', (t) => `bücher${t.int(100)}.example`],
    ['domain label of 64', (t) => `${'a'.repeat(64)}.${t.tld()}`],
    ['domain over 253', () => `${'abcdefghi.'.repeat(26)}com`],
    ['domain with a space', (t) => `conto so${t.int(100)}.com`],
  ].map(([kind, value]) => [kind, (o, t) => Object.assign(o, { indicatorType: 'DomainName', indicatorValue: value(t), action: 'Warn' })]),
  // URLs
  ...[
    ['URL backslashes', (t) => `https:\\\\${t.domain()}\\x`],
    ['URL wildcard', (t) => `http://*.${t.domain()}/`],
    ['URL space', (t) => `http://${t.domain()}/a b`],
    ['URL tab', (t) => `http://${t.domain()}/a\tb`],
    ['URL ftp', (t) => `ftp://${t.domain()}/file`],
    ['URL javascript:', () => 'javascript:alert(1)'],
    ['URL user info', (t) => `http://user@${t.domain()}/`],
    ['URL port 0', (t) => `http://${t.domain()}:0/`],
    ['URL port over 65535', (t) => `http://${t.domain()}:99999/`],
    ['URL port not a number', (t) => `http://${t.domain()}:http/`],
    ['URL empty host', () => 'http:///path'],
    ['URL double dot host', (t) => `http://${t.domain().replace('.', '..')}/`],
    ['URL one slash', (t) => `https:/${t.domain()}/x`],
    ['URL non-ASCII host', (t) => `http://bücher${t.int(100)}.example/`],
    ['URL underscore host', (t) => `http://a_b.${t.domain()}/`],
    ['URL unbracketed IPv6', () => 'http://2a00:1450::1/x'],
    ['URL bad IPv6 literal', () => 'http://[2a00::1::2]/x'],
    ['URL unclosed bracket', () => 'http://[2a00::1/x'],
    ['URL numeric TLD host', (t) => `http://${t.label()}.123/`],
  ].map(([kind, value]) => [kind, (o, t) => Object.assign(o, { indicatorType: 'Url', indicatorValue: value(t), action: 'Block' })]),
  // expirationTime
  ...[
    ['date without offset', '2027-06-01T00:00:00'],
    ['date only', '2027-06-01'],
    ['date Feb 29 in a common year', '2027-02-29T00:00:00Z'],
    ['date Feb 30', '2028-02-30T00:00:00Z'],
    ['date April 31', '2027-04-31T12:00:00Z'],
    ['date month 13', '2027-13-01T00:00:00Z'],
    ['date hour 24', '2027-06-01T24:00:00Z'],
    ['date leap second', '2027-06-30T23:59:60Z'],
    ['date space for T', '2027-06-01 00:00:00Z'],
    ['date offset without colon', '2027-06-01T00:00:00+0100'],
    ['date offset hour 24', '2027-06-01T00:00:00+24:00'],
    ['date without seconds', '2027-06-01T00:00Z'],
    ['date fraction without digits', '2027-06-01T00:00:00.Z'],
    ['date as words', 'next Tuesday'],
    ['date US form', '06/01/2027'],
    ['date epoch number', 1811808000],
  ].map(([kind, value]) => [kind, (o) => { o.expirationTime = value; }]),
  // category, techniques
  ['category in lower case', (o) => { o.category = 'commandAndControl'; }],
  ['category with a space', (o) => { o.category = 'Command And Control'; }],
  ['technique too short', (o) => { o.category = 'Execution'; o.mitreTechniques = ['T159']; }],
  ['sub-technique of one digit', (o) => { o.category = 'Execution'; o.mitreTechniques = ['T1059.1']; }],
  ['tactic for technique', (o) => { o.category = 'Execution'; o.mitreTechniques = ['TA0002']; }],
  ['techniques as a string', (o) => { o.category = 'Execution'; o.mitreTechniques = 'T1059'; }],
  // cross-field rules
  ['Audit without generateAlert', (o) => { Object.assign(o, { indicatorType: 'FileSha1', indicatorValue: 'a'.repeat(40), action: 'Audit' }); delete o.generateAlert; }],
  ['Audit with generateAlert false', (o) => { o.action = 'Audit'; o.generateAlert = false; }],
  ['educateUrl on a domain', (o, t) => Object.assign(o, { indicatorType: 'DomainName', indicatorValue: t.domain(), action: 'Block', educateUrl: 'https://help.contoso.com/' })],
  ['educateUrl with Allowed', (o, t) => Object.assign(o, { indicatorType: 'Url', indicatorValue: `http://${t.domain()}/`, action: 'Allowed', educateUrl: 'https://help.contoso.com/' })],
  ['educateUrl with Alert', (o, t) => Object.assign(o, { indicatorType: 'Url', indicatorValue: `http://${t.domain()}/`, action: 'Alert', educateUrl: 'https://help.contoso.com/' })],
  ['educateUrl without scheme', (o, t) => Object.assign(o, { indicatorType: 'Url', indicatorValue: `http://${t.domain()}/`, action: 'Block', educateUrl: 'help.contoso.com/why' })],
  ['educateUrl ftp', (o, t) => Object.assign(o, { indicatorType: 'Url', indicatorValue: `http://${t.domain()}/`, action: 'Warn', educateUrl: 'ftp://help.contoso.com/' })],
  ['BlockAndRemediate on an IP', (o, t) => Object.assign(o, { indicatorType: 'IpAddress', indicatorValue: t.ipv4(), action: 'BlockAndRemediate' })],
  ['BlockAndRemediate on a URL', (o, t) => Object.assign(o, { indicatorType: 'Url', indicatorValue: `http://${t.domain()}/`, action: 'BlockAndRemediate' })],
  ['Block on a certificate', (o, t) => Object.assign(o, { indicatorType: 'CertificateThumbprint', indicatorValue: t.hex(40), action: t.pick(['Block', 'Warn']) })],
  ['Audit on a certificate', (o, t) => Object.assign(o, { indicatorType: 'CertificateThumbprint', indicatorValue: t.hex(40), action: 'Audit', generateAlert: true })],
  ['legacy Alert on a certificate', (o, t) => Object.assign(o, { indicatorType: 'CertificateThumbprint', indicatorValue: t.hex(40), action: 'Alert' })],
];

export const BREAKER_KINDS = BREAKERS.map(([kind]) => kind);

/**
 * `count` indicators from `seed`, with `kinds[i]`: `valid: <variant>` or the breaker's name;
 * `invalidShare` of them broken (default 20 %).
 */
export function generate(count, seed = 42, invalidShare = 0.2) {
  const next = rng(seed);
  const t = tools(next);
  const makers = validMakers(t);
  const items = new Array(count);
  const kinds = new Array(count);
  for (let i = 0; i < count; i++) {
    const [kind, make] = t.pick(makers);
    const o = decorate(make(), i, t);
    if (next() < invalidShare) {
      const [breakKind, breaker] = t.pick(BREAKERS);
      breaker(o, t);
      kinds[i] = breakKind;
    } else {
      kinds[i] = `valid: ${kind}`;
    }
    items[i] = o;
  }
  return { items, kinds };
}

/** The items of `generate` alone (used by cli-memory.mjs). */
export function indicators(count, seed = 42) {
  return generate(count, seed).items;
}
