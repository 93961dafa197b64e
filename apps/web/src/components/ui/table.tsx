import type { ReactNode, TableHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

/**
 * A dense data table that scrolls sideways on narrow screens instead of breaking
 * the layout; with `cards`, each row becomes a card on phones instead (cells
 * then need `data-label`, and rows and cells explicit roles: see global.css).
 */
export function Table({
  caption,
  className,
  children,
  cards = false,
  ...rest
}: TableHTMLAttributes<HTMLTableElement> & { caption: ReactNode; cards?: boolean }) {
  return (
    <div className="table-wrap">
      <table className={cn('table', cards && 'table--cards', className)} {...(cards ? { role: 'table' } : {})} {...rest}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
