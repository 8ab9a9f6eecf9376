/**
 * Inline style set through the CSSOM (`style.setProperty`), never through a `style` attribute. A page
 * whose Content-Security-Policy has `style-src` without 'unsafe-inline' blocks style attributes, also
 * those set from script and lit's `styleMap` on its first render (it writes the attribute), but not the
 * CSSOM (CSP Level 3, "style-src"; https://github.com/lit/rfcs/issues/13). Used in an element position:
 * `<li ${styleProperties({ left: '12px' })}>`; a property left out of the next call is removed.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names as written in CSS (`left`, `max-width`), to values. */
export type StyleProperties = Readonly<Record<string, string>>;

class StylePropertiesDirective extends Directive {
  private names: readonly string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() belongs in an element position: <li ${styleProperties({...})}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.names = Object.keys(properties);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
