import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { buildDiagramGraph, type DiagramInput } from '../utils/diagram-graph';
import { diagramHelp, type ClickContext } from '../utils/node-action';
import { buildOutline } from '../utils/outline';
import { DiagramActionsContext, type DiagramActions } from './diagram-actions';
import { NodeDetailsPanel } from './node-details';
import { RoutingCanvas } from './routing-canvas';
import { RoutingOutline } from './routing-outline';
import './routing-diagram.css';

export interface RoutingDiagramProps extends DiagramActions {
  input: DiagramInput;
  /** Auto receptionists whose menu is being fetched. */
  loading: ReadonlySet<string>;
  /** Admins edit menus; support and managers read them: what a click leads to. */
  canEdit: boolean;
  /** The root's menu as the `menu` query value (business, closed or holiday:<id>). */
  rootMenu: string;
  /** A call queue's members (composed by the page from the call-queues feature). */
  renderQueue?: (extensionId: string, name: string) => ReactNode;
}

/** What a click does (for the role), the canvas with a panel for the box clicked, and the same routing as a nested list. */
export function RoutingDiagram({ input, loading, canEdit, rootMenu, renderQueue, expand, collapse }: RoutingDiagramProps) {
  const graph = useMemo(() => buildDiagramGraph(input), [input]);
  const outline = useMemo(() => (graph ? buildOutline(graph) : null), [graph]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [panelSide, setPanelSide] = useState<'left' | 'right'>('right');
  const [focusNodeId, setFocusNodeId] = useState<string | null>(`ar:${input.rootArId}`);

  // Drawing a menu moves the view to it; hiding one leaves the view where it is.
  const expandAndFocus = useCallback(
    (arId: string) => {
      setFocusNodeId(`ar:${arId}`);
      expand(arId);
    },
    [expand],
  );
  const collapseAndStay = useCallback(
    (arId: string) => {
      setFocusNodeId(null);
      setSelectedId(null);
      collapse(arId);
    },
    [collapse],
  );
  const click: ClickContext = useMemo(
    () => ({ canEdit, rootArId: input.rootArId, rootMenu, otherHours: input.hours }),
    [canEdit, input.rootArId, rootMenu, input.hours],
  );
  const context = useMemo(
    () => ({ expand: expandAndFocus, collapse: collapseAndStay, click, selectedId }),
    [expandAndFocus, collapseAndStay, click, selectedId],
  );
  if (!graph || !outline) return null;
  const loops = graph.edges.filter((e) => e.back && e.to.startsWith('ar:')).length;
  // A copy (`<id>~n`) shows the node it repeats.
  const selected = selectedId ? graph.nodes.find((n) => n.id === selectedId.split('~')[0]) : undefined;

  return (
    <DiagramActionsContext value={context}>
      <div className="routing-diagram">
        <p className="routing-diagram__help">{diagramHelp(canEdit)}</p>
        <p className="routing-diagram__legend" id="routing-diagram-legend">
          <span className="routing-diagram__key">
            <span className="routing-diagram__swatch routing-diagram__swatch--forward" aria-hidden="true" /> where a call goes
          </span>
          <span className="routing-diagram__key">
            <span className="routing-diagram__swatch routing-diagram__swatch--back" aria-hidden="true" /> back to a menu already drawn
            (not followed again){loops > 0 ? ` — ${loops} loop${loops === 1 ? '' : 's'} between auto receptionists` : ''}
          </span>
        </p>
        <div className="routing-diagram__stage">
          <div className="routing-diagram__canvas" role="group" aria-label="Routing diagram drawing (the same routing follows as a list)">
            <RoutingCanvas
              graph={graph}
              loading={loading}
              focusNodeId={focusNodeId}
              onDetails={(nodeId, side) => {
                setSelectedId(nodeId);
                setPanelSide(side);
              }}
            />
          </div>
          {selected && <NodeDetailsPanel node={selected} side={panelSide} renderQueue={renderQueue} onClose={() => setSelectedId(null)} />}
        </div>
        <section className="routing-diagram__outline" aria-labelledby="routing-outline-title">
          <h2 id="routing-outline-title">Routing as a list</h2>
          <RoutingOutline
            root={outline}
            loading={loading}
            click={click}
            renderQueue={renderQueue}
            expand={expandAndFocus}
            collapse={collapseAndStay}
          />
        </section>
      </div>
    </DiagramActionsContext>
  );
}
