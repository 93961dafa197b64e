import type { RoutingProblem } from '@switchboard/contract/routing';

export const PROBLEM_WORDS: Record<RoutingProblem['kind'], string> = {
  target_deleted: 'Goes to something deleted',
  target_disabled: 'Goes to something deactivated',
  audio_deleted: 'Greeting deleted',
  voicemail_of_nobody: 'Voicemail of nobody',
  loop_without_exit: 'Loop without a way out',
  menu_without_usable_key: 'No usable key',
  queue_without_members: 'Queue without members',
  closed_routing_not_set: 'Closed-hours routing never set',
  holiday_missing: 'Holiday its siblings have',
  external_not_e164: 'Number not in international format',
};
