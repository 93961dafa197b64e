import { Banner } from '@/components/ui/banner';
import { useHealth } from '../api/get-health';

/** Shown on every page while the BFF talks to its built-in simulator instead of a real Zoom account. */
export function DemoModeBanner() {
  const { data } = useHealth();
  if (data?.mode !== 'demo') return null;
  return (
    <Banner tone="warning">
      <strong>Demo mode — simulated Zoom account.</strong> Changes go to a built-in simulator, not to a real Zoom account.
    </Banner>
  );
}
