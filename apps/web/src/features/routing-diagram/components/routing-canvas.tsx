import { useEffect, useMemo } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { DiagramGraph } from '../utils/diagram-graph';
import { toFlow, type RoutingFlowNode } from '../utils/to-flow';
import { BackEdge } from './back-edge';
import { RoutingNode } from './routing-node';

const nodeTypes: NodeTypes = { routing: RoutingNode };
const edgeTypes: EdgeTypes = { back: BackEdge };

export interface RoutingCanvasProps {
  graph: DiagramGraph;
  loading: ReadonlySet<string>;
  onOpenEditor: (arId: string) => void;
}

/** The drawing: pan, zoom, fit; a click on an auto receptionist, its greeting or a key opens the editor. */
export function RoutingCanvas(props: RoutingCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ graph, loading, onOpenEditor }: RoutingCanvasProps) {
  const { nodes, edges } = useMemo(() => toFlow(graph, loading), [graph, loading]);
  return (
    <ReactFlow<RoutingFlowNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      // Keyboards use the list below (links and buttons), not forty tab stops in the drawing.
      nodesFocusable={false}
      elementsSelectable={false}
      onNodeClick={(_, n) => {
        if (n.data.node.editorArId) onOpenEditor(n.data.node.editorArId);
      }}
      fitView
      fitViewOptions={{ padding: 0.15 }}
      minZoom={0.2}
      maxZoom={1.5}
      proOptions={{ hideAttribution: false }}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} position="top-right" />
      <FitWhenGrown count={nodes.length} />
    </ReactFlow>
  );
}

/** After a menu is expanded or hidden, fit the whole graph in view again. */
function FitWhenGrown({ count }: { count: number }) {
  const flow = useReactFlow();
  useEffect(() => {
    const t = window.setTimeout(() => void flow.fitView({ padding: 0.15, duration: 200 }), 50);
    return () => window.clearTimeout(t);
  }, [count, flow]);
  return null;
}
