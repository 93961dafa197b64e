// What must hold before a copy job starts (or restarts for the targets that
// did not land), each refusal a sentence: the source menu is still the one
// reviewed (409), targets on other sites were confirmed (400), and a retry
// has something to retry, from a finished job (400 / 409).
import { landed, type Job } from '@switchboard/contract/jobs';
import type { MenuChange } from '@switchboard/contract/ivr';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { AppError, badRequest } from '../../http/app-error';
import { listWords } from '@switchboard/routing-core/ivr/copy-safety';
import type { PreparedCopy } from '../ivr-write/copy';
import { jobTargets, resultTarget, targetNoun, type JobResult } from './kinds';

export async function requireSourceVersion(
  prep: PreparedCopy,
  version: string,
  message: string,
  conflictDiff: (base: string, current: Menu) => Promise<MenuChange[]>,
): Promise<void> {
  if (prep.source.version === version) return;
  throw new AppError(409, 'conflict', message, { diff: await conflictDiff(version, prep.source.menu), version: prep.source.version });
}

/** 400 naming the targets on other sites the copy would route to the source site, unless confirmed. */
export function requireCrossSiteConfirmation(prep: PreparedCopy, confirmed: boolean | undefined): void {
  const crossing = prep.targets.filter((t) => t.crossSite);
  if (confirmed || crossing.length === 0) return;
  const site = prep.source.site?.name ?? 'the source’s site';
  const names = listWords(crossing.map((t) => t.name ?? t.arId));
  throw badRequest(
    `${names} ${crossing.length === 1 ? 'is' : 'are'} on another site than ${site}: the copy would route ${crossing.length === 1 ? 'it' : 'them'} to ` +
      `${site}'s queues and greeting. Nothing was started; confirm the cross-site copy (confirmCrossSite: true) to start it.`,
    { targets: crossing.map((t) => ({ arId: t.arId, name: t.name, sentence: t.crossSite!.sentence })) },
  );
}

/** The targets of a finished job that did not land (including those it never started), or a sentence why it cannot be retried. */
export function retryTargets(job: Job): string[] {
  const noun = targetNoun(job.kind);
  if (job.status === 'queued' || job.status === 'running') {
    throw new AppError(409, 'conflict', `This job is still running. Retry its failed ${noun.many} once it has finished.`);
  }
  const outcome = new Map<string, JobResult['outcome']>(job.results.map((r) => [resultTarget(r), r.outcome]));
  const targets = jobTargets(job).filter((id) => {
    const o = outcome.get(id);
    return o === undefined || !landed(o);
  });
  if (targets.length === 0) throw badRequest(`Nothing to retry: every ${noun.one} of this job landed.`);
  if (job.kind === 'copy-ivr' && !job.input.sourceVersion) {
    throw new AppError(
      409,
      'conflict',
      'This job does not record which version of the menu it copied, so a retry could copy a different menu. Review the copy again.',
    );
  }
  return targets;
}
