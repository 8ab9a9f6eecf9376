/**
 * The element's own words (buttons, labels, messages), in the languages whose articles it reads. Dates
 * are Intl's (date-words.ts) in any language; these words are what Intl has no API for. A language
 * missing here gets the English words, its dates still in its own language. Pure data and functions.
 */
import { supportedLanguage, type Language } from '../parser/locale.js';

/**
 * A message that changes with a count: one form per CLDR plural category the language uses (French
 * counts 0 as `one`, Polish has `few` and `many`), `other` always. `{n}` is the formatted count.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every key, in every language: `{name}` marks what is filled in (see {@link message}). */
export interface Messages {
  zoomIn: string;
  zoomOut: string;
  /** The fit button's visible word, short: the controls sit over the axis. */
  fit: string;
  fitLabel: string;
  /** The list of events, in time order. */
  events: string;
  /** The region that holds the card. */
  details: string;
  /** What the card's region says before an event is selected. */
  hint: string;
  card: string;
  close: string;
  closeTitle: string;
  /** The link to an event's source. */
  source: string;
  /** A source that is no web address, shown as text: `{url}`. */
  sourceText: string;
  /** The heading over a story event's sources: `{n}`. */
  sources: Plural;
  /** The link to a story source's article, and its label: `{name}` is the outlet. */
  open: string;
  openLabel: string;
  /** Before the publication day in the tick row: "Published Feb 16, 2022". */
  published: string;
  reading: string;
  empty: string;
  /** `{reason}` is the developer's message (in English: it names attributes and formats). */
  error: string;
  /** A "+N more" item: `{n}`. */
  more: Plural;
  /** Its accessible name: `{n}`, and `{span}` from the first event's date to the last's. */
  moreLabel: Plural;
  /** Two dates Intl cannot put in one range (weeks, quarters, mixed precisions): `{from}`, `{to}`. */
  range: string;
  /** A week, named by its Monday: `{date}`. */
  week: string;
  /** A quarter: `{quarter}` (1-4), `{year}`. */
  quarter: string;
  /** Spring, summer, fall and winter: `{year}`, which for a winter is both of its years ("2026–2027"). */
  seasons: readonly [string, string, string, string];
  /**
   * A day with the part of it the text names, morning, afternoon, evening and night: `{date}`. Not Intl's
   * `dayPeriod`, whose words need a clock time ("du soir", "at at night" in a long date).
   */
  dayParts: readonly [string, string, string, string];
}

/** Words for every language the parser reads: a language added there does not build without its words. */
export const MESSAGES: Record<Language, Messages> = {
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    fitLabel: 'Fit all events',
    events: 'Events in time order',
    details: 'Event details',
    hint: 'Select an event to read the sentence it comes from.',
    card: 'Selected event',
    close: 'Close',
    closeTitle: 'Close (Esc)',
    source: 'Source',
    sourceText: 'Source: {url}',
    sources: { one: 'Source', other: '{n} sources' },
    open: 'Open',
    openLabel: 'Open {name}',
    published: 'Published',
    reading: 'Reading the article\u2026',
    empty: 'No dated events were found in this article.',
    error: 'This timeline cannot be shown: {reason}',
    more: { other: '+{n} more' },
    moreLabel: { one: '{n} more event, {span}: zoom in', other: '{n} more events, {span}: zoom in' },
    range: '{from} to {to}',
    week: 'week of {date}',
    quarter: 'Q{quarter} {year}',
    seasons: ['Spring {year}', 'Summer {year}', 'Fall {year}', 'Winter {year}'],
    dayParts: ['{date}, in the morning', '{date}, in the afternoon', '{date}, in the evening', '{date}, at night'],
  },
  es: {
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fit: 'Ajustar',
    fitLabel: 'Ver todos los eventos',
    events: 'Eventos en orden cronológico',
    details: 'Detalles del evento',
    hint: 'Selecciona un evento para leer la frase de la que procede.',
    card: 'Evento seleccionado',
    close: 'Cerrar',
    closeTitle: 'Cerrar (Esc)',
    source: 'Fuente',
    sourceText: 'Fuente: {url}',
    sources: { one: 'Fuente', other: '{n} fuentes' },
    open: 'Abrir',
    openLabel: 'Abrir {name}',
    published: 'Publicado',
    reading: 'Leyendo el artículo\u2026',
    empty: 'No se han encontrado eventos fechados en este artículo.',
    error: 'No se puede mostrar esta cronología: {reason}',
    more: { other: '+{n} más' },
    moreLabel: { one: '{n} evento más, {span}: acercar', other: '{n} eventos más, {span}: acercar' },
    range: '{from} \u2013 {to}',
    week: 'semana del {date}',
    quarter: 'T{quarter} {year}',
    seasons: ['primavera de {year}', 'verano de {year}', 'otoño de {year}', 'invierno de {year}'],
    dayParts: ['{date}, por la mañana', '{date}, por la tarde', '{date}, por la noche', '{date}, por la noche'],
  },
  fr: {
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    fit: 'Ajuster',
    fitLabel: 'Afficher tous les événements',
    events: 'Événements par ordre chronologique',
    details: 'Détails de l\u2019événement',
    hint: 'Sélectionnez un événement pour lire la phrase dont il est tiré.',
    card: 'Événement sélectionné',
    close: 'Fermer',
    closeTitle: 'Fermer (Échap)',
    source: 'Source',
    sourceText: 'Source\u00a0: {url}',
    sources: { one: 'Source', other: '{n} sources' },
    open: 'Ouvrir',
    openLabel: 'Ouvrir {name}',
    published: 'Publié',
    reading: 'Lecture de l\u2019article\u2026',
    empty: 'Aucun événement daté n\u2019a été trouvé dans cet article.',
    error: 'Impossible d\u2019afficher cette frise\u00a0: {reason}',
    more: { one: '+{n} autre', other: '+{n} autres' },
    moreLabel: { one: '{n} autre événement, {span}\u00a0: zoomer', other: '{n} autres événements, {span}\u00a0: zoomer' },
    range: '{from} \u2013 {to}',
    week: 'semaine du {date}',
    quarter: 'T{quarter} {year}',
    seasons: ['printemps {year}', 'été {year}', 'automne {year}', 'hiver {year}'],
    dayParts: ['{date}, le matin', '{date}, l’après-midi', '{date}, le soir', '{date}, la nuit'],
  },
  it: {
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    fit: 'Adatta',
    fitLabel: 'Mostra tutti gli eventi',
    events: 'Eventi in ordine cronologico',
    details: 'Dettagli dell\u2019evento',
    hint: 'Seleziona un evento per leggere la frase da cui proviene.',
    card: 'Evento selezionato',
    close: 'Chiudi',
    closeTitle: 'Chiudi (Esc)',
    source: 'Fonte',
    sourceText: 'Fonte: {url}',
    sources: { one: 'Fonte', other: '{n} fonti' },
    open: 'Apri',
    openLabel: 'Apri {name}',
    published: 'Pubblicato',
    reading: 'Lettura dell\u2019articolo\u2026',
    empty: 'Nessun evento datato trovato in questo articolo.',
    error: 'Impossibile mostrare questa cronologia: {reason}',
    more: { one: '+{n} altro', other: '+{n} altri' },
    moreLabel: { one: 'Un altro evento, {span}: ingrandisci', other: 'Altri {n} eventi, {span}: ingrandisci' },
    range: '{from} \u2013 {to}',
    week: 'settimana del {date}',
    quarter: 'T{quarter} {year}',
    seasons: ['primavera {year}', 'estate {year}', 'autunno {year}', 'inverno {year}'],
    dayParts: ['{date}, di mattina', '{date}, nel pomeriggio', '{date}, di sera', '{date}, di notte'],
  },
  pt: {
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    fit: 'Ajustar',
    fitLabel: 'Mostrar todos os eventos',
    events: 'Eventos em ordem cronológica',
    details: 'Detalhes do evento',
    hint: 'Selecione um evento para ler a frase de onde ele vem.',
    card: 'Evento selecionado',
    close: 'Fechar',
    closeTitle: 'Fechar (Esc)',
    source: 'Fonte',
    sourceText: 'Fonte: {url}',
    sources: { one: 'Fonte', other: '{n} fontes' },
    open: 'Abrir',
    openLabel: 'Abrir {name}',
    published: 'Publicado',
    reading: 'Leitura do artigo\u2026',
    empty: 'Nenhum evento datado foi encontrado neste artigo.',
    error: 'Não é possível mostrar esta linha do tempo: {reason}',
    more: { other: '+{n} mais' },
    moreLabel: { one: 'Mais {n} evento, {span}: aproximar', other: 'Mais {n} eventos, {span}: aproximar' },
    range: '{from} \u2013 {to}',
    week: 'semana de {date}',
    quarter: 'T{quarter} {year}',
    seasons: ['primavera de {year}', 'verão de {year}', 'outono de {year}', 'inverno de {year}'],
    dayParts: ['{date}, de manhã', '{date}, à tarde', '{date}, à noite', '{date}, à noite'],
  },
  de: {
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fit: 'Alles',
    fitLabel: 'Alle Ereignisse zeigen',
    events: 'Ereignisse in zeitlicher Reihenfolge',
    details: 'Details zum Ereignis',
    hint: 'Wählen Sie ein Ereignis, um den Satz zu lesen, aus dem es stammt.',
    card: 'Ausgewähltes Ereignis',
    close: 'Schließen',
    closeTitle: 'Schließen (Esc)',
    source: 'Quelle',
    sourceText: 'Quelle: {url}',
    sources: { one: 'Quelle', other: '{n} Quellen' },
    open: 'Öffnen',
    openLabel: '{name} öffnen',
    // "Veröffentlicht" would not fit the tick column of a phone's vertical axis; "Erschienen" is what papers print.
    published: 'Erschienen',
    reading: 'Der Artikel wird gelesen\u2026',
    empty: 'In diesem Artikel wurden keine datierten Ereignisse gefunden.',
    error: 'Diese Zeitleiste kann nicht angezeigt werden: {reason}',
    more: { other: '+{n} weitere' },
    moreLabel: { one: '{n} weiteres Ereignis, {span}: vergrößern', other: '{n} weitere Ereignisse, {span}: vergrößern' },
    range: '{from} bis {to}',
    week: 'Woche vom {date}',
    quarter: 'Q{quarter} {year}',
    seasons: ['Frühling {year}', 'Sommer {year}', 'Herbst {year}', 'Winter {year}'],
    dayParts: ['{date}, morgens', '{date}, nachmittags', '{date}, abends', '{date}, nachts'],
  },
};

/** The words for a language tag: its base language's, else English. */
export function messagesFor(lang: string): Messages {
  return MESSAGES[supportedLanguage(lang) ?? 'en'];
}

/** A template with its `{name}`s filled in; a name not given stays as it is, so a gap shows in review. */
export function message(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The form of `forms` for `count` in `lang` (Intl.PluralRules), with `{n}` the count as the language
 * writes numbers ("1.234" in German) and the other `values` filled in.
 */
export function plural(forms: Plural, count: number, lang: string, values: Readonly<Record<string, string | number>> = {}): string {
  // Asked for every "+N more" of every zoom frame: one pair of Intl objects per language.
  let counting = counters.get(lang);
  if (!counting) counters.set(lang, (counting = { rules: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(lang) }));
  const form = forms[counting.rules.select(count)] ?? forms.other;
  return message(form, { ...values, n: counting.numbers.format(count) });
}

const counters = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();
