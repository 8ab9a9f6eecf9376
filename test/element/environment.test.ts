// The suite runs once per time zone (test/run-browser-tests.mjs); that proves something only if
// Chromium really runs in the zone the runner was started with.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('browser test environment', () => {
  it("runs Chromium in the runner's TZ", async () => {
    const zone = await executeServerCommand<string | null, undefined>('runner-time-zone');
    if (zone === null) return; // started without TZ: nothing to compare
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone, `browser time zone under TZ=${zone}`).to.equal(zone);
  });
});
