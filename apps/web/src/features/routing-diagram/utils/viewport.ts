// Where the drawing starts: readable first, complete second. Fitting a whole
// menu into the canvas shrank its words to 7 px; instead the first view frames
// the first levels (the auto receptionist, its greeting, its keys and where
// they lead) and never zooms below the scale at which the smallest words of
// the drawing stay about 11 px on screen. People pan and zoom from there; the
// list below the drawing is the whole routing at any size.

/** The smallest text drawn in the canvas, in CSS px (routing-diagram.css keeps every canvas font at or above it). */
export const SMALLEST_CANVAS_TEXT_PX = 13;
/** The smallest text we accept on screen. */
export const SMALLEST_SCREEN_TEXT_PX = 11;
/** Never zoom out further than this: 13 px × 0.85 ≈ 11 px. */
export const READABLE_ZOOM = SMALLEST_SCREEN_TEXT_PX / SMALLEST_CANVAS_TEXT_PX;
export const MAX_ZOOM = 1.5;
/** The first view does not magnify a small menu past its natural size. */
const START_MAX_ZOOM = 1;
const PADDING = 24;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Frames `frame` in a canvas of `size`: as large as fits, between the readable
 * zoom and natural size, from the top (a menu reads top down). Side to side,
 * what fits is centred; what does not starts at its left edge (where the call
 * starts), so the rest is a pan away.
 */
export function startViewport(frame: Box, size: { width: number; height: number }): Viewport {
  const fit = Math.min((size.width - 2 * PADDING) / frame.width, (size.height - 2 * PADDING) / frame.height);
  const zoom = Math.min(START_MAX_ZOOM, Math.max(READABLE_ZOOM, fit));
  const place = (start: number, length: number, room: number) =>
    length * zoom <= room - 2 * PADDING ? (room - length * zoom) / 2 - start * zoom : PADDING - start * zoom;
  return { x: place(frame.x, frame.width, size.width), y: PADDING - frame.y * zoom, zoom };
}

/** The smallest box holding all of `boxes` (an empty list gives an empty box at 0,0). */
export function bounds(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
