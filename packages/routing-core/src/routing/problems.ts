// The problems report: everything in a snapshot that loses or may lose calls,
// each once, as a sentence with the object it belongs to and a hint of the
// page that fixes it (`GET /api/routing/problems` adds the URL and
// `refreshedAt`). Errors first, then warnings; within each, in the order the
// account lists its objects.
import { contactCenterProblems } from './problems-cc';
import { holidayProblems } from './problems-holidays';
import { hoursProblems } from './problems-hours';
import { loopProblems } from './problems-loops';
import { menuProblems } from './problems-menus';
import { directoryProblems, routeProblems } from './problems-targets';
import { routesOf } from './problem-routes';
import type { Problem } from './problem-types';
import type { RoutingSnapshot } from './snapshot';
import { indexSnapshot } from './snapshot-index';
import { objectWords } from './trace-words';

export function findProblems(snapshot: RoutingSnapshot): Problem[] {
  const index = indexSnapshot(snapshot);
  const all = [
    ...routesOf(index, (e) => objectWords(e)).flatMap((r) => routeProblems(index, r)),
    ...directoryProblems(index),
    ...contactCenterProblems(index),
    ...menuProblems(index),
    ...loopProblems(index),
    ...hoursProblems(index),
    ...holidayProblems(index),
  ];
  return [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity === 'warning')];
}

/** How many problems of each severity: the home page's counts. */
export function problemCounts(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
