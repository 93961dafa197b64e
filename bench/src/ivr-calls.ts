// Issue 3 benchmark: Zoom calls per IVR change, counted from the simulator's
// request log while the BFF applies it (PUT /api/auto-receptionists/:id/ivr).
// Each change is reviewed first (POST …/ivr/plan), as the editor does, so the
// directory lookups behind plan sentences and target checks are cached (30 s)
// and the apply itself is measured; a cold-cache row shows what they add.
import type { IvrApplyResponse, IvrPlanResponse, IvrResponse } from '@switchboard/contract/ivr';
import type { DirectoryList } from '@switchboard/contract/directory';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import { machine } from './stats';
import { clearSimLog, ivrCalls, otherCalls, simLog, startBff, type BenchBff } from './ivr-support';

/** terraform-provider-zoom writes an IVR as 1 PATCH plus one per key (12), whatever changed. */
const TERRAFORM_PATCHES = 13;

interface Row {
  change: string;
  reviewGets: number;
  reviewOther: number;
  patches: number;
  gets: number;
  other: number;
  outcome: string;
}

async function measure(bff: BenchBff, arId: string, change: string, edit: (m: Menu) => Menu, opts: { review: boolean }): Promise<Row> {
  const loaded = await bff.api<IvrResponse>('GET', `/api/auto-receptionists/${arId}/ivr?hours=business`);
  const body = { hours: 'business', baseVersion: loaded.body.version, menu: edit(structuredClone(loaded.body.menu)) };
  let reviewGets = 0;
  let reviewOther = 0;
  if (opts.review) {
    await clearSimLog(bff.sim);
    const plan = await bff.api<IvrPlanResponse>('POST', `/api/auto-receptionists/${arId}/ivr/plan`, body);
    if (plan.status !== 200) throw new Error(`plan failed: ${JSON.stringify(plan.body)}`);
    const reviewLog = await simLog(bff.sim);
    reviewGets = ivrCalls(reviewLog, 'GET');
    reviewOther = otherCalls(reviewLog);
  } else {
    bff.app.directory.clear();
  }
  await clearSimLog(bff.sim);
  const res = await bff.api<IvrApplyResponse>('PUT', `/api/auto-receptionists/${arId}/ivr`, body);
  const log = await simLog(bff.sim);
  return { change, reviewGets, reviewOther, patches: ivrCalls(log, 'PATCH'), gets: ivrCalls(log, 'GET'), other: otherCalls(log), outcome: res.body.outcome };
}

/** The section title in RESULTS.md (for run.ts). */
export const title = 'Zoom calls per IVR change';

export async function run(): Promise<string> {
  const bff = await startBff();
  try {
    const ars = (await bff.api<{ items: { id: string; name: string }[] }>('GET', '/api/auto-receptionists')).body.items;
    const users = (await bff.api<DirectoryList>('GET', '/api/directory?type=user')).body.items;
    const arOf = (name: string) => ars.find((a) => a.name.includes(name))!.id;
    const user = (i: number) => ({ action: 2, target: { extensionId: users[i]!.extensionId! }, voicemailGreetingId: null });

    const rows: Row[] = [];
    rows.push(await measure(bff, arOf('San Francisco'), 'one key (key 1 → a user)', (m) => ({ ...m, keys: { ...m.keys, '1': user(5) } }), { review: true }));
    rows.push(
      await measure(
        bff,
        arOf('London'),
        'all 12 keys rewritten',
        (m) => {
          const keys = { ...m.keys };
          IVR_KEYS.forEach((k, i) => {
            if (k === '*') keys[k] = { action: m.keys[k].action === 22 ? 23 : 22, target: null };
            else if (k === '#') keys[k] = { action: m.keys[k].action === 23 ? 22 : 23, target: null };
            else keys[k] = user(20 + i); // users nobody's menu points at yet
          });
          return { ...m, keys };
        },
        { review: true },
      ),
    );
    rows.push(await measure(bff, arOf('Sydney'), 'nothing changed', (m) => m, { review: true }));
    rows.push(await measure(bff, arOf('Support'), 'one key, cold directory cache', (m) => ({ ...m, keys: { ...m.keys, '3': user(7) } }), { review: false }));

    const lines = [
      `Zoom calls per IVR change made through \`PUT /api/auto-receptionists/:id/ivr\`, counted in the simulator's`,
      `request log. Each change is reviewed first (\`POST …/ivr/plan\`, like the editor's "Review changes"),`,
      `which also warms the 30-second directory cache used for target checks and sentences.`,
      `Machine: ${machine()}. Run ${new Date().toISOString()}.`,
      '',
      '| change | review: GET …/ivr | review: other | **apply: PATCH …/ivr** | **apply: GET …/ivr** | apply: other | outcome | terraform-provider-zoom PATCHes |',
      '|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r.change} | ${r.reviewGets} | ${r.reviewOther} | **${r.patches}** | **${r.gets}** | ${r.other} | ${r.outcome} | ${TERRAFORM_PATCHES} |`,
      ),
      '',
      'One GET before (current menu, for the conflict check and the plan) and one after (read back to',
      'verify); one PATCH per changed key, plus one for greeting prompt / no-action only when they',
      'changed; nothing at all is written when nothing changed. "Other" calls are directory lists, cached',
      '30 s and shared by every edit: the auto receptionist list (its name goes in the audit entry) and',
      'one list per target kind the change uses (to check the target exists and name it in sentences).',
      'The review loads them, so the apply after a review is exactly the IVR calls; the cold-cache row',
      'applies without a review. terraform-provider-zoom sends 1 + 12 PATCHes for any change.',
    ];
    return lines.join('\n');
  } finally {
    await bff.close();
  }
}
