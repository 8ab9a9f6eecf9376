/** The base subtag of a BCP 47 tag (`es-MX` -> `es`), also of a POSIX-style one (`pt_BR` -> `pt`). */
export const baseLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0]!;
