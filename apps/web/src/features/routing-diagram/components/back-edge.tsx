import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { BackFlowEdge } from '../utils/to-flow';

/**
 * A loop: out of the bottom of its box, along the gap under that box's row
 * (its caption hangs right under the box), and up into the bottom of the box
 * it returns to — or around the drawing when that box is not above it (to-flow.ts).
 */
export function BackEdge({ id, sourceX, sourceY, targetX, targetY, data, label, markerEnd }: EdgeProps<BackFlowEdge>) {
  const gapY = data?.gapY ?? sourceY + 20;
  const points: [number, number][] =
    data?.route === 'around'
      ? [
          [sourceX, sourceY],
          [sourceX, gapY],
          [data.sourceGutterX, gapY],
          [data.sourceGutterX, data.laneY],
          [data.targetGutterX, data.laneY],
          [data.targetGutterX, data.targetGapY],
          [targetX, data.targetGapY],
          [targetX, targetY],
        ]
      : [
          [sourceX, sourceY],
          [sourceX, gapY],
          [targetX, gapY],
          [targetX, targetY],
        ];
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'} ${x} ${y}`).join(' ');
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      label={label}
      labelX={sourceX}
      labelY={gapY}
      labelShowBg
      labelBgPadding={[6, 3]}
      labelBgBorderRadius={3}
    />
  );
}
