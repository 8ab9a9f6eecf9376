import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/**
 * Wheel, drag, pinch and double-click zoom (d3-zoom) on the host's viewport, plus programmatic zoom. The
 * transform is the host's state; the behaviour is attached to whichever viewport element is rendered
 * and detached when the host leaves the page.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private element?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly viewport: () => HTMLElement | null | undefined,
  ) {
    // duration(0): double-click zoom is instant, like every other zoom here (nothing animates).
    this.behavior = zoom<HTMLElement, unknown>().duration(0).on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { k, x, y } = event.transform;
      // Attaching to a new viewport replays the current transform: nothing to draw again then.
      if (k === this.transform.k && x === this.transform.x && y === this.transform.y) return;
      this.transform = event.transform;
      this.host.requestUpdate();
    });
    host.addController(this);
  }

  /**
   * Zoom limits as scale factors of the fitted view, the viewport size for keyboard zoom, and `limit`, a
   * last word on each transform (the narrowest span in view) along the time axis: `k` and its offset.
   */
  configure(scaleExtent: [number, number], size: [number, number], vertical: boolean, limit: (k: number, offset: number) => { k: number; offset: number } = (k, offset) => ({ k, offset })): void {
    this.behavior.scaleExtent(scaleExtent).extent([
      [0, 0],
      [Math.max(1, size[0]), Math.max(1, size[1])],
    ]);
    // Only the time axis zooms: a vertical timeline pans up and down, a horizontal one sideways.
    this.behavior.constrain((transform) => {
      const { k, offset } = limit(transform.k, vertical ? transform.y : transform.x);
      return vertical ? zoomIdentity.translate(0, offset).scale(k) : zoomIdentity.translate(offset, 0).scale(k);
    });
  }

  hostUpdated(): void {
    const element = this.viewport() ?? undefined;
    if (element === this.element) return;
    this.detach();
    this.element = element;
    if (element) select(element).call(this.behavior).call(this.behavior.transform, this.transform);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Zooms by `factor` about `point` in the viewport (default: its middle). */
  scaleBy(factor: number, point?: [number, number]): void {
    if (this.element) select(this.element).call(this.behavior.scaleBy, factor, point);
  }

  set(transform: ZoomTransform): void {
    if (this.element) select(this.element).call(this.behavior.transform, transform);
    else this.transform = transform;
    this.host.requestUpdate();
  }

  private detach(): void {
    if (this.element) select(this.element).on('.zoom', null);
    this.element = undefined;
  }
}
