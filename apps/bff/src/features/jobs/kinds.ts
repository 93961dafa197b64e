// What differs between kinds of jobs, in one place: which ids a job writes
// to, how a result names its target, and the noun for its targets.
import type { Job } from '@switchboard/contract/jobs';

export type JobResult = Job['results'][number];

export const jobTargets = (job: Job): string[] => (job.kind === 'copy-ivr' ? job.input.targets : job.input.extensionIds);

export const resultTarget = (r: JobResult): string => ('arId' in r ? r.arId : r.extensionId);

export const targetNoun = (kind: Job['kind']): { one: string; many: string } =>
  kind === 'copy-ivr' ? { one: 'auto receptionist', many: 'auto receptionists' } : { one: 'extension', many: 'extensions' };
