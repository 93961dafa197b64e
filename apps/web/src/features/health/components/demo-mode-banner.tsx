import { Banner } from '@/components/ui/banner';
import { useHealth } from '../api/get-health';

/** Shown on every page while the BFF talks to its built-in simulator instead of a real Zoom account (and, when simulated too, Zendesk Talk). */
export function DemoModeBanner() {
  const { data } = useHealth();
  if (data?.mode !== 'demo') return null;
  const zendesk = Boolean(data.zendesk?.simulatorUrl);
  return (
    <Banner tone="warning">
      <strong>Demo mode — simulated Zoom account{zendesk ? ' and Zendesk Talk account' : ''}.</strong> Changes go to built-in simulators, not to a real
      Zoom {zendesk ? 'or Zendesk ' : ''}account.
    </Banner>
  );
}
