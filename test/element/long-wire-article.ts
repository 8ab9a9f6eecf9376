// For the tests of the built bundle, which import nothing of src/: a connected <news-timeline> given a
// wire story over 20,000 characters long, which the element reads in its worker. Its one event is the
// Tuesday before publication, 2021-03-02.
const PARAGRAPH = 'WASHINGTON, March 3, 2021 (Wire) - The Senate voted on Tuesday to confirm the nominee, officials said.\n';

export function longWireTimeline(): HTMLElement & { text: string } {
  const el = document.createElement('news-timeline') as HTMLElement & { text: string };
  el.setAttribute('published', '2021-03-03');
  el.text = PARAGRAPH.repeat(Math.ceil(30_000 / PARAGRAPH.length));
  document.body.append(el);
  return el;
}
