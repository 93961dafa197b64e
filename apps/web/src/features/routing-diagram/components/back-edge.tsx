import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';

export type BackEdgeData = { laneY: number };
export type BackFlowEdge = Edge<BackEdgeData, 'back'>;

/**
 * An edge that closes a loop: it leaves its node, drops to its own lane below
 * the whole diagram, runs back left and climbs into the node it returns to —
 * so it never crosses a box and its label sits in open space.
 */
export function BackEdge({ id, sourceX, sourceY, targetX, targetY, data, label, markerEnd }: EdgeProps<BackFlowEdge>) {
  const laneY = data?.laneY ?? Math.max(sourceY, targetY) + 40;
  const out = sourceX + 16;
  const into = targetX - 16;
  const path = `M ${sourceX} ${sourceY} L ${out} ${sourceY} L ${out} ${laneY} L ${into} ${laneY} L ${into} ${targetY} L ${targetX} ${targetY}`;
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      label={label}
      labelX={(out + into) / 2}
      labelY={laneY}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
    />
  );
}
