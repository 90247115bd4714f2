/**
 * No English left in the UI's JSX: every text node, every string shown through a prop (aria-label,
 * title, placeholder, label, hint, body…) and every string a JSX expression renders directly must
 * come from i18n.t. Text without a word (arrows, symbols, punctuation) is fine; so are the few
 * strings listed below, each with its reason. The scan reads the TypeScript syntax tree of
 * components/**\/*.tsx and entrypoints/**\/*.tsx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
/** Props whose string value a person reads or hears. */
const SHOWN_PROPS = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'hint', 'body', 'summary', 'lockedBy']);
/** Strings that are not words in any language, or are the same in every one. */
const ALLOWED = new Set<string>([
  'persona-map-ed25519:…', // the key format, typed as is
  'https://example.com/packs/team.json', // an example URL
]);
/** A word: two letters in a row (so "↑", "·", "1–" and "c" alone pass). */
const hasWord = (text: string) => /\p{L}{2,}/u.test(text);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

/** Where `file` shows text that is not an i18n call: "line: text". */
function hardCodedText(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!hasWord(trimmed) || ALLOWED.has(trimmed)) return;
    found.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${trimmed}`);
  };
  /** The strings an expression renders as it stands: through ?:, &&, ||, ?? and +, not into calls. */
  const rendered = (node: ts.Expression): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    else if (ts.isParenthesizedExpression(node)) rendered(node.expression);
    else if (ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach(rendered);
    else if (ts.isBinaryExpression(node)) {
      // `a && 'text'` renders its right side; `a || 'text'`, `a ?? 'text'` and `a + 'text'` either; comparisons nothing.
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) rendered(node.right);
      else if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken)
        [node.left, node.right].forEach(rendered);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) rendered(node.expression);
    else if (ts.isJsxAttribute(node) && SHOWN_PROPS.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) rendered(node.initializer.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('UI text in JSX', () => {
  const files = [...tsxFiles(join(ROOT, 'components')), ...tsxFiles(join(ROOT, 'entrypoints'))];

  it.each(files.map((file) => relative(ROOT, file)))('%s shows no hard-coded words', (file) => {
    expect(hardCodedText(join(ROOT, file))).toEqual([]);
  });

  it('catches text nodes, shown props and rendered strings, and lets i18n calls and symbols through', () => {
    const sample = `
      export const A = ({ n, x }) => (
        <div aria-label="Search results" title={x ? 'Open it' : i18n.t('a.b')} className="pm-list">
          Loading…
          {n === 1 ? 'contact' : i18n.t('list.heading', n)}
          {\`\${n} min ago\`}
          {n === 'negative' && n > 2 ? null : n || 'nobody'}
          <span aria-hidden="true">▾ · ↑↓ 1–</span>
          {i18n.t('persona.leadWith')} {' '}
        </div>
      );`;
    expect(hardCodedText('sample.tsx', sample)).toEqual(['3: Search results', '3: Open it', '4: Loading…', '5: contact', '6: min ago', '7: nobody']);
  });
});
