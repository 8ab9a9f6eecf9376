// custom-elements.json is what editors and generators read: it must describe the shipped package. The
// test generates from it what such tools generate, JSX typings and VS Code's HTML custom data, and
// compiles them with tsc against the built package: a wrong path, an alias type ("Placement"), a private
// member or a read-only field offered as settable fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../cli/build.js';

interface Type {
  text: string;
}
interface Member {
  kind: 'field' | 'method';
  name: string;
  type?: Type;
  readonly?: boolean;
  privacy?: string;
  description?: string;
}
interface Attribute {
  name: string;
  type?: Type;
  description?: string;
  fieldName?: string;
}
interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  description?: string;
  members: Member[];
  attributes?: Attribute[];
  events?: Array<{ name: string; type?: Type; description?: string }>;
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }> }>;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
const element = elements[0]!;

/** JSX typings as generators make them: settable fields as props, events as `on<name>` handlers. */
function jsxTypes(declaration: Declaration): string {
  const props = declaration.members
    .filter((member) => member.kind === 'field' && !member.readonly)
    .map((member) => `      ${member.name}?: ${member.type!.text};`);
  const handlers = (declaration.events ?? []).map((event) => `      'on${event.name}'?: (event: ${event.type!.text}) => void;`);
  return `import type { ExtractedTimeline, TimelineEvent } from 'news-timeline';
declare global {
  namespace JSX {
    interface Element {}
    interface IntrinsicElements {
      '${declaration.tagName}': {
${[...props, '      lang?: string;', ...handlers].join('\n')}
      };
    }
  }
}
export {};
`;
}

/** VS Code's HTML custom data (html.customData), with the values of attributes typed by string literals. */
function vsCodeData(declaration: Declaration): unknown {
  return {
    version: 1.1,
    tags: [
      {
        name: declaration.tagName,
        description: declaration.description,
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const literals = [...(attribute.type?.text ?? '').matchAll(/'([^']*)'/g)].map(([, value]) => ({ name: value }));
          return { name: attribute.name, description: attribute.description, ...(literals.length > 0 ? { values: literals } : {}) };
        }),
      },
    ],
  };
}

let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-manifest-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('custom-elements.json', () => {
  it('points at shipped files, and lists the element and its definition only', () => {
    const paths = manifest.modules.flatMap((module) => [module.path, ...(module.exports ?? []).flatMap((item) => (item.declaration.module ? [item.declaration.module] : []))]);
    expect(paths.filter((path) => !/^dist\/.+\.js$/.test(path) || !existsSync(join(ROOT, path)))).toEqual([]);
    expect(manifest.modules.map((module) => module.path).sort()).toEqual(['dist/element/define.js', 'dist/element/news-timeline.js']);
    expect(elements.map((declaration) => declaration.tagName)).toEqual(['news-timeline']);
  });

  it('lists only the public API, every method described, types written out', () => {
    expect(element.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected')).toEqual([]);
    expect(element.members.filter((member) => member.kind === 'method' && !member.description).map((member) => member.name)).toEqual([]);
    const placement = element.members.find((member) => member.name === 'placement')!;
    expect(placement.type!.text).toBe("'before' | 'after'");
    expect(element.members.find((member) => member.name === 'orientation')).toMatchObject({ readonly: true, type: { text: "'horizontal' | 'vertical'" } });
    expect(element.attributes!.map((attribute) => attribute.name)).not.toContain('orientation');
    expect(element.events).toEqual([expect.objectContaining({ name: 'news-timeline-select', type: { text: 'CustomEvent<{ event: TimelineEvent }>' } })]);
  });

  it('makes JSX typings and VS Code custom data that compile and say what the element takes', () => {
    writeFileSync(join(dir, 'news-timeline-jsx.d.ts'), jsxTypes(element));
    writeFileSync(join(dir, 'html.customData.json'), JSON.stringify(vsCodeData(element), null, 2));
    writeFileSync(
      join(dir, 'use.tsx'),
      `import data from './html.customData.json';
// The shape VS Code reads (https://github.com/microsoft/vscode-custom-data).
interface HTMLDataV1 {
  version: 1.1;
  tags: Array<{ name: string; description?: string; attributes: Array<{ name: string; description?: string; values?: Array<{ name: string }> }> }>;
}
export const customData: HTMLDataV1 = { ...data, version: 1.1 };
export const page = (
  <news-timeline published="2022-02-16" placement="after" lang="en" text="It rained on Tuesday." onnews-timeline-select={(event) => console.log(event.detail.event.date)} />
);
// @ts-expect-error placement is 'before' or 'after'
export const sideways = <news-timeline placement="sideways" />;
// @ts-expect-error orientation is read-only
export const forced = <news-timeline orientation="vertical" />;
// @ts-expect-error the detail holds a TimelineEvent
export const wrong = <news-timeline onnews-timeline-select={(event) => event.detail.event.nope} />;
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          jsx: 'preserve',
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          resolveJsonModule: true,
          skipLibCheck: true,
          paths: { 'news-timeline': [join(ROOT, 'dist/index.d.ts')] },
        },
        files: ['news-timeline-jsx.d.ts', 'use.tsx'],
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
    const placement = (vsCodeData(element) as { tags: Array<{ attributes: Array<{ name: string; values?: Array<{ name: string }> }> }> }).tags[0]!.attributes.find((attribute) => attribute.name === 'placement');
    expect(placement?.values).toEqual([{ name: 'before' }, { name: 'after' }]);
  }, 60_000);
});
