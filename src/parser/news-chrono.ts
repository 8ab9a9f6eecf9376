/**
 * chrono-node's casual English grammar, extended for news: our parsers run first so that on equal spans
 * their reading wins ("last week" is a week, not a day), and our refiners run last, on merged results.
 */
import { casual } from 'chrono-node/en';
import { QuarterParser } from './parsers/quarter-parser.js';
import { RelativeOffsetParser } from './parsers/relative-offset-parser.js';
import { RelativePeriodParser } from './parsers/relative-period-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { AnchorRefiner } from './refiners/anchor-refiner.js';
import { DayPartPrefixRefiner } from './refiners/day-part-prefix-refiner.js';
import { NonEventRefiner } from './refiners/non-event-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';

export const newsChrono = casual.clone();
newsChrono.parsers.unshift(new RelativePeriodParser(), new QuarterParser(), new RelativeOffsetParser(), new YearParser());
newsChrono.refiners.push(new NonEventRefiner(), new DayPartPrefixRefiner(), new TenseRefiner(), new AnchorRefiner());
