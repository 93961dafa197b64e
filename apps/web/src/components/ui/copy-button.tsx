import { useState } from 'react';
import { Button } from './button';

/** Copies a value (a tracking id…) to the clipboard and says so. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
    setTimeout(() => setCopied(null), 2000);
  };
  return (
    <Button size="sm" variant="ghost" onClick={() => void copy()} aria-label={`${label}: copy ${value}`}>
      {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Select and copy' : 'Copy'}
      <span className="visually-hidden" role="status">
        {copied === 'yes' ? 'Copied to the clipboard.' : ''}
      </span>
    </Button>
  );
}
