// Seeded Contact Center queues and flows, and what they use: the business
// hours and closure sets (hours.ts), voicemail inboxes, a web chat entry
// point and, for the voice flows, the account's voice entry points (the
// ones Phone IVRs forward to).
import type { CcFlowRecord, CcOverflow, CcQueueRecord, ContactCenterState } from '../../state/contact-center';
import type { AccountState } from '../../state/records';
import type { Prng } from '../prng';

const NO_OVERFLOW: CcOverflow = { enabled: true, defaultGoodbye: false, goodbyeAssetId: null, queueId: null, flowId: null, inboxId: null };

/** Queues and flows; needs the sets and the assets seeded first. */
export function seedRouting(prng: Prng, state: AccountState, cc: ContactCenterState, stamp: () => { modifiedBy: string; lastModified: string }) {
  const [standard, sydney, allDay] = cc.businessHours;
  const [us, au] = cc.closureSets;
  const asset = (name: string) => cc.assets.find((a) => a.name === name)?.id ?? null;
  if (!standard || !sydney || !allDay || !us || !au) throw new Error('seed: contact center sets missing');

  cc.inboxes = [
    { id: prng.id(), name: 'Main Voicemail' },
    { id: prng.id(), name: 'APAC Voicemail' },
  ];
  const queue = (name: string, channel: 'voice' | 'messaging', hours: string | null, closures: string | null | 'none', overflow: Partial<CcOverflow>): CcQueueRecord => ({
    queueId: prng.id(),
    ccQueueId: prng.id(),
    name,
    description: `${name} queue`,
    channel,
    channelTypes: channel === 'voice' ? ['voice'] : ['chat'],
    agentsCount: prng.int(3, 12),
    supervisorsCount: prng.int(1, 2),
    maxWaitTime: channel === 'voice' ? 600 : 1800,
    wrapUpTime: 60,
    businessHours: hours === null ? { followDefault: true, id: null } : { followDefault: false, id: hours },
    closureSet: closures === null ? { followDefault: true, id: null } : { followDefault: false, id: closures === 'none' ? null : closures },
    overflow: { ...NO_OVERFLOW, ...overflow },
    ...stamp(),
  });
  const billing = queue('Billing Support', 'voice', null, null, { goodbyeAssetId: asset('Closed goodbye') });
  const technical = queue('Technical Support', 'voice', allDay.id, 'none', {});
  const sales = queue('Sales Inquiries', 'voice', standard.id, us.id, { queueId: billing.queueId });
  const apac = queue('APAC Support', 'voice', sydney.id, au.id, { inboxId: cc.inboxes[1]?.id ?? null });
  const chat = queue('Web Chat', 'messaging', null, null, { defaultGoodbye: true });
  cc.queues = [billing, technical, sales, apac, chat];

  cc.messagingEntryPoints = [{ entryId: prng.id(), name: 'Website Chat', channelSource: 'web_chat', language: 'en-US' }];
  const [care, apacCare] = state.contactCenterEntryPoints;
  if (!care || !apacCare) throw new Error('seed: voice entry points missing');

  const flow = (name: string, description: string, plan: Pick<CcFlowRecord, 'channel' | 'entryPointIds' | 'businessHourIds' | 'closureSetIds' | 'queueIds' | 'greetingAssetId'> & { channelSource?: 'web_chat' }): CcFlowRecord => {
    const edits = [stamp(), stamp()];
    return {
      id: prng.id(),
      name,
      description,
      status: 'published',
      ...plan,
      versions: edits.map((e, i) => ({ id: prng.id(), version: i + 1, description: `Version ${i + 1}`, status: i === 0 ? 'archived' : 'published', ...e })),
      ...(edits[1] as { modifiedBy: string; lastModified: string }),
    };
  };
  cc.flows = [
    flow('Customer Care', 'Main voice flow: greeting, hours check, menu to billing, technical support and sales.', {
      channel: 'voice',
      entryPointIds: [care.entryId],
      businessHourIds: [standard.id],
      closureSetIds: [us.id],
      queueIds: [billing.queueId, technical.queueId, sales.queueId],
      greetingAssetId: asset('Welcome greeting'),
    }),
    flow('APAC Care', 'Voice flow for Australian callers.', {
      channel: 'voice',
      entryPointIds: [apacCare.entryId],
      businessHourIds: [sydney.id],
      closureSetIds: [au.id],
      queueIds: [apac.queueId],
      greetingAssetId: asset('Welcome greeting (Sydney)'),
    }),
    flow('Web Chat Support', 'Chat flow of the website.', {
      channel: 'messaging',
      channelSource: 'web_chat',
      entryPointIds: [cc.messagingEntryPoints[0]?.entryId ?? ''],
      businessHourIds: [standard.id],
      closureSetIds: [us.id],
      queueIds: [chat.queueId],
      greetingAssetId: null,
    }),
  ];
  technical.overflow.flowId = cc.flows[0]?.id ?? null;
}
