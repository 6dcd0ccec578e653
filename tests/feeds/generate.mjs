// Realistic feeds for tests and the memory benchmark, generated deterministically from a seed:
// a STIX 2.1 bundle as a TAXII server or a vendor exports one (indicators of every mapped kind,
// their observables, relationships and context objects, and the forms that cannot map), and a
// MISP event as MISP exports one (attributes at the event level and in file objects, galaxy
// tags). Each comes with what a correct mapping must find, counted while generating.
//
//   node tests/feeds/generate.mjs stix 110000 > big.json     (or misp)

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const hex = (digits) => Array.from({ length: digits }, () => '0123456789abcdef'[int(16)]).join('');
  /** One of `weights`' keys, each as likely as its weight. */
  const weighted = (weights) => {
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    let at = next() * total;
    for (const [key, weight] of Object.entries(weights)) {
      at -= weight;
      if (at < 0) return key;
    }
    return Object.keys(weights)[0];
  };
  return { next, int, pick, hex, weighted };
}

const WORDS = ['update', 'cdn', 'secure', 'login', 'portal', 'mail', 'static', 'sync', 'cloud', 'docs', 'pay', 'track'];
const TLDS = ['com', 'net', 'org', 'info', 'top', 'xyz', 'io'];
/** First octets of ordinary unicast space (none of them private, reserved or documentation). */
const OCTETS = [23, 31, 45, 62, 77, 91, 104, 141, 176, 185, 193, 212];
const TECHNIQUES = ['T1566.001', 'T1566.002', 'T1071.001', 'T1105', 'T1204.002', 'T1059.001', 'T1027', 'T1547.001'];
const PHASES = ['initial-access', 'execution', 'persistence', 'command-and-control', 'exfiltration', 'defense-evasion'];

function values(r) {
  const domain = () => `${r.pick(WORDS)}-${r.pick(WORDS)}${r.int(10000)}.${r.pick(TLDS)}`;
  return {
    domain,
    ipv4: () => `${r.pick(OCTETS)}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`,
    ipv6: () => `2a01:4f8:${r.hex(4)}:${r.hex(4)}::${r.hex(3)}`,
    url: () => `${r.pick(['http', 'https'])}://${domain()}/${r.pick(WORDS)}/${r.hex(8)}.php`,
    uuid: () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`,
    time: (year) => `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}T${String(r.int(24)).padStart(2, '0')}:00:00Z`,
  };
}

const count = (map, key, n = 1) => {
  map[key] = (map[key] ?? 0) + n;
};

/** The objects of a bundle, one JSON text each, and the counts a correct mapping gives. */
export function* stixObjects({ entries, seed = 1 }, expected) {
  const r = random(seed);
  const v = values(r);
  const identity = `identity--${v.uuid()}`;
  const malware = `malware--${v.uuid()}`;
  const base = (type) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${v.uuid()}`,
    created: '2026-01-05T10:00:00.000Z',
    modified: '2026-01-05T10:00:00.000Z',
  });
  yield JSON.stringify({ ...base('identity'), id: identity, name: 'Example Threat Research', identity_class: 'organization' });
  yield JSON.stringify({ ...base('malware'), id: malware, name: 'ExampleLoader', is_family: true, malware_types: ['trojan'] });
  count(expected.ignoredByType, 'identity');
  count(expected.ignoredByType, 'malware');
  for (let i = 2; i < entries; i++) {
    const kind = r.weighted({
      sha256: 20, md5: 8, sha1: 5, ipv4: 14, ipv4Block: 2, ipv6: 3, domain: 14, url: 12, hashes: 5, ors: 4, traffic: 3,
      certificate: 1, like: 1, yara: 1, revoked: 1, expired: 1, email: 1, within: 1, observable: 3, relationship: 10,
    });
    if (kind === 'relationship') {
      count(expected.ignoredByType, 'relationship');
      yield JSON.stringify({ ...base('relationship'), relationship_type: 'indicates', source_ref: `indicator--${v.uuid()}`, target_ref: malware });
      continue;
    }
    if (kind === 'observable') {
      count(expected.skippedByCode, 'stix_observable');
      yield JSON.stringify({ type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${v.uuid()}`, value: v.ipv4() });
      continue;
    }
    const object = { ...base('indicator'), created_by_ref: identity, pattern_type: 'stix', valid_from: '2026-01-05T10:00:00Z' };
    const mapped = (type, n = 1) => count(expected.indicatorsByType, type, n);
    let pattern;
    switch (kind) {
      case 'sha256': pattern = `[file:hashes.'SHA-256' = '${r.hex(64)}']`; mapped('FileSha256'); break;
      case 'md5': pattern = `[file:hashes.MD5 = '${r.hex(32)}']`; mapped('FileMd5'); break;
      case 'sha1': pattern = `[file:hashes.'SHA-1' = '${r.hex(40)}']`; mapped('FileSha1'); break;
      case 'ipv4': pattern = `[ipv4-addr:value = '${v.ipv4()}']`; mapped('IpAddress'); break;
      case 'ipv4Block': pattern = `[ipv4-addr:value = '${v.ipv4()}/32']`; mapped('IpAddress'); break;
      case 'ipv6': pattern = `[ipv6-addr:value = '${v.ipv6()}']`; mapped('IpAddress'); break;
      case 'domain': pattern = `[domain-name:value = '${v.domain()}']`; mapped('DomainName'); break;
      case 'url': pattern = `[url:value = '${v.url()}']`; mapped('Url'); break;
      case 'hashes':
        pattern = `[file:hashes.MD5 = '${r.hex(32)}' AND file:hashes.'SHA-256' = '${r.hex(64)}']`;
        mapped('FileMd5');
        mapped('FileSha256');
        break;
      case 'ors':
        pattern = `[ipv4-addr:value = '${v.ipv4()}' OR ipv4-addr:value = '${v.ipv4()}'] OR [domain-name:value = '${v.domain()}']`;
        mapped('IpAddress', 2);
        mapped('DomainName');
        break;
      case 'traffic':
        pattern = `[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '${v.ipv4()}']`;
        mapped('IpAddress');
        break;
      case 'certificate':
        // No action in `current` alerts on a certificate without blocking: invalid until given one.
        pattern = `[x509-certificate:hashes.'SHA-1' = '${r.hex(40)}']`;
        mapped('CertificateThumbprint');
        expected.invalid++;
        break;
      case 'like': pattern = `[domain-name:value LIKE '%.${r.pick(WORDS)}.${r.pick(TLDS)}']`; count(expected.skippedByCode, 'stix_pattern_match'); break;
      case 'yara':
        object.pattern_type = 'yara';
        pattern = `rule r${i} { strings: $a = "${r.hex(16)}" condition: $a }`;
        count(expected.skippedByCode, 'stix_pattern_type');
        break;
      case 'revoked': object.revoked = true; pattern = `[domain-name:value = '${v.domain()}']`; count(expected.skippedByCode, 'stix_revoked'); break;
      case 'expired': object.valid_until = v.time(2025); pattern = `[url:value = '${v.url()}']`; count(expected.skippedByCode, 'stix_expired'); break;
      case 'email': pattern = `[email-addr:value = 'ops${r.int(1000)}@${v.domain()}']`; count(expected.skippedByCode, 'stix_object_path'); break;
      default:
        pattern = `[domain-name:value = '${v.domain()}'] REPEATS 3 TIMES WITHIN 600 SECONDS`;
        count(expected.skippedByCode, 'stix_qualifier');
    }
    object.pattern = pattern;
    if (r.next() < 0.8) object.name = `${r.pick(['Loader', 'Panel', 'Beacon', 'Dropper', 'Phishing kit'])} ${r.hex(4)}`;
    if (r.next() < 0.5) object.description = `Observed in campaign ${r.int(90)} by the research team.`;
    if (object.valid_until === undefined && r.next() < 0.7) object.valid_until = v.time(2027);
    if (r.next() < 0.3) {
      object.external_references = [{ source_name: 'mitre-attack', external_id: r.pick(TECHNIQUES), url: 'https://attack.mitre.org/' }];
      object.kill_chain_phases = [{ kill_chain_name: 'mitre-attack', phase_name: r.pick(PHASES) }];
    }
    object.confidence = 50 + r.int(50);
    object.indicator_types = ['malicious-activity'];
    yield JSON.stringify(object);
  }
}

const emptyExpected = (entries) => ({ entries, indicatorsByType: {}, skippedByCode: {}, ignoredByType: {}, invalid: 0 });

/** A bundle of `entries` objects as one JSON text, and what mapping it must give. */
export function stixBundle({ entries, seed = 1 }) {
  const expected = emptyExpected(entries);
  const objects = [...stixObjects({ entries, seed }, expected)];
  const text = `{"type":"bundle","id":"bundle--${values(random(seed + 1)).uuid()}","objects":[\n${objects.join(',\n')}\n]}\n`;
  return { text, expected };
}

/** One MISP event of `entries` attributes (about a third of them in file objects). */
export function mispEvent({ entries, seed = 1 }) {
  const r = random(seed);
  const v = values(r);
  const expected = emptyExpected(entries);
  const mapped = (type, n = 1) => count(expected.indicatorsByType, type, n);
  const attribute = (type, value, category = 'Network activity') => {
    const a = { id: String(1000 + r.int(100000)), type, category, to_ids: true, uuid: v.uuid(), event_id: '42', distribution: '5', timestamp: '1767607200', comment: '', deleted: false, disable_correlation: false, value };
    if (r.next() < 0.2) a.comment = `seen ${r.int(30)} times`;
    return a;
  };
  const eventLevel = [];
  const objects = [];
  let made = 0;
  while (made < entries) {
    if (entries - made >= 3 && r.next() < 0.1) {
      // A file object: its name (not an indicator type), its SHA-256 and its MD5.
      objects.push({
        id: String(r.int(10000)), name: 'file', 'meta-category': 'file', uuid: v.uuid(), deleted: false, comment: 'attachment',
        Attribute: [attribute('filename', `invoice_${r.hex(4)}.pdf.exe`, 'Payload delivery'), attribute('sha256', r.hex(64), 'Payload delivery'), attribute('md5', r.hex(32), 'Payload delivery')],
      });
      count(expected.skippedByCode, 'misp_type');
      mapped('FileSha256');
      mapped('FileMd5');
      made += 3;
      continue;
    }
    const kind = r.weighted({
      'ip-dst': 18, 'ip-src': 5, 'ip-dst|port': 5, domain: 15, hostname: 5, 'domain|ip': 4, url: 12, md5: 6, sha1: 4, sha256: 10,
      'filename|sha256': 4, 'x509-fingerprint-sha1': 1, link: 2, comment: 3, 'email-src': 2, quiet: 3, deleted: 1,
    });
    made++;
    const add = (a) => eventLevel.push(a);
    switch (kind) {
      case 'ip-dst': case 'ip-src': add(attribute(kind, v.ipv4())); mapped('IpAddress'); break;
      case 'ip-dst|port': add(attribute(kind, `${v.ipv4()}|${r.pick([80, 443, 8080, 4444])}`)); mapped('IpAddress'); break;
      case 'domain': case 'hostname': add(attribute(kind, v.domain())); mapped('DomainName'); break;
      case 'domain|ip': add(attribute(kind, `${v.domain()}|${v.ipv4()}`)); mapped('DomainName'); mapped('IpAddress'); break;
      case 'url': add(attribute(kind, v.url())); mapped('Url'); break;
      case 'md5': add(attribute(kind, r.hex(32), 'Payload delivery')); mapped('FileMd5'); break;
      case 'sha1': add(attribute(kind, r.hex(40), 'Payload delivery')); mapped('FileSha1'); break;
      case 'sha256': add(attribute(kind, r.hex(64), 'Payload delivery')); mapped('FileSha256'); break;
      case 'filename|sha256': add(attribute(kind, `setup_${r.hex(4)}.exe|${r.hex(64)}`, 'Payload delivery')); mapped('FileSha256'); break;
      case 'x509-fingerprint-sha1':
        add(attribute(kind, r.hex(40)));
        mapped('CertificateThumbprint');
        expected.invalid++;
        break;
      case 'link': add(attribute(kind, `https://blog.example.org/${r.hex(6)}`, 'External analysis')); count(expected.skippedByCode, 'misp_link'); break;
      case 'comment': add(attribute(kind, 'Delivered by the second wave', 'Other')); count(expected.skippedByCode, 'misp_type'); break;
      case 'email-src': add(attribute(kind, `ops@${v.domain()}`, 'Payload delivery')); count(expected.skippedByCode, 'misp_type'); break;
      case 'quiet': add({ ...attribute('ip-dst', v.ipv4()), to_ids: false }); count(expected.skippedByCode, 'misp_not_to_ids'); break;
      default: add({ ...attribute('domain', v.domain()), deleted: true }); count(expected.skippedByCode, 'misp_deleted');
    }
  }
  const tag = `misp-galaxy:mitre-attack-pattern="Spearphishing Attachment - T1566.001"`;
  const event = {
    Event: {
      id: '42', orgc_id: '2', org_id: '2', date: '2026-01-05', threat_level_id: '2', info: 'Example loader campaign, January wave',
      published: true, uuid: v.uuid(), attribute_count: String(entries), analysis: '2', timestamp: '1767607200', distribution: '3',
      Org: { id: '2', name: 'Example CERT', uuid: v.uuid() }, Orgc: { id: '2', name: 'Example CERT', uuid: v.uuid() },
      Attribute: eventLevel, Object: objects,
      Tag: [{ id: '3', name: 'tlp:green', colour: '#33FF00', exportable: true }, { id: '9', name: tag, colour: '#0088cc', exportable: true }],
    },
  };
  return { text: JSON.stringify(event), expected };
}

// As a script: print a feed, for the CLI benchmark or to look at one.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [format = 'stix', entries = '3000'] = process.argv.slice(2);
  if (format === 'misp') {
    process.stdout.write(mispEvent({ entries: Number(entries) }).text);
  } else {
    const expected = emptyExpected(Number(entries));
    process.stdout.write('{"type":"bundle","id":"bundle--00000000-0000-4000-a000-000000000000","objects":[\n');
    let first = true;
    for (const object of stixObjects({ entries: Number(entries) }, expected)) {
      process.stdout.write(`${first ? '' : ',\n'}${object}`);
      first = false;
    }
    process.stdout.write('\n]}\n');
  }
}
