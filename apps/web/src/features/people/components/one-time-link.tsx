// A one-time link, shown once: the person opens it to choose their password.
import type { OneTimeLink as Link } from '@switchboard/contract/people';
import { Banner } from '@/components/ui/banner';
import { CopyButton } from '@/components/ui/copy-button';

export function OneTimeLink({ link, email, purpose }: { link: Link; email: string; purpose: 'invite' | 'reset' }) {
  const expires = new Date(link.expiresAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Banner tone="warning" live>
      <p>
        <strong>{purpose === 'invite' ? 'Invitation link' : 'Password reset link'} for {email}</strong> — shown only now: copy it and
        send it to them yourself. It works once, until {expires}.
      </p>
      <div className="one-time-link">
        <input className="input one-time-link__url" readOnly value={link.url} aria-label={`One-time link for ${email}`} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton value={link.url} label="One-time link" />
      </div>
    </Banner>
  );
}
