/**
 * Evidence prefixes are one rule for every authoring form (docs/persona-pack.md, "Evidence
 * prefixes"): `[likely] …` in a YAML or JSON string means what it means in a CSV cell.
 */
import { describe, expect, it } from 'vitest';
import { buildFromCsvFiles, buildFromJson, buildFromYaml, formatBuildProblem, type BuildResult } from '../../../lib/pack/build';
import { parsePack } from '../../../lib/pack/validate';

const YAML = `format: persona-pack@1
id: acme
name: Acme
version: 1.0.0
publishedAt: 2026-01-15T09:00:00Z
personas:
  - id: ciso
    name: CISO
    match:
      titles: [CISO]
    goals:
      - "[likely] Fewer tools to review"
      - "[confirmed: 2025 CISO interviews] Pass audits without fire drills"
      - Plain goal
    painPoints:
      - text: "[Hypothesis] Alert fatigue"
    jobsToBeDone:
      - "[likely] Keep the board informed"
    empathy:
      says:
        - "[confirmed] We cannot add another console"
    objections:
      - id: lockin
        text: "[likely] We will be locked in"
        response: Export everything, any time.
assets: []
`;

const messages = (result: BuildResult) => (result.ok ? [] : result.problems.map(formatBuildProblem));

describe('evidence prefixes in YAML and JSON strings', () => {
  const expectLifted = (result: BuildResult) => {
    expect(messages(result)).toEqual([]);
    if (!result.ok) return;
    const persona = result.pack.personas[0]!;
    expect(persona.goals).toEqual([
      { text: 'Fewer tools to review', evidence: 'likely' },
      { text: 'Pass audits without fire drills', evidence: 'confirmed', source: '2025 CISO interviews' },
      'Plain goal',
    ]);
    expect(persona.painPoints).toEqual([{ text: 'Alert fatigue', evidence: 'hypothesis' }]);
    expect(persona.jobsToBeDone).toEqual([{ text: 'Keep the board informed', evidence: 'likely' }]);
    expect(persona.empathy?.says).toEqual([{ text: 'We cannot add another console', evidence: 'confirmed' }]);
    expect(persona.objections![0]).toMatchObject({ text: 'We will be locked in', evidence: 'likely' });
  };

  it('are lifted into evidence and source in YAML', () => expectLifted(buildFromYaml(YAML, 'acme.yaml')));

  it('are lifted the same way in JSON, and by parsePack (what sync and the options page use)', () => {
    const doc = buildFromYaml(YAML);
    expect(doc.ok).toBe(true);
    const json = JSON.stringify({
      format: 'persona-pack@1',
      id: 'acme',
      name: 'Acme',
      version: '1.0.0',
      publishedAt: '2026-01-15T09:00:00Z',
      assets: [],
      personas: [
        {
          id: 'ciso',
          name: 'CISO',
          match: { titles: ['CISO'] },
          goals: ['[likely] Fewer tools to review', '[confirmed: 2025 CISO interviews] Pass audits without fire drills', 'Plain goal'],
          painPoints: [{ text: '[Hypothesis] Alert fatigue' }],
          jobsToBeDone: ['[likely] Keep the board informed'],
          empathy: { says: ['[confirmed] We cannot add another console'] },
          objections: [{ id: 'lockin', text: '[likely] We will be locked in', response: 'Export everything, any time.' }],
        },
      ],
    });
    expectLifted(buildFromJson(json, 'acme.json'));
    const parsed = parsePack(json);
    expect(parsed.ok && parsed.pack.personas[0]!.goals![0]).toEqual({ text: 'Fewer tools to review', evidence: 'likely' });
  });

  it('give the same insight as the same text in a CSV cell', () => {
    const csv = buildFromCsvFiles({
      'pack.csv': 'field,value\nid,acme\nname,Acme\nversion,1.0.0\npublished_at,2026-01-15T09:00:00Z\n',
      'personas.csv':
        'id,name,match_titles,goals\nciso,CISO,CISO,"[likely] Fewer tools to review\n[confirmed: 2025 CISO interviews] Pass audits without fire drills\nPlain goal"\n',
      'objections.csv': 'persona,id,text,response\nciso,lockin,[likely] We will be locked in,"Export everything, any time."\n',
    });
    const yaml = buildFromYaml(YAML);
    expect(csv.ok && yaml.ok).toBe(true);
    if (!csv.ok || !yaml.ok) return;
    expect(csv.pack.personas[0]!.goals).toEqual(yaml.pack.personas[0]!.goals);
    expect(csv.pack.personas[0]!.objections).toEqual(yaml.pack.personas[0]!.objections);
  });

  it('report an unknown tier on its YAML line, with the nearest tier', () => {
    const result = buildFromYaml(YAML.replace('[likely] Fewer tools', '[likley] Fewer tools'), 'acme.yaml');
    expect(messages(result)).toEqual([
      'acme.yaml line 12 ($.personas[0].goals[0]): "likley" is not an evidence tier (did you mean "likely"?): start an insight with [confirmed], [likely] or [hypothesis], optionally [likely: source]',
    ]);
  });

  it('report a prefix that disagrees with the evidence field, and a source on an objection', () => {
    const disagree = buildFromYaml(YAML.replace('        response: Export', '        evidence: confirmed\n        response: Export'), 'acme.yaml');
    expect(messages(disagree)).toEqual([
      'acme.yaml line 25 ($.personas[0].objections[0].evidence): says "confirmed" but the text starts with [likely]; keep one',
    ]);
    const sourced = buildFromYaml(YAML.replace('"[likely] We will', '"[likely: win-loss review] We will'), 'acme.yaml');
    expect(messages(sourced)).toEqual([
      'acme.yaml line 24 ($.personas[0].objections[0].text): starts with [likely: win-loss review], but an objection has no source; write [likely]',
    ]);
  });

  it('leave brackets elsewhere in a text alone', () => {
    const result = buildFromYaml(YAML.replace('Plain goal', 'Plain goal [per the 2025 survey]'));
    expect(result.ok && result.pack.personas[0]!.goals![2]).toBe('Plain goal [per the 2025 survey]');
  });
});
