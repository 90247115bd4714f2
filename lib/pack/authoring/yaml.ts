/** The YAML and JSON forms: problems point at the YAML line, values outside their list get a suggestion. */
import { LineCounter, parseDocument, isScalar } from 'yaml';
import { parsePack, parsePackData, validatePack, type PackProblem } from '../validate';
import { parsePath, type BuildProblem, type BuildResult } from './problems';
import { improveMessage } from './suggestions';

function yamlProblems(text: string, file: string, problems: PackProblem[], data: unknown): BuildProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return problems.map((problem) => {
    const path = parsePath(problem.path);
    let message = improveMessage(problem, data);
    // Walk up to the nearest node that exists (a missing field is reported on its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (!node?.range) continue;
      // YAML reads `version: 1.10` as the number 1.1: point at the fix.
      if (n === path.length && isScalar(node) && typeof node.value === 'number' && /should be text/.test(message))
        message += ` (put it in quotes: "${text.slice(node.range[0], node.range[1])}")`;
      return { file, line: lineCounter.linePos(node.range[0]).line, path: problem.path, message };
    }
    return { file, path: problem.path, message };
  });
}

/** A YAML pack (the same structure as JSON) to a pack. */
export function buildFromYaml(text: string, file = 'pack.yaml'): BuildResult {
  const parsed = parsePackData(text.replace(/^\uFEFF/, ''), 'yaml');
  // Syntax, size and alias problems: the document as a whole, with the line in the message.
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ file, message: p.message })) };
  const checked = validatePack(parsed.data);
  if (checked.ok) return checked;
  return { ok: false, problems: yamlProblems(text, file, checked.problems, parsed.data) };
}

/** A JSON pack, checked like a build (so `build` accepts every pack syntax). */
export function buildFromJson(text: string, file = 'pack.json'): BuildResult {
  const parsed = parsePack(text.replace(/^\uFEFF/, ''), 'json');
  if (parsed.ok) return parsed;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: parsed.problems.map((p) => ({ file, message: p.message })) };
  }
  return { ok: false, problems: parsed.problems.map((p) => ({ file, path: p.path, message: improveMessage(p, data) })) };
}
