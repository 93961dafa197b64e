import { Link } from 'react-router';
import type { OutlineItem } from '../utils/outline';
import type { DiagramActions } from './diagram-actions';

export interface RoutingOutlineProps extends DiagramActions {
  root: OutlineItem;
  loading: ReadonlySet<string>;
  editorHref: (arId: string) => string;
}

/** The diagram as a nested list: what a screen reader or keyboard user gets instead of the canvas. */
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
  return (
    <li className={item.back ? 'routing-outline__item routing-outline__item--back' : 'routing-outline__item'} data-node-id={node.id}>
      {item.via && <span className="routing-outline__via">{item.back ? `${item.via} ↩` : `${item.via} →`} </span>}
      {item.back ? null : (
        <>
          <span className="routing-outline__label">{text}</span>
          {detail && <span className="routing-outline__detail"> — {detail}</span>}
          {item.repeated && <span className="routing-outline__detail"> (shown above)</span>}
        </>
      )}
      {node.kind === 'autoReceptionist' && !item.back && !item.repeated && node.editorArId && (
        <span className="routing-outline__actions">
          <Link to={rest.editorHref(node.editorArId)}>
            Open {node.label} in the editor
          </Link>
          {(node.expandArId || node.collapsible) && (
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              disabled={busy}
              onClick={() => (node.expandArId ? rest.expand(node.expandArId) : rest.collapse(node.editorArId!))}
            >
              {busy ? 'Loading its menu…' : node.expandArId ? `Show the menu of ${node.label}` : `Hide the menu of ${node.label}`}
            </button>
          )}
        </span>
      )}
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
