import { useContext, useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import {
  Background,
  ControlButton,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { DiagramGraph } from '../utils/diagram-graph';
import { nodeClick } from '../utils/node-action';
import { toFlow, type RoutingFlow, type RoutingFlowNode } from '../utils/to-flow';
import { MAX_ZOOM, READABLE_ZOOM, startViewport } from '../utils/viewport';
import { BackEdge } from './back-edge';
import { DiagramActionsContext } from './diagram-actions';
import { RoutingNode } from './routing-node';

const nodeTypes: NodeTypes = { routing: RoutingNode };
const edgeTypes: EdgeTypes = { back: BackEdge };
const PAN_MARGIN = 160;

export interface RoutingCanvasProps {
  graph: DiagramGraph;
  loading: ReadonlySet<string>;
  /** The box to frame (its first levels): the root at first, an auto receptionist once its menu is drawn; null keeps the view. */
  focusNodeId: string | null;
  /** A box that opens a panel was clicked; the panel goes on the other half of the canvas, so the box stays in sight. */
  onDetails: (nodeId: string, side: 'left' | 'right') => void;
}

/** The drawing: pan, zoom (never below readable), back to the start; a click on a box does what node-action.ts says. */
export function RoutingCanvas(props: RoutingCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ graph, loading, focusNodeId, onDetails }: RoutingCanvasProps) {
  const flow = useMemo(() => toFlow(graph, loading), [graph, loading]);
  const ctx = useContext(DiagramActionsContext);
  const navigate = useNavigate();
  const frame = useFrame(flow);
  return (
    <ReactFlow<RoutingFlowNode>
      nodes={flow.nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      // Keyboards use the list below (links and buttons), not forty tab stops in the drawing.
      nodesFocusable={false}
      elementsSelectable={false}
      onNodeClick={(event, n) => {
        const click = nodeClick(n.data.node, ctx.click);
        if (click.kind === 'open') void navigate(click.href);
        else if (click.kind === 'expand') ctx.expand(click.arId);
        else {
          const pane = (event.currentTarget as Element).closest('.react-flow')?.getBoundingClientRect();
          onDetails(n.id, pane && event.clientX > pane.left + pane.width / 2 ? 'left' : 'right');
        }
      }}
      // Pan around the drawing, not away from it.
      translateExtent={[
        [flow.extent.x - PAN_MARGIN, flow.extent.y - PAN_MARGIN],
        [flow.extent.x + flow.extent.width + PAN_MARGIN, flow.extent.y + flow.extent.height + PAN_MARGIN],
      ]}
      minZoom={READABLE_ZOOM}
      maxZoom={MAX_ZOOM}
      proOptions={{ hideAttribution: false }}
    >
      <Background gap={24} size={1} />
      {/* Bottom left: below the start box, the one place the first view always leaves empty. */}
      <Controls showInteractive={false} showFitView={false} position="bottom-left" aria-label="Zoom and position">
        <ControlButton onClick={() => frame(graph.rootNodeId)} title="Back to the start" aria-label="Back to the start of the drawing">
          <span aria-hidden="true">⌂</span>
        </ControlButton>
      </Controls>
      <FrameOnFocus flow={flow} focusNodeId={focusNodeId} frame={frame} />
    </ReactFlow>
  );
}

/** Frames a box's first levels at a readable size (viewport.ts); false until the canvas has a size. */
function useFrame(flow: RoutingFlow) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return (nodeId: string, duration = 200): boolean => {
    if (!width || !height || !flow.boxes.has(nodeId)) return false;
    void setViewport(startViewport(flow.frameOf(nodeId), { width, height }), { duration });
    return true;
  };
}

/** Frames the focused box once it is drawn and the canvas has a size — once per focus, so panning is never undone by a refetch. */
function FrameOnFocus({ flow, focusNodeId, frame }: { flow: RoutingFlow; focusNodeId: string | null; frame: (id: string, duration?: number) => boolean }) {
  const framed = useRef<string | null>(null);
  const width = useStore((s) => s.width);
  useEffect(() => {
    if (!focusNodeId) {
      // Nothing to frame (a menu was hidden): the next focus is framed even if it was framed before.
      if (framed.current !== null) framed.current = '';
      return;
    }
    if (framed.current === focusNodeId) return;
    // The first view appears at once; later ones glide, so the eye can follow.
    if (frame(focusNodeId, framed.current === null ? 0 : 250)) framed.current = focusNodeId;
  }, [flow, focusNodeId, frame, width]);
  return null;
}
