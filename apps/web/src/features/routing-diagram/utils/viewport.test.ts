import { describe, expect, it } from 'vitest';
import { bounds, READABLE_ZOOM, SMALLEST_CANVAS_TEXT_PX, startViewport } from './viewport';

describe('startViewport', () => {
  it('never zooms out past the scale at which the smallest words are about 11 px on screen', () => {
    expect(SMALLEST_CANVAS_TEXT_PX * READABLE_ZOOM).toBeGreaterThanOrEqual(11);
    // a menu far too big for the canvas: readable zoom, starting at its top-left corner (where the call starts)
    const v = startViewport({ x: 0, y: 0, width: 2000, height: 3000 }, { width: 1100, height: 650 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v).toMatchObject({ x: 24, y: 24 });
  });

  it('fits the first levels when they fit at a readable size, and never magnifies past natural size', () => {
    const fits = startViewport({ x: 0, y: 0, width: 1000, height: 500 }, { width: 1100, height: 650 });
    expect(fits.zoom).toBeCloseTo(1);
    // centred side to side (as much room left as right), from the top
    expect(fits.x).toBeCloseTo((1100 - 1000) / 2);
    expect(fits.y).toBe(24);
    const between = startViewport({ x: 0, y: 0, width: 1150, height: 600 }, { width: 1100, height: 650 });
    expect(between.zoom).toBeGreaterThan(READABLE_ZOOM);
    expect(between.zoom).toBeLessThan(1);
    expect(startViewport({ x: 0, y: 0, width: 100, height: 50 }, { width: 1100, height: 650 }).zoom).toBe(1);
  });

  it('frames a box anywhere in the drawing (an auto receptionist drawn further right)', () => {
    const v = startViewport({ x: 900, y: 300, width: 1200, height: 2000 }, { width: 360, height: 500 });
    // the frame's top-left corner lands at the padding
    expect(900 * v.zoom + v.x).toBeCloseTo(24);
    expect(300 * v.zoom + v.y).toBeCloseTo(24);
  });
});

describe('bounds', () => {
  it('holds every box', () => {
    expect(
      bounds([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -5, y: 100, width: 20, height: 20 },
      ]),
    ).toEqual({ x: -5, y: 20, width: 115, height: 100 });
    expect(bounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
