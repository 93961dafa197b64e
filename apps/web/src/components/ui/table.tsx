import type { ReactNode, TableHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

/** A dense data table that scrolls sideways on narrow screens instead of breaking the layout. */
export function Table({ caption, className, children, ...rest }: TableHTMLAttributes<HTMLTableElement> & { caption: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className={cn('table', className)} {...rest}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
