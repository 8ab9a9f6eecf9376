export declare const TEST_ZONES: readonly string[];
