import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { revealScroll, type TimelineItem, type TimelineItems, type VerticalBox } from '../../layout/index.js';
import type { TimelineEvent } from '../../model/types.js';

/** Detail of the `news-timeline-select` event. */
export interface NewsTimelineSelectDetail {
  event: TimelineEvent;
}

/** The event id the page's URL links to: its fragment, decoded ("" when there is none or it is malformed). */
function linkedId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** What selection needs from the element that draws the events. */
export interface SelectionView {
  /** The events as drawn, in time order. */
  items(): TimelineItems;
  /** Pans and zooms until the item has a label of its own on screen. */
  bringIntoView(item: TimelineItem): void;
  /** The event's sentence in the light-DOM article, when it has one there. */
  sentenceRange(event: TimelineEvent): Range | undefined;
}

/**
 * Which event is selected (its card open) and which one holds the roving tab stop; moving focus with
 * the arrow keys, Home and End; closing the card with Escape, its close button or a second selection;
 * and, after the render that opens a card, keeping the event's label clear of it and scrolling the article
 * toward its sentence without losing the timeline. Focus returns to the event's button after a render that moved it. A link to an event
 * (`#<event id>` in the page's URL, as TimelineJS's bookmarks) selects it and brings it into view.
 */
export class SelectionController implements ReactiveController {
  selectedId: string | undefined;
  focusId: string | undefined;
  private focusAfterRender = false;
  private revealAfterRender = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly view: SelectionView,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.showLinked);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.showLinked);
  }

  /**
   * New events: a selection that is gone is dropped, and a tab stop that is gone moves to the first
   * event. The event the page's URL links to is selected after this update.
   */
  reconcile(): void {
    const { byId, items } = this.view.items();
    if (this.selectedId !== undefined && !byId.has(this.selectedId)) this.selectedId = undefined;
    if (this.focusId === undefined || !byId.has(this.focusId)) this.focusId = items[0]?.id;
    // The server renders no page address to link from.
    if (!isServer && byId.has(linkedId())) queueMicrotask(this.showLinked);
  }

  /** Selects the event `#<id>` in the page's URL names, if it is one of ours, and brings it into view. */
  private readonly showLinked = (): void => {
    const item = this.view.items().byId.get(linkedId());
    if (!item || item.id === this.selectedId) return;
    this.view.bringIntoView(item);
    this.select(item.id);
  };

  /** Selects an event, or closes its card when it is the selected one (a second click, Enter again). */
  select(id: string): void {
    if (id === this.selectedId) return this.close();
    const item = this.view.items().byId.get(id);
    if (!item) return;
    this.selectedId = id;
    this.focusId = id;
    this.revealAfterRender = true;
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent<NewsTimelineSelectDetail>('news-timeline-select', { detail: { event: item.event }, bubbles: true, composed: true }));
  }

  /** Closes the card; focus, when it was in the card, goes back to the event. */
  close(): void {
    if (!this.selectedId) return;
    const root = this.host.renderRoot as ShadowRoot;
    this.focusAfterRender = root.querySelector('.card-slot')?.contains(root.activeElement) ?? false;
    this.focusId = this.selectedId;
    this.selectedId = undefined;
    this.host.requestUpdate();
  }

  /** Focus moved by Tab or a click: the roving tab stop follows it. */
  noteFocus(id: string): void {
    if (this.focusId === id) return;
    this.focusId = id;
    this.host.requestUpdate();
  }

  /** Moves focus to an event, bringing it into view first. */
  moveFocus(id: string | undefined): void {
    const item = id === undefined ? undefined : this.view.items().byId.get(id);
    if (!item) return;
    this.focusId = item.id;
    this.view.bringIntoView(item);
    this.focusAfterRender = true;
    this.host.requestUpdate();
  }

  /** Arrow keys, Home and End move focus in time order; Escape closes the card. Other keys are left alone. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (!this.selectedId) return;
      event.preventDefault();
      return this.close();
    }
    const { items } = this.view.items();
    const current = Math.max(0, items.findIndex((item) => item.id === this.focusId));
    const target = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 }[event.key];
    // Only from the axis and its events: arrow keys in the card scroll it.
    if (target === undefined || !(event.composedPath()[0] as Element).closest?.('[part~="viewport"]')) return;
    event.preventDefault();
    this.moveFocus(items[Math.min(items.length - 1, Math.max(0, target))]?.id);
  };

  hostUpdated(): void {
    if (this.revealAfterRender) {
      this.revealAfterRender = false;
      this.revealSelection();
    }
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.host.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this.focusId ?? '')}"]`)?.focus();
    }
  }

  /**
   * Scrolls until the selected event's label is clear of the opened card, then toward the event's
   * sentence in the article; each only when needed, and never so far that the label or the card leaves
   * the window. Instant: the reader asked for it, and reduced-motion users get no glide.
   */
  private revealSelection(): void {
    const item = this.selectedId ? this.view.items().byId.get(this.selectedId) : undefined;
    if (!item) return;
    const box = (selector: string) => this.host.renderRoot.querySelector(selector)?.getBoundingClientRect();
    const scroll = (target: VerticalBox, keep: VerticalBox[], height: number) => {
      const delta = revealScroll(target, keep, height);
      if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
    };
    const label = `button[data-id="${CSS.escape(item.id)}"]`;
    // On a timeline taller than the window the open card sticks to the window's foot, over the
    // timeline's lower part: there the label must clear it. Below the timeline it moves with the page,
    // and scrolling would change nothing (a hovered label's whole title may lie over it, by design).
    const [labelBox, slot, timeline] = [box(label), box('.card-slot'), box('[part~="viewport"]')];
    if (labelBox && slot && timeline && slot.top < timeline.bottom) scroll(labelBox, [], slot.top);
    const range = this.view.sentenceRange(item.event);
    const keep = [box(label), box('.card-slot')].filter((found) => found !== undefined);
    if (range) scroll(range.getBoundingClientRect(), keep, window.innerHeight);
  }
}
