import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { useSetup } from '../api/get-setup';

/** Shown to admins on every page while the Zoom app lacks a scope a feature needs. */
export function MissingScopesBanner({ setupHref, isAdmin }: { setupHref: string; isAdmin: boolean }) {
  const { data } = useSetup(isAdmin);
  const missing = data?.zoom.scopes.missing ?? [];
  if (!isAdmin || missing.length === 0) return null;
  const blocked = [...new Set(missing.flatMap((m) => m.features))];
  return (
    <Banner tone="danger">
      <strong>The Zoom app lacks {missing.length === 1 ? 'a scope' : `${missing.length} scopes`}:</strong> {inWords(blocked)}{' '}
      {blocked.length === 1 ? 'does' : 'do'} not work until {missing.length === 1 ? 'it is' : 'they are'} added.{' '}
      <Link to={setupHref}>See what to add</Link>
    </Banner>
  );
}

/** "A", "A and B", "A, B and C". */
function inWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
