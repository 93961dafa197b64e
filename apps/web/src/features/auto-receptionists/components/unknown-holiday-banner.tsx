import { Banner } from '@/components/ui/banner';

/** The address names a holiday this auto receptionist does not have: say so rather than quietly show another menu. */
export function UnknownHolidayBanner({ id }: { id: string | null }) {
  if (id === null) return null;
  return (
    <Banner tone="warning">
      This auto receptionist has no holiday with the id “{id.length > 40 ? `${id.slice(0, 40)}…` : id}” (it may have been deleted in Zoom).
      Showing the business hours menu instead.
    </Banner>
  );
}
