// An entry point's routes as a tree that folds open: a branch's children are
// drawn only once it is opened (large accounts stay light), the first two
// levels start open. Each node links to its page when it has one.
import { useState } from 'react';
import { Link } from 'react-router';
import type { RouteNode } from '@switchboard/contract/routing';
import { NODE_WORDS } from '../utils/node-words';

export function RouteTree({ root }: { root: RouteNode }) {
  return (
    <ul className="route-tree" role="tree" aria-label={`Routes of ${root.label}`}>
      <RouteTreeItem node={root} depth={0} />
    </ul>
  );
}

function RouteTreeItem({ node, depth }: { node: RouteNode; depth: number }) {
  const [open, setOpen] = useState(depth < 1);
  const hasChildren = node.children.length > 0;
  const label = node.href ? <Link to={node.href}>{node.label}</Link> : <span>{node.label}</span>;
  return (
    <li role="treeitem" aria-expanded={hasChildren ? open : undefined} aria-selected={false} className={`route-tree__item route-tree__item--${node.kind}`}>
      <div className="route-tree__row">
        {hasChildren ? (
          <button type="button" className="route-tree__toggle" aria-label={`${open ? 'Fold' : 'Open'} ${node.label}`} onClick={() => setOpen((o) => !o)}>
            {open ? '−' : '+'}
          </button>
        ) : (
          <span className="route-tree__toggle route-tree__toggle--leaf" aria-hidden="true" />
        )}
        <span className="route-tree__kind">{NODE_WORDS[node.kind]}</span>
        <span className="route-tree__label">
          {label}
          {node.detail && <span className="route-tree__detail"> — {node.detail}</span>}
        </span>
      </div>
      {hasChildren && open && (
        <ul role="group">
          {node.children.map((c, i) => (
            <RouteTreeItem key={`${c.kind}:${c.label}:${i}`} node={c} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}
