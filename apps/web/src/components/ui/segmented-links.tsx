import { Link } from 'react-router';
import { cn } from '@/lib/cn';
import './segmented-links.css';

export interface SegmentedLink {
  to: string;
  label: string;
  current: boolean;
}

/** A small row of mutually exclusive views (e.g. business / closed hours) kept in the URL. */
export function SegmentedLinks({ label, links, className }: { label: string; links: SegmentedLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn('segmented', className)}>
      {links.map((l) => (
        <Link key={l.to} to={l.to} className="segmented__link" aria-current={l.current ? 'page' : undefined} replace>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
