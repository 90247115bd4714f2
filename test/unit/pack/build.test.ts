import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFromCsvFiles, buildFromJson, buildFromYaml, formatBuildProblem, splitList, type BuildResult } from '../../../lib/pack/build';
import { packJsonSchema } from '../../../lib/pack/json-schema';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const csvFolder = () =>
  Object.fromEntries(
    readdirSync(`${fixtures}csv-pack`)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(`${fixtures}csv-pack/${f}`, 'utf8')]),
  );
const messages = (result: BuildResult) => (result.ok ? [] : result.problems.map(formatBuildProblem));

describe('building from CSV', () => {
  it('builds the sample folder into a valid pack', () => {
    const result = buildFromCsvFiles(csvFolder());
    expect(messages(result)).toEqual([]);
    if (!result.ok) return;
    const { pack } = result;
    expect(pack).toMatchObject({ id: 'acme-sample', version: '1.0.0', publishedAt: '2026-01-15T09:00:00Z', reviewBy: '2026-07-31' });
    expect(pack.personas.map((p) => p.id)).toEqual(['security-gatekeeper', 'finance-buyer', 'it-champion', 'student']);
    const gatekeeper = pack.personas[0]!;
    expect(gatekeeper.match).toEqual({
      titles: ['CISO', 'Head of Information Security', 'Security Architect'],
      functions: ['security'],
      seniority: { min: 'senior', max: 'cxo' },
      exclude: ['Security Guard'],
      priority: 10,
    });
    // A multi-line cell is one item per line; the tier prefix becomes evidence, with its source.
    expect(gatekeeper.goals).toEqual([
      { text: 'Pass audits without fire drills', evidence: 'confirmed', source: '2025 CISO interviews' },
      { text: 'Fewer tools to review', evidence: 'likely' },
    ]);
    expect(gatekeeper.painPoints).toEqual([{ text: 'Vendor questionnaires take weeks', evidence: 'confirmed' }, 'Shadow IT']);
    expect(gatekeeper.objections!.map((o) => [o.id, o.evidence])).toEqual([
      ['soc2', 'confirmed'],
      ['data-residency', 'likely'],
    ]);
    expect(gatekeeper.objections![1]!.text).toBe('Where is our data stored?');
    // One objections.csv row may serve several personas.
    expect(pack.personas[1]!.objections!.map((o) => o.id)).toEqual(['too-expensive', 'no-budget']);
    expect(pack.personas[2]!.objections!.map((o) => o.id)).toEqual(['no-budget']);
    expect(pack.personas[2]!.metrics).toEqual([{ text: 'Tickets closed per week', evidence: 'confirmed', source: 'Helpdesk survey 2025' }]);
    expect(pack.personas[3]).toMatchObject({ kind: 'negative', match: { keywords: { any: ['student', 'intern', 'trainee'] }, priority: 20 } });
    expect(pack.assets.find((a) => a.id === 'case-study-globex')).toMatchObject({
      personas: ['finance-buyer', 'it-champion'],
      stages: ['consideration', 'selection'],
    });
  });

  it('points a typo at its file, row and column, with a suggestion', () => {
    const files = csvFolder();
    files['personas.csv'] = files['personas.csv']!.replace(',finance,director,', ',finace,director,');
    expect(messages(buildFromCsvFiles(files))).toEqual([
      // Header is row 1; the first persona spans two lines of text but is spreadsheet row 2.
      'personas.csv row 3, column "match_functions": "finace" is not a function (did you mean "finance"?)',
    ]);
  });

  it('reports the example from the issue: secrity', () => {
    const files = csvFolder();
    files['personas.csv'] = files['personas.csv']!.replace('Security Guard,10', 'Security Guard,10').replace(',,security,senior,', ',,secrity,senior,');
    expect(messages(buildFromCsvFiles(files))).toEqual([
      'personas.csv row 2, column "match_functions": "secrity" is not a function (did you mean "security"?)',
    ]);
  });

  it('maps cross-table references and checks back to cells', () => {
    const files = csvFolder();
    files['objections.csv'] = files['objections.csv']!.replace('roi-calculator; case-study-globex', 'roi-calculater; case-study-globex').replace(
      'finance-buyer; it-champion',
      'finance-buyer; it-champio',
    );
    files['assets.csv'] = files['assets.csv']!.replace('https://example.com/roi', 'http://example.com/roi');
    expect(messages(buildFromCsvFiles(files))).toEqual([
      'objections.csv row 5, column "persona": "it-champio" is not a persona id in personas.csv (did you mean "it-champion"?)',
    ]);
    files['objections.csv'] = files['objections.csv']!.replace('it-champio,', 'it-champion,');
    expect(messages(buildFromCsvFiles(files))).toEqual([
      'objections.csv row 4, column "proof": "roi-calculater" is not an asset id of this pack (did you mean "roi-calculator"?)',
      'assets.csv row 4, column "url": must be an https: (or mailto:) link; other kinds of link are never opened',
    ]);
  });

  it('suggests the right column for an unknown header and requires the key columns', () => {
    const files = csvFolder();
    files['personas.csv'] = files['personas.csv']!.replace('match_functions', 'match_function').replace('id,name,', 'id,title,');
    expect(messages(buildFromCsvFiles(files))).toEqual([
      expect.stringMatching(/^personas\.csv row 1, column "title": is not a column of personas\.csv; the columns are id, name, /),
      expect.stringMatching(/^personas\.csv row 1, column "match_function": is not a column of personas\.csv \(did you mean "match_functions"\?\)/),
      'personas.csv row 1: has no "name" column, which is required',
    ]);
  });

  it('reports empty required cells, bad numbers, bad tiers and duplicate ids', () => {
    const files = csvFolder();
    files['personas.csv'] = files['personas.csv']!.replace('Assistant to the CFO,5,[hypothesis]', 'Assistant to the CFO,high,[hypotesis]').replace(
      'student,Student or Intern',
      'it-champion,',
    );
    expect(messages(buildFromCsvFiles(files))).toEqual([
      'personas.csv row 3, column "match_priority": "high" is not a whole number',
      'personas.csv row 3, column "goals": "hypotesis" is not an evidence tier (did you mean "hypothesis"?): start an insight with [confirmed], [likely] or [hypothesis], optionally [likely: source]',
      'personas.csv row 5, column "name": is empty, but every row needs it',
    ]);
    files['personas.csv'] = files['personas.csv']!.replace('Assistant to the CFO,high,[hypotesis]', 'Assistant to the CFO,5,[hypothesis]').replace(
      'it-champion,,negative',
      'it-champion,Student,negative',
    );
    expect(messages(buildFromCsvFiles(files))).toEqual(['personas.csv row 5, column "id": persona id "it-champion" is used twice; ids must be unique']);
  });

  it('points a persona without match rules at its row', () => {
    const files = csvFolder();
    files['personas.csv'] = files['personas.csv']!.replace(',,student; intern; trainee,,,,,20,', ',,,,,,,,');
    expect(messages(buildFromCsvFiles(files))).toEqual([
      'personas.csv row 5 ($.personas[3].match): gives no way to recognise this persona: add titles, keywords or functions',
    ]);
  });

  it('reads semicolon-separated files, a BOM, camelCase headers and ignores # notes columns', () => {
    const files = {
      'pack.csv': '\uFEFFfield;value\nid;acme\nname;Acme\nversion;1.0.0\npublishedAt;2026-01-15\n',
      'personas.csv': 'id;name;matchTitles;# notes\ncfo;CFO;"CFO; Chief Financial Officer";ignored\n',
    };
    const result = buildFromCsvFiles(files);
    expect(messages(result)).toEqual([]);
    if (result.ok) {
      expect(result.pack.publishedAt).toBe('2026-01-15T00:00:00Z');
      expect(result.pack.personas[0]!.match.titles).toEqual(['CFO', 'Chief Financial Officer']);
    }
  });

  it('takes the pack fields from pack.yaml instead, and names missing or unknown files', () => {
    const files = csvFolder();
    delete files['pack.csv'];
    const withYaml = { ...files, 'pack.yaml': 'id: acme\nname: Acme\nversion: 1.0\npublishedAt: 2026-01-15T09:00:00Z\n' };
    expect(messages(buildFromCsvFiles(withYaml))).toEqual(['pack.yaml line 3 ($.version): should be text, not a number']);
    expect(messages(buildFromCsvFiles({ ...files, 'persona.csv': 'x' }))).toEqual([
      expect.stringMatching(/^persona\.csv: is not one of the pack's files \(did you mean personas\.csv\?\)/),
      'pack.csv: is missing: add pack.csv (columns field,value: id, name, version, published_at…) or pack.yaml',
    ]);
  });

  it('reports an unclosed quote with its row', () => {
    const files = csvFolder();
    files['questions.csv'] += 'it-champion,"Who approves tools?,awareness,x\n';
    expect(messages(buildFromCsvFiles(files))[0]).toMatch(/^questions\.csv row 6: a quoted cell is never closed/);
  });

  it('splits list cells on line breaks first, else on semicolons', () => {
    expect(splitList('a; b ;; c')).toEqual(['a', 'b', 'c']);
    expect(splitList('first; with a semicolon\nsecond\r\n\nthird')).toEqual(['first; with a semicolon', 'second', 'third']);
  });
});

describe('building from YAML and JSON', () => {
  it('builds the sample YAML pack', () => {
    const result = buildFromYaml(readFileSync(`${fixtures}yaml-pack.yaml`, 'utf8'), 'yaml-pack.yaml');
    expect(messages(result)).toEqual([]);
    if (result.ok)
      expect(result.pack).toMatchObject({ id: 'acme-emea-team', version: '1.2.0', personas: [{ id: 'dpo' }, { id: 'purchasing', kind: 'secondary' }] });
  });

  it('reports YAML problems with their line and a suggestion', () => {
    const text = readFileSync(`${fixtures}yaml-pack.yaml`, 'utf8')
      .replace('functions: [compliance]', 'functions: [complience]')
      .replace('version: "1.2.0"', 'version: 1.10');
    expect(messages(buildFromYaml(text, 'yaml-pack.yaml'))).toEqual([
      'yaml-pack.yaml line 6 ($.version): should be text, not a number (put it in quotes: "1.10")',
      'yaml-pack.yaml line 18 ($.personas[0].match.functions[0]): "complience" is not a function (did you mean "compliance"?)',
    ]);
    expect(messages(buildFromYaml('id: [unclosed\n', 'x.yaml'))[0]).toMatch(/^x\.yaml: is not valid YAML at line \d+/);
  });

  it('checks JSON the same way', () => {
    const result = buildFromJson(
      JSON.stringify({
        format: 'persona-pack@1',
        id: 'a1',
        name: 'A',
        version: '1.0.0',
        publishedAt: '2026-01-15T09:00:00Z',
        personas: [{ id: 'x', name: 'X', match: { functions: ['sales'] }, role: 'champoin' }],
        assets: [],
      }),
      'a.json',
    );
    expect(messages(result)).toEqual(['a.json: $.personas[0].role: "champoin" is not a buying-committee role (did you mean "champion"?)']);
  });
});

describe('JSON Schema for editors', () => {
  it('comes from the Zod schema and describes the pack', () => {
    const schema = packJsonSchema() as {
      $schema: string;
      title: string;
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
      required: string[];
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Persona pack (persona-pack@1)');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'name', 'version', 'publishedAt', 'personas', 'assets']));
    expect(Object.keys(schema.properties.personas!.items!.properties!)).toEqual(expect.arrayContaining(['id', 'name', 'match', 'objections']));
    expect(JSON.stringify(schema)).toContain('"security"');
  });
});
