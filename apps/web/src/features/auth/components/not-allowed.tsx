import type { ReactNode } from 'react';
import { whoMay, type Permission } from '@switchboard/contract/permissions';
import { Banner } from '@/components/ui/banner';
import { useSession } from '../api/get-session';
import { roleLabel } from '@/lib/roles';

/** "Only admins change business hours… You are signed in as Support." — with a way on (children). */
export function NotAllowed({ permission, children }: { permission: Permission; children?: ReactNode }) {
  const role = useSession().data?.role;
  return (
    <Banner tone="warning">
      {whoMay(permission)} {role ? `You are signed in as ${roleLabel(role)}.` : ''}
      {children && <> {children}</>}
    </Banner>
  );
}
