import type { Preview } from '@storybook/web-components-vite';
import { NewsTimeline } from '../src/element/news-timeline.js';

// Registered here rather than by `import '../src/element/define.js'`: package.json "sideEffects"
// lists only ./dist/element/define.js, so a production build (storybook build) drops a bare import of
// the source define file, and the stories would show an undefined element.
if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
  },
};

export default preview;
