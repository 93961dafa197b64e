import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DiagramNode } from '../utils/diagram-graph';
import { nodeDetails } from '../utils/node-action';
import { DiagramActionsContext } from './diagram-actions';

export interface NodeDetailsPanelProps {
  node: DiagramNode;
  /** Which half of the canvas the panel covers (the other half holds the box clicked). */
  side: 'left' | 'right';
  /** A call queue's members (the page composes them from the call-queues feature). */
  renderQueue?: (extensionId: string, name: string) => ReactNode;
  onClose: () => void;
}

/** What a clicked box is, beside the drawing: a queue's members, an auto receptionist's links, or a sentence. */
export function NodeDetailsPanel({ node, side, renderQueue, onClose }: NodeDetailsPanelProps) {
  const ctx = useContext(DiagramActionsContext);
  const details = nodeDetails(node, ctx.click);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a click in the drawing: the panel takes focus so it is read out and Escape closes it.
  useEffect(() => heading.current?.focus(), [node.id]);

  return (
    <section
      className={`diagram-details diagram-details--${side}`}
      aria-labelledby="diagram-details-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="diagram-details__header">
        <p className="diagram-details__kind">{details.kind}</p>
        <h2 id="diagram-details-title" className="diagram-details__title" tabIndex={-1} ref={heading}>
          {node.label}
        </h2>
        <button type="button" className="btn btn--ghost btn--sm diagram-details__close" onClick={onClose}>
          Close<span className="visually-hidden"> the panel about {node.label}</span>
        </button>
      </header>
      <p className="diagram-details__description">{details.description}</p>
      {details.queueExtensionId && renderQueue?.(details.queueExtensionId, node.label)}
      {(details.links.length > 0 || node.expandArId || node.collapsible) && (
        <div className="diagram-details__actions">
          {node.expandArId && (
            <button type="button" className="btn btn--secondary btn--sm" onClick={() => ctx.expand(node.expandArId!)}>
              Show its menu here
            </button>
          )}
          {node.collapsible && node.ownArId && (
            <button type="button" className="btn btn--secondary btn--sm" onClick={() => ctx.collapse(node.ownArId!)}>
              Hide its menu
            </button>
          )}
          {details.links.map((l) => (
            <Link key={l.href} className="btn btn--secondary btn--sm" to={l.href}>
              {l.label}
            </Link>
          ))}
        </div>
      )}
    </section>
  );
}
