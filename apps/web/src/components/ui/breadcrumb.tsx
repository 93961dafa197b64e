import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Omitted for the current page (the last crumb). */
  to?: string;
}

/** Where this page sits: links back up, the last crumb is the current page. */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {trail.map((c, i) =>
          i === trail.length - 1 ? (
            <li key={i} aria-current="page">
              {c.label}
            </li>
          ) : (
            <li key={i}>{c.to ? <Link to={c.to}>{c.label}</Link> : c.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}
