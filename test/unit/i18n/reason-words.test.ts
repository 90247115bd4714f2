/**
 * Why a title matched a persona, as the side panel says it in German: the engine's reasons
 * (codes and parameters, lib/titles/reasons.ts) with the words of utils/reason-words.ts built
 * from locales/de.yml, while the same reasons stay the CLI's English. Pack phrases and persona
 * names stay as the admin wrote them.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackInput, Pack } from '../../../lib/pack/schema';
import { validatePack } from '../../../lib/pack/validate';
import { compilePack } from '../../../lib/titles/compile';
import { matchTitle } from '../../../lib/titles/match';
import { englishReasonWords, sayReasons, type Reason, type ReasonWords } from '../../../lib/titles/reasons';
import { getMessage, loadMessages } from '../../../tooling/locales';
import { reasonWords, sayReasonIn } from '../../../utils/reason-words';
import { buyingRoleName, stageName } from '../../../utils/persona-model-words';
import { BUYING_ROLES, DEFAULT_STAGES } from '../../../lib/pack/vocabulary';
import { analyzeTitle } from '../../../lib/titles/analyze';
import { packDocuments } from '../../../lib/search/search-index';
import { searchWords } from '../../../utils/search-words';
import { chipText } from '../../../lib/background/badge';
import { badgeWords } from '../../../utils/badge-words';

type PersonaInput = PackInput['personas'][number];

function pack(personas: PersonaInput[]): Pack {
  const result = validatePack({
    format: 'persona-pack@1',
    id: 'de-test',
    name: 'de-test',
    version: '1.0.0',
    publishedAt: '2026-01-15T09:00:00Z',
    personas,
    assets: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}
const persona = (id: string, name: string, match: PersonaInput['match'], extra: Partial<PersonaInput> = {}): PersonaInput => ({
  id,
  name,
  kind: 'primary',
  match,
  ...extra,
});

const english = fakeBrowser.i18n.getMessage;
let german: ReasonWords;
beforeAll(async () => {
  const messages = await loadMessages('de');
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => getMessage(messages, key, subs) });
  german = reasonWords();
});
afterAll(() => void Object.assign(fakeBrowser.i18n, { getMessage: english }));

describe('match reasons in German', () => {
  it('say the matched title phrase, the function with its phrase, the level range and the tie-break, with persona names', () => {
    const compiled = compilePack(
      pack([
        persona('sec-a', 'Security Engineer Persona', { functions: ['security'] }),
        persona('ciso', 'Security Gatekeeper', { titles: ['head of information security'], functions: ['security'], seniority: { min: 'manager' } }),
      ]),
    );
    const r = matchTitle('Head of Information Security', compiled);
    expect(r.persona).toBe('ciso');
    expect(r.reasons.map((reason) => reason.code)).toEqual(['title-phrase', 'function', 'seniority-within', 'chosen-over']);
    expect(sayReasons(r.reasons, german)).toEqual([
      'Titelphrase „head of information security“ passt',
      'Funktion Sicherheit (aus „information security“)',
      'Ebene Bereichsleitung, innerhalb von Management bis Inhaber',
      'Security Engineer Persona vorgezogen wegen einer Titelphrase (starke Zuordnung) statt eines Stichworts oder einer Funktion',
    ]);
    // The same reasons, as the CLI prints them.
    expect(sayReasons(r.reasons)).toEqual([
      'title phrase "head of information security" matched',
      'function security (from "information security")',
      'seniority head within manager..owner',
      'chosen over sec-a by a title phrase (strong match) over a keyword or function match',
    ]);
  });

  it('say why nothing matched: what the title reads as, and the closest persona excluded by a phrase', () => {
    const compiled = compilePack(pack([persona('sec', 'Sicherheitschef', { functions: ['security'], exclude: ['physical'] })]));
    const r = matchTitle('Physical Security Officer', compiled);
    expect(r.persona).toBeNull();
    const said = sayReasons(r.reasons, german);
    expect(said[0]).toBe('keine Persona passt');
    expect(said[1]).toBe('der Titel liest sich als Funktion Betrieb (aus „physical security“), Ebene Fachkraft');
    expect(said.at(-1)).toBe(
      'am nächsten: Sicherheitschef: ausgeschlossen durch „physical“; Funktion Betrieb (aus „physical security“) ist keine von Sicherheit',
    );
  });

  it('say a level outside the range, a missing keyword and a function not listed in German', () => {
    const compiled = compilePack(
      pack([
        persona('exec', 'Exec', { functions: ['human-resources'], seniority: { min: 'director' } }),
        persona('cloud', 'Cloud', { keywords: { all: ['cloud', 'security'] } }),
      ]),
    );
    const level = matchTitle('HR Generalist', compiled);
    expect(sayReasons(level.reasons, german).at(-1)).toMatch(/^am nächsten: Exec: Ebene Fachkraft liegt außerhalb von Direktion bis Inhaber$/);
    const words = german;
    expect(words['missing-keywords']({ code: 'missing-keywords', phrases: ['cloud'] }, (x) => String(x))).toBe('erforderliches Stichwort fehlt: „cloud“');
    expect(words['function-not-listed']({ code: 'function-not-listed', fn: 'sales', allowed: ['security', 'human-resources'] }, String)).toBe(
      'Funktion Vertrieb ist keine von Sicherheit, Personalwesen',
    );
    expect(words['no-keyword']({ code: 'no-keyword', listed: 3 }, String)).toBe('keines der Stichwörter kommt vor (3 angegeben)');
  });

  it('have a German sentence for every code the English words have', () => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(englishReasonWords).sort());
  });

  it('show a reason stored before reasons had codes (an English sentence in session storage) as it is', () => {
    expect(sayReasonIn('title phrase "CISO" matched', german)).toBe('title phrase "CISO" matched');
  });
});

describe("the title analysis's notes in German", () => {
  const compiled = () => compilePack(pack([persona('sec', 'Sicherheitschef', { functions: ['security'] })]));
  /** The match's reasons of one code, said in German and in English. */
  const notes = (title: string, code: string) => {
    const reasons = matchTitle(title, compiled()).reasons.filter((r) => r.code === code);
    return { german: sayReasons(reasons, german), english: sayReasons(reasons) };
  };

  it('say an acronym read in its usual sense because nothing decides, with its functions in German', () => {
    const said = notes('CSO', 'acronym-ambiguous');
    expect(said.german).toEqual([
      '„CSO“ ist mehrdeutig (Sicherheit oder Vertrieb oder Geschäftsführung oder Forschung: chief security officer, chief sales officer, chief strategy officer, chief scientific officer); gelesen als chief security officer, die übliche Bedeutung, da sonst nichts im Titel entscheidet',
    ]);
    // The English is the analysis's own note, as the CLI and docs/title-analysis.md have it.
    expect(said.english).toEqual(analyzeTitle('CSO').ambiguous);
  });

  it('say an acronym left ambiguous, a sense that names no function among them', () => {
    const reason: Reason = {
      code: 'acronym-ambiguous',
      acronym: 'MD',
      senses: [
        { fn: 'general-management', expansion: 'managing director' },
        { fn: null, expansion: 'medical doctor' },
      ],
    };
    expect(sayReasons([reason], german)).toEqual(['„MD“ ist mehrdeutig (Geschäftsführung oder keine Funktion: managing director, medical doctor)']);
    expect(sayReasons([reason])).toEqual(['"MD" is ambiguous (general-management or no function: managing director, medical doctor)']);
  });

  it('say an acronym decided by the rest of its title', () => {
    const said = notes('CSO, Information Security', 'acronym-resolved');
    expect(said.german).toEqual(['„CSO“ gelesen als chief security officer (entschieden durch „information security“)']);
    expect(said.english).toEqual(analyzeTitle('CSO, Information Security').resolved);
  });

  it('say an acronym decided elsewhere in the headline', () => {
    const said = notes('CSO | Cybersecurity', 'acronym-resolved');
    expect(said.german).toEqual(['„CSO“ gelesen als chief security officer (entschieden durch „cyber security“ an anderer Stelle der Überschrift)']);
    expect(said.english).toEqual(analyzeTitle('CSO | Cybersecurity').resolved);
  });

  it('say a past role is not matched', () => {
    const said = notes('Ex-CISO at Foo', 'past-role');
    expect(said.german).toEqual(['„Ex-CISO“ ist eine frühere Rolle und wird nicht zugeordnet']);
    expect(said.english).toEqual(analyzeTitle('Ex-CISO at Foo').notes);
  });

  it('say which segment is the role when segments read equally like a job', () => {
    const said = notes('CMO | CTO', 'role-segment');
    expect(said.german).toEqual(['„CMO“ gilt als die Rolle, vor „CTO“: der erste von Teilen, die gleich stark nach einer Stelle klingen']);
    expect(said.english).toEqual(analyzeTitle('CMO | CTO').notes);
  });

  it('say which segment is the role when it reads most like a job', () => {
    const reason: Reason = { code: 'role-segment', segment: 'VP, Information Security', over: ['Speaker', 'Mentor'], tie: false };
    expect(sayReasons([reason], german)).toEqual([
      '„VP, Information Security“ gilt als die Rolle, vor „Speaker“, „Mentor“: der Teil, der am ehesten nach einer Stelle klingt (eine Ebene, eine Rollenbezeichnung, eine Funktion)',
    ]);
    expect(sayReasons([reason])).toEqual([
      '"VP, Information Security" is the role read, over "Speaker", "Mentor": the segment that reads most like a job (a level, a role noun, a function)',
    ]);
  });

  it('show a note kept in session storage by the version that passed notes as English text, as it is', () => {
    const stored = { code: 'note', text: '"CSO" is a past role and is not matched' } as unknown as Parameters<typeof sayReasonIn>[0];
    expect(sayReasonIn(stored, german)).toBe('"CSO" is a past role and is not matched');
  });
});

describe('buying stages in German', () => {
  it('name every default stage in German, not as its English id', () => {
    expect(DEFAULT_STAGES.map(stageName)).toEqual(['Aufmerksamkeit', 'Erwägung', 'Bewertung', 'Auswahl', 'Einführung']);
  });

  it('show a stage the pack made up as the pack wrote it, made readable', () => {
    expect(stageName('proof-of-concept')).toBe('Proof of concept');
  });
});

describe('buying roles in German', () => {
  it('name every role of the pack format in German, not as its English id', () => {
    expect(BUYING_ROLES.map(buyingRoleName)).toEqual([
      'Fürsprecher',
      'wirtschaftlicher Entscheider',
      'technischer Prüfer',
      'Gatekeeper',
      'Sponsor in der Geschäftsleitung',
      'Anwender',
      'Blockierer',
    ]);
  });
});

describe('search results in German', () => {
  it("say what kind of thing a result is in German, with the pack's names as written", () => {
    const searched = pack([
      persona(
        'buyer',
        'Economic Buyer',
        { titles: ['cfo'] },
        { role: 'economic-buyer', objections: [{ id: 'price', text: 'Too expensive', response: 'ROI in a quarter.' }] },
      ),
    ]);
    const contexts = packDocuments(searched, searchWords()).map((d) => d.context);
    expect(contexts).toEqual(['Persona · wirtschaftlicher Entscheider', 'Einwand · Economic Buyer']);
  });
});

describe('inline chips in German', () => {
  it('say "no persona" and "not a fit" in German, the persona name as the pack has it', () => {
    const words = badgeWords().chip;
    expect(chipText({ label: '?', personaName: null, kind: null }, words)).toBe('Keine Persona');
    expect(chipText({ label: '✕', personaName: 'Recruiter', kind: 'negative' }, words)).toBe('Passt nicht · Recruiter');
    expect(chipText({ label: 'SG', personaName: 'Security Gatekeeper', kind: 'primary' }, words)).toBe('SG · Security Gatekeeper');
  });
});
