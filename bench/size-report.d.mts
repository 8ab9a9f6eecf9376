// Types of size-report.mjs, for test/ship/size.test.ts.
export interface SizeRow {
  entry: string;
  /** Bytes, minified. */
  min: number;
  /** Bytes, minified and gzipped at level 9. */
  gzip: number;
  /** Bytes of min + gzip allowed. */
  budget: number;
  ok: boolean;
}

export declare const KB: number;
export declare const BUDGETS: ReadonlyArray<{ entry: string; input: string; budget: number }>;
export declare function bundle(entry: { input?: string; code?: string; minify?: boolean }): Promise<string>;
export declare function bundleChunks(entry: { input?: string; code?: string; minify?: boolean; banner?: boolean }): Promise<Array<{ fileName: string; code: string }>>;
export declare function measureSizes(): Promise<SizeRow[]>;
export declare function formatSizeTable(rows: readonly SizeRow[]): string;
