import type { RouteNode, TraceStep } from '@switchboard/contract/routing';

/** A route-tree node's kind in words. */
export const NODE_WORDS: Record<RouteNode['kind'], string> = {
  number: 'Number',
  auto_receptionist: 'Auto receptionist',
  menu: 'Menu',
  key: 'Key',
  call_queue: 'Call queue',
  user: 'User',
  shared_line_group: 'Shared line group',
  common_area: 'Common area',
  voicemail: 'Voicemail',
  external: 'Outside Zoom Phone',
  cc_entry_point: 'Contact Center entry point',
  cc_flow: 'Contact Center flow',
  cc_queue: 'Contact Center queue',
  disconnect: 'Ends',
  other: 'Routing',
};

/** A trace step's kind in words. */
export const STEP_WORDS: Record<TraceStep['kind'], string> = {
  number: 'Number',
  auto_receptionist: 'Auto receptionist',
  schedule: 'Hours',
  holiday: 'Holiday',
  menu: 'Menu',
  key: 'Key',
  call_queue: 'Call queue',
  user: 'User',
  shared_line_group: 'Shared line group',
  common_area: 'Common area',
  voicemail: 'Voicemail',
  external: 'Outside Zoom Phone',
  cc_queue: 'Contact Center queue',
  cc_flow: 'Contact Center flow',
  disconnect: 'Disconnected',
};

export const OUTCOME_WORDS: Record<string, string> = {
  rings: 'Rings',
  voicemail: 'Voicemail',
  external: 'Leaves Zoom Phone',
  disconnected: 'Disconnected',
  loop: 'Goes round a loop',
  broken: 'Cannot be connected',
};
