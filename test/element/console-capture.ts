// Console capture for the browser tests, apart from helpers.ts, which defines the element on import: a
// test of server-rendered HTML listens before the element is defined (see hydration.test.ts).

export interface ConsoleCapture {
  calls: unknown[][];
  messages(): string[];
  restore(): void;
}

/** Records calls of console[method] (still printing them) until restore(). */
export function captureConsole(method: 'error' | 'warn'): ConsoleCapture {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
    original.apply(console, args);
  };
  return {
    calls,
    messages: () => calls.map(describeArgs),
    restore: () => {
      console[method] = original;
    },
  };
}

/** Records console.error calls (still printing them) until restore(). */
export function captureConsoleError(): ConsoleCapture {
  return captureConsole('error');
}

function describeArgs(args: unknown[]): string {
  return args
    .map((arg) => {
      if (typeof arg === 'string') return arg;
      if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
      try {
        return JSON.stringify(arg);
      } catch {
        return String(arg);
      }
    })
    .join(' ');
}
