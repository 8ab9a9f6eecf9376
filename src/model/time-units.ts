/** Milliseconds in the fixed units of a UTC axis (no leap seconds, no DST: UTC days are all 24 h). */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** The farthest instant a `Date` can hold, either side of 1970 (ECMA-262, "Time Values and Time Range"). */
export const MAX_TIME_MS = 8.64e15;
