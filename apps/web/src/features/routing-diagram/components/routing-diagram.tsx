import { useMemo } from 'react';
import { buildDiagramGraph, type DiagramInput } from '../utils/diagram-graph';
import { buildOutline } from '../utils/outline';
import { DiagramActionsContext, type DiagramActions } from './diagram-actions';
import { RoutingCanvas } from './routing-canvas';
import { RoutingOutline } from './routing-outline';
import './routing-diagram.css';

export interface RoutingDiagramProps extends DiagramActions {
  input: DiagramInput;
  /** Auto receptionists whose menu is being fetched. */
  loading: ReadonlySet<string>;
  editorHref: (arId: string) => string;
  onOpenEditor: (arId: string) => void;
}

/** The canvas and, below it, the same routing as a nested list. */
export function RoutingDiagram({ input, loading, editorHref, onOpenEditor, expand, collapse }: RoutingDiagramProps) {
  const graph = useMemo(() => buildDiagramGraph(input), [input]);
  const outline = useMemo(() => (graph ? buildOutline(graph) : null), [graph]);
  const actions = useMemo(() => ({ expand, collapse }), [expand, collapse]);
  if (!graph || !outline) return null;
  const loops = graph.edges.filter((e) => e.back && e.to.startsWith('ar:')).length;

  return (
    <DiagramActionsContext value={actions}>
      <div className="routing-diagram">
        <p className="routing-diagram__legend" id="routing-diagram-legend">
          <span className="routing-diagram__key">
            <span className="routing-diagram__swatch routing-diagram__swatch--forward" aria-hidden="true" /> where a call goes
          </span>
          <span className="routing-diagram__key">
            <span className="routing-diagram__swatch routing-diagram__swatch--back" aria-hidden="true" /> back to a menu already drawn
            (not followed again){loops > 0 ? ` — ${loops} loop${loops === 1 ? '' : 's'} between auto receptionists` : ''}
          </span>
        </p>
        <div className="routing-diagram__canvas" role="group" aria-label="Routing diagram drawing (the same routing follows as a list)">
          <RoutingCanvas graph={graph} loading={loading} onOpenEditor={onOpenEditor} />
        </div>
        <section className="routing-diagram__outline" aria-labelledby="routing-outline-title">
          <h2 id="routing-outline-title">Routing as a list</h2>
          <RoutingOutline root={outline} loading={loading} editorHref={editorHref} expand={expand} collapse={collapse} />
        </section>
      </div>
    </DiagramActionsContext>
  );
}
