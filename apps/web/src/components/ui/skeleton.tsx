import { cn } from '@/lib/cn';

/** Grey placeholder bars while content loads (decorative; the container carries aria-busy). */
export function Skeleton({ width = 'full', className }: { width?: 'full' | 'lg' | 'md' | 'sm'; className?: string }) {
  return <span className={cn('skeleton', `skeleton--${width}`, className)} aria-hidden="true" />;
}
