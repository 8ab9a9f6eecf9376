// The demo page that `npm start` serves, used as a newcomer would: the seed article's timeline, the three
// example articles, a pasted article with its date read from the dateline or set by hand, and nothing
// loaded from anywhere but the page's own server. The page runs in an iframe of its own.
import { expect, waitUntil } from '@open-wc/testing';

interface DemoTimeline extends HTMLElement {
  text?: string;
  published?: string;
  updateComplete: Promise<boolean>;
}

let frame: HTMLIFrameElement;
const page = () => frame.contentDocument!;
const seed = () => page().querySelector<DemoTimeline>('news-timeline:not(#own)')!;
const own = () => page().querySelector<DemoTimeline>('news-timeline#own')!;
const textarea = () => page().querySelector<HTMLTextAreaElement>('#article')!;
const dateInput = () => page().querySelector<HTMLInputElement>('#published')!;
const detected = () => page().querySelector('#detected')!.textContent;
const dates = (timeline: DemoTimeline) => [...timeline.shadowRoot!.querySelectorAll('li[part~="event"]')].map((item) => item.getAttribute('data-date')!).sort();
/** Events behind the "+N more" buttons, which stand for those that do not fit at this zoom. */
const clustered = (timeline: DemoTimeline) =>
  [...timeline.shadowRoot!.querySelectorAll('li[part~="cluster"] button')].reduce((sum, button) => sum + Number(/\+(\d+)/.exec(button.textContent!)![1]), 0);
const dateWords = (timeline: DemoTimeline) =>
  [...timeline.shadowRoot!.querySelectorAll('button[part~="event-button"]')].map((button) => button.getAttribute('aria-label')!);

/** Types like a person: one input event per character, too quick for the page's 250 ms pause. */
function type(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  for (let end = 1; end <= value.length; end++) {
    field.value = value.slice(0, end);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

async function settled(timeline: DemoTimeline, expected: (dates: string[]) => boolean, what: string): Promise<void> {
  try {
    await waitUntil(() => timeline.shadowRoot && expected(dates(timeline)), what, { timeout: 5000 });
  } catch {
    throw new Error(`${what}: the timeline shows ${JSON.stringify(dates(timeline))} and ${clustered(timeline)} more`);
  }
  await timeline.updateComplete;
}

before(async () => {
  frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '1000px', height: '1600px', border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  // Served unbundled, the page loads a module per source file: past the 250 entries a browser keeps by
  // default, later loads (the worker) would go unrecorded.
  frame.contentWindow!.performance.setResourceTimingBufferSize(100_000);
  await waitUntil(() => page().defaultView!.customElements.get('news-timeline'), 'the demo defines <news-timeline>', { timeout: 10000 });
  await settled(seed(), (found) => found.length === 4, 'the seed timeline');
});

after(() => frame.remove());

describe('the demo page (npm start)', () => {
  it("shows the seed article's four events above the article", () => {
    expect(dates(seed())).to.deep.equal(['2022-02-15', '2022-02-15', '2022-02-16', '2022-02-16']);
    const timeline = seed().shadowRoot!.querySelector('[part~="timeline"]')!.getBoundingClientRect();
    const article = seed().querySelector('article')!.getBoundingClientRect();
    expect(timeline.bottom, 'the timeline sits above the article').to.be.at.most(article.top + 1);
  });

  it('invites an article before anything is typed, instead of a timeline that found nothing', () => {
    const invitation = page().querySelector<HTMLElement>('#own-empty')!;
    expect(invitation.getBoundingClientRect().height, 'the invitation is shown').to.be.greaterThan(0);
    expect(invitation.textContent).to.contain('Your timeline appears here');
    expect(own().getBoundingClientRect().height, 'the empty timeline is not').to.equal(0);
  });

  it('speaks in the type family of the element, with designed controls', () => {
    const view = page().defaultView!;
    const family = (element: Element) => view.getComputedStyle(element).fontFamily;
    const timeline = seed().shadowRoot!.querySelector('[part~="timeline"]')!;
    for (const element of [page().body, page().querySelector('article p')!, textarea(), dateInput(), page().querySelector('button[data-example]')!]) {
      expect(family(element), element.tagName).to.equal(family(timeline));
    }
    const button = view.getComputedStyle(page().querySelector('button[data-example]')!);
    expect(button.borderRadius, 'example buttons are pills, not default buttons').to.not.equal('0px');
    expect(dateInput().getBoundingClientRect().height, 'a date input large enough to tap').to.be.at.least(44);
  });

  // Each example's events and their dates, as test/parser/examples.test.ts checks them one by one.
  const examples: Array<[name: string, published: string, count: number, dates: string[]]> = [
    ['weekend-edition', '2023-06-11', 10, ['2023-06-09', '2023-06-09T21:00', '2023-06-10', '2023-06-12', '2023-06-13', '2023-06', '2019', '2023-W24']],
    ['year-boundary', '2024-01-02', 9, ['2023-12-31', '2023-12-30', '2023', '2024-01-09', '2024', '2024-03', '2021']],
    ['future-schedule', '2023-09-14', 9, ['2023-09-19', '2023-09-14', '2023-10-01', '2023-09-28', '2024', '2023-Q2', '2023-W36', '2023-11', '2018']],
  ];
  for (const [name, published, count, exampleDates] of examples) {
    it(`loads the ${name} example, reading its publication date from the dateline`, async () => {
      page().querySelector<HTMLButtonElement>(`button[data-example="${name}"]`)!.click();
      await settled(own(), (found) => found.length + clustered(own()) === count && found.every((date) => exampleDates.includes(date)), name);
      expect(detected()).to.equal(`Read from the text: ${published}`);
      expect(own().published).to.equal(published);
      expect(textarea().value).to.match(/^\S.*\n/);
    });
  }

  it('reads the Spanish example in Spanish, with its date, and speaks Spanish; English again for the next', async () => {
    page().querySelector<HTMLButtonElement>('button[data-example="es/vivienda"]')!.click();
    // "el martes", "el 1 de julio", "la semana pasada", "octubre de 2024", "el próximo lunes", "1994", "hace dos años".
    await settled(own(), (found) => found.includes('2026-03-10') && found.includes('2026-07-01') && found.includes('2026-03-16'), 'Spanish example');
    expect(own().lang).to.equal('es');
    expect(page().querySelector<HTMLSelectElement>('#language')!.value).to.equal('es');
    expect(own().published).to.equal('2026-03-12');
    expect(dateWords(own()).some((words) => words.includes('martes, 10 de marzo de 2026')), dateWords(own()).join(' | ')).to.equal(true);
    expect(own().shadowRoot!.textContent).to.contain('Publicado');
    page().querySelector<HTMLButtonElement>('button[data-example="year-boundary"]')!.click();
    await settled(own(), (found) => found.includes('2023-12-31'), 'back to English');
    expect(own().lang).to.equal('en');
  });

  it('reads a typed article once typing pauses, and a date set by hand wins over the dateline', async () => {
    const article = 'WASHINGTON, March 3, 2021 (Wire) - The Senate voted on Tuesday to confirm the nominee.';
    dateInput().value = '';
    type(textarea(), article);
    // Every keystroke has been typed and none has been read yet: reading waits for the pause.
    expect(own().text, 'before the pause').to.not.equal(article);
    await settled(own(), (found) => found.length === 1 && found[0] === '2021-03-02', 'typed article');
    expect(own().text).to.equal(article);
    expect(detected()).to.equal('Read from the text: 2021-03-03');

    type(dateInput(), '2021-03-10');
    await settled(own(), (found) => found[0] === '2021-03-09', 'date set by hand');
    expect(detected(), 'no dateline message once a date is set').to.equal('');
    expect(dateWords(own())[0]).to.contain('Tuesday, March 9, 2021');
  });

  it('says when an article has no dateline and no date is set', async () => {
    dateInput().value = '';
    type(textarea(), 'The board met on Tuesday.');
    await waitUntil(() => detected() === 'No dateline found: set the date.', `status: ${detected()}`, { timeout: 5000 });
    await own().updateComplete;
    expect(own().shadowRoot!.querySelector('[part~="error"], [part~="empty"]'), 'the timeline explains itself').to.exist;
  });

  it('reads a 50 KB paste, off the main thread, and shows its events', async () => {
    const paragraph = 'WASHINGTON, March 3, 2021 (Wire) - The Senate voted on Tuesday to confirm the nominee, officials said.\n';
    const article = paragraph.repeat(Math.ceil(50_000 / paragraph.length));
    dateInput().value = '';
    textarea().value = article;
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => own().text === article, 'the paste is handed to the timeline', { timeout: 5000 });
    await settled(own(), (found) => found.length > 0 && found.every((date) => date === '2021-03-02'), '50 KB paste');
    // Over 20,000 characters the element reads in a module worker.
    const scripts = page().defaultView!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts.filter((path) => path.includes('extract-worker'))).to.have.length.greaterThan(0);
  });

  it('shows one story from three outlets, the card listing each source', async () => {
    const story = page().querySelector<DemoTimeline>('news-timeline#story')!;
    await settled(story, (found) => found.length === 7, 'the story timeline');
    const crest = [...story.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="event-button"]')].find((button) => button.getAttribute('aria-label')!.startsWith('The National Weather Service said on Sunday'));
    crest!.click();
    await story.updateComplete;
    const sources = [...story.shadowRoot!.querySelectorAll('[part~="source-button"]')].map((button) => button.textContent);
    expect(sources).to.deep.equal(['The Harlan Courier', 'Reuters', 'Lexington Herald']);
  });

  it('loads nothing from any other origin: it works offline', () => {
    const resources = page().defaultView!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(resources.length, 'the page loaded its scripts and styles').to.be.greaterThan(3);
    expect(resources.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
  });
});
