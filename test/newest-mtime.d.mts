/** The newest modification time (ms) of a file, or of anything under a folder. */
export declare function newestMtime(path: string): number;
