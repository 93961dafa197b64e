// What each kind of Zoom Phone extension is called, once for every page (hours, calendar, jobs).
import type { ExtensionType } from '@switchboard/contract/hours';

export const EXTENSION_TYPE_WORDS: Record<ExtensionType, string> = {
  autoReceptionist: 'Auto receptionist',
  callQueue: 'Call queue',
  user: 'User',
  sharedLineGroup: 'Shared line group',
};

/** The plural, for filters: "Auto receptionists". */
export const EXTENSION_TYPE_PLURAL: Record<ExtensionType, string> = {
  autoReceptionist: 'Auto receptionists',
  callQueue: 'Call queues',
  user: 'Users',
  sharedLineGroup: 'Shared line groups',
};

export const typeWords = (type: string): string => EXTENSION_TYPE_WORDS[type as ExtensionType] ?? type;
