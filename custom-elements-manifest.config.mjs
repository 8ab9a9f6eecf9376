// `cem analyze` writes custom-elements.json from src/element/. What tools read from it (editors' custom
// data, JSX typings, docs) must hold for the shipped package, so a plugin rewrites the analysis: modules
// point at dist/*.js, only the element's own modules and public API are listed, type aliases are written
// out as their unions, and read-only fields are marked and offered as no attribute.
import { readFileSync } from 'node:fs';

/** `export type Name = 'a' | 'b';` aliases of string literals in a source file, by name. */
function literalAliases(file) {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return new Map([...source.matchAll(/^export type (\w+) = ((?:'[^']*'(?:\s*\|\s*)?)+);$/gm)].map(([, name, union]) => [name, union.replace(/\s+/g, ' ')]));
}

const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function shippedManifest() {
  return {
    name: 'news-timeline-shipped-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const aliases = literalAliases('./src/element/news-timeline.ts');
      const written = (type) => type && { ...type, text: aliases.get(type.text) ?? type.text };
      customElementsManifest.modules = customElementsManifest.modules
        .filter((module) => module.declarations?.some((declaration) => declaration.customElement) || module.exports?.some((item) => item.kind === 'custom-element-definition'))
        .map((module) => ({
          ...module,
          path: shipped(module.path),
          declarations: module.declarations?.map((declaration) => {
            if (!declaration.customElement) return declaration;
            const readonly = new Set(declaration.members.filter((member) => member.readonly || /^Read-only\b/.test(member.description ?? '')).map((member) => member.name));
            return {
              ...declaration,
              members: declaration.members
                .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static)
                .map((member) => ({ ...member, type: written(member.type), ...(readonly.has(member.name) ? { readonly: true } : {}) })),
              attributes: declaration.attributes
                ?.filter((attribute) => !readonly.has(attribute.fieldName ?? attribute.name))
                .map((attribute) => ({ ...attribute, type: written(attribute.type) })),
            };
          }),
          exports: module.exports
            // Types only (the select event's detail): no declaration a tool could look up at run time.
            ?.filter((item) => item.kind !== 'js' || module.declarations?.some((declaration) => declaration.name === item.name))
            .map((item) => ({ ...item, declaration: { ...item.declaration, ...(item.declaration.module ? { module: shipped(item.declaration.module) } : {}) } })),
        }));
    },
  };
}

export default {
  globs: ['src/element/**/*.ts'],
  litelement: true,
  outdir: '.',
  plugins: [shippedManifest()],
};
