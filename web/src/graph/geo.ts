/**
 * Where a city sits on a canvas: an equirectangular projection around the corridor's middle (about 30.8°N,
 * 119.5°E), north up, with latitude stretched by 1/cos(30.8°) ≈ 1.15 so distances read true. No map tiles: the
 * corridor is nine points, and the picture is of the chains between them.
 */
export const GEO_CENTRE = { lat: 30.8, lng: 119.5 } as const;

export function cityPoint(c: { lat: number; lng: number }, scale: number): { x: number; y: number } {
  return { x: (c.lng - GEO_CENTRE.lng) * scale, y: -(c.lat - GEO_CENTRE.lat) * scale * 1.15 };
}

/** A golden-angle spiral: the k-th of many items around a centre, apart from each other without a layout run. */
export function spiralPoint(
  centre: { x: number; y: number },
  k: number,
  inner: number,
  step: number,
): { x: number; y: number } {
  const r = inner + step * Math.sqrt(k);
  const a = k * 2.399963;
  return { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
}
