import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from '@/lib/cn';

export function Card({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('card', className)} {...rest} />;
}

export function CardHeader({ title, actions, level = 2, id }: { title: ReactNode; actions?: ReactNode; level?: 2 | 3; id?: string }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <div className="card__header">
      <H className="card__title" id={id}>
        {title}
      </H>
      {actions && <div className="card__actions">{actions}</div>}
    </div>
  );
}
