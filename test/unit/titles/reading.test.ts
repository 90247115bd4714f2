/**
 * The reading of titles as people really write them (issue 12): segments with a bare level,
 * dotted and clipped forms, misspellings, past roles, several roles, Italian and Swedish.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '../../../lib/titles/analyze';
import { getLexicon } from '../../../lib/titles/lexicon';
import { oneEditApart } from '../../../lib/titles/normalize';

const read = (title: string) => {
  const a = analyzeTitle(title);
  return { function: a.function, seniority: a.seniority };
};

describe('a bare level before a dash or slash takes the function after it', () => {
  it.each([
    ['Director - Cloud Security', 'security', 'director'],
    ['Sr. Manager – Strategic Sourcing', 'purchasing', 'manager'],
    ['Head / IT Operations', 'information-technology', 'head'],
    ['Summer Intern - Data Science', 'data', 'intern'],
    ['AVP - Sales at Banco Aurora', 'sales', 'vp'],
    ['Leiter – Einkauf', 'purchasing', 'head'],
  ])('%s', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));

  it('keeps the employer and shows the joined role', () => {
    const a = analyzeTitle('Head - Tax at Quintessa');
    expect(a.company).toBe('Quintessa');
    expect(a.title).toBe('Head, Tax');
  });

  it('does not join a level to a segment that is a role of its own', () => {
    expect(read('Director | Speaker')).toEqual({ function: null, seniority: 'director' });
  });
});

describe('dotted and clipped forms', () => {
  it.each([
    ['S.V.P. Sales', 'sales', 'vp'],
    ['V.P. of Engineering', 'engineering', 'vp'],
    ['E.V.P. & C.F.O.', 'finance', 'cxo'],
    ['Dir. IT Infrastructure', 'information-technology', 'director'],
    ['Procurement Mgr.', 'purchasing', 'manager'],
    ['Sr Dir, FP&A', 'finance', 'director'],
    // Clipped forms in the other languages: responsable/responsabile, director.
    ['Resp. Acquisti', 'purchasing', 'head'],
    ['Resp. de Compras', 'purchasing', 'head'],
    ['Resp. marketing', 'marketing', 'head'],
    ['Dtor. Comercial', 'sales', 'director'],
  ])('%s', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));
});

describe('misspellings: one edit, words of five letters or more, against the lexicon only', () => {
  it.each([
    ['Procurment Manger', 'purchasing', 'manager'],
    ['Cheif Information Secuirty Officer', 'security', 'cxo'],
    ['Direcotr of Finance', 'finance', 'director'],
    ['Complaince Officer', 'compliance', 'professional'],
  ])('%s', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));

  it('never turns a short word into another, nor a known word, nor a plural', () => {
    const { tokenizer } = getLexicon();
    expect(tokenizer.correct('date')).toBeNull();
    expect(tokenizer.correct('sales')).toBeNull();
    expect(tokenizer.correct('founders')).toBeNull();
    expect(tokenizer.correct('manger')).toBe('manager');
    expect(read('Helping founders grow 🚀')).toEqual({ function: null, seniority: null });
  });

  it('restores a dropped letter before it changes one: "dirctor" is director, not Portuguese "diretor"', () => {
    expect(getLexicon().tokenizer.correct('dirctor')).toBe('director');
    expect(read('Dirctor of Procurement')).toEqual({ function: 'purchasing', seniority: 'director' });
  });

  it('never splits an English headline word into compound parts ("retired" is not "reti" + "red")', () => {
    expect(getLexicon().tokenizer.tokens('retired')).toEqual(['retired']);
  });

  it('counts a swap of neighbours as one edit, two changes as two', () => {
    expect(oneEditApart('direcotr', 'director')).toBe(true);
    expect(oneEditApart('manger', 'manager')).toBe(true);
    expect(oneEditApart('secuirty', 'security')).toBe(true);
    expect(oneEditApart('dirctr', 'director')).toBe(false);
    expect(oneEditApart('manager', 'manager')).toBe(false);
  });
});

describe('past roles are not the current role', () => {
  it.each([
    'Former CFO',
    'Ex-CISO',
    'Retired Chief Information Officer',
    'Previously: VP Sales at Globex',
    'CFO (past)',
    'Ancien DAF',
    'Ehemaliger Geschäftsführer',
    // Words ending in an accented letter, and the other languages' markers.
    'Già Responsabile Acquisti',
    'Retraitée, ancienne DRH',
    'Antiga Diretora Financeira',
    'Jubilado, Director de Compras',
    'Aposentada, ex-Gerente de TI',
    'Gepensioneerd hoofd inkoop',
    // Clipped: "Ehem.", "Fmr.".
    'Ehem. Leiterin Einkauf',
    'Fmr. VP Finance',
    // After the role: "(retired)", "a.D.", ", retired".
    'Plant Manager (retired)',
    'Einkaufsleiter a.D.',
    'Chief Financial Officer, retired',
    'Directeur commercial (retraité)',
  ])('%s names no current role', (title) => expect(read(title)).toEqual({ function: null, seniority: null }));

  it.each([
    ['VP Sales | ex-Google', 'sales', 'vp'],
    ['Procurement Lead | Former CFO at Initech', 'purchasing', 'lead'],
    ['Executive Assistant', 'administrative', 'entry'],
  ])('%s keeps its current role', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));
});

describe('vocabulary: who does the job decides, a scope does not', () => {
  it.each([
    // A director of a region, site or division: the function named beats the scope.
    ['Regional Director of Procurement', 'purchasing', 'director'],
    ['Site Director, Manufacturing', 'operations', 'director'],
    ['Country Director, Finance', 'finance', 'director'],
    ['Regional Director', 'general-management', 'director'],
    // "X Leader" is a role in X; "Thought Leader" stays a decoration.
    ['Marketing Leader', 'marketing', 'professional'],
    ['Business Development Leader – DACH', 'business-development', 'professional'],
    ['Thought Leader | Speaker', null, null],
    // Tender, bid and proposal roles are sales (docs/title-analysis.md).
    ['Tender Coordinator', 'sales', 'professional'],
    // Italian "Amministrazione e Controllo" is the finance department.
    ['Responsabile Amministrazione e Controllo', 'finance', 'head'],
    // The feminine "coordinatrice" is French and Italian alike: a lead, as coordinatore and coordinador.
    ['Coordinatrice Acquisti', 'purchasing', 'lead'],
    ['Coordinatrice des achats', 'purchasing', 'lead'],
    // A German compound with an unknown first part and a linking s still names a Leiter.
    ['Referatsleiterin Personal', 'human-resources', 'head'],
    ['Sektionschef IT', 'information-technology', 'head'],
    // Breadth: fleets, care units, maintenance, software assets.
    ['Gestionnaire de flotte', 'operations', 'professional'],
    ['Responsabile Flotta Aziendale', 'operations', 'head'],
    ['Cadre de santé', 'healthcare', 'manager'],
    ['Ward Manager', 'healthcare', 'manager'],
    ['Hoofd Technische Dienst', 'operations', 'head'],
    ['Software Asset Manager', 'information-technology', 'manager'],
  ])('%s', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));

  it('does not take a compound without a linking s for a Leiter ("Flugbegleiterin" is a flight attendant)', () => {
    expect(read('Flugbegleiterin').seniority).not.toBe('head');
  });

  it('reads a partner of a firm as practising what another segment names (law, consulting)', () => {
    expect(read('Managing Partner | Employment Law')).toEqual({ function: 'legal', seniority: 'owner' });
    expect(read('Partner - Strategy Consulting')).toEqual({ function: 'consulting', seniority: 'owner' });
    // Not for a founder, and not for a partner manager.
    expect(read('Founder | Lawyer')).toEqual({ function: 'general-management', seniority: 'owner' });
    expect(read('Partner Manager | Legal Tech')).toEqual({ function: 'business-development', seniority: 'manager' });
  });
});

describe('Italian and Swedish', () => {
  it.each([
    ['Responsabile Acquisti', 'purchasing', 'head'],
    ['Direttore Commerciale', 'sales', 'director'],
    ['Direttrice del Personale', 'human-resources', 'director'],
    ['Amministratore Delegato presso Fratelli Rossi', 'general-management', 'cxo'],
    ['Stagista Marketing', 'marketing', 'intern'],
    ['Inköpschef', 'purchasing', 'head'],
    ['Chef för IT', 'information-technology', 'head'],
    ['Försäljningsdirektör', 'sales', 'director'],
    ['Systemutvecklare på Holmqvist AB', 'engineering', 'professional'],
    ['VD', 'general-management', 'cxo'],
  ])('%s', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));
});

describe('several roles in one headline', () => {
  it('reads roles joined by a slash together: the highest level, the functional C-role', () => {
    expect(read('CTO / Founder')).toEqual({ function: 'engineering', seniority: 'owner' });
    expect(read('CEO/Founder')).toEqual({ function: 'general-management', seniority: 'owner' });
  });

  it('says which segment was read as the role, and which were past roles', () => {
    expect(analyzeTitle('Head of Procurement | Chairman | Mentor').notes).toEqual([
      '"Head of Procurement" is the role read, over "Chairman": the first of segments that read equally like a job',
    ]);
    // "Board Member" is a decoration (lexicon vocabulary), not a job that competes with the role.
    expect(analyzeTitle('Finance Specialist at Bluepeak | Board Member')).toMatchObject({ function: 'finance', seniority: 'professional' });
    expect(analyzeTitle('VP Sales | ex-Google').notes).toEqual(['"ex-Google" is a past role and is not matched']);
    expect(analyzeTitle('VP Sales').notes).toBeUndefined();
  });
});
