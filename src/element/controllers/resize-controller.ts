import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's own width (not the window's): a timeline in a narrow column lays out vertically. */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // The first render already gets the real width; the observer follows later changes.
    this.width = this.host.getBoundingClientRect().width;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (Math.round(width) === Math.round(this.width)) return;
      this.width = width;
      // Re-rendering changes the host's height; doing it in the next frame, not inside this
      // callback, keeps the observer out of a resize loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
