/**
 * The longest text extractEvents reads unless told otherwise (`options.maxLength`), in UTF-16 code units.
 * Its own module, so that the CLI can bound its input before it loads the parser.
 */
export const DEFAULT_MAX_LENGTH = 5_000_000;
