import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders when the light-DOM article changes: an edited or replaced article is a changed input. */
export class LightDomController implements ReactiveController {
  /** Bumped on every change, so the host can tell that its article text is stale. */
  version = 0;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      this.version++;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
