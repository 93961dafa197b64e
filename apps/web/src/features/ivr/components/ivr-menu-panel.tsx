import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { ParsedMenuPart } from '@/lib/menu-part';
import { useIvrMenu, type IvrMenuParams } from '../api/get-ivr-menu';
import { MenuView } from './menu-view';
import './ivr-menu-panel.css';

/** Loads one menu (business, closed or a holiday) and shows it in words, with the part a link pointed at marked. */
export function IvrMenuPanel({
  params,
  title,
  subtitle,
  highlight = null,
}: {
  params: IvrMenuParams;
  title: string;
  subtitle?: ReactNode;
  highlight?: ParsedMenuPart | null;
}) {
  const menu = useIvrMenu(params);

  return (
    <section className="ivr-panel" aria-labelledby="ivr-panel-title" aria-busy={menu.isPending || undefined}>
      <header className="ivr-panel__header">
        <h2 id="ivr-panel-title" className="ivr-panel__title">
          {title}
        </h2>
        {subtitle && <p className="ivr-panel__subtitle">{subtitle}</p>}
      </header>
      {menu.isPending ? (
        <div className="ivr-panel__loading">
          <span className="visually-hidden" role="status">
            Loading the menu…
          </span>
          <Skeleton width="md" />
          {Array.from({ length: 12 }, (_, i) => (
            <Skeleton key={i} width={i % 3 === 0 ? 'lg' : 'full'} />
          ))}
        </div>
      ) : menu.isError ? (
        <ErrorState title="This menu could not be loaded" error={menu.error} onRetry={() => void menu.refetch()} retrying={menu.isFetching} />
      ) : (
        <MenuView menu={menu.data.menu} highlight={highlight} />
      )}
    </section>
  );
}
