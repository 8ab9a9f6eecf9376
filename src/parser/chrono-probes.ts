/**
 * chrono-node does not export its parsers and refiners one by one: those we replace or leave out are
 * recognised by what they do with a probe phrase.
 */
import type { Parser, Refiner } from 'chrono-node';
// Every locale's entry exports the one Chrono class; the English one is in the parser already.
import { Chrono } from 'chrono-node/en';

export const PROBE_REFERENCE = { instant: new Date(0), timezone: 0 };

/** What a grammar of only `parser` reads in a probe phrase. */
export const probeParser = (parser: Parser, probe: string) => new Chrono({ parsers: [parser], refiners: [] }).parse(probe, PROBE_REFERENCE);

/**
 * chrono-node drops every all-digit result, which is what a bare year is; the refiner doing that is
 * recognised by dropping one that `years` reads, and left out (our non-event filter and value checks
 * cover the rest of it).
 */
export const dropsBareYears = (refiner: Refiner, years: Parser): boolean =>
  new Chrono({ parsers: [years], refiners: [refiner] }).parse('It was 2014 then.', PROBE_REFERENCE).length === 0;
