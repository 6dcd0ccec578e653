// Compiled with `tsc --noEmit` by npm test: the client's declarations describe real usage.
import { ClientError, createClient, virtualClock } from 'mde-indicator/client';
import type { ClientIssue, SubmitReport, SyncReport } from 'mde-indicator/client';

async function main(): Promise<void> {
  const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }) };
  const client = createClient({ credential, cloud: 'public', region: 'eu', limits: { import: { perMinute: 10 } }, clock: virtualClock() });
  const scope: string = client.endpoint.scope;
  void scope;
  const controller = new AbortController();
  const report: SubmitReport = await client.submit([{ indicatorValue: 'x' }], {
    mode: 'single', signal: controller.signal, onProgress: (p) => void p.succeeded,
  });
  for (const item of report.items) {
    if (item.status === 'failed') {
      for (const issue of item.errors) {
        if (issue.code === 'import_item_failed') {
          const reason: string = issue.params.reason;
          void reason;
        }
      }
    }
  }
  for (const issue of report.errors) {
    if (issue.code === 'permission_denied') {
      const permissions: string[] = issue.params.permissions;
      void permissions;
    }
  }
  const seconds: number | undefined = (await client.submit('[]', { dryRun: true })).dryRun?.seconds;
  void seconds;
  const listed = await client.list({ filter: { indicatorType: 'Url' }, top: 10 });
  const id: string | undefined = listed[0]?.id;
  void id;
  const deleted = await createClient({ token: async () => 'bearer' }).delete(['1', 2]);
  const gone: number = deleted.summary.deleted + deleted.summary.missing;
  void gone;
  const synced: SyncReport = await client.sync('a.ndjson', { owner: 'feodo', dryRun: true });
  const added: number = synced.summary.added;
  void added;
  try {
    await client.list();
  } catch (error) {
    if (error instanceof ClientError) {
      const issue: ClientIssue = error.issue;
      void issue;
    }
  }
}
void main;
