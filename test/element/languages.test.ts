// The page's language picks the grammar the element reads its article with and the words it speaks:
// a Spanish article in a Spanish page, a German one in a German page, read on the main thread, in the
// worker and as a story alike; a change of lang reads again; a language without a grammar is read as
// English, with one warning, its dates still in its own language.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { loadLanguage } from '../../src/parser/load-language.js';
import {
  captureConsole,
  clusterItems,
  dates,
  eventItems,
  eventKey,
  eventsTimeline,
  itemKey,
  makeEvent,
  part,
  settle,
  shadow,
  text,
  type ConsoleCapture,
  type NewsTimeline,
  type TimelineEvent,
} from './helpers.js';
import { extractEvents } from '../../src/parser/index.js';

const SPANISH = [
  'El Ayuntamiento de Valencia aprobó el pasado martes el nuevo plan de movilidad urbana.',
  'La votación llegó tras meses de debate entre los grupos municipales.',
  'Las obras del primer carril bici comenzarán el 15 de mayo, según fuentes municipales.',
  'La semana pasada, los vecinos del barrio de Ruzafa presentaron más de dos mil alegaciones al proyecto.',
];
const SPANISH_PUBLISHED = '2022-04-08';

const GERMAN = [
  'Der Stadtrat von Leipzig hat am 3. März 2022 den Bau einer neuen Straßenbahnlinie beschlossen.',
  'Die Pläne waren letzte Woche öffentlich vorgestellt worden.',
  'Die Bauarbeiten sollen im Herbst 2023 beginnen, teilte die Stadtverwaltung mit.',
];
const GERMAN_PUBLISHED = '2022-03-10';

/** An `<article>` of one paragraph per sentence. */
function article(sentences: readonly string[]): HTMLElement {
  const element = document.createElement('article');
  for (const sentence of sentences) element.append(Object.assign(document.createElement('p'), { textContent: sentence }));
  return element;
}

/** What the parser finds in the sentences in `lang`, as date and title. */
async function expected(sentences: readonly string[], published: string, lang: string): Promise<string[]> {
  await loadLanguage(lang);
  return extractEvents(sentences.join('\n'), { published, lang }).map(eventKey).sort();
}

const drawn = (el: NewsTimeline): string[] => eventItems(el).map(itemKey).sort();
const ariaLabel = (el: NewsTimeline, name: string): string | null => part(el, name)!.getAttribute('aria-label');

async function waitFor(condition: () => boolean, what: string, el: NewsTimeline): Promise<void> {
  const deadline = performance.now() + 8000;
  while (!condition() && performance.now() < deadline) await nextFrame();
  await settle(el);
  expect(condition(), what).to.be.true;
}

describe('<news-timeline> in the language of its page', () => {
  let warnings: ConsoleCapture;
  beforeEach(() => {
    warnings = captureConsole('warn');
  });
  afterEach(() => warnings.restore());

  it('reads a Spanish article inside <div lang="es"> with the Spanish grammar, and speaks Spanish', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="es"><news-timeline published=${SPANISH_PUBLISHED}>${article(SPANISH)}</news-timeline></div>`);
    const el = page.querySelector('news-timeline')!;
    await settle(el);
    expect(dates(el).sort(), '"el pasado martes", "el 15 de mayo", "la semana pasada"').to.deep.equal(['2022-04-05', '2022-05-15', '2022-W13']);
    expect(drawn(el)).to.deep.equal(await expected(SPANISH, SPANISH_PUBLISHED, 'es'));
    expect(text(part(el, 'zoom-fit')), 'the fit button').to.equal('Ajustar');
    expect([ariaLabel(el, 'zoom-in'), ariaLabel(el, 'zoom-out'), ariaLabel(el, 'zoom-fit')]).to.deep.equal(['Acercar', 'Alejar', 'Ver todos los eventos']);
    expect(ariaLabel(el, 'events')).to.equal('Eventos en orden cronológico');
    expect(text(part(el, 'publication')), 'the publication label').to.equal('Publicado 8 abr 2022');
    const tuesday = eventItems(el).find((item) => item.dataset['date'] === '2022-04-05')!;
    expect(tuesday.querySelector('button')!.getAttribute('aria-label')).to.equal(
      'El Ayuntamiento de Valencia aprobó el nuevo plan de movilidad urbana., martes, 5 de abril de 2022 \u2013 hace 3 días',
    );
    const week = eventItems(el).find((item) => item.dataset['date'] === '2022-W13')!;
    expect(text(week.querySelector('[part~="date"]')), 'a week in Spanish words').to.equal('semana del 28 mar 2022');
    expect(text(shadow(el).querySelector('.card-hint'))).to.equal('Selecciona un evento para leer la frase de la que procede.');
    expect(warnings.calls, 'no warning for a language with a grammar').to.deep.equal([]);
  });

  it('reads a German article under lang="de" with the German grammar, and speaks German', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline lang="de" published=${GERMAN_PUBLISHED}>${article(GERMAN)}</news-timeline>`);
    await settle(el);
    expect(dates(el).sort(), '"am 3. März 2022", "letzte Woche", "im Herbst 2023"').to.deep.equal(['2022-03-03', '2022-W09', '2023-FA']);
    expect(drawn(el)).to.deep.equal(await expected(GERMAN, GERMAN_PUBLISHED, 'de'));
    expect(text(part(el, 'zoom-fit'))).to.equal('Alles');
    expect(ariaLabel(el, 'zoom-in')).to.equal('Vergrößern');
    expect(text(part(el, 'publication'))).to.equal('Erschienen 10. März 2022');
    const week = eventItems(el).find((item) => item.dataset['date'] === '2022-W09')!;
    expect(week.querySelector('button')!.getAttribute('aria-label')).to.equal('Die Pläne waren öffentlich vorgestellt worden., Woche vom 28. Feb. 2022 \u2013 letzte Woche');
    // The card: its labels, and its sentence with the German date words marked.
    week.querySelector('button')!.click();
    await settle(el);
    expect(part(el, 'card')!.getAttribute('aria-label')).to.equal('Ausgewähltes Ereignis');
    expect(ariaLabel(el, 'card-close')).to.equal('Schließen');
    expect(text(part(el, 'expression'))).to.equal('letzte Woche');
  });

  it('names the part of the day a French article gives, in French, on the item and in the card', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline lang="fr" published="2026-11-25">${article(['Le conseil municipal a voté hier soir la fermeture de la piscine.', 'Les travaux commenceront lundi.'])}</news-timeline>`);
    await settle(el);
    expect(dates(el).sort()).to.deep.equal(['2026-11-24', '2026-11-30']);
    const evening = eventItems(el).find((item) => item.dataset['date'] === '2026-11-24')!;
    expect(evening.querySelector('button')!.getAttribute('aria-label')).to.equal('Le conseil municipal a voté la fermeture de la piscine., mardi 24 novembre 2026, le soir \u2013 hier');
    // The item's date line is the day alone: with its part it would not fit beside the title.
    expect(text(evening.querySelector('[part~="date"]'))).to.equal('mardi 24 novembre 2026');
    evening.querySelector('button')!.click();
    await settle(el);
    expect(text(shadow(el).querySelector('.card-date'))).to.equal('mardi 24 novembre 2026, le soir \u2013 hier');
    expect(text(part(el, 'expression')), 'the date words marked in the sentence').to.equal('hier soir');
    // A day the text gives no part of keeps its date alone.
    const monday = eventItems(el).find((item) => item.dataset['date'] === '2026-11-30')!;
    expect(monday.querySelector('button')!.getAttribute('aria-label')).to.match(/, lundi 30 novembre 2026 \u2013 /);
  });

  it('reads the text again when lang changes, with the new language\'s grammar and words', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline lang="en" published=${SPANISH_PUBLISHED} .text=${SPANISH.join(' ')}></news-timeline>`);
    await settle(el);
    expect(dates(el), 'the English grammar finds no date in Spanish').to.deep.equal([]);
    expect(text(part(el, 'empty'))).to.equal('No dated events were found in this article.');
    el.setAttribute('lang', 'es-ES');
    await settle(el);
    expect(dates(el).sort(), 'read again in Spanish').to.deep.equal(['2022-04-05', '2022-05-15', '2022-W13']);
    expect(text(part(el, 'zoom-fit'))).to.equal('Ajustar');
    el.setAttribute('lang', 'en-GB');
    await settle(el);
    expect(dates(el), 'read again in English').to.deep.equal([]);
    el.text = 'Nada de fechas aquí.';
    el.setAttribute('lang', 'es');
    await settle(el);
    expect(text(part(el, 'empty'))).to.equal('No se han encontrado eventos fechados en este artículo.');
  });

  it('reads a long Spanish article in the worker to the events the main thread finds', async () => {
    const filler = 'Los técnicos municipales revisaron el proyecto con detalle y publicaron un informe extenso. '.repeat(260);
    const long = `${filler}${SPANISH.join(' ')}`;
    expect(long.length, 'long enough for the worker').to.be.greaterThan(20_000);
    const sent: unknown[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      override postMessage(message: unknown, transfer?: unknown): void {
        sent.push(message);
        super.postMessage(message, transfer as Transferable[]);
      }
    };
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline lang="es" published=${SPANISH_PUBLISHED} .text=${long}></news-timeline>`);
      expect(part(el, 'status'), 'read in the background').to.exist;
      expect(text(part(el, 'status'))).to.equal('Leyendo el artículo\u2026');
      await waitFor(() => eventItems(el).length === 3, 'the worker answered', el);
      expect(sent, 'one request to the worker, in Spanish').to.have.length(1);
      expect((sent[0] as { lang: string }).lang).to.equal('es');
      await loadLanguage('es');
      const here = extractEvents(long, { published: SPANISH_PUBLISHED, lang: 'es' });
      expect(drawn(el)).to.deep.equal(here.map(eventKey).sort());
      expect(eventItems(el).map((item) => item.dataset['id']).sort(), 'the same events, offsets and all').to.deep.equal(here.map(({ id }) => id).sort());
    } finally {
      window.Worker = Original;
    }
  });

  it('reads a story of Spanish articles in Spanish, each against its own day', async () => {
    const first = article(['El Gobierno anunció el pasado martes un plan de ayudas al campo.']);
    Object.assign(first.dataset, { published: '2022-04-08', source: 'Diario A' });
    first.id = 'a';
    const second = article(['El plan de ayudas al campo se anunció el martes 5 de abril.', 'Las ayudas llegarán el 15 de mayo.']);
    Object.assign(second.dataset, { published: '2022-04-09', source: 'Diario B' });
    second.id = 'b';
    const el = await fixture<NewsTimeline>(html`<news-timeline lang="es">${first}${second}</news-timeline>`);
    await settle(el);
    expect(dates(el).sort()).to.deep.equal(['2022-04-05', '2022-05-15']);
    const tuesday = eventItems(el).find((item) => item.dataset['date'] === '2022-04-05')!;
    tuesday.querySelector('button')!.click();
    await settle(el);
    expect(text(shadow(el).querySelector('.sources-heading')), 'both articles tell it').to.equal('2 fuentes');
  });

  it('says "+N más" for events that do not fit, with a Spanish accessible name', async () => {
    // Forty meetings in three days: more than the lanes hold.
    const events: TimelineEvent[] = Array.from({ length: 40 }, (_, index) =>
      makeEvent({ date: `2022-02-${String(14 + (index % 3)).padStart(2, '0')}`, granularity: 'day', title: `La junta se reunió por ${index + 1}.ª vez para votar el presupuesto.` }),
    );
    const el = await eventsTimeline(events);
    el.setAttribute('lang', 'es');
    await settle(el);
    const clusters = clusterItems(el);
    expect(clusters.length, 'some events are folded').to.be.greaterThan(0);
    const button = clusters[0]!.querySelector('button')!;
    expect(text(button)).to.match(/^\+\d+ más$/);
    expect(button.getAttribute('aria-label')).to.match(/^\d+ eventos más, .+ \d{4}.* – .+ \d{4}: acercar$/);
  });

  it('reads a language without a grammar as English, warns once, and writes its dates in that language', async () => {
    const sentence = 'The board met on Tuesday, and it will vote on March 3.';
    const el = await fixture<NewsTimeline>(html`<news-timeline lang="ja" published="2022-02-16" .text=${sentence}></news-timeline>`);
    await settle(el);
    expect(dates(el).sort(), 'read as English').to.deep.equal(['2022-02-15', '2022-03-03']);
    expect(text(part(el, 'zoom-fit')), 'English words').to.equal('Fit');
    expect(eventItems(el)[0]!.querySelector('button')!.getAttribute('aria-label'), 'a Japanese date').to.contain('2022年2月15日');
    expect(warnings.messages(), 'one warning, naming the language and the grammars there are').to.deep.equal([
      '<news-timeline>: no grammar for lang="ja": the text is read as English (grammars: en, es, fr, it, pt, de).',
    ]);
    const again = await fixture<NewsTimeline>(html`<div lang="ja"><news-timeline published="2022-02-16" .text=${sentence}></news-timeline></div>`);
    await settle(again.querySelector('news-timeline')!);
    expect(warnings.calls, 'not again for the same language').to.have.length(1);
  });
});
