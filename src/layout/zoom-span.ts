/**
 * The narrowest view, wherever it is: on a warped axis one zoom factor shows an hour in the story's
 * busy week and a day in a quiet stretch, so the limit is on the span in view, not on the factor.
 */
import { ZOOM_LIMITS } from './time-domain.js';

interface Invertible {
  invert(position: number): Date;
}

/** A one-dimensional zoom: position `p` of the fitted view is drawn at `p * k + offset`. */
export interface AxisZoom {
  k: number;
  offset: number;
}

/**
 * `zoom`, or, when it would show less than `minSpan` of `fitted` (a scale over `[0, length]`), the
 * nearest zoom about the view's middle that shows `minSpan` (to within a thousandth of it).
 */
export function limitZoomSpan(fitted: Invertible, length: number, zoom: AxisZoom, minSpan: number = ZOOM_LIMITS.minSpan): AxisZoom {
  const middle = (length / 2 - zoom.offset) / zoom.k;
  const at = (k: number): AxisZoom => ({ k, offset: length / 2 - middle * k });
  const span = ({ k, offset }: AxisZoom) => +fitted.invert((length - offset) / k) - +fitted.invert(-offset / k);
  if (!(length > 0) || span(zoom) >= minSpan) return zoom;
  // Halving the span between a factor that shows enough and one that does not.
  let high = zoom.k;
  let low = zoom.k / 2;
  while (span(at(low)) < minSpan && low > 1e-12) [high, low] = [low, low / 2];
  for (let step = 0; step < 40 && high - low > low * 1e-3; step++) {
    const middleK = (low + high) / 2;
    if (span(at(middleK)) >= minSpan) low = middleK;
    else high = middleK;
  }
  return at(low);
}
