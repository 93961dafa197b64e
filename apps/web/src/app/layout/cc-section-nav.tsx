// The Contact Center's parts, above each of its pages: assets, operating
// hours, queues, flows. Every role reads all four.
import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import './cc-section-nav.css';

const SECTIONS = [
  { to: paths.ccAssets, label: 'Asset library' },
  { to: paths.ccHours, label: 'Operating hours' },
  { to: paths.ccQueues, label: 'Queues' },
  { to: paths.ccFlows, label: 'Flows' },
] as const;

export function CcSectionNav() {
  return (
    <nav className="cc-nav" aria-label="Contact Center">
      {SECTIONS.map((s) => (
        <NavLink key={s.to} to={s.to} className="cc-nav__link">
          {s.label}
        </NavLink>
      ))}
    </nav>
  );
}
