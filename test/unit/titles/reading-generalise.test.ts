/**
 * Reading classes fixed against the tuned splits of the unseen sets (issue 12), each for the
 * construction in every language where it applies. The titles are new variants of each class,
 * not the sets' own lines.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '../../../lib/titles/analyze';
import { matchTitle } from '../../../lib/titles/match';
import { loadEvalPack } from './devset-data';

const read = (title: string) => {
  const a = analyzeTitle(title);
  return { function: a.function, seniority: a.seniority };
};
const cases = (rows: [string, string | null, string | null][]) =>
  it.each(rows)('%s', (title, fn, level) => expect(read(title)).toEqual({ function: fn, seniority: level }));

describe('a workplace is not a misspelt trade: the owner of a bakery runs a business', () => {
  cases([
    ['Owner, Smith Brewery', 'general-management', 'owner'],
    ['Owner – Oak Joinery Ltd', 'general-management', 'owner'],
    ['Founder, Main Street Butchery', 'general-management', 'owner'],
    ['Propriétaire, Boulangerie Dupont', 'general-management', 'owner'],
    ['Gérante, Boucherie du Marché', 'general-management', 'cxo'],
    ['Dueña, Panadería La Espiga', 'general-management', 'owner'],
    ['Propietario de Carnicería Hermanos Ruiz', 'general-management', 'owner'],
    ['Inhaberin, Metzgerei Huber', 'general-management', 'owner'],
  ]);
  it('still reads the trade itself', () => {
    expect(read('Baker')).toEqual({ function: 'operations', seniority: 'professional' });
    expect(read('Boulanger')).toEqual({ function: 'operations', seniority: 'professional' });
  });
});

describe('a misspelt word is not a compound of an unknown part and a person noun', () => {
  cases([
    ['Respnsable des ressources humaines', 'human-resources', 'head'],
    ['Respnsable achats', 'purchasing', 'head'],
    ['Resposable comercial', 'sales', 'head'],
  ]);
  it('still splits real compounds before a person noun', () => {
    expect(read('Referatsleiter')).toEqual({ function: null, seniority: 'head' });
  });
});

describe('students: a degree candidate and a doctoral student are students in every language', () => {
  cases([
    ['PhD Candidate, Organic Chemistry', 'research', 'intern'],
    ['Ph.D. Candidate', 'education', 'intern'],
    ['MBA Candidate | Wharton', 'education', 'intern'],
    ["Master's Candidate, Computer Science", 'engineering', 'intern'],
    ['Doctoral Candidate in Neuroscience', 'research', 'intern'],
    ['Doctorando en Física', 'research', 'intern'],
    ['Doutorando em Engenharia', 'research', 'intern'],
    ['Dottorando di ricerca in Chimica', 'research', 'intern'],
  ]);
  it('keeps a postdoc, a professional exam candidate and a plain candidate out', () => {
    expect(read('Pós-doutorando em Biologia')).toEqual({ function: 'research', seniority: 'professional' });
    expect(read('CPA Candidate | Staff Accountant')).toEqual({ function: 'finance', seniority: 'professional' });
    expect(read('Candidate for City Council').seniority).toBeNull();
  });
});

describe('the eval pack: every intern-level title is not a buyer', () => {
  const pack = loadEvalPack();
  it.each([
    'PhD Candidate, Organic Chemistry',
    'MBA Candidate @ INSEAD',
    'Practicante de Marketing',
    'Doctorante en informatique',
    'Doktorandin Physik',
    'Promovendus bij TU Delft',
    'Doktorand i fysik',
    'Lärling, elektriker',
    'Alumna de ingeniería',
    'Estágio em Finanças',
  ])('%s', (title) => expect(matchTitle(title, pack).persona).toBe('not-a-buyer'));
  it('but not a postdoc', () => expect(matchTitle('Pós-doutoranda em Química', pack).persona).toBeNull());
});

describe('Chief X & Y Officer: the functions in the order given, the first decides', () => {
  cases([
    ['Chief Legal & Compliance Officer', 'legal', 'cxo'],
    ['Chief Legal and Compliance Officer', 'legal', 'cxo'],
    ['Chief Security & Privacy Officer', 'security', 'cxo'],
    ['Chief Information Security Officer', 'security', 'cxo'],
    ['Chief Compliance Officer', 'compliance', 'cxo'],
    ['Chief Privacy Officer', 'compliance', 'cxo'],
  ]);
});

describe('a partner practises what the firm named does', () => {
  cases([
    ['Partner, BCG', 'consulting', 'owner'],
    ['Partner at McKinsey', 'consulting', 'owner'],
    ['Sócio, Deloitte', 'consulting', 'owner'],
    ['Partner', 'general-management', 'owner'],
    ['Managing Partner, Acme Capital', 'general-management', 'owner'],
  ]);
});

describe('a director of a region, country or division before a dash takes the function after it, in every language', () => {
  cases([
    ['Country Director - Sales & Marketing', 'sales', 'director'],
    ['Regional Director – Finance', 'finance', 'director'],
    ['Director Regional – Ventas', 'sales', 'director'],
    ['Diretor Regional - Vendas', 'sales', 'director'],
    ['Directeur régional - Ventes', 'sales', 'director'],
    ['Regionchef – Försäljning', 'sales', 'head'],
    ['Directora Regional de Marketing', 'marketing', 'director'],
    ['Regional Director', 'general-management', 'director'],
    ['Director de País', 'general-management', 'director'],
    ['Regiodirecteur', 'general-management', 'director'],
  ]);
  it('keeps an owner general management', () => {
    expect(read('Founder - Cybersecurity')).toEqual({ function: 'general-management', seniority: 'owner' });
  });
});
