import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../../lib/titles/lexicon';
import { fold, foldSameLength } from '../../../lib/titles/normalize';

const tokens = (text: string) => getLexicon().tokenizer.tokens(text).join(' ');

describe('normalisation shared by titles and pack phrases', () => {
  it('folds case and accents, and ß to ss', () => {
    expect(fold('Directrice Générale')).toBe('directrice generale');
    expect(fold('Großkunden')).toBe('grosskunden');
    expect(foldSameLength('Sécurité')).toHaveLength('Sécurité'.length);
  });

  it('turns punctuation into word breaks and keeps joined abbreviations whole', () => {
    expect(tokens('VP, Information-Security')).toBe('vice president information security');
    expect(tokens('FP&A')).toBe('financial planning analysis');
    expect(tokens('R&D')).toBe('research development');
  });

  it.each([
    ['CFO', 'chief financial officer'],
    ['Chief Financial Officer', 'chief financial officer'],
    ['VP', 'vice president'],
    ['SVP', 'senior vice president'],
    ['Sr. Mgr', 'senior manager'],
    ['InfoSec', 'information security'],
    ['RevOps', 'revenue operations'],
    ['HR', 'human resources'],
    ['Dir', 'director'],
  ])('expands %s to canonical tokens', (input, expected) => {
    expect(tokens(input)).toBe(expected);
  });

  it('drops stopwords and credentials', () => {
    expect(tokens('Head of Sales')).toBe('head sales');
    expect(tokens('CISO CISSP MBA')).toBe('chief information security officer');
  });

  it.each([
    ['Einkaufsleiter', 'einkauf leiter'],
    ['Informationssicherheit', 'information sicherheit'],
    ['IT-Leiter', 'it leiter'],
    ['Vertriebsleiter', 'vertrieb leiter'],
    ['Vertriebsleiterin', 'vertrieb leiter'],
    ['Hauptabteilungsleiter', 'haupt abteilung leiter'],
    ['informatiebeveiliging', 'informatie beveiliging'],
    ['Accountmanager', 'account manager'],
  ])('splits the compound %s', (input, expected) => {
    expect(tokens(input)).toBe(expected);
  });

  it('maps feminine forms to the same token', () => {
    expect(tokens('Leiterin')).toBe(tokens('Leiter'));
    expect(tokens('directora')).toBe(tokens('director'));
    expect(tokens('directrice')).toBe(tokens('directeur'));
    expect(tokens('Geschäftsführerin')).toBe(tokens('Geschäftsführer'));
  });

  it('leaves English words whole', () => {
    expect(tokens('network')).toBe('network');
    expect(tokens('security')).toBe('security');
  });
});
