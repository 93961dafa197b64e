import { memo, useContext } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { cn } from '@/lib/cn';
import { nodeClick } from '../utils/node-action';
import { boxParts } from '../utils/node-size';
import type { RoutingFlowNode } from '../utils/to-flow';
import { DiagramActionsContext } from './diagram-actions';

/**
 * One box on the canvas: what it is, its words, and for auto receptionists a
 * button to draw or hide its menu. Forward edges enter on the left and leave
 * on the right; loops leave and enter at the bottom (back-edge.tsx).
 */
export const RoutingNode = memo(function RoutingNode({ id, data }: NodeProps<RoutingFlowNode>) {
  const { node, root, loading, copy } = data;
  const ctx = useContext(DiagramActionsContext);
  const parts = boxParts(node, copy);
  const click = nodeClick(node, ctx.click);
  return (
    <div
      className={cn(
        'routing-node',
        `routing-node--${node.kind}`,
        node.targetKind && `routing-node--to-${node.targetKind}`,
        root && 'routing-node--root',
        copy && 'routing-node--copy',
        ctx.selectedId === id && 'is-selected',
      )}
      title={click.title}
      data-node-id={id}
      data-click={click.kind}
    >
      <Handle type="target" id="in" position={Position.Left} isConnectable={false} />
      <Handle type="target" id="loop-in" position={Position.Bottom} isConnectable={false} />
      {parts.kindLine && <span className="routing-node__kind">{root ? 'Auto receptionist · start' : 'Auto receptionist'}</span>}
      <span className="routing-node__label">{parts.label}</span>
      {parts.sublabel && <span className="routing-node__sublabel">{parts.sublabel}</span>}
      {parts.toggle && (
        <button
          type="button"
          className="routing-node__toggle nodrag nopan"
          disabled={loading}
          onClick={(e) => {
            // The button is the box's own action; the click must not also open the box's panel.
            e.stopPropagation();
            if (node.expandArId) ctx.expand(node.expandArId);
            else if (node.ownArId) ctx.collapse(node.ownArId);
          }}
        >
          {loading ? 'Loading its menu…' : node.expandArId ? 'Show its menu' : 'Hide its menu'}
        </button>
      )}
      <Handle type="source" id="out" position={Position.Right} isConnectable={false} />
      <Handle type="source" id="loop-out" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});
