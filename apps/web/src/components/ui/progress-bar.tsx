import { cn } from '@/lib/cn';
import './progress-bar.css';

/** A determinate progress bar with its numbers in words for assistive technology. */
export function ProgressBar({ value, max, label, valueText, className }: { value: number; max: number; label: string; valueText?: string; className?: string }) {
  const safeMax = Math.max(max, 1);
  const clamped = Math.min(Math.max(value, 0), safeMax);
  const percent = Math.round((clamped / safeMax) * 100);
  return (
    <div
      className={cn('progress', className)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={clamped}
      aria-valuetext={valueText ?? `${percent}%`}
    >
      <progress className="progress__bar" value={clamped} max={safeMax} aria-hidden="true" />
    </div>
  );
}
