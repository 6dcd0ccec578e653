// What `sync` does to make the tenant's indicators of one owner equal to a list.
//
// Ownership: an indicator belongs to owner `feodo` when its externalId starts with `feodo:`.
// sync writes every item's externalId in that form (see `owned`), so what it adds it can find
// again, and it never changes or deletes an indicator whose externalId lacks the prefix.
// Indicators are matched by type and value, as the service matches them when it upserts.

import { issues } from './issues.mjs';

/** An owner name: letters, digits, `.`, `_`, `-`; no `:`, so that no owner's prefix starts another's. */
const OWNER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function ownerPrefix(owner) {
  if (typeof owner !== 'string' || !OWNER.test(owner)) {
    throw new TypeError(`owner must be 1 to 64 letters, digits, ".", "_" or "-" (starting with a letter or digit), not ${JSON.stringify(owner)}`);
  }
  return `${owner}:`;
}

/** The item's externalId with the owner's prefix: kept when it has it, prefixed when not, the bare prefix when absent. */
export const owned = (externalId, prefix) => (typeof externalId === 'string' && externalId.startsWith(prefix) ? externalId : `${prefix}${externalId ?? ''}`);

const keyOf = (type, value) => `${type}\n${value}`;

/**
 * The tenant's indicators by type and canonical value: each value goes through the same
 * validator as the items, so `ABC…` in the tenant meets `abc…` in the list.
 */
function tenantByKey(api, tenant, profile) {
  const probes = tenant.map((entity) => ({
    indicatorValue: entity?.indicatorValue, indicatorType: entity?.indicatorType, action: 'Allowed', title: 'sync', description: 'sync',
  }));
  const report = api.validateBatch(probes, { profile, includePayloads: true });
  const keys = tenant.map((entity, i) => keyOf(entity?.indicatorType, report.items[i]?.payload?.indicatorValue ?? entity?.indicatorValue));
  const byKey = new Map();
  keys.forEach((key, i) => {
    if (!byKey.has(key)) byKey.set(key, tenant[i]);
  });
  return { byKey, keys };
}

const isMine = (entity, prefix) => typeof entity?.externalId === 'string' && entity.externalId.startsWith(prefix);

/** An instant from RFC 3339 text with any number of fraction digits (the service writes 7). */
function instant(text) {
  const m = typeof text === 'string' ? /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/i.exec(text) : null;
  return m ? Date.parse(`${m[1]}.${(m[2] ?? '').padEnd(3, '0').slice(0, 3)}${m[3]}`) : NaN;
}

const sortedJson = (list) => JSON.stringify([...(Array.isArray(list) ? list : [])].sort());

/** Whether the tenant's indicator differs from the payload in a field the payload sets. */
function differs(payload, entity) {
  for (const [field, wanted] of Object.entries(payload)) {
    const have = entity[field];
    switch (field) {
      case 'indicatorValue': // matched already, perhaps in another case
      case 'application': // the service never updates it, so a difference cannot be synced away
        continue;
      case 'expirationTime':
        if (instant(wanted) !== instant(have)) return true;
        continue;
      case 'rbacGroupNames':
      case 'mitreTechniques':
        if (sortedJson(wanted) !== sortedJson(have)) return true;
        continue;
      case 'generateAlert':
        if (wanted !== (have ?? false)) return true;
        continue;
      default:
        if (JSON.stringify(wanted) !== JSON.stringify(have)) return true;
    }
  }
  return false;
}

/**
 * Marks each pending record with an action (`add`, `update`, or `none` when the tenant
 * already has it as it is: status `unchanged`), refuses those that would overwrite another
 * owner's indicator, and lists the owner's indicators to delete. Nothing is deleted when an
 * item is invalid: it may stand for an indicator that must stay.
 */
export function planSync(api, { records, tenant, prefix, owner, profile }) {
  const { byKey, keys } = tenantByKey(api, tenant, profile);
  const wanted = new Set();
  for (const record of records) {
    if (record.status !== 'pending') continue;
    const { payload } = record;
    payload.externalId = owned(payload.externalId, prefix);
    const key = keyOf(payload.indicatorType, payload.indicatorValue);
    wanted.add(key);
    const entity = byKey.get(key);
    if (!entity) {
      record.action = 'add';
    } else if (!isMine(entity, prefix)) {
      Object.assign(record, { status: 'notSent', action: null, errors: [issues.notOwned(owner, entity, `/${record.index}`)] });
    } else if (differs(payload, entity)) {
      Object.assign(record, { action: 'update', id: entity.id });
    } else {
      Object.assign(record, { status: 'unchanged', action: 'none', id: entity.id });
    }
  }
  const invalid = records.filter((r) => r.status === 'invalid').length;
  if (invalid > 0) return { deletions: [], deletionsSkipped: invalid };
  const deletions = [];
  tenant.forEach((entity, i) => {
    if (isMine(entity, prefix) && !wanted.has(keys[i]) && entity.id !== undefined && entity.id !== null) {
      deletions.push({
        id: String(entity.id), status: 'pending', errors: [],
        indicator: { indicatorType: entity.indicatorType, indicatorValue: entity.indicatorValue, externalId: entity.externalId },
      });
    }
  });
  return { deletions, deletionsSkipped: 0 };
}
