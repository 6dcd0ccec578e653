// Seeded, reproducible indicators of all seven types, about 20% invalid in varied ways.
export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const hexOf = (next, n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');

export function indicators(count, seed = 42) {
  const next = rng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const makers = [
    () => ({ indicatorType: 'FileSha1', indicatorValue: hexOf(next, 40), action: pick(['Block', 'Audit', 'Allowed', 'Warn']) }),
    () => ({ indicatorType: 'FileSha256', indicatorValue: hexOf(next, 64), action: pick(['BlockAndRemediate', 'Allowed']) }),
    () => ({ indicatorType: 'FileMd5', indicatorValue: hexOf(next, 32), action: 'Block' }),
    () => ({ indicatorType: 'CertificateThumbprint', indicatorValue: hexOf(next, 40), action: 'Allowed' }),
    () => ({ indicatorType: 'IpAddress', indicatorValue: `${20 + Math.floor(next() * 180)}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}.${1 + Math.floor(next() * 254)}`, action: 'Block' }),
    () => ({ indicatorType: 'DomainName', indicatorValue: `host${Math.floor(next() * 1e6)}.contoso.com`, action: 'Warn' }),
    () => ({ indicatorType: 'Url', indicatorValue: `http://site${Math.floor(next() * 1e6)}.contoso.com/path/${Math.floor(next() * 1e3)}`, action: 'Block' }),
  ];
  const breakers = [
    (o) => { o.indicatorValue = o.indicatorValue.slice(1); o.indicatorType = 'FileSha1'; },
    (o) => { o.action = 'block'; },
    (o) => { delete o.title; },
    (o) => { o.severity = 'Critical'; },
    (o) => { o.IndicatorValue = o.indicatorValue; },
    (o) => { o.indicatorType = 'IpAddress'; o.indicatorValue = '10.1.2.3'; },
    (o) => { o.action = 'Audit'; delete o.generateAlert; },
    (o) => { o.indicatorType = 'DomainName'; o.indicatorValue = '*.contoso.com'; },
    (o) => { o.rbacGroupNames = ['ok', 7]; },
  ];
  return Array.from({ length: count }, (_, i) => {
    const o = {
      ...pick(makers)(),
      title: `Indicator ${i}`,
      description: 'Seen in a phishing campaign',
      severity: pick(['Informational', 'Low', 'Medium', 'High']),
      expirationTime: '2027-06-01T00:00:00Z',
      rbacGroupNames: ['Tier 1', 'Servers'],
      generateAlert: true,
    };
    if (next() < 0.2) pick(breakers)(o);
    return o;
  });
}
