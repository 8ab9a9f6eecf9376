import type { DayPart } from './types.js';

/** The parts of a day, in the day's order, as English names them. */
export const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening', 'night'];
