// The signed-in person's permissions, from the one policy table in the
// contract: every link, button and sentence that offers an action asks here.
import { can, canRunJob, type JOB_PERMISSION, type Permission } from '@switchboard/contract/permissions';
import { useSession } from '../api/get-session';

export interface Can {
  (permission: Permission): boolean;
  /** Start or retry a job of this kind. */
  job: (kind: keyof typeof JOB_PERMISSION) => boolean;
}

/** `can('editHours')` for the session's role; false for everything until the session is known. */
export function useCan(): Can {
  const role = useSession().data?.role;
  const check = ((permission: Permission) => can(role, permission)) as Can;
  check.job = (kind) => canRunJob(role, kind);
  return check;
}
