/**
 * A story told in another language: its articles read in their own `lang`, and their sentences compared
 * by that language's words (statement-words.ts), so that a plan and the report of it become one event
 * and another act of the same day stays apart.
 */
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/parser/load-language.js';
import { buildStory } from '../../src/story/index.js';
import { statementWords } from '../../src/story/statement-words.js';

await loadLanguage('es');
await loadLanguage('de');

const sourcesOf = (story: ReturnType<typeof buildStory>) => story.map((event) => [event.date, event.sources!.map((source) => source.article)]);

describe('a story in Spanish', () => {
  const story = buildStory([
    { id: 'pais', lang: 'es', published: '2026-03-11', text: 'El Congreso aprobará el jueves la reforma de la ley de vivienda, según fuentes parlamentarias.' },
    { id: 'efe', lang: 'es', published: '2026-03-13', text: 'MADRID, 13 mar (EFE) - El Congreso aprobó el jueves la reforma de la ley de vivienda con 180 votos a favor.' },
    { id: 'mundo', lang: 'es', published: '2026-03-13', text: 'El Tribunal Supremo anuló el jueves la multa a la eléctrica.' },
  ]);

  it('makes one event of the plan and its report, and keeps the court ruling of that Thursday apart', () => {
    expect(sourcesOf(story)).toEqual([
      ['2026-03-12', ['pais', 'efe']],
      ['2026-03-12', ['mundo']],
    ]);
    // Told as ahead on the 11th, it had happened by the report.
    expect(story[0]!.relation).toBe('past');
  });
});

describe('a story in German', () => {
  it('makes one event of the vote announced and the vote reported, and keeps another of that day apart', () => {
    const story = buildStory([
      { id: 'taz', lang: 'de', published: '2026-02-03', text: 'Der Bundestag wird am Donnerstag über den Haushalt abstimmen.' },
      { id: 'dpa', lang: 'de', published: '2026-02-06', text: 'BERLIN, 6. Februar (dpa) - Der Bundestag hat am Donnerstag den Haushalt beschlossen.' },
      { id: 'faz', lang: 'de', published: '2026-02-06', text: 'Das Bundesverfassungsgericht hat am Donnerstag eine Klage gegen die Wahlrechtsreform abgewiesen.' },
    ]);
    expect(sourcesOf(story)).toEqual([
      ['2026-02-05', ['taz', 'dpa']],
      ['2026-02-05', ['faz']],
    ]);
  });
});

describe('statement words in other languages', () => {
  it('cuts verbs to a shared stem and drops function words and attributions', () => {
    expect([...statementWords('El Congreso aprobará la reforma, según fuentes.', [], 'es').keys()]).toEqual(['congr', 'aprob', 'refor']);
    expect([...statementWords('El Congreso aprobó la reforma.', [], 'es-ES').keys()]).toEqual(['congr', 'aprob', 'refor']);
    // English keeps its own stems.
    expect([...statementWords('The council approved the reform.').keys()]).toEqual(['council', 'approv', 'reform']);
  });
});
