import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** A full-width strip of information. `role="status"` only for messages that appear after load. */
export function Banner({ tone = 'info', children, live = false }: { tone?: 'info' | 'warning' | 'danger'; children: ReactNode; live?: boolean }) {
  return (
    <div className={cn('banner', `banner--${tone}`)} role={live ? 'status' : undefined}>
      {children}
    </div>
  );
}
