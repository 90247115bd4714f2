/**
 * The lexicon's long-tail vocabulary (lib/titles/lexicon/vocabulary/*.ts): its compact text form,
 * the size it promises per language, and the classes of words it adds, read through analyzeTitle.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '../../../lib/titles/analyze';
import { getLexicon, LEXICON_TABLES } from '../../../lib/titles/lexicon';
import { expandForms, parseVocabulary, withVocabulary } from '../../../lib/titles/lexicon/vocabulary';
import { rawWords } from '../../../lib/titles/normalize';

const read = (raw: string) => {
  const a = analyzeTitle(raw);
  return [a.function, a.seniority];
};

describe('vocabulary text', () => {
  it('parses keyed and plain groups, variants, and both forms of "Leiter(in)"', () => {
    const table = parseVocabulary(
      'de',
      `
# a comment
roles.purchasing: Einkäufer(in), Buyer
levels.head: Leiter(in)
decorations: Mentor
variants: einkauferin=einkaufer, mgr=manager
roles.purchasing: Beschaffer
`,
    );
    expect(table.roles).toEqual({ purchasing: ['Einkäufer', 'Einkäuferin', 'Buyer', 'Beschaffer'] });
    expect(table.levels).toEqual({ head: ['Leiter', 'Leiterin'] });
    expect(table.decorations).toEqual(['Mentor']);
    expect(table.variants).toEqual({ einkauferin: 'einkaufer', mgr: 'manager' });
    expect(expandForms('Berater(in)')).toEqual(['Berater', 'Beraterin']);
    expect(expandForms('R&D (EMEA)')).toEqual(['R&D (EMEA)']);
  });

  it('names the language and line of a line it cannot read', () => {
    expect(() => parseVocabulary('fr', 'roles.purchasing: acheteur\nroles.buying: acheteur')).toThrow('lexicon fr, vocabulary line 2: "roles" needs one of');
    expect(() => parseVocabulary('fr', 'levels.boss: chef')).toThrow('lexicon fr, vocabulary line 1');
    expect(() => parseVocabulary('sv', 'rolls.sales: säljare')).toThrow('lexicon sv, vocabulary line 1: unknown group "rolls.sales"');
    expect(() => parseVocabulary('it', '\nbuyer, compratore')).toThrow('lexicon it, vocabulary line 2: expected "group: items"');
    expect(() => parseVocabulary('nl', 'variants: inkoopster')).toThrow('variants need "from=to"');
  });

  it("adds its words after the table's own, without dropping any", () => {
    const merged = withVocabulary({
      lang: 'en',
      roles: { purchasing: ['buyer'] },
      variants: { mgr: 'manager' },
      vocabulary: 'roles.purchasing: purchaser\nroles.finance: controller\nvariants: mgr=manger, dir=director',
    });
    expect(merged.roles).toEqual({ purchasing: ['buyer', 'purchaser'], finance: ['controller'] });
    // The table's own spelling wins over the vocabulary's.
    expect(merged.variants).toEqual({ mgr: 'manager', dir: 'director' });
    expect(merged.vocabulary).toBeUndefined();
  });

  // Distinct entries: phrases counted once however many spellings of them the tables list.
  it('holds about a thousand distinct entries or more in every language, over two thousand in English', () => {
    const { tokenizer } = getLexicon();
    const sizes = Object.fromEntries(
      LEXICON_TABLES.map((t) => {
        const merged = withVocabulary(t);
        const distinct = new Set<string>();
        for (const group of [merged.functions, merged.domains, merged.roles, merged.genericRoles, merged.levels, merged.levelModifiers])
          for (const list of Object.values(group ?? {})) for (const phrase of list ?? []) distinct.add(tokenizer.tokens(phrase).join(' '));
        for (const spelling of [...Object.keys(merged.variants ?? {}), ...Object.keys(merged.abbreviations ?? {})]) distinct.add(`=${spelling}`);
        return [t.lang, distinct.size];
      }),
    );
    expect(sizes.en).toBeGreaterThanOrEqual(2300);
    for (const lang of ['de', 'fr', 'es', 'pt', 'nl', 'it', 'sv']) expect(sizes[lang], lang).toBeGreaterThanOrEqual(900);
  });

  // Every word costs bytes in the extension's worker: a phrase that reads exactly like one the
  // tables already hold (a feminine form the variants already map, a repeat) is only weight.
  it('lists no vocabulary phrase that reads like one already in its table', () => {
    const { tokenizer } = getLexicon();
    const repeats: string[] = [];
    for (const t of LEXICON_TABLES) {
      if (!t.vocabulary) continue;
      const seen = new Set<string>();
      const groups = ['functions', 'domains', 'roles', 'genericRoles', 'levels', 'levelModifiers'] as const;
      for (const g of groups)
        for (const [key, list] of Object.entries(t[g] ?? {})) for (const p of list ?? []) seen.add(`${g}.${key}:${tokenizer.tokens(p).join(' ')}`);
      const v = parseVocabulary(t.lang, t.vocabulary);
      for (const g of groups)
        for (const [key, list] of Object.entries(v[g] ?? {}))
          for (const p of list ?? []) {
            const id = `${g}.${key}:${tokenizer.tokens(p).join(' ')}`;
            if (seen.has(id)) repeats.push(`${t.lang} ${g}.${key}: ${p}`);
            seen.add(id);
          }
    }
    expect(repeats).toEqual([]);
  });

  // "L&D Manager" written as "l d manager" once became a bare "manager" with an HR function, so
  // every "Manager, Procurement" read as HR: a phrase must never lose the words that make it specific.
  it('keeps every word of a vocabulary phrase that is not a stopword', () => {
    const { tokenizer } = getLexicon();
    const lost: string[] = [];
    for (const t of LEXICON_TABLES) {
      if (!t.vocabulary) continue;
      const v = parseVocabulary(t.lang, t.vocabulary);
      for (const group of [v.functions, v.domains, v.roles, v.genericRoles])
        for (const list of Object.values(group ?? {}))
          for (const phrase of list ?? []) if (rawWords(phrase).length > 1 && tokenizer.tokens(phrase).length < 2) lost.push(`${t.lang}: ${phrase}`);
    }
    expect(lost).toEqual([]);
  });
});

describe('role nouns and function words of the long tail', () => {
  it("reads the issue's examples", () => {
    expect(read('Tender Manager')).toEqual(['sales', 'manager']);
    expect(read('Bid Manager')).toEqual(['sales', 'manager']);
    expect(read('Escalation Manager')).toEqual(['customer-success', 'manager']);
    expect(read('Order Management Specialist')).toEqual(['operations', 'professional']);
    expect(read('Buyer')).toEqual(['purchasing', 'professional']);
    expect(read('Controller')).toEqual(['finance', 'professional']);
    expect(read('Group Controller')).toEqual(['finance', 'professional']);
  });

  it('never reads an architect as sales', () => {
    for (const title of ['Architect', 'Solutions Architect', 'Sales Solutions Architect', 'Solutions Architect, Sales', 'Architect, Enterprise Sales'])
      expect(analyzeTitle(title).function, title).toBe('engineering');
    expect(read('Enterprise Architect')).toEqual(['information-technology', 'professional']);
    expect(read('Security Architect')[0]).toBe('security');
    expect(read('Data Architect')[0]).toBe('data');
  });

  it('reads a trailing "SA" as a company form, not a solutions architect', () => {
    expect(read('Spezialist Rechnungswesen bei der Lumière SA')[0]).toBe('finance');
  });

  it('knows procurement, finance and audit roles', () => {
    expect(read('Strategic Sourcing Specialist')[0]).toBe('purchasing');
    expect(read('Source-to-Pay Analyst')[0]).toBe('purchasing');
    expect(read('Indirect Buyer')[0]).toBe('purchasing');
    expect(read('FP&A Manager')).toEqual(['finance', 'manager']);
    expect(read('Treasury Analyst')[0]).toBe('finance');
    expect(read('Transfer Pricing Analyst')[0]).toBe('finance');
    expect(read('Underwriter')[0]).toBe('finance');
    expect(read('IT Auditor')[0]).toBe('compliance');
    expect(read('Chief Audit Executive')).toEqual(['compliance', 'cxo']);
    expect(read('Third Party Risk Analyst')[0]).toBe('compliance');
  });

  it('knows security, engineering, data and operations specialities', () => {
    expect(read('IAM Architect')[0]).toBe('security');
    expect(read('Detection Engineer')[0]).toBe('security');
    expect(read('Cryptographer')[0]).toBe('security');
    expect(read('Site Reliability Engineer')[0]).toBe('engineering');
    expect(read('Analytics Engineer')[0]).toBe('data');
    expect(read('Master Data Specialist')[0]).toBe('data');
    expect(read('Revenue Operations Analyst')[0]).toBe('operations');
    expect(read('Sales Enablement Manager')).toEqual(['sales', 'manager']);
    expect(read('Deal Desk Analyst')[0]).toBe('sales');
    expect(read('Quantity Surveyor')[0]).toBe('operations');
    expect(read('Sustainability Manager')).toEqual(['operations', 'manager']);
  });

  it('knows legal, HR, clinical and research roles', () => {
    expect(read('Commercial Counsel')[0]).toBe('legal');
    expect(read('Contracts Administrator')[0]).toBe('legal');
    expect(read('Total Rewards Manager')).toEqual(['human-resources', 'manager']);
    expect(read('Workforce Planner')[0]).toBe('human-resources');
    expect(read('Clinical Trial Manager')[0]).toBe('healthcare');
    expect(read('Formulation Scientist')[0]).toBe('research');
    expect(read('Pharmacovigilance Officer')[0]).toBe('compliance');
  });
});

describe('translations and gendered forms', () => {
  it('reads German feminine forms and compounds', () => {
    expect(read('Einkäuferin')).toEqual(['purchasing', 'professional']);
    expect(read('Warengruppenmanagerin')).toEqual(['purchasing', 'manager']);
    expect(read('Konzerncontrollerin')).toEqual(['finance', 'professional']);
    expect(read('Informationssicherheitsbeauftragte')[0]).toBe('security');
    expect(read('Eskalationsmanagerin')).toEqual(['customer-success', 'manager']);
    expect(read('Leiterin Auftragsabwicklung')).toEqual(['operations', 'head']);
    expect(read('Justiziarin')[0]).toBe('legal');
  });

  it('reads French, Spanish and Portuguese feminine forms', () => {
    expect(read('Contrôleuse de gestion')[0]).toBe('finance');
    expect(read('Acheteuse projet')[0]).toBe('purchasing');
    expect(read('Déléguée à la protection des données')[0]).toBe('compliance');
    expect(read('Compradora técnica')[0]).toBe('purchasing');
    expect(read('Delegada de protección de datos')[0]).toBe('compliance');
    expect(read('Analista de controladoria')[0]).toBe('finance');
    expect(read('Encarregado de proteção de dados')[0]).toBe('compliance');
  });

  it('reads Dutch, Italian and Swedish role nouns', () => {
    expect(read('Strategisch inkoper')[0]).toBe('purchasing');
    expect(read('Functionaris gegevensbescherming')[0]).toBe('compliance');
    expect(read('Addetta acquisti')[0]).toBe('purchasing');
    expect(read('Capoturno')).toEqual(['operations', 'lead']);
    expect(read('Upphandlare')[0]).toBe('purchasing');
    expect(read('Kategorichef')).toEqual(['purchasing', 'head']);
    expect(read('Dataskyddsombud')[0]).toBe('compliance');
  });

  it('reads a Dutch information security officer as security, not as a guard', () => {
    expect(read('Informatiebeveiliger')[0]).toBe('security');
  });
});

// Issue 12, vocabulary breadth: role nouns and department words of sectors the first tables
// barely held, read through analyzeTitle. Titles written for this test, a few per sector and language.
describe('sector breadth', () => {
  const expectAll = (fn: string, titles: string[]) => {
    for (const title of titles) expect(analyzeTitle(title).function, title).toBe(fn);
  };

  it('reads farms, food plants, building sites, utilities, transport, mines and kitchens as operations', () => {
    expectAll('operations', [
      'Farm Manager',
      'Vineyard Manager',
      'Head Brewer',
      'Carpenter',
      'Scaffolder',
      'Lineworker',
      'Water Treatment Operator',
      'Airline Pilot',
      'Flight Attendant',
      'Air Traffic Controller',
      'Harbour Master',
      'Train Driver',
      'Mine Manager',
      'Bartender',
      'Waitress',
      'Landwirtin',
      'Maurer',
      'Flugbegleiterin',
      'Lokführerin',
      'Sprengmeister',
      'Kellnerin',
      'Agricultrice',
      'Conductrice de travaux',
      'Commandant de bord',
      "Hôtesse de l'air",
      'Serveuse',
      'Agricultora',
      'Jefa de obra',
      'Tripulante de cabina',
      'Camarera de pisos',
      'Produtor rural',
      'Mestre de obras',
      'Comissária de bordo',
      'Garçonete',
      'Agricoltore',
      'Capocantiere',
      'Assistente di volo',
      'Cameriera',
      'Melkveehouder',
      'Uitvoerder',
      'Luchtverkeersleider',
      'Treinmachinist',
      'Serveerster',
      'Lantbrukare',
      'Byggarbetsledare',
      'Flygvärdinna',
      'Lokförare',
      'Servitris',
    ]);
  });

  it('reads newsrooms, publishing and broadcasting as marketing (editorial work), cameras and sound as design', () => {
    expectAll('marketing', [
      'Senior Reporter',
      'Foreign Correspondent',
      'News Producer',
      'Managing Editor',
      'Newsreader',
      'Journalistin',
      'Chefredakteur',
      'Journaliste',
      'Rédactrice en chef',
      'Periodista',
      'Locutora',
      'Jornalista',
      'Repórter',
      'Giornalista',
      'Caporedattrice',
      'Verslaggever',
      'Hoofdredacteur',
      'Reporter',
      'Chefredaktör',
    ]);
    expectAll('design', [
      'Camera Operator',
      'Cinematographer',
      'Sound Engineer',
      'Kamerafrau',
      'Cadreuse',
      'Fotógrafa',
      'Cinegrafista',
      'Fonico',
      'Geluidstechnicus',
      'Ljudtekniker',
    ]);
  });

  it('reads claims, underwriting and insurance agents and brokers as finance (as the tables keep insurance agents), estate agents and shop staff as sales', () => {
    expectAll('finance', [
      'Claims Examiner',
      'Actuarial Analyst',
      'Schadenreferentin',
      'Gestionnaire sinistres',
      'Tramitadora de siniestros',
      'Regulador de sinistros',
      'Liquidatore sinistri',
      'Schadebehandelaar',
      'Skadereglerare',
      'Insurance Broker',
      'Mortgage Advisor',
      'Versicherungsmaklerin',
      'Courtière en assurance',
      'Corredora de seguros',
      'Corretor de seguros',
      'Agente assicurativo',
      'Assurantiemakelaar',
      'Försäkringsmäklare',
    ]);
    expectAll('sales', [
      'Real Estate Agent',
      'Lettings Negotiator',
      'Immobilienmaklerin',
      'Agent immobilier',
      'Agente inmobiliaria',
      'Corretor de imóveis',
      'Agente immobiliare',
      'Fastighetsmäklare',
      'Butikssäljare',
    ]);
  });

  it('reads councils as administrative and planners and surveyors as engineering', () => {
    expectAll('administrative', [
      'Council Officer',
      'Civil Servant',
      'Standesbeamtin',
      'Secrétaire de mairie',
      'Auxiliar administrativa',
      'Servidora pública',
      'Segretario comunale',
      'Ambtenaar',
      'Nämndsekreterare',
    ]);
    expectAll('engineering', [
      'Town Planner',
      'Land Surveyor',
      'Stadtplanerin',
      'Urbaniste',
      'Delineante',
      'Projetista',
      'Geometra',
      'Stedenbouwkundige',
      'Samhällsplanerare',
    ]);
  });

  it('reads geologists and agronomists as research, hospitals and care as healthcare, schools and libraries as education', () => {
    expectAll('research', ['Geologist', 'Agronomist', 'Geologin', 'Géologue', 'Agrónoma', 'Pesquisadora', 'Ricercatrice', 'Geoloog', 'Agronom']);
    expectAll('healthcare', [
      'Staff Nurse',
      'Clinical Trial Coordinator',
      'Veterinary Surgeon',
      'Chefärztin',
      'Infirmière',
      'Aide soignante',
      'Enfermera',
      'Técnica de enfermagem',
      'Infermiera',
      'Wijkverpleegkundige',
      'Undersköterska',
    ]);
    expectAll('education', [
      'Primary Teacher',
      'Librarian',
      'Lehrkraft',
      'Professeure des écoles',
      'Maestra',
      'Professora',
      'Insegnante',
      'Groepsleerkracht',
      'Förskollärare',
    ]);
  });

  it('reads law firms as legal, fundraising as business development and volunteering as HR', () => {
    expectAll('legal', ['Trainee Solicitor', 'Rechtsanwältin', 'Avocate', 'Abogada', 'Advogada', 'Avvocato', 'Advocaat', 'Advokat']);
    expectAll('business-development', [
      'Major Gifts Officer',
      'Fundraiserin',
      'Chargée de mécénat',
      'Captadora de fondos',
      'Captadora de recursos',
      'Fondsenwerver',
      'Insamlingsansvarig',
    ]);
    expectAll('human-resources', ['Volunteer Coordinator', 'Coordinatrice des bénévoles', 'Vrijwilligerscoördinator']);
  });

  it('keeps the owner of a business general management and a project pilot in project management', () => {
    expect(read('Inhaberin, Bäckerei Müller')).toEqual(['general-management', 'owner']);
    expect(analyzeTitle('Pilote de projet').function).toBe('project-management');
    expect(analyzeTitle('Microsoft 365 Administrator').function).toBe('information-technology');
  });
});
