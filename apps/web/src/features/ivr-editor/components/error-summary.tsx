import { useEffect, useRef } from 'react';
import type { ErrorLine } from '../utils/form-errors';
import { plural } from '@/lib/plural';

/** The form's problems in one list; it takes the focus when it appears, each line leads to its field. */
export function ErrorSummary({
  lines,
  onGoTo,
}: {
  lines: ErrorLine[];
  onGoTo: (line: ErrorLine) => void;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    // In the middle of the screen: never under the sticky action bar the person just pressed.
    heading.closest('.error-summary')?.scrollIntoView?.({ block: 'center' });
    heading.focus({ preventScroll: true });
  }, [lines]);
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary__title" tabIndex={-1} ref={ref}>
        Fix {plural(lines.length, 'problem')} before reviewing
      </h2>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            <button type="button" className="error-summary__link" onClick={() => onGoTo(line)}>
              {line.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
