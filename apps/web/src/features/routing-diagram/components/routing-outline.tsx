import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { ClickContext } from '../utils/node-action';
import { partHref } from '../utils/node-action';
import type { OutlineItem } from '../utils/outline';
import type { DiagramActions } from './diagram-actions';

export interface RoutingOutlineProps extends DiagramActions {
  root: OutlineItem;
  loading: ReadonlySet<string>;
  click: ClickContext;
  /** A call queue's members (the page composes them from the call-queues feature). */
  renderQueue?: (extensionId: string, name: string) => ReactNode;
}

/**
 * The diagram as a nested list: what a screen reader or keyboard user gets
 * instead of the canvas, with the same things to do — a key, the greeting or
 * "no key pressed" is a link (to the editor for admins, to the menu in words
 * for everyone else), an auto receptionist can be drawn or hidden, a call
 * queue shows who answers it.
 */
export function RoutingOutline({ root, ...rest }: RoutingOutlineProps) {
  return (
    <ul className="routing-outline">
      <OutlineEntry item={root} {...rest} />
    </ul>
  );
}

function OutlineEntry({ item, ...rest }: { item: OutlineItem } & Omit<RoutingOutlineProps, 'root'>) {
  const { node } = item;
  const text = node.kind === 'key' && node.sublabel ? `${node.label}: ${node.sublabel}` : node.label;
  const detail = node.kind !== 'key' && node.sublabel ? node.sublabel : null;
  const busy = Boolean(node.expandArId && rest.loading.has(node.expandArId));
  const arId = node.kind === 'autoReceptionist' && !item.back && !item.repeated ? node.ownArId : undefined;
  const queue = node.kind === 'target' && node.targetKind === 'callQueue' && node.extensionId && !item.back && !item.repeated;
  return (
    <li className={item.back ? 'routing-outline__item routing-outline__item--back' : 'routing-outline__item'} data-node-id={node.id}>
      {item.via && <span className="routing-outline__via">{item.back ? `${item.via} ↩` : `${item.via} →`} </span>}
      {item.back ? null : (
        <>
          {node.part && !item.repeated ? (
            <Link className="routing-outline__label" to={partHref(node.part, rest.click)}>
              {text}
            </Link>
          ) : (
            <span className="routing-outline__label">{text}</span>
          )}
          {detail && <span className="routing-outline__detail"> — {detail}</span>}
          {item.repeated && <span className="routing-outline__detail"> (shown above)</span>}
        </>
      )}
      {arId && (
        <span className="routing-outline__actions">
          {rest.click.canEdit ? (
            <Link to={paths.autoReceptionistEditor(arId, arId === rest.click.rootArId ? rest.click.rootMenu : rest.click.otherHours)}>
              Edit the menu of {node.label}
            </Link>
          ) : (
            <Link to={paths.autoReceptionistMenu(arId, arId === rest.click.rootArId ? rest.click.rootMenu : rest.click.otherHours)}>
              Read the menu of {node.label}
            </Link>
          )}
          {(node.expandArId || node.collapsible) && (
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              disabled={busy}
              onClick={() => (node.expandArId ? rest.expand(node.expandArId) : rest.collapse(arId))}
            >
              {busy ? 'Loading its menu…' : node.expandArId ? `Show the menu of ${node.label}` : `Hide the menu of ${node.label}`}
            </button>
          )}
        </span>
      )}
      {queue && rest.renderQueue && <QueueDisclosure name={node.label} extensionId={node.extensionId!} render={rest.renderQueue} />}
      {item.children.length > 0 && (
        <ul>
          {item.children.map((child, i) => (
            <OutlineEntry key={`${child.node.id}:${i}`} item={child} {...rest} />
          ))}
        </ul>
      )}
    </li>
  );
}

function QueueDisclosure({ name, extensionId, render }: { name: string; extensionId: string; render: (extensionId: string, name: string) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <span className="routing-outline__actions">
        <button type="button" className="btn btn--ghost btn--sm" aria-expanded={open} onClick={() => setOpen(!open)}>
          Who answers {name}
        </button>
      </span>
      {open && <div className="routing-outline__queue">{render(extensionId, name)}</div>}
    </>
  );
}
