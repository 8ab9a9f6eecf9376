import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline and quiet, here and in CI: no telemetry, no update or "what's new" checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, disableProjectJson: true },
  // The story iframe has no icon of its own; without one every browser check logs a favicon.ico 404.
  previewHead: (head) => `${head}<link rel="icon" href="data:,">`,
  async viteFinal(viteConfig) {
    // Quiet in CI: only warnings and errors. The preview bundles lit, d3 and chrono-node with
    // Storybook's own runtime, so its chunk is large by design.
    return { ...viteConfig, logLevel: 'warn', build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 } };
  },
};

export default config;
