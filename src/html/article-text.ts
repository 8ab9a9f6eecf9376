/**
 * The text of an article's DOM as the parser should see it, with a way back from text offsets to DOM
 * positions: the element's light-DOM article, or a web page's article body (read-page.ts). Block elements (paragraphs, headings, list items) become lines, as they read on the page;
 * `textContent` would run "…ended.</p><p>Next…" together into one sentence.
 */
export interface ArticleText {
  text: string;
  /** The DOM position of a text offset, for building a Range over a sentence. */
  locate(offset: number): { node: Text; offset: number } | undefined;
  /** The text offset of a DOM position inside the article, for clicks on the article. */
  offsetOf(node: Node, offset: number): number | undefined;
}

// Numbers rather than the global `Node`'s names: a DOM without that global (linkedom, in the CLI) reads
// articles the same way.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const SKIPPED = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

interface Piece {
  node: Text;
  start: number;
}

export function readArticle(root: Element): ArticleText {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  const breakLine = () => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      length += 1;
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node as Text).data;
      pieces.push({ node: node as Text, start: length });
      parts.push(text);
      length += text.length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.test(element.tagName)) return;
    const block = BLOCK.test(element.tagName);
    if (block) breakLine();
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) breakLine();
  };
  walk(root);
  const text = parts.join('');
  return {
    text,
    locate(offset) {
      // The last piece starting at or before the offset holds it (pieces are in text order).
      let low = 0;
      let high = pieces.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (pieces[middle]!.start <= offset) low = middle;
        else high = middle - 1;
      }
      const piece = pieces[low];
      if (!piece) return undefined;
      return { node: piece.node, offset: Math.min(Math.max(0, offset - piece.start), piece.node.data.length) };
    },
    offsetOf(node, offset) {
      const piece = pieces.find((candidate) => candidate.node === node);
      return piece ? piece.start + offset : undefined;
    },
  };
}
