import { memo, useContext } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { cn } from '@/lib/cn';
import type { RoutingFlowNode } from '../utils/to-flow';
import { DiagramActionsContext } from './diagram-actions';

/** One box on the canvas: what it is, its words, and for auto receptionists a button to open or close its menu. */
export const RoutingNode = memo(function RoutingNode({ data }: NodeProps<RoutingFlowNode>) {
  const { node, root, loading } = data;
  const actions = useContext(DiagramActionsContext);
  return (
    <div
      className={cn('routing-node', `routing-node--${node.kind}`, root && 'routing-node--root', node.editorArId && 'routing-node--link')}
      title={node.editorArId ? 'Open in the editor' : undefined}
      data-node-id={node.id}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {node.kind === 'autoReceptionist' && <span className="routing-node__kind">{root ? 'Auto receptionist · start' : 'Auto receptionist'}</span>}
      <span className="routing-node__label">{node.label}</span>
      {/* An auto receptionist's kind is already the heading; its sublabel would repeat it. */}
      {node.sublabel && !(node.kind === 'autoReceptionist' && node.sublabel === 'Auto receptionist') && (
        <span className="routing-node__sublabel">{node.sublabel}</span>
      )}
      {(node.expandArId || node.collapsible) && (
        <button
          type="button"
          className="routing-node__toggle nodrag nopan"
          disabled={loading}
          onClick={(e) => {
            // Expanding is not opening the editor.
            e.stopPropagation();
            if (node.expandArId) actions.expand(node.expandArId);
            else if (node.editorArId) actions.collapse(node.editorArId);
          }}
        >
          {loading ? 'Loading its menu…' : node.expandArId ? 'Show its menu' : 'Hide its menu'}
        </button>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
