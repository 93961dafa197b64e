// The demo account's groups (six), IVR menu greetings and Talk phone numbers.
import type { GreetingRecord, GroupRecord, PhoneNumberRecord } from '../state/records';

export const GROUP_IDS = {
  support: 360000100001,
  sales: 360000100002,
  billing: 360000100003,
  technical: 360000100004,
  returns: 360000100005,
  vip: 360000100006,
} as const;

export function seedGroups(): GroupRecord[] {
  const names: Record<keyof typeof GROUP_IDS, string> = {
    support: 'Support',
    sales: 'Sales',
    billing: 'Billing',
    technical: 'Technical Support',
    returns: 'Returns',
    vip: 'VIP Customers',
  };
  return Object.entries(GROUP_IDS).map(([key, id]) => ({ id, name: names[key as keyof typeof GROUP_IDS] }));
}

export const GREETING_IDS = {
  standard: 40001,
  supportMain: 40002,
  technical: 40003,
  afterHours: 40004,
  salesMain: 40005,
  returns: 40006,
  vip: 40007,
} as const;

export function seedGreetings(): GreetingRecord[] {
  return [
    { id: GREETING_IDS.standard, name: 'Standard IVR greeting', isDefault: true },
    { id: GREETING_IDS.supportMain, name: 'Support line welcome', isDefault: false },
    { id: GREETING_IDS.technical, name: 'Technical support options', isDefault: false },
    { id: GREETING_IDS.afterHours, name: 'After-hours message', isDefault: false },
    { id: GREETING_IDS.salesMain, name: 'Sales and billing welcome', isDefault: false },
    { id: GREETING_IDS.returns, name: 'Returns and exchanges options', isDefault: false },
    { id: GREETING_IDS.vip, name: 'VIP line welcome', isDefault: false },
  ];
}

export const PHONE_NUMBER_IDS = { support: 501, sales: 502, spare: 503 } as const;

export function seedPhoneNumbers(): PhoneNumberRecord[] {
  return [
    { id: PHONE_NUMBER_IDS.support, name: 'Support Line', number: '+14155550100' },
    { id: PHONE_NUMBER_IDS.sales, name: 'Sales Line', number: '+14155550200' },
    { id: PHONE_NUMBER_IDS.spare, name: 'Spare Line', number: '+14155550300' },
  ];
}
