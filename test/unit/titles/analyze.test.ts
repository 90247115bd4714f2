import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '../../../lib/titles/analyze';

const read = (raw: string) => {
  const a = analyzeTitle(raw);
  return { title: a.title, company: a.company, function: a.function, seniority: a.seniority };
};

describe('headline segmentation and clean-up', () => {
  it('picks the role segment, not credentials or slogans', () => {
    expect(read('VP, Information Security | CISSP | Speaker')).toEqual({
      title: 'VP, Information Security',
      company: null,
      function: 'security',
      seniority: 'vp',
    });
    expect(read('Helping SaaS companies grow | Head of Demand Generation at Acme').function).toBe('marketing');
  });

  it('extracts the company after at, @, chez, bei, en, bij, na', () => {
    expect(read('Head of RevOps @ Acme')).toMatchObject({ title: 'Head of RevOps', company: 'Acme', seniority: 'head' });
    expect(read('Directeur financier chez Acme')).toMatchObject({ title: 'Directeur financier', company: 'Acme', function: 'finance' });
    expect(read('Leiter Einkauf bei Siemens AG').company).toBe('Siemens AG');
    expect(read('Jefe de Compras en Telefónica').company).toBe('Telefónica');
    expect(read('Hoofd Inkoop bij Rabobank').company).toBe('Rabobank');
    expect(read('Gerente de Vendas na Ambev').company).toBe('Ambev');
  });

  it('strips punctuation at either end of the company, and only there', () => {
    expect(read('Head of Sales at Acme.').company).toBe('Acme');
    expect(read('Head of Sales at Acme!').company).toBe('Acme');
    expect(read('Head of Sales at Acme Inc.,').company).toBe('Acme Inc');
    expect(read('CFO at .Acme').company).toBe('Acme');
    expect(read('CFO at Acme Corp').company).toBe('Acme Corp');
    expect(read('CFO at Acme, Inc').company).toBe('Acme, Inc');
  });

  it('does not take a Spanish function after "en" for a company', () => {
    expect(read('Ingeniero en Sistemas')).toMatchObject({ company: null, function: 'information-technology' });
  });

  it('removes pronouns, emojis, gender markers and "open to work"', () => {
    expect(read('Software Engineer (she/her) 🚀 #OpenToWork').title).toBe('Software Engineer');
    expect(read('Vertriebsleiter (m/w/d)').title).toBe('Vertriebsleiter');
    expect(read('CISO, CISSP, CISM').title).toBe('CISO');
  });

  it('keeps a comma inside a role', () => {
    expect(read('Director, Finance')).toMatchObject({ title: 'Director, Finance', function: 'finance', seniority: 'director' });
  });

  it('reads roles on both sides of a slash together, and a slash inside one role as part of it', () => {
    // test/eval/README.md: combined roles joined by & / and / "/" take the highest level.
    expect(read('CEO/Founder').seniority).toBe('owner');
    expect(read('IT/OT Security Manager')).toMatchObject({ function: 'security', seniority: 'manager' });
  });

  it('prefers a current role over a former one', () => {
    expect(read('Ex-Google | Product Manager at Meta')).toMatchObject({ company: 'Meta', function: 'product' });
  });

  it('gives no seniority when there is no role', () => {
    expect(read('Open to work')).toMatchObject({ function: null, seniority: null });
    expect(read('')).toMatchObject({ function: null, seniority: null });
  });
});

describe('traps from the spec', () => {
  it('"Security Guard" is not information security', () => {
    expect(read('Security Guard').function).not.toBe('security');
    expect(read('Agent de sécurité').function).not.toBe('security');
    expect(read('Beveiliger').function).not.toBe('security');
  });

  it('"IT" inside words is not IT', () => {
    expect(read('Security Analyst').function).toBe('security');
    expect(read('Quality Auditor').function).not.toBe('information-technology');
    expect(read('Head of IT').function).toBe('information-technology');
  });

  it('"Assistant to the CFO" is administrative, not finance cxo', () => {
    const a = analyzeTitle('Assistant to the CFO');
    expect(a).toMatchObject({ function: 'administrative', seniority: 'entry', qualifier: 'to the CFO' });
    expect(read('Chief of Staff to the CEO').seniority).not.toBe('cxo');
    expect(read('EA to the CTO').function).toBe('administrative');
    expect(read('Assistentin der Geschäftsführung').function).toBe('administrative');
  });

  it('"Sales Director, Security Solutions" is sales', () => {
    expect(read('Sales Director, Security Solutions')).toMatchObject({ function: 'sales', seniority: 'director' });
  });

  it('"Partner Manager" is not an owner', () => {
    expect(read('Partner Manager')).toMatchObject({ function: 'business-development', seniority: 'manager' });
    expect(read('Managing Partner').seniority).toBe('owner');
  });

  it('"Product Owner" is not an owner either', () => {
    expect(read('Product Owner')).toMatchObject({ function: 'product', seniority: 'professional' });
  });
});

describe('ambiguous acronyms', () => {
  it('take the usual B2B sense when nothing decides, and say so', () => {
    const a = analyzeTitle('CSO');
    expect(a).toMatchObject({ function: 'security', seniority: 'cxo' });
    expect(a.ambiguous[0]).toMatch(/"CSO" is ambiguous \(security or sales .*; read as chief security officer, the usual sense/);
    expect(analyzeTitle('PM').function).toBe('product');
    expect(analyzeTitle('MD')).toMatchObject({ function: 'general-management', seniority: 'cxo' });
  });

  it('are decided by another segment of the headline', () => {
    const a = analyzeTitle('CPO – Chief Procurement Officer');
    expect(a.function).toBe('purchasing');
    const b = analyzeTitle('CDO | Data Strategy');
    expect(b.resolved?.[0]).toMatch(/"CDO" read as chief data officer \(decided by "data" elsewhere in the headline\)/);
  });

  it('are decided by the rest of the title', () => {
    const a = analyzeTitle('CSO, Information Security');
    expect(a.function).toBe('security');
    expect(a.resolved?.[0]).toMatch(/CSO" read as chief security officer/);
    expect(analyzeTitle('CRO (Revenue & Sales)').function).toBe('sales');
    expect(analyzeTitle('Cardiologist, MD').function).toBe('healthcare');
  });
});

describe('seniority ladder', () => {
  it.each([
    ['Marketing Intern', 'intern'],
    ['Junior Developer', 'entry'],
    ['Software Engineer', 'professional'],
    ['Senior Software Engineer', 'senior'],
    ['Team Lead, Support', 'lead'],
    ['Senior Manager, FP&A', 'manager'],
    ['Director of Engineering', 'director'],
    ['Head of Product', 'head'],
    ['SVP Sales', 'vp'],
    ['Chief Information Security Officer', 'cxo'],
    ['Founder & CEO', 'owner'],
  ] as const)('%s is %s', (title, level) => {
    expect(read(title).seniority).toBe(level);
  });
});

describe('other languages', () => {
  it.each([
    ['Directeur des Achats', 'purchasing', 'director'],
    ['Directrice Marketing', 'marketing', 'director'],
    ["Responsable de la sécurité des systèmes d'information", 'security', 'head'],
    ['RSSI', 'security', 'head'],
    ['PDG', 'general-management', 'cxo'],
    ['Stagiaire RH', 'human-resources', 'intern'],
    ['Einkaufsleiter', 'purchasing', 'head'],
    ['Leiterin Informationssicherheit', 'security', 'head'],
    ['IT-Leiter', 'information-technology', 'head'],
    ['Geschäftsführerin', 'general-management', 'cxo'],
    ['Teamleiter Kundenservice', 'customer-success', 'lead'],
    ['Werkstudent Marketing', 'marketing', 'intern'],
    ['Jefa de Seguridad de la Información', 'security', 'head'],
    ['Directora Financiera', 'finance', 'director'],
    ['Gerente de Compras', 'purchasing', 'manager'],
    ['Becario de Marketing', 'marketing', 'intern'],
    ['Diretora de Recursos Humanos', 'human-resources', 'director'],
    ['Gerente de Segurança da Informação', 'security', 'manager'],
    ['Estagiário de TI', 'information-technology', 'intern'],
    ['Hoofd Informatiebeveiliging', 'security', 'head'],
    ['Teamleider Inkoop', 'purchasing', 'lead'],
    ['Algemeen Directeur', 'general-management', 'cxo'],
  ] as const)('%s → %s, %s', (title, fn, level) => {
    expect(read(title)).toMatchObject({ function: fn, seniority: level });
  });
});
