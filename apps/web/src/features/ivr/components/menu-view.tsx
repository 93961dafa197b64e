import { useId } from 'react';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { Badge } from '@/components/ui/badge';
import { Table } from '@/components/ui/table';
import { cn } from '@/lib/cn';
import { describeKeys, describeNoAction, describePrompt } from '../utils/describe-menu';
import './menu-view.css';

/** A whole IVR menu as words: greeting, the twelve keys in keypad order, and what happens on silence. */
export function MenuView({ menu }: { menu: Menu }) {
  const prompt = describePrompt(menu.prompt);
  const keys = describeKeys(menu.keys);
  const id = useId();

  return (
    <div className="menu-view">
      <section className="menu-view__section" aria-labelledby={`${id}-greeting`}>
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
              <tr key={line.key} className={cn(line.disabled && 'is-disabled')} data-key={line.key}>
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

      <section className="menu-view__section" aria-labelledby={`${id}-noaction`}>
        <h3 id={`${id}-noaction`} className="menu-view__heading">
          No key pressed
        </h3>
        <p className="menu-view__noaction">{describeNoAction(menu.noAction)}</p>
      </section>
    </div>
  );
}
