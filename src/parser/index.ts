import { parsePublished } from './publication.js';
import type { ExtractOptions, TimelineEvent } from './types.js';

export type { ExtractOptions, Granularity, PublishedInput, Relation, TextSpan, TimelineEvent } from './types.js';

export function extractEvents(text: string, options: ExtractOptions): TimelineEvent[] {
  parsePublished(options?.published);
  void text;
  return [];
}
