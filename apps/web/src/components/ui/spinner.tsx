import { cn } from '@/lib/cn';

/** An animated ring. `label` is announced; pass null when the surrounding text already says it. */
export function Spinner({ size = 'md', label = 'Loading…' }: { size?: 'sm' | 'md' | 'lg'; label?: string | null }) {
  return (
    <span className={cn('spinner', `spinner--${size}`)} role={label ? 'status' : undefined} aria-hidden={label ? undefined : true}>
      {label && <span className="visually-hidden">{label}</span>}
    </span>
  );
}
