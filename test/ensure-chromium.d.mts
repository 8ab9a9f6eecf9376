/** How every headless Chromium of this repository starts. */
export declare const CHROMIUM_ARGS: string[];
/** The path of a usable Chromium, installing Debian's package when possible; exits the process when none. */
export declare function ensureChromium(): string;
