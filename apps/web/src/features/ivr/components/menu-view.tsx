import { useEffect, useId, useRef } from 'react';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { Badge } from '@/components/ui/badge';
import { Table } from '@/components/ui/table';
import { cn } from '@/lib/cn';
import type { ParsedMenuPart } from '@/lib/menu-part';
import { describeKeys, describeNoAction, describePrompt } from '../utils/describe-menu';
import './menu-view.css';

/**
 * A whole IVR menu as words: greeting, the twelve keys in keypad order, and what happens on silence.
 * `highlight` marks the part a link pointed at (a box clicked in the routing diagram) and scrolls it into view.
 */
export function MenuView({ menu, highlight = null }: { menu: Menu; highlight?: ParsedMenuPart | null }) {
  const prompt = describePrompt(menu.prompt);
  const keys = describeKeys(menu.keys);
  const id = useId();
  const marked = useRef<HTMLElement | null>(null);
  const isKey = (k: string) => Boolean(highlight && 'key' in highlight && highlight.key === k);
  const isPart = (p: 'greeting' | 'no-key') => Boolean(highlight && 'part' in highlight && highlight.part === p);
  const markRef = (on: boolean) =>
    on
      ? (el: HTMLElement | null) => {
          marked.current = el;
        }
      : undefined;
  // Once per part pointed at, not on every render (a refetch must not scroll the page back); a frame
  // later, after the app shell has put focus at the top of the new page.
  const target = highlight ? ('key' in highlight ? `key:${highlight.key}` : highlight.part) : '';
  useEffect(() => {
    if (!target) return;
    const frame = requestAnimationFrame(() => marked.current?.scrollIntoView?.({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
  }, [target]);

  return (
    <div className="menu-view">
      <section
        className={cn('menu-view__section', isPart('greeting') && 'is-highlighted')}
        aria-labelledby={`${id}-greeting`}
        ref={markRef(isPart('greeting'))}
      >
        <h3 id={`${id}-greeting`} className="menu-view__heading">
          Greeting
        </h3>
        <p className={cn('menu-view__prompt', prompt.none && 'muted')}>
          {prompt.text}
          {prompt.deleted && (
            <>
              {' '}
              <Badge tone="danger">deleted prompt</Badge>
              <span className="menu-view__warning">
                {' '}
                This prompt was removed from the audio library; choose another one in Zoom.
              </span>
            </>
          )}
        </p>
      </section>

      <section className="menu-view__section" aria-labelledby={`${id}-keys`}>
        <h3 id={`${id}-keys`} className="menu-view__heading">
          Keys
        </h3>
        <Table caption="What each key does" className="menu-keys">
          <thead>
            <tr>
              <th scope="col" className="menu-keys__key-col">
                Key
              </th>
              <th scope="col">Action</th>
              <th scope="col">Destination</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((line) => (
              <tr
                key={line.key}
                className={cn(line.disabled && 'is-disabled', isKey(line.key) && 'is-highlighted')}
                aria-current={isKey(line.key) ? 'true' : undefined}
                data-key={line.key}
                ref={markRef(isKey(line.key))}
              >
                <th scope="row">
                  <span className="keycap" aria-hidden="true">
                    {line.key}
                  </span>
                  <span className="visually-hidden">Key {line.key}</span>
                </th>
                <td>
                  <span aria-hidden="true" className="menu-keys__arrow">
                    →{' '}
                  </span>
                  {line.action}
                </td>
                <td>
                  {line.target && (
                    <>
                      <span aria-hidden="true" className="menu-keys__arrow">
                        →{' '}
                      </span>
                      {line.target}
                    </>
                  )}
                  {line.missingTarget && <Badge tone="warning">No destination set</Badge>}
                  {line.deletedGreeting && (
                    <>
                      {' '}
                      <Badge tone="danger">deleted greeting</Badge>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section
        className={cn('menu-view__section', isPart('no-key') && 'is-highlighted')}
        aria-labelledby={`${id}-noaction`}
        ref={markRef(isPart('no-key'))}
      >
        <h3 id={`${id}-noaction`} className="menu-view__heading">
          No key pressed
        </h3>
        <p className="menu-view__noaction">{describeNoAction(menu.noAction)}</p>
      </section>
    </div>
  );
}
