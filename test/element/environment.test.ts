// The suite runs once per time zone (test/run-browser-tests.mjs); that proves something only if
// Chromium really runs in the zone the runner was started with.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('browser test environment', () => {
  it("runs Chromium in the runner's TZ", async () => {
    const zone = await executeServerCommand<string | null, undefined>('runner-time-zone');
    // A run without a zone would compare nothing: the runner must always start Chromium with one.
    expect(zone, 'the time zone web-test-runner started Chromium with').to.be.a('string').and.not.equal('');
    // Compared by the clock it shows, not by name: Chromium reports legacy aliases (Asia/Calcutta).
    const instants = [Date.UTC(2022, 0, 15, 12), Date.UTC(2022, 6, 15, 12)].map((ms) => new Date(ms));
    const local = instants.map((instant) => new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'long' }).format(instant));
    const named = instants.map((instant) => new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'long', timeZone: zone! }).format(instant));
    expect(local, `browser time zone under TZ=${zone} (${Intl.DateTimeFormat().resolvedOptions().timeZone})`).to.deep.equal(named);
  });

  it('is served from loopback only', async () => {
    const address = await executeServerCommand<{ address: string; port: number } | null, undefined>('test-server-address');
    expect(address?.address, 'the address the test server listens on').to.equal('127.0.0.1');
    expect(location.hostname).to.equal('127.0.0.1');
  });
});
