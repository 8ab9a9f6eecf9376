import '../src/element/define.js';
import { findPublicationDate } from '../src/cli/dateline.js';

const textarea = document.querySelector<HTMLTextAreaElement>('#article')!;
const dateInput = document.querySelector<HTMLInputElement>('#published')!;
const detected = document.querySelector<HTMLElement>('#detected')!;
const own = document.querySelector<HTMLElement & { published?: string; text?: string }>('news-timeline#own')!;
const emptyState = document.querySelector<HTMLElement>('#own-empty')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;

// Debounced: a 50 KB paste re-parses once, after typing pauses, not on every keystroke.
let timer = 0;
function schedule(): void {
  clearTimeout(timer);
  timer = window.setTimeout(update, 250);
}

function update(): void {
  const text = textarea.value;
  const found = dateInput.value ? undefined : findPublicationDate(text);
  detected.textContent = dateInput.value ? '' : found ? `Read from the text: ${found}` : text.trim() ? 'No dateline found: set the date.' : '';
  own.published = dateInput.value || found;
  own.text = text;
  // Until there is an article, an invitation instead of a timeline that found nothing.
  const hasArticle = text.trim() !== '';
  own.hidden = !hasArticle;
  emptyState.hidden = hasArticle;
}

textarea.addEventListener('input', schedule);
dateInput.addEventListener('input', schedule);
// The article's language picks the grammar it is read with and the element's own words.
function setLanguage(lang: string): void {
  language.value = lang;
  own.lang = lang;
  textarea.lang = lang;
}
language.addEventListener('change', () => setLanguage(language.value));

// The examples are plain text next to this page; their datelines give the publication date (the dateline
// reader knows English months: another language's example names its date).
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
  button.addEventListener('click', async () => {
    const response = await fetch(new URL(`./examples/${button.dataset['example']}.txt`, import.meta.url));
    textarea.value = await response.text();
    dateInput.value = button.dataset['published'] ?? '';
    setLanguage(button.dataset['lang'] ?? 'en');
    update();
  });
}
