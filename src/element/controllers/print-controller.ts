import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, or while the print media query
 * matches (print preview, emulation). The element renders its printed list only then, so that on screen
 * a timeline of 10,000 events keeps only what is visible in the DOM.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private media?: MediaQueryList;
  private events = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = window.matchMedia('print');
    this.media.addEventListener('change', this.update);
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.update();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.update);
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  // The browser lays the page out for print after `beforeprint`'s listeners and the microtasks they
  // queue, so the host's update (a microtask) is in the printout.
  private readonly before = (): void => {
    this.events = true;
    this.update();
  };

  private readonly after = (): void => {
    this.events = false;
    this.update();
  };

  private readonly update = (): void => {
    const printing = this.events || (this.media?.matches ?? false);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };
}
