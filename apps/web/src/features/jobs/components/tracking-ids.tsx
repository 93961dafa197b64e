import { useAuditEntry } from '../api/get-audit-entry';

/** The Zoom tracking id of each request made for one target (what Zoom support asks for). */
export function TrackingIds({ auditId }: { auditId: string }) {
  const entry = useAuditEntry(auditId);
  if (entry.isPending) return <span className="muted">Loading tracking ids…</span>;
  if (entry.isError) return <span className="muted">Tracking ids unavailable: {entry.error.message}</span>;
  const ids = entry.data.ops.map((o) => o.trackingId).filter((t): t is string => Boolean(t));
  if (ids.length === 0) return <span className="muted">No write was needed</span>;
  return (
    <div className="job-tracking">
      <span className="job-tracking__label" aria-hidden="true">
        Zoom tracking ids:
      </span>
      <ul className="plain-list" aria-label="Zoom tracking ids">
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
