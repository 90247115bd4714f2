/**
 * Writes test/eval/corpus.jsonl: the development corpus, from the hand-written tables below and
 * the hand-labelled hard titles in ./hard.jsonl. Every label comes from the tables (a template's
 * level, a function word's function, the persona rules of ./personas.ts), never from the engine.
 *
 *   npx tsx test/eval/corpus/generate.ts
 *
 * Each title belongs to a group (the clean title and its noisy variants); the group's hash puts
 * it in the tuned 70% or the locked 30% (./split.ts), so no variant of a locked title is tuned on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FunctionId, Level } from '../../../lib/pack/schema';
import { seededRandom } from '../../bench/seeded-random';
import { personaFor, type PersonaFlags } from './personas';
import { splitOf } from './split';

type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it' | 'sv';

/** A function as one language writes it: the noun ("Procurement") and the forms some templates need. */
interface FnWord {
  fn: FunctionId;
  /** "Procurement", "Einkauf", "achats". */
  n: string;
  /** fr/es/pt/it: with its article ("des achats", "de Compras"). */
  de?: string;
  /** de/sv/nl: the compound stem ("Einkaufs", "Inköps", "Inkoop"). */
  c?: string;
  /** fr/it/es/pt: adjective after a masculine and a feminine head noun ("financier" / "financière"). */
  am?: string;
  af?: string;
}

interface Template {
  /** {F} noun, {D} with article, {C} compound stem, {M}/{W} adjective (masculine/feminine). */
  t: string;
  level: Level;
  /** Only these functions (default: all that have the form the template uses). */
  only?: FunctionId[];
  not?: FunctionId[];
  flags?: PersonaFlags;
}

/** A whole title with its labels: [text, function, level, flags]. */
type Fixed = [string, FunctionId | null, Level | null, PersonaFlags?];

interface LangData {
  fns: FnWord[];
  templates: Template[];
  fixed: Fixed[];
  /** How this language names an employer after the role. */
  companies: string[];
  /** Headline noise peculiar to the language: gender markers, local taglines. */
  noise: string[];
}

const f = (fn: FunctionId, n: string, more: Omit<FnWord, 'fn' | 'n'> = {}): FnWord => ({ fn, n, ...more });

const EN: LangData = {
  fns: [
    f('security', 'Information Security'), f('security', 'Cyber Security'), f('security', 'Cybersecurity'), f('security', 'Security Operations'),
    f('security', 'Cloud Security'), f('security', 'Application Security'), f('security', 'IT Security'), f('security', 'Security Engineering'),
    f('security', 'Threat Intelligence'), f('security', 'Identity & Access Management'), f('security', 'InfoSec'), f('security', 'Product Security'),
    f('information-technology', 'IT'), f('information-technology', 'IT Operations'), f('information-technology', 'IT Infrastructure'),
    f('information-technology', 'Information Technology'), f('information-technology', 'Infrastructure'), f('information-technology', 'Enterprise Applications'),
    f('information-technology', 'End User Computing'), f('information-technology', 'IT Service Management'), f('information-technology', 'Service Desk'),
    f('information-technology', 'Digital Workplace'), f('information-technology', 'Business Systems'),
    f('engineering', 'Engineering'), f('engineering', 'Software Engineering'), f('engineering', 'Platform Engineering'), f('engineering', 'DevOps'),
    f('engineering', 'Site Reliability Engineering'), f('engineering', 'Quality Assurance'), f('engineering', 'Mobile Engineering'), f('engineering', 'Software Development'),
    f('data', 'Data'), f('data', 'Analytics'), f('data', 'Data Science'), f('data', 'Business Intelligence'), f('data', 'Data Engineering'), f('data', 'Machine Learning'),
    f('product', 'Product'), f('product', 'Product Management'),
    f('design', 'Design'), f('design', 'UX'), f('design', 'User Research'), f('design', 'Product Design'),
    f('marketing', 'Marketing'), f('marketing', 'Demand Generation'), f('marketing', 'Brand'), f('marketing', 'Communications'), f('marketing', 'Digital Marketing'),
    f('marketing', 'Product Marketing'), f('marketing', 'Growth Marketing'), f('marketing', 'Content Marketing'), f('marketing', 'Field Marketing'),
    f('sales', 'Sales'), f('sales', 'Enterprise Sales'), f('sales', 'Inside Sales'), f('sales', 'Commercial'), f('sales', 'Sales EMEA'), f('sales', 'Channel Sales'),
    f('business-development', 'Business Development'), f('business-development', 'Partnerships'), f('business-development', 'Alliances'),
    f('business-development', 'Strategic Partnerships'), f('business-development', 'Corporate Development'),
    f('customer-success', 'Customer Success'), f('customer-success', 'Customer Support'), f('customer-success', 'Customer Service'),
    f('customer-success', 'Client Services'), f('customer-success', 'Customer Experience'), f('customer-success', 'Customer Care'),
    f('operations', 'Operations'), f('operations', 'Supply Chain'), f('operations', 'Logistics'), f('operations', 'Manufacturing'), f('operations', 'Facilities'),
    f('operations', 'Business Operations'), f('operations', 'Revenue Operations'),
    // "Sales/Legal/People Operations = that domain" (test/eval/README.md); RevOps is operations.
    f('sales', 'Sales Operations'),
    f('purchasing', 'Procurement'), f('purchasing', 'Purchasing'), f('purchasing', 'Strategic Sourcing'), f('purchasing', 'Vendor Management'),
    f('purchasing', 'Indirect Procurement'), f('purchasing', 'Category Management'), f('purchasing', 'Sourcing'), f('purchasing', 'Supplier Management'),
    f('human-resources', 'Human Resources'), f('human-resources', 'HR'), f('human-resources', 'People'), f('human-resources', 'People Operations'),
    f('human-resources', 'Total Rewards'), f('human-resources', 'Compensation & Benefits'), f('human-resources', 'Learning & Development'),
    f('legal', 'Legal'), f('legal', 'Legal Affairs'), f('legal', 'Litigation'), f('legal', 'Intellectual Property'),
    f('compliance', 'Compliance'), f('compliance', 'Risk'), f('compliance', 'Risk Management'), f('compliance', 'Internal Audit'), f('compliance', 'Privacy'),
    f('compliance', 'Regulatory Affairs'), f('compliance', 'Governance, Risk & Compliance'), f('compliance', 'Data Protection'),
    f('finance', 'Finance'), f('finance', 'Accounting'), f('finance', 'FP&A'), f('finance', 'Treasury'), f('finance', 'Tax'),
    f('finance', 'Financial Planning & Analysis'), f('finance', 'Corporate Finance'), f('finance', 'Financial Reporting'),
    f('project-management', 'Program Management'), f('project-management', 'Project Management'), f('project-management', 'PMO'),
    f('research', 'Research'), f('administrative', 'Administration'),
  ],
  templates: [
    { t: 'Head of {F}', level: 'head' }, { t: 'Global Head of {F}', level: 'head' }, { t: 'Head, {F}', level: 'head' },
    { t: 'Director of {F}', level: 'director' }, { t: '{F} Director', level: 'director' }, { t: 'Director, {F}', level: 'director' },
    { t: 'Senior Director, {F}', level: 'director' }, { t: 'Sr. Director of {F}', level: 'director' }, { t: 'Associate Director, {F}', level: 'director' },
    { t: 'Director - {F}', level: 'director' }, { t: 'Director – {F}', level: 'director' }, { t: 'Dir. {F}', level: 'director' }, { t: 'Sr Dir {F}', level: 'director' },
    { t: 'VP {F}', level: 'vp' }, { t: 'VP of {F}', level: 'vp' }, { t: 'Vice President, {F}', level: 'vp' }, { t: 'SVP, {F}', level: 'vp' },
    { t: 'EVP {F}', level: 'vp' }, { t: 'V.P. {F}', level: 'vp' }, { t: 'S.V.P. {F}', level: 'vp' }, { t: 'AVP - {F}', level: 'vp' },
    { t: 'Vice President of {F}', level: 'vp' }, { t: 'VP, Global {F}', level: 'vp' },
    { t: '{F} Manager', level: 'manager' }, { t: 'Manager, {F}', level: 'manager' }, { t: 'Senior {F} Manager', level: 'manager' },
    { t: 'Sr. Manager – {F}', level: 'manager' }, { t: '{F} Mgr.', level: 'manager' }, { t: 'Manager - {F}', level: 'manager' }, { t: 'Sr Mgr, {F}', level: 'manager' },
    { t: '{F} Team Lead', level: 'lead' }, { t: 'Team Lead, {F}', level: 'lead' }, { t: '{F} Supervisor', level: 'lead' }, { t: 'Team Leader - {F}', level: 'lead' },
    { t: 'Senior {F} Specialist', level: 'senior', not: ['product', 'design', 'engineering'] },
    { t: '{F} Specialist', level: 'professional', not: ['product', 'design', 'engineering'] },
    { t: '{F} Analyst', level: 'professional', only: ['security', 'information-technology', 'data', 'finance', 'purchasing', 'compliance', 'operations', 'human-resources', 'marketing'] },
    { t: 'Sr. {F} Analyst', level: 'senior', only: ['security', 'information-technology', 'data', 'finance', 'purchasing', 'compliance', 'operations'] },
    { t: 'Junior {F} Analyst', level: 'entry', only: ['security', 'data', 'finance', 'purchasing', 'compliance', 'operations'] },
    { t: 'Jr. {F} Specialist', level: 'entry', only: ['purchasing', 'marketing', 'human-resources', 'compliance', 'customer-success'] },
    { t: '{F} Intern', level: 'intern' }, { t: 'Intern, {F}', level: 'intern' }, { t: 'Summer Intern - {F}', level: 'intern' },
    { t: 'Head / {F}', level: 'head' }, { t: 'Head - {F}', level: 'head' },
  ],
  fixed: [
    ['CISO', 'security', 'cxo'], ['Chief Information Security Officer', 'security', 'cxo'], ['Deputy CISO', 'security', 'cxo'],
    ['Security Analyst', 'security', 'professional'], ['SOC Analyst', 'security', 'professional'], ['Security Engineer', 'security', 'professional'],
    ['Senior Security Engineer', 'security', 'senior'], ['Penetration Tester', 'security', 'professional'], ['Security Architect', 'security', 'professional'],
    ['Principal Security Architect', 'security', 'senior'], ['Information Security Officer', 'security', 'professional'], ['Threat Hunter', 'security', 'professional'],
    ['Lead Security Engineer', 'security', 'lead'], ['Incident Responder', 'security', 'professional'], ['Junior SOC Analyst', 'security', 'entry'],
    ['CIO', 'information-technology', 'cxo'], ['Chief Information Officer', 'information-technology', 'cxo'], ['IT Manager', 'information-technology', 'manager'],
    ['Systems Administrator', 'information-technology', 'professional'], ['Network Engineer', 'information-technology', 'professional'],
    ['Help Desk Technician', 'information-technology', 'professional'], ['IT Support Specialist', 'information-technology', 'professional'],
    ['Senior Systems Administrator', 'information-technology', 'senior'], ['Database Administrator', 'information-technology', 'professional'],
    ['Enterprise Architect', 'information-technology', 'professional'], ['Cloud Architect', 'information-technology', 'professional'],
    ['CTO', 'engineering', 'cxo'], ['Chief Technology Officer', 'engineering', 'cxo'], ['Software Engineer', 'engineering', 'professional'],
    ['Senior Software Engineer', 'engineering', 'senior'], ['Staff Software Engineer', 'engineering', 'senior'], ['Engineering Manager', 'engineering', 'manager'],
    ['Backend Developer', 'engineering', 'professional'], ['DevOps Engineer', 'engineering', 'professional'], ['Site Reliability Engineer', 'engineering', 'professional'],
    ['QA Engineer', 'engineering', 'professional'], ['Tech Lead', 'engineering', 'lead'], ['Software Architect', 'engineering', 'professional'],
    ['Junior Frontend Developer', 'engineering', 'entry'], ['Principal Engineer', 'engineering', 'senior'], ['Full Stack Developer', 'engineering', 'professional'],
    ['Data Scientist', 'data', 'professional'], ['Data Analyst', 'data', 'professional'], ['Data Engineer', 'data', 'professional'], ['ML Engineer', 'data', 'professional'],
    ['Senior Data Scientist', 'data', 'senior'], ['Chief Data Officer', 'data', 'cxo'], ['BI Developer', 'data', 'professional'],
    ['Product Manager', 'product', 'manager'], ['Senior Product Manager', 'product', 'manager'], ['Product Owner', 'product', 'professional'],
    ['Chief Product Officer', 'product', 'cxo'], ['Group Product Manager', 'product', 'manager'],
    ['UX Designer', 'design', 'professional'], ['Product Designer', 'design', 'professional'], ['UX Researcher', 'design', 'professional'],
    ['Senior Graphic Designer', 'design', 'senior'], ['Creative Director', 'design', 'director'],
    ['CMO', 'marketing', 'cxo'], ['Chief Marketing Officer', 'marketing', 'cxo'], ['Marketing Manager', 'marketing', 'manager'],
    ['Content Strategist', 'marketing', 'professional'], ['SEO Specialist', 'marketing', 'professional'], ['Brand Manager', 'marketing', 'manager'],
    ['Copywriter', 'marketing', 'professional'], ['Social Media Manager', 'marketing', 'manager'],
    ['Account Executive', 'sales', 'professional', { account: true }], ['Senior Account Executive', 'sales', 'senior', { account: true }],
    ['Enterprise Account Executive', 'sales', 'professional', { account: true }], ['Account Manager', 'sales', 'manager', { account: true }],
    ['Key Account Manager', 'sales', 'manager', { account: true }], ['Sales Representative', 'sales', 'professional'], ['Sales Engineer', 'sales', 'professional'],
    ['Solutions Engineer', 'sales', 'professional'], ['SDR', 'sales', 'professional'], ['Sales Development Representative', 'sales', 'professional'],
    ['Business Development Representative', 'sales', 'professional'], ['Regional Sales Manager', 'sales', 'manager'], ['Area Sales Manager', 'sales', 'manager'],
    ['Chief Revenue Officer', 'sales', 'cxo'], ['Chief Sales Officer', 'sales', 'cxo'], ['Tender Manager', 'sales', 'manager'], ['Bid Manager', 'sales', 'manager'],
    ['Territory Manager', 'sales', 'manager'],
    ['Business Development Manager', 'business-development', 'manager'], ['Partner Manager', 'business-development', 'manager'],
    ['Channel Manager', 'business-development', 'manager'], ['Alliance Manager', 'business-development', 'manager'],
    ['Customer Success Manager', 'customer-success', 'manager'], ['Technical Account Manager', 'customer-success', 'manager'],
    ['Support Engineer', 'customer-success', 'professional'], ['Customer Service Representative', 'customer-success', 'professional'],
    ['Escalation Manager', 'customer-success', 'manager'], ['Implementation Specialist', 'customer-success', 'professional'], ['Chief Customer Officer', 'customer-success', 'cxo'],
    ['COO', 'general-management', 'cxo'], ['Operations Manager', 'operations', 'manager'], ['Plant Manager', 'operations', 'manager'],
    ['Warehouse Supervisor', 'operations', 'lead'], ['Logistics Coordinator', 'operations', 'professional'], ['Supply Chain Planner', 'operations', 'professional'],
    ['Order Management Specialist', 'operations', 'professional'], ['Quality Controller', 'operations', 'professional'], ['Production Supervisor', 'operations', 'lead'],
    ['Buyer', 'purchasing', 'professional'], ['Senior Buyer', 'purchasing', 'senior'], ['Strategic Buyer', 'purchasing', 'professional'],
    ['Category Manager', 'purchasing', 'manager'], ['Procurement Officer', 'purchasing', 'professional'], ['Purchasing Agent', 'purchasing', 'professional'],
    ['Chief Procurement Officer', 'purchasing', 'cxo'], ['Sourcing Manager', 'purchasing', 'manager'], ['Junior Buyer', 'purchasing', 'entry'], ['Lead Buyer', 'purchasing', 'lead'],
    ['CHRO', 'human-resources', 'cxo'], ['Chief People Officer', 'human-resources', 'cxo'], ['HR Business Partner', 'human-resources', 'professional'],
    ['HR Generalist', 'human-resources', 'professional'], ['HR Manager', 'human-resources', 'manager'], ['People Partner', 'human-resources', 'professional'],
    ['Recruiter', 'human-resources', 'professional', { notBuyer: true }], ['Technical Recruiter', 'human-resources', 'professional', { notBuyer: true }],
    ['Senior Talent Acquisition Partner', 'human-resources', 'senior', { notBuyer: true }], ['Talent Acquisition Manager', 'human-resources', 'manager', { notBuyer: true }],
    ['General Counsel', 'legal', 'head'], ['Corporate Counsel', 'legal', 'professional'], ['Paralegal', 'legal', 'professional'], ['Attorney', 'legal', 'professional'],
    ['Legal Counsel', 'legal', 'professional'], ['Chief Legal Officer', 'legal', 'cxo'], ['Senior Legal Counsel', 'legal', 'senior'],
    ['Compliance Officer', 'compliance', 'professional'], ['Data Protection Officer', 'compliance', 'professional'], ['DPO', 'compliance', 'professional'],
    ['Internal Auditor', 'compliance', 'professional'], ['Risk Analyst', 'compliance', 'professional'], ['Chief Compliance Officer', 'compliance', 'cxo'],
    ['Chief Risk Officer', 'compliance', 'cxo'], ['IT Auditor', 'compliance', 'professional'], ['GRC Analyst', 'compliance', 'professional'], ['Compliance Manager', 'compliance', 'manager'],
    ['CFO', 'finance', 'cxo'], ['Chief Financial Officer', 'finance', 'cxo'], ['Controller', 'finance', 'professional'], ['Financial Controller', 'finance', 'professional'],
    ['Accountant', 'finance', 'professional'], ['Senior Accountant', 'finance', 'senior'], ['Financial Analyst', 'finance', 'professional'], ['Finance Manager', 'finance', 'manager'],
    ['Treasurer', 'finance', 'professional'], ['Bookkeeper', 'finance', 'professional'], ['Finance Director', 'finance', 'director'], ['Chief Accounting Officer', 'finance', 'cxo'],
    ['Project Manager', 'project-management', 'manager'], ['Program Manager', 'project-management', 'manager'], ['Scrum Master', 'project-management', 'professional'],
    ['Project Coordinator', 'project-management', 'professional'], ['Senior Project Manager', 'project-management', 'manager'],
    ['CEO', 'general-management', 'cxo'], ['Chief Executive Officer', 'general-management', 'cxo'], ['President', 'general-management', 'cxo'],
    ['Managing Director', 'general-management', 'cxo'], ['General Manager', 'general-management', 'director'], ['Founder', 'general-management', 'owner'],
    ['Co-Founder', 'general-management', 'owner'], ['Founder & CEO', 'general-management', 'owner'], ['Owner', 'general-management', 'owner'],
    ['Country Manager', 'general-management', 'director'], ['Chief of Staff', 'general-management', 'director'],
    ['Executive Assistant', 'administrative', 'entry'], ['Office Manager', 'administrative', 'manager'], ['Receptionist', 'administrative', 'professional'],
    ['Management Consultant', 'consulting', 'professional'], ['Senior Consultant', 'consulting', 'senior'],
    ['Registered Nurse', 'healthcare', 'professional'], ['Teacher', 'education', 'professional'], ['Research Scientist', 'research', 'professional'],
    ['Security Guard', 'operations', 'professional', { notBuyer: true }], ['Security Officer at Westfield Mall', 'operations', 'professional', { notBuyer: true }],
    ['Student', 'education', 'intern', { notBuyer: true }], ['Working Student', 'education', 'intern', { notBuyer: true }],
    ['Computer Science Student', 'engineering', 'intern', { notBuyer: true }], ['Graduate Trainee', null, 'intern', { notBuyer: true }],
  ],
  companies: [' at {Co}', ' @ {Co}', ' | {Co}', ' at {Co}', ' @{Co}'],
  noise: [' | Speaker', ' | Keynote Speaker & Author', ' | MBA', ', MBA', ' (she/her)', ' (he/him)', ' 🚀', '🔒 ', ' | ex-{Co}', ' | Husband, father, runner',
    'Helping teams do their best work | ', ' | Views are my own', ' | Board Member', ' | Mentor', ' | Hiring!', ' | Former {Co}'],
};

const DE: LangData = {
  fns: [
    f('security', 'Informationssicherheit', { c: 'Informationssicherheits' }), f('security', 'IT-Sicherheit', { c: 'IT-Sicherheits' }), f('security', 'Cyber Security'),
    f('information-technology', 'IT', { c: 'IT-' }), f('information-technology', 'IT-Infrastruktur'), f('information-technology', 'Informationstechnologie'),
    f('information-technology', 'IT-Betrieb'), f('information-technology', 'Rechenzentrum'),
    f('engineering', 'Softwareentwicklung', { c: 'Softwareentwicklungs' }), f('engineering', 'Entwicklung', { c: 'Entwicklungs' }),
    f('data', 'Datenanalyse'), f('data', 'Business Intelligence'),
    f('product', 'Produktmanagement'),
    f('marketing', 'Marketing', { c: 'Marketing' }), f('marketing', 'Unternehmenskommunikation'), f('marketing', 'Kommunikation'),
    f('sales', 'Vertrieb', { c: 'Vertriebs' }), f('sales', 'Verkauf', { c: 'Verkaufs' }), f('sales', 'Vertriebsinnendienst'),
    f('customer-success', 'Kundenservice', { c: 'Kundenservice' }), f('customer-success', 'Kundenbetreuung'),
    f('operations', 'Logistik', { c: 'Logistik' }), f('operations', 'Produktion', { c: 'Produktions' }), f('operations', 'Supply Chain'), f('operations', 'Qualitätsmanagement'),
    f('purchasing', 'Einkauf', { c: 'Einkaufs' }), f('purchasing', 'Beschaffung'), f('purchasing', 'Strategischer Einkauf'), f('purchasing', 'Materialwirtschaft'),
    f('human-resources', 'Personal', { c: 'Personal' }), f('human-resources', 'Personalwesen'), f('human-resources', 'HR', { c: 'HR-' }), f('human-resources', 'Personalentwicklung'),
    f('legal', 'Recht'), f('legal', 'Rechtsabteilung'),
    f('compliance', 'Compliance'), f('compliance', 'Datenschutz'), f('compliance', 'Interne Revision'), f('compliance', 'Risikomanagement'),
    f('finance', 'Finanzen', { c: 'Finanz' }), f('finance', 'Rechnungswesen'), f('finance', 'Controlling'), f('finance', 'Buchhaltung'),
    f('project-management', 'Projektmanagement'),
  ],
  templates: [
    { t: 'Leiter {F}', level: 'head' }, { t: 'Leiterin {F}', level: 'head' }, { t: '{C}leiter', level: 'head' }, { t: '{C}leiterin', level: 'head' },
    { t: 'Bereichsleiter {F}', level: 'head' }, { t: 'Abteilungsleiterin {F}', level: 'head' }, { t: 'Head of {F}', level: 'head' }, { t: 'Leitung {F}', level: 'head' },
    { t: 'Direktor {F}', level: 'director' }, { t: 'Direktorin {F}', level: 'director' }, { t: 'Director {F}', level: 'director' },
    { t: 'Vice President {F}', level: 'vp' }, { t: 'VP {F}', level: 'vp' },
    { t: 'Manager {F}', level: 'manager' }, { t: 'Managerin {F}', level: 'manager' }, { t: 'Senior Manager {F}', level: 'manager' },
    { t: 'Teamleiter {F}', level: 'lead' }, { t: 'Teamleiterin {F}', level: 'lead' }, { t: 'Teamleitung {F}', level: 'lead' },
    { t: 'Referent {F}', level: 'professional' }, { t: 'Referentin {F}', level: 'professional' }, { t: 'Sachbearbeiterin {F}', level: 'professional' },
    { t: 'Spezialist {F}', level: 'professional' }, { t: 'Senior Referent {F}', level: 'senior' }, { t: 'Junior Referentin {F}', level: 'entry' },
    { t: 'Praktikant {F}', level: 'intern' }, { t: 'Werkstudentin {F}', level: 'intern' }, { t: 'Werkstudent im {F}', level: 'intern' },
  ],
  fixed: [
    ['Geschäftsführer', 'general-management', 'cxo'], ['Geschäftsführerin', 'general-management', 'cxo'], ['Vorstandsvorsitzender', 'general-management', 'cxo'],
    ['Inhaber', 'general-management', 'owner'], ['Gründerin und Geschäftsführerin', 'general-management', 'owner'], ['Mitgründer', 'general-management', 'owner'],
    ['Kaufmännischer Leiter', 'finance', 'head'], ['Finanzvorstand', 'finance', 'cxo'], ['Buchhalterin', 'finance', 'professional'], ['Bilanzbuchhalter', 'finance', 'professional'],
    ['Controllerin', 'finance', 'professional'], ['Leiter Controlling', 'finance', 'head'],
    ['Einkäufer', 'purchasing', 'professional'], ['Einkäuferin', 'purchasing', 'professional'], ['Strategischer Einkäufer', 'purchasing', 'professional'],
    ['Senior Einkäuferin', 'purchasing', 'senior'], ['Leiter Einkauf und Logistik', 'purchasing', 'head'],
    ['Informationssicherheitsbeauftragter', 'security', 'professional'], ['IT-Sicherheitsbeauftragte', 'security', 'professional'],
    ['Datenschutzbeauftragter', 'compliance', 'professional'], ['Datenschutzbeauftragte', 'compliance', 'professional'],
    ['Systemadministrator', 'information-technology', 'professional'], ['Fachinformatiker für Systemintegration', 'information-technology', 'professional'],
    ['IT-Leiter', 'information-technology', 'head'], ['Softwareentwicklerin', 'engineering', 'professional'], ['Softwareentwickler', 'engineering', 'professional'],
    ['Technischer Geschäftsführer', 'engineering', 'cxo'], ['Entwicklungsleiter', 'engineering', 'head'],
    ['Vertriebsmitarbeiter im Außendienst', 'sales', 'professional'], ['Key Account Managerin', 'sales', 'manager', { account: true }],
    ['Vertriebsleiter DACH', 'sales', 'head'], ['Verkaufsleiterin', 'sales', 'head'],
    ['Personalreferentin', 'human-resources', 'professional'], ['Personalleiterin', 'human-resources', 'head'], ['Recruiterin', 'human-resources', 'professional', { notBuyer: true }],
    ['Syndikusrechtsanwältin', 'legal', 'professional'], ['Justiziar', 'legal', 'professional'], ['Rechtsanwalt', 'legal', 'professional'],
    ['Projektleiter', 'project-management', 'manager'], ['Projektleiterin IT', 'project-management', 'manager'],
    ['Auszubildender Industriekaufmann', null, 'intern', { notBuyer: true }], ['Werkstudent', null, 'intern', { notBuyer: true }],
    ['Mitarbeiter Sicherheitsdienst', 'operations', 'professional', { notBuyer: true }], ['Lagerleiter', 'operations', 'head'], ['Schichtleiter Produktion', 'operations', 'lead'],
  ],
  companies: [' bei {Co}', ' | {Co}', ' @ {Co}', ' bei der {Co}'],
  noise: [' (m/w/d)', ' | Speaker', ' | MBA', ' | Dipl.-Kfm.', ' | ex-{Co}', ' 🚀'],
};

const FR: LangData = {
  fns: [
    f('security', 'sécurité des systèmes d\'information', { de: 'de la sécurité des systèmes d\'information' }), f('security', 'cybersécurité', { de: 'de la cybersécurité' }),
    f('security', 'sécurité informatique', { de: 'de la sécurité informatique' }),
    f('information-technology', 'informatique', { de: 'informatique', am: 'informatique', af: 'informatique' }), f('information-technology', 'systèmes d\'information', { de: 'des systèmes d\'information' }),
    f('information-technology', 'infrastructure', { de: 'des infrastructures' }),
    f('engineering', 'développement logiciel', { de: 'du développement logiciel' }), f('engineering', 'ingénierie', { de: 'de l\'ingénierie' }),
    f('data', 'données', { de: 'des données', am: 'data', af: 'data' }),
    f('product', 'produit', { de: 'produit', am: 'produit', af: 'produit' }),
    f('marketing', 'marketing', { de: 'marketing', am: 'marketing', af: 'marketing' }), f('marketing', 'communication', { de: 'de la communication', am: 'communication', af: 'communication' }),
    f('sales', 'ventes', { de: 'des ventes', am: 'commercial', af: 'commerciale' }),
    f('business-development', 'partenariats', { de: 'des partenariats' }), f('business-development', 'développement commercial', { de: 'du développement commercial' }),
    f('customer-success', 'service client', { de: 'du service client' }), f('customer-success', 'relation client', { de: 'de la relation client' }),
    f('operations', 'logistique', { de: 'logistique', am: 'logistique', af: 'logistique' }), f('operations', 'supply chain', { de: 'supply chain', am: 'supply chain', af: 'supply chain' }),
    f('operations', 'production', { de: 'de production', am: 'de production', af: 'de production' }), f('operations', 'opérations', { de: 'des opérations', am: 'des opérations', af: 'des opérations' }),
    f('purchasing', 'achats', { de: 'des achats', am: 'achats', af: 'achats' }),
    f('human-resources', 'ressources humaines', { de: 'des ressources humaines', am: 'des ressources humaines', af: 'des ressources humaines' }), f('human-resources', 'RH', { de: 'RH', am: 'RH', af: 'RH' }),
    f('legal', 'juridique', { de: 'juridique', am: 'juridique', af: 'juridique' }),
    f('compliance', 'conformité', { de: 'de la conformité', am: 'conformité', af: 'conformité' }), f('compliance', 'audit interne', { de: 'de l\'audit interne' }),
    f('compliance', 'risques', { de: 'des risques' }),
    f('finance', 'finance', { de: 'financier', am: 'financier', af: 'financière' }), f('finance', 'comptabilité', { de: 'de la comptabilité' }), f('finance', 'contrôle de gestion', { de: 'du contrôle de gestion' }),
  ],
  templates: [
    { t: 'Directeur {M}', level: 'director' }, { t: 'Directrice {W}', level: 'director' },
    { t: 'Directeur {D}', level: 'director' }, { t: 'Directrice {D}', level: 'director' },
    { t: 'Responsable {F}', level: 'head' }, { t: 'Responsable {D}', level: 'head' }, { t: 'Head of {F}', level: 'head' },
    { t: 'Manager {F}', level: 'manager' }, { t: 'Chef d\'équipe {F}', level: 'lead' }, { t: 'Cheffe d\'équipe {F}', level: 'lead' },
    { t: 'Chargé {D}', level: 'professional' }, { t: 'Chargée {D}', level: 'professional' }, { t: 'Analyste {F}', level: 'professional', not: ['sales', 'legal'] },
    { t: 'Stagiaire {F}', level: 'intern' }, { t: 'Alternant {F}', level: 'intern' }, { t: 'Alternante {F}', level: 'intern' },
    { t: 'Directeur adjoint {D}', level: 'director' },
  ],
  fixed: [
    ['Directeur administratif et financier', 'finance', 'director'], ['Directrice administrative et financière', 'finance', 'director'], ['DAF', 'finance', 'director'],
    ['RSSI', 'security', 'head'], ['DSI', 'information-technology', 'director'], ['DRH', 'human-resources', 'director'], ['PDG', 'general-management', 'cxo'],
    ['Directeur général', 'general-management', 'cxo'], ['Directrice générale', 'general-management', 'cxo'], ['Président', 'general-management', 'cxo'],
    ['Fondateur', 'general-management', 'owner'], ['Cofondatrice', 'general-management', 'owner'], ['Gérant', 'general-management', 'owner'],
    ['Acheteur', 'purchasing', 'professional'], ['Acheteuse', 'purchasing', 'professional'], ['Acheteur senior', 'purchasing', 'senior'], ['Acheteuse projet', 'purchasing', 'professional'],
    ['Comptable', 'finance', 'professional'], ['Contrôleur de gestion', 'finance', 'professional'], ['Contrôleuse de gestion', 'finance', 'professional'],
    ['Juriste', 'legal', 'professional'], ['Avocate', 'legal', 'professional'], ['Juriste droit des affaires', 'legal', 'professional'],
    ['Ingénieur sécurité', 'security', 'professional'], ['Ingénieure cybersécurité', 'security', 'professional'], ['Analyste SOC', 'security', 'professional'],
    ['Développeur full stack', 'engineering', 'professional'], ['Développeuse', 'engineering', 'professional'], ['Directeur technique', 'engineering', 'director'],
    ['Ingénieur logiciel', 'engineering', 'professional'], ['Administrateur systèmes et réseaux', 'information-technology', 'professional'],
    ['Technicien informatique', 'information-technology', 'professional'], ['Chef de projet', 'project-management', 'manager'], ['Cheffe de projet digital', 'project-management', 'manager'],
    ['Commercial', 'sales', 'professional'], ['Commerciale sédentaire', 'sales', 'professional'], ['Ingénieur commercial', 'sales', 'professional'],
    ['Chargée de recrutement', 'human-resources', 'professional', { notBuyer: true }], ['Recruteuse', 'human-resources', 'professional', { notBuyer: true }],
    ['Délégué à la protection des données', 'compliance', 'professional'], ['Auditrice interne', 'compliance', 'professional'],
    ['Agent de sécurité', 'operations', 'professional', { notBuyer: true }], ['Étudiante en droit', 'legal', 'intern', { notBuyer: true }],
  ],
  companies: [' chez {Co}', ' | {Co}', ' @ {Co}', ' - {Co}'],
  noise: [' (H/F)', ' | Conférencier', ' | MBA', ' | ex-{Co}'],
};

const ES: LangData = {
  fns: [
    f('security', 'Ciberseguridad', { de: 'de Ciberseguridad' }), f('security', 'Seguridad de la Información', { de: 'de Seguridad de la Información' }),
    f('security', 'Seguridad Informática', { de: 'de Seguridad Informática' }),
    f('information-technology', 'Sistemas', { de: 'de Sistemas' }), f('information-technology', 'IT', { de: 'de IT' }), f('information-technology', 'Tecnologías de la Información', { de: 'de Tecnologías de la Información' }),
    f('information-technology', 'Infraestructura', { de: 'de Infraestructura' }),
    f('engineering', 'Desarrollo de Software', { de: 'de Desarrollo de Software' }), f('engineering', 'Ingeniería', { de: 'de Ingeniería' }),
    f('data', 'Datos', { de: 'de Datos' }), f('data', 'Analítica', { de: 'de Analítica' }),
    f('product', 'Producto', { de: 'de Producto' }),
    f('marketing', 'Marketing', { de: 'de Marketing', am: 'de Marketing', af: 'de Marketing' }), f('marketing', 'Comunicación', { de: 'de Comunicación' }),
    f('sales', 'Ventas', { de: 'de Ventas', am: 'Comercial', af: 'Comercial' }),
    f('customer-success', 'Atención al Cliente', { de: 'de Atención al Cliente' }),
    f('operations', 'Operaciones', { de: 'de Operaciones' }), f('operations', 'Logística', { de: 'de Logística' }), f('operations', 'Producción', { de: 'de Producción' }),
    f('purchasing', 'Compras', { de: 'de Compras' }), f('purchasing', 'Aprovisionamiento', { de: 'de Aprovisionamiento' }),
    f('human-resources', 'Recursos Humanos', { de: 'de Recursos Humanos' }), f('human-resources', 'RRHH', { de: 'de RRHH' }), f('human-resources', 'Personas', { de: 'de Personas' }),
    f('legal', 'Asesoría Jurídica', { de: 'de Asesoría Jurídica' }), f('legal', 'Legal', { de: 'Legal' }),
    f('compliance', 'Cumplimiento Normativo', { de: 'de Cumplimiento Normativo' }), f('compliance', 'Auditoría Interna', { de: 'de Auditoría Interna' }), f('compliance', 'Riesgos', { de: 'de Riesgos' }),
    f('finance', 'Finanzas', { de: 'de Finanzas', am: 'Financiero', af: 'Financiera' }), f('finance', 'Contabilidad', { de: 'de Contabilidad' }), f('finance', 'Tesorería', { de: 'de Tesorería' }),
  ],
  templates: [
    { t: 'Director {D}', level: 'director' }, { t: 'Directora {D}', level: 'director' }, { t: 'Director {M}', level: 'director' }, { t: 'Directora {W}', level: 'director' },
    { t: 'Jefe {D}', level: 'head' }, { t: 'Jefa {D}', level: 'head' }, { t: 'Responsable {D}', level: 'head' }, { t: 'Head of {F}', level: 'head' },
    { t: 'Gerente {D}', level: 'manager' }, { t: 'Manager {D}', level: 'manager' },
    { t: 'Coordinador {D}', level: 'lead' }, { t: 'Coordinadora {D}', level: 'lead' }, { t: 'Supervisora {D}', level: 'lead' },
    { t: 'Analista {D}', level: 'professional', not: ['sales', 'legal', 'marketing'] }, { t: 'Técnico {D}', level: 'professional' }, { t: 'Técnica {D}', level: 'professional' },
    { t: 'Especialista en {F}', level: 'professional' }, { t: 'Analista Senior {D}', level: 'senior', not: ['sales', 'legal', 'marketing'] },
    { t: 'Becario {D}', level: 'intern' }, { t: 'Becaria {D}', level: 'intern' }, { t: 'Subdirector {D}', level: 'director' },
  ],
  fixed: [
    ['Director General', 'general-management', 'cxo'], ['Directora General', 'general-management', 'cxo'], ['Consejero Delegado', 'general-management', 'cxo'],
    ['Fundador', 'general-management', 'owner'], ['Cofundadora y CEO', 'general-management', 'owner'], ['Socio fundador', 'general-management', 'owner'],
    ['Comprador', 'purchasing', 'professional'], ['Compradora Senior', 'purchasing', 'senior'], ['Contable', 'finance', 'professional'], ['Controller Financiero', 'finance', 'professional'],
    ['Abogada', 'legal', 'professional'], ['Abogado', 'legal', 'professional'], ['Ingeniero de Software', 'engineering', 'professional'], ['Desarrolladora Backend', 'engineering', 'professional'],
    ['Programador Junior', 'engineering', 'entry'], ['Administrador de Sistemas', 'information-technology', 'professional'], ['Técnico de Soporte Informático', 'information-technology', 'professional'],
    ['Analista de Ciberseguridad', 'security', 'professional'], ['Ingeniera de Seguridad', 'security', 'professional'], ['Jefe de Proyecto', 'project-management', 'manager'],
    ['Comercial', 'sales', 'professional'], ['Ejecutivo de Cuentas', 'sales', 'professional', { account: true }], ['Delegado Comercial', 'sales', 'professional'],
    ['Reclutadora', 'human-resources', 'professional', { notBuyer: true }], ['Técnica de Selección', 'human-resources', 'professional', { notBuyer: true }],
    ['Delegado de Protección de Datos', 'compliance', 'professional'], ['Auditor Interno', 'compliance', 'professional'],
    ['Vigilante de Seguridad', 'operations', 'professional', { notBuyer: true }], ['Estudiante de Ingeniería Informática', 'information-technology', 'intern', { notBuyer: true }],
  ],
  companies: [' en {Co}', ' | {Co}', ' @ {Co}'],
  noise: [' | MBA', ' | Ponente', ' | ex-{Co}'],
};

const PT: LangData = {
  fns: [
    f('security', 'Segurança da Informação', { de: 'de Segurança da Informação' }), f('security', 'Cibersegurança', { de: 'de Cibersegurança' }),
    f('information-technology', 'TI', { de: 'de TI' }), f('information-technology', 'Tecnologia da Informação', { de: 'de Tecnologia da Informação' }), f('information-technology', 'Infraestrutura', { de: 'de Infraestrutura' }),
    f('engineering', 'Engenharia de Software', { de: 'de Engenharia de Software' }), f('engineering', 'Desenvolvimento', { de: 'de Desenvolvimento' }),
    f('data', 'Dados', { de: 'de Dados' }), f('product', 'Produto', { de: 'de Produto' }),
    f('marketing', 'Marketing', { de: 'de Marketing' }), f('marketing', 'Comunicação', { de: 'de Comunicação' }),
    f('sales', 'Vendas', { de: 'de Vendas', am: 'Comercial', af: 'Comercial' }),
    f('customer-success', 'Atendimento ao Cliente', { de: 'de Atendimento ao Cliente' }), f('customer-success', 'Sucesso do Cliente', { de: 'de Sucesso do Cliente' }),
    f('operations', 'Operações', { de: 'de Operações' }), f('operations', 'Logística', { de: 'de Logística' }),
    f('purchasing', 'Compras', { de: 'de Compras' }), f('purchasing', 'Suprimentos', { de: 'de Suprimentos' }),
    f('human-resources', 'Recursos Humanos', { de: 'de Recursos Humanos' }), f('human-resources', 'RH', { de: 'de RH' }), f('human-resources', 'Gente e Gestão', { de: 'de Gente e Gestão' }),
    f('legal', 'Jurídico', { de: 'Jurídico', am: 'Jurídico', af: 'Jurídica' }),
    f('compliance', 'Compliance', { de: 'de Compliance' }), f('compliance', 'Auditoria Interna', { de: 'de Auditoria Interna' }), f('compliance', 'Riscos', { de: 'de Riscos' }),
    f('finance', 'Finanças', { de: 'de Finanças', am: 'Financeiro', af: 'Financeira' }), f('finance', 'Contabilidade', { de: 'de Contabilidade' }), f('finance', 'Controladoria', { de: 'de Controladoria' }),
  ],
  templates: [
    { t: 'Diretor {D}', level: 'director' }, { t: 'Diretora {D}', level: 'director' }, { t: 'Diretor {M}', level: 'director' }, { t: 'Diretora {W}', level: 'director' },
    { t: 'Head de {F}', level: 'head' }, { t: 'Head of {F}', level: 'head' },
    { t: 'Gerente {D}', level: 'manager' }, { t: 'Gerente {M}', level: 'manager' },
    { t: 'Coordenador {D}', level: 'lead' }, { t: 'Coordenadora {D}', level: 'lead' }, { t: 'Supervisor {D}', level: 'lead' },
    { t: 'Analista {D}', level: 'professional', not: ['legal'] }, { t: 'Analista {D} Sênior', level: 'senior', not: ['legal'] }, { t: 'Analista {D} Júnior', level: 'entry', not: ['legal'] },
    { t: 'Especialista em {F}', level: 'professional' }, { t: 'Estagiário {D}', level: 'intern' }, { t: 'Estagiária {D}', level: 'intern' },
  ],
  fixed: [
    ['Diretor Presidente', 'general-management', 'cxo'], ['Diretora Executiva', 'general-management', 'cxo'], ['Sócio-fundador', 'general-management', 'owner'],
    ['Fundadora', 'general-management', 'owner'], ['Comprador', 'purchasing', 'professional'], ['Compradora Técnica', 'purchasing', 'professional'],
    ['Contador', 'finance', 'professional'], ['Contadora', 'finance', 'professional'], ['Advogada', 'legal', 'professional'], ['Advogado Trabalhista', 'legal', 'professional'],
    ['Desenvolvedor Full Stack', 'engineering', 'professional'], ['Engenheira de Software', 'engineering', 'professional'], ['Desenvolvedora Júnior', 'engineering', 'entry'],
    ['Analista de Suporte', 'information-technology', 'professional'], ['Analista de Segurança', 'security', 'professional'],
    ['Gerente de Projetos', 'project-management', 'manager'], ['Vendedor', 'sales', 'professional'], ['Executivo de Contas', 'sales', 'professional', { account: true }],
    ['Recrutadora', 'human-resources', 'professional', { notBuyer: true }], ['Jovem Aprendiz', null, 'intern', { notBuyer: true }],
    ['Encarregado de Proteção de Dados', 'compliance', 'professional'], ['Auditor Interno', 'compliance', 'professional'],
    ['Vigilante', 'operations', 'professional', { notBuyer: true }],
  ],
  companies: [' na {Co}', ' | {Co}', ' @ {Co}', ' no {Co}'],
  noise: [' | MBA', ' | Palestrante', ' | ex-{Co}'],
};

const NL: LangData = {
  fns: [
    f('security', 'Informatiebeveiliging', { c: 'Informatiebeveiligings' }), f('security', 'Cybersecurity', { c: 'Cybersecurity' }),
    f('information-technology', 'ICT', { c: 'ICT-' }), f('information-technology', 'IT', { c: 'IT-' }), f('information-technology', 'Informatievoorziening'),
    f('engineering', 'Softwareontwikkeling'), f('data', 'Data & Analytics'),
    f('marketing', 'Marketing', { c: 'Marketing' }), f('marketing', 'Communicatie', { c: 'Communicatie' }),
    f('sales', 'Verkoop', { c: 'Verkoop' }), f('sales', 'Sales', { c: 'Sales' }), f('sales', 'Binnendienst'),
    f('customer-success', 'Klantenservice', { c: 'Klantenservice' }),
    f('operations', 'Logistiek', { c: 'Logistiek' }), f('operations', 'Productie', { c: 'Productie' }), f('operations', 'Operations'),
    f('purchasing', 'Inkoop', { c: 'Inkoop' }), f('purchasing', 'Inkoop & Contractmanagement'),
    f('human-resources', 'HR', { c: 'HR-' }), f('human-resources', 'Personeelszaken'), f('human-resources', 'P&O'),
    f('legal', 'Juridische Zaken'), f('compliance', 'Compliance', { c: 'Compliance' }), f('compliance', 'Risicomanagement'), f('compliance', 'Interne Audit'),
    f('finance', 'Financiën'), f('finance', 'Financiële Administratie'), f('finance', 'Control'),
  ],
  templates: [
    { t: 'Hoofd {F}', level: 'head' }, { t: 'Afdelingshoofd {F}', level: 'head' }, { t: 'Head of {F}', level: 'head' },
    { t: 'Directeur {F}', level: 'director' }, { t: 'Manager {F}', level: 'manager' }, { t: '{C}manager', level: 'manager' },
    { t: 'Teamleider {F}', level: 'lead' }, { t: 'Teamlead {F}', level: 'lead' },
    { t: 'Medewerker {F}', level: 'professional' }, { t: 'Medewerkster {F}', level: 'professional' }, { t: 'Specialist {F}', level: 'professional' },
    { t: 'Senior Medewerker {F}', level: 'senior' }, { t: 'Junior Medewerker {F}', level: 'entry' }, { t: 'Stagiair {F}', level: 'intern' },
  ],
  fixed: [
    ['Algemeen Directeur', 'general-management', 'cxo'], ['Directeur-eigenaar', 'general-management', 'owner'], ['Eigenaar', 'general-management', 'owner'],
    ['Oprichter', 'general-management', 'owner'], ['Inkoper', 'purchasing', 'professional'], ['Senior Inkoper', 'purchasing', 'senior'], ['Tactisch Inkoper', 'purchasing', 'professional'],
    ['Boekhouder', 'finance', 'professional'], ['Financieel Directeur', 'finance', 'director'], ['Controller', 'finance', 'professional'], ['Financieel Controller', 'finance', 'professional'],
    ['Bedrijfsjurist', 'legal', 'professional'], ['Advocaat', 'legal', 'professional'], ['Softwareontwikkelaar', 'engineering', 'professional'], ['Applicatiebeheerder', 'information-technology', 'professional'],
    ['Systeembeheerder', 'information-technology', 'professional'], ['Projectleider', 'project-management', 'manager'], ['Accountmanager', 'sales', 'manager', { account: true }],
    ['Verkoopadviseur', 'sales', 'professional'], ['Recruiter', 'human-resources', 'professional', { notBuyer: true }], ['Functionaris Gegevensbescherming', 'compliance', 'professional'],
    ['Beveiliger', 'operations', 'professional', { notBuyer: true }], ['Student Bedrijfskunde', null, 'intern', { notBuyer: true }],
  ],
  companies: [' bij {Co}', ' | {Co}', ' @ {Co}'],
  noise: [' | MBA', ' | Spreker', ' | ex-{Co}'],
};

const IT: LangData = {
  fns: [
    f('security', 'Sicurezza Informatica', { de: 'della Sicurezza Informatica' }), f('security', 'Cybersecurity', { de: 'Cybersecurity' }),
    f('security', 'Sicurezza delle Informazioni', { de: 'della Sicurezza delle Informazioni' }),
    f('information-technology', 'Sistemi Informativi', { de: 'dei Sistemi Informativi', am: 'IT', af: 'IT' }), f('information-technology', 'IT', { de: 'IT' }), f('information-technology', 'Infrastrutture IT', { de: 'delle Infrastrutture IT' }),
    f('engineering', 'Sviluppo Software', { de: 'dello Sviluppo Software' }), f('engineering', 'Ingegneria', { de: 'dell\'Ingegneria', am: 'Tecnico', af: 'Tecnica' }),
    f('data', 'Data Analytics', { de: 'Data Analytics' }),
    f('product', 'Prodotto', { de: 'di Prodotto' }),
    f('marketing', 'Marketing', { de: 'Marketing', am: 'Marketing', af: 'Marketing' }), f('marketing', 'Comunicazione', { de: 'della Comunicazione' }),
    f('sales', 'Vendite', { de: 'Vendite', am: 'Commerciale', af: 'Commerciale' }), f('sales', 'Ufficio Commerciale', { de: 'dell\'Ufficio Commerciale' }),
    f('customer-success', 'Assistenza Clienti', { de: 'dell\'Assistenza Clienti' }), f('customer-success', 'Customer Service', { de: 'Customer Service' }),
    f('operations', 'Logistica', { de: 'della Logistica', am: 'Logistico', af: 'Logistica' }), f('operations', 'Produzione', { de: 'di Produzione', am: 'di Produzione', af: 'di Produzione' }),
    f('operations', 'Operations', { de: 'Operations', am: 'Operativo', af: 'Operativa' }),
    f('purchasing', 'Acquisti', { de: 'Acquisti', am: 'Acquisti', af: 'Acquisti' }), f('purchasing', 'Ufficio Acquisti', { de: 'dell\'Ufficio Acquisti' }), f('purchasing', 'Approvvigionamenti', { de: 'Approvvigionamenti' }),
    f('human-resources', 'Risorse Umane', { de: 'delle Risorse Umane', am: 'del Personale', af: 'del Personale' }), f('human-resources', 'HR', { de: 'HR' }), f('human-resources', 'Personale', { de: 'del Personale' }),
    f('legal', 'Ufficio Legale', { de: 'dell\'Ufficio Legale' }), f('legal', 'Affari Legali', { de: 'Affari Legali' }),
    f('compliance', 'Compliance', { de: 'Compliance' }), f('compliance', 'Internal Audit', { de: 'Internal Audit' }), f('compliance', 'Revisione Interna', { de: 'della Revisione Interna' }),
    f('compliance', 'Gestione dei Rischi', { de: 'della Gestione dei Rischi' }),
    f('finance', 'Amministrazione e Finanza', { de: 'Amministrazione e Finanza', am: 'Finanziario', af: 'Finanziaria' }), f('finance', 'Finanza', { de: 'Finanza' }),
    f('finance', 'Contabilità', { de: 'della Contabilità' }), f('finance', 'Controllo di Gestione', { de: 'del Controllo di Gestione' }),
  ],
  templates: [
    { t: 'Responsabile {F}', level: 'head' }, { t: 'Responsabile {D}', level: 'head' }, { t: 'Head of {F}', level: 'head' }, { t: 'Capo {D}', level: 'head' },
    { t: 'Direttore {M}', level: 'director' }, { t: 'Direttrice {W}', level: 'director' }, { t: 'Direttore {D}', level: 'director' }, { t: 'Direttrice {D}', level: 'director' },
    { t: 'Manager {F}', level: 'manager' }, { t: '{F} Manager', level: 'manager' },
    { t: 'Team Leader {F}', level: 'lead' }, { t: 'Coordinatore {D}', level: 'lead' }, { t: 'Coordinatrice {D}', level: 'lead' },
    { t: 'Addetto {F}', level: 'professional' }, { t: 'Addetta {F}', level: 'professional' }, { t: 'Impiegata {F}', level: 'professional' },
    { t: 'Specialista {F}', level: 'professional' }, { t: 'Impiegato {F} Senior', level: 'senior' }, { t: 'Addetta {F} Junior', level: 'entry' },
    { t: 'Stagista {F}', level: 'intern' }, { t: 'Tirocinante {D}', level: 'intern' },
  ],
  fixed: [
    ['Amministratore Delegato', 'general-management', 'cxo'], ['Amministratrice Delegata', 'general-management', 'cxo'], ['Direttore Generale', 'general-management', 'cxo'],
    ['Direttrice Generale', 'general-management', 'cxo'], ['Fondatore', 'general-management', 'owner'], ['Co-fondatrice e CEO', 'general-management', 'owner'],
    ['Titolare', 'general-management', 'owner'], ['Presidente', 'general-management', 'cxo'],
    ['Buyer', 'purchasing', 'professional'], ['Buyer Senior', 'purchasing', 'senior'], ['Responsabile Acquisti', 'purchasing', 'head'], ['Addetta agli Acquisti', 'purchasing', 'professional'],
    ['Contabile', 'finance', 'professional'], ['Controller', 'finance', 'professional'], ['CFO', 'finance', 'cxo'], ['Responsabile Amministrativo', 'finance', 'head'],
    ['Avvocato', 'legal', 'professional'], ['Avvocata', 'legal', 'professional'], ['Legale d\'impresa', 'legal', 'professional'],
    ['Sviluppatore Software', 'engineering', 'professional'], ['Sviluppatrice Full Stack', 'engineering', 'professional'], ['Ingegnere del Software', 'engineering', 'professional'],
    ['Sistemista', 'information-technology', 'professional'], ['Tecnico Informatico', 'information-technology', 'professional'], ['Amministratore di Sistema', 'information-technology', 'professional'],
    ['Analista di Sicurezza Informatica', 'security', 'professional'], ['Responsabile della Sicurezza Informatica', 'security', 'head'],
    ['Project Manager', 'project-management', 'manager'], ['Capo Progetto', 'project-management', 'manager'],
    ['Agente di Commercio', 'sales', 'professional'], ['Venditore', 'sales', 'professional'], ['Key Account Manager', 'sales', 'manager', { account: true }],
    ['Direttore Commerciale', 'sales', 'director'], ['Direttrice Commerciale', 'sales', 'director'], ['Area Manager', 'sales', 'manager'],
    ['Recruiter', 'human-resources', 'professional', { notBuyer: true }], ['Selezionatrice del Personale', 'human-resources', 'professional', { notBuyer: true }],
    ['Responsabile della Protezione dei Dati', 'compliance', 'head'], ['Internal Auditor', 'compliance', 'professional'],
    ['Guardia Giurata', 'operations', 'professional', { notBuyer: true }], ['Studentessa di Economia', null, 'intern', { notBuyer: true }],
    ['Responsabile di Stabilimento', 'operations', 'head'], ['Magazziniere', 'operations', 'professional'],
  ],
  companies: [' presso {Co}', ' | {Co}', ' @ {Co}', ' in {Co}'],
  noise: [' | MBA', ' | Relatore', ' | ex-{Co}'],
};

const SV: LangData = {
  fns: [
    f('security', 'informationssäkerhet', { c: 'Informationssäkerhets' }), f('security', 'IT-säkerhet', { c: 'IT-säkerhets' }), f('security', 'cybersäkerhet'),
    f('information-technology', 'IT', { c: 'IT-' }), f('information-technology', 'IT-drift', { c: 'IT-drift' }), f('information-technology', 'infrastruktur', { c: 'Infrastruktur' }),
    f('engineering', 'utveckling', { c: 'Utvecklings' }), f('engineering', 'systemutveckling'),
    f('data', 'dataanalys'), f('marketing', 'marknad', { c: 'Marknads' }), f('marketing', 'kommunikation', { c: 'Kommunikations' }),
    f('sales', 'försäljning', { c: 'Försäljnings' }), f('sales', 'sälj', { c: 'Sälj' }),
    f('customer-success', 'kundtjänst', { c: 'Kundtjänst' }), f('customer-success', 'kundservice', { c: 'Kundservice' }),
    f('operations', 'logistik', { c: 'Logistik' }), f('operations', 'produktion', { c: 'Produktions' }),
    f('purchasing', 'inköp', { c: 'Inköps' }),
    f('human-resources', 'HR', { c: 'HR-' }), f('human-resources', 'personal', { c: 'Personal' }),
    f('legal', 'juridik'), f('compliance', 'regelefterlevnad'), f('compliance', 'compliance', { c: 'Compliance' }), f('compliance', 'internrevision'),
    f('finance', 'ekonomi', { c: 'Ekonomi' }), f('finance', 'finans', { c: 'Finans' }), f('finance', 'redovisning', { c: 'Redovisnings' }),
  ],
  templates: [
    { t: '{C}chef', level: 'head' }, { t: 'Chef för {F}', level: 'head' }, { t: 'Chef {F}', level: 'head' }, { t: 'Head of {F}', level: 'head' },
    { t: '{C}ansvarig', level: 'head' }, { t: 'Ansvarig {F}', level: 'head' },
    { t: '{C}direktör', level: 'director' }, { t: 'Direktör {F}', level: 'director' },
    { t: '{C}manager', level: 'manager' }, { t: 'Manager {F}', level: 'manager' },
    { t: 'Teamledare {F}', level: 'lead' }, { t: 'Gruppledare {F}', level: 'lead' },
    { t: 'Specialist inom {F}', level: 'professional' }, { t: 'Handläggare {F}', level: 'professional' }, { t: 'Senior specialist inom {F}', level: 'senior' },
    { t: 'Praktikant inom {F}', level: 'intern' }, { t: 'Praktikant {F}', level: 'intern' },
  ],
  fixed: [
    ['VD', 'general-management', 'cxo'], ['Verkställande direktör', 'general-management', 'cxo'], ['Grundare', 'general-management', 'owner'], ['Grundare och VD', 'general-management', 'owner'],
    ['Ägare', 'general-management', 'owner'], ['Delägare', 'general-management', 'owner'], ['Platschef', 'general-management', 'head'],
    ['Inköpare', 'purchasing', 'professional'], ['Senior inköpare', 'purchasing', 'senior'], ['Strategisk inköpare', 'purchasing', 'professional'], ['Inköpschef', 'purchasing', 'head'],
    ['Ekonom', 'finance', 'professional'], ['Redovisningsekonom', 'finance', 'professional'], ['Controller', 'finance', 'professional'], ['Ekonomiassistent', 'finance', 'entry'],
    ['CFO', 'finance', 'cxo'], ['Ekonomichef', 'finance', 'head'],
    ['Jurist', 'legal', 'professional'], ['Bolagsjurist', 'legal', 'professional'], ['Chefsjurist', 'legal', 'head'], ['Advokat', 'legal', 'professional'],
    ['Systemutvecklare', 'engineering', 'professional'], ['Mjukvaruutvecklare', 'engineering', 'professional'], ['Utvecklingschef', 'engineering', 'head'],
    ['IT-tekniker', 'information-technology', 'professional'], ['Systemadministratör', 'information-technology', 'professional'], ['IT-chef', 'information-technology', 'head'],
    ['Säkerhetsanalytiker', 'security', 'professional'], ['Informationssäkerhetsspecialist', 'security', 'professional'],
    ['Projektledare', 'project-management', 'manager'], ['Säljare', 'sales', 'professional'], ['Innesäljare', 'sales', 'professional'], ['Säljchef', 'sales', 'head'],
    ['Försäljningschef', 'sales', 'head'], ['Key Account Manager', 'sales', 'manager', { account: true }],
    ['Rekryterare', 'human-resources', 'professional', { notBuyer: true }], ['HR-specialist', 'human-resources', 'professional'], ['Personalchef', 'human-resources', 'head'],
    ['Dataskyddsombud', 'compliance', 'professional'], ['Revisor', 'compliance', 'professional'],
    ['Väktare', 'operations', 'professional', { notBuyer: true }], ['Lagerarbetare', 'operations', 'professional'], ['Produktionschef', 'operations', 'head'],
    ['Student', null, 'intern', { notBuyer: true }], ['Marknadschef', 'marketing', 'head'], ['Kundtjänstmedarbetare', 'customer-success', 'professional'],
  ],
  companies: [' på {Co}', ' | {Co}', ' @ {Co}', ' hos {Co}'],
  noise: [' | MBA', ' | Föreläsare', ' | ex-{Co}'],
};

const LANGS: Record<Lang, LangData> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, nl: NL, it: IT, sv: SV };

/** Made-up employers, none of them a function word. */
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Northwind', 'Contoso', 'Brightwave', 'Vantara', 'Holmqvist AB', 'Fratelli Rossi S.p.A.', 'Banco Aurora', 'Van Dijk Groep',
  'Nordwerk AG', 'Lumière SA', 'Kestrel Labs', 'Orbis Health', 'Tessaro', 'Quintessa', 'Bluepeak', 'Halvorsen & Co', 'Zephyr Mobility'];

/** Misspellings people really make, each one edit from a word of five letters or more. */
const TYPOS: Record<string, string[]> = {
  Manager: ['Manger', 'Mangaer', 'Managr'], Director: ['Direcotr', 'Drector', 'Directr'], Security: ['Secuirty', 'Securty', 'Seucrity'],
  Chief: ['Cheif'], Procurement: ['Procurment', 'Procuremnet'], Engineer: ['Enginer', 'Engineeer'], Purchasing: ['Purchsing', 'Purhcasing'],
  Finance: ['Finanace', 'Finace'], Marketing: ['Marketting', 'Markting'], Operations: ['Opertions', 'Operatons'], Compliance: ['Complaince', 'Compliane'],
  Analyst: ['Analsyt', 'Anaylst'], Specialist: ['Specalist', 'Specilaist'], President: ['Presidnet', 'Presdent'], Information: ['Infromation', 'Informaton'],
  Accountant: ['Acountant'], Recruiter: ['Recuiter'], Infrastructure: ['Infrastucture'], Engineering: ['Enginering', 'Engineerring'], Officer: ['Offcer'],
  Leiter: ['Leitr'], Einkauf: ['Einkauff'], Vertrieb: ['Vetrieb'], Directeur: ['Directuer'], Responsable: ['Responsbale'], Director_es: [],
  Acquisti: ['Acqusti'], Responsabile: ['Responsbile'], Gerente: ['Gernete'],
};

interface Row {
  input: string;
  lang: Lang;
  function: FunctionId | null;
  seniority: Level | null;
  persona: string | null;
  group: string;
  split: 'tuned' | 'locked';
  kind: string;
}

const rows: Row[] = [];
const seenInputs = new Set<string>();
function emit(input: string, lang: Lang, fn: FunctionId | null, level: Level | null, flags: PersonaFlags, group: string, kind: string, persona = personaFor(fn, level, flags)) {
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text || seenInputs.has(text)) return;
  seenInputs.add(text);
  rows.push({ input: text, lang, function: fn, seniority: level, persona, group, split: splitOf(group, kind), kind });
}

function fill(t: string, w: FnWord): string | null {
  const slots: Record<string, string | undefined> = { F: w.n, D: w.de, C: w.c, M: w.am, W: w.af };
  let missing = false;
  const out = t.replace(/\{([FDCMW])\}/g, (_m, k: string) => {
    const v = slots[k];
    if (v === undefined) missing = true;
    return v ?? '';
  });
  if (missing) return null;
  // Compound stems glue to the head noun: "Einkaufs" + "leiter", "IT-" + "chef".
  return out.replace(/(\S)-(chef|leiter|leiterin|manager|ansvarig|direktör|drift)\b/g, '$1-$2');
}

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

function withNoise(title: string, data: LangData, rnd: () => number): string {
  const company = pick(COMPANIES, rnd);
  const r = rnd();
  let out = title;
  if (r < 0.45) out += pick(data.companies, rnd).replace('{Co}', company);
  if (r > 0.3) {
    const n = pick(data.noise, rnd).replace('{Co}', pick(COMPANIES, rnd));
    out = n.endsWith(' ') && !n.startsWith(' ') ? n + out : out + n;
  }
  const c = rnd();
  if (c < 0.08) out = out.toUpperCase();
  else if (c < 0.16) out = out.toLowerCase();
  else if (c < 0.2) out = `  ${out.replace(/ /g, '  ')} `;
  return out;
}

function typo(title: string, rnd: () => number): string | null {
  const words = title.split(' ');
  const candidates = words.map((w, i) => [w.replace(/[.,]$/, ''), i] as const).filter(([w]) => TYPOS[w]?.length);
  if (candidates.length === 0) return null;
  const [w, i] = pick(candidates, rnd);
  words[i] = words[i]!.replace(w, pick(TYPOS[w]!, rnd));
  return words.join(' ');
}

const PAST = ['Former {T}', 'Ex-{T}', 'Retired {T}', 'Previously {T}', '{T} (past)', 'ex {T}', 'Former {T} at {Co}'];

function generate(lang: Lang, seed: number, keep: number) {
  const data = LANGS[lang];
  const rnd = seededRandom(seed);
  const bases: { text: string; fn: FunctionId | null; level: Level | null; flags: PersonaFlags; group: string }[] = [];
  data.templates.forEach((t, ti) => {
    for (const w of data.fns) {
      if (t.only && !t.only.includes(w.fn)) continue;
      if (t.not?.includes(w.fn)) continue;
      const text = fill(t.t, w);
      if (!text) continue;
      bases.push({ text, fn: w.fn, level: t.level, flags: t.flags ?? {}, group: `${lang}|t${ti}|${w.n}` });
    }
  });
  // Sample the template × function grid down to `keep`, then add every fixed title.
  for (let i = bases.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [bases[i], bases[j]] = [bases[j]!, bases[i]!];
  }
  const chosen = bases.slice(0, keep);
  for (const [text, fn, level, flags] of data.fixed) chosen.push({ text, fn, level, flags: flags ?? {}, group: `${lang}|fixed|${text}` });
  for (const b of chosen) {
    emit(b.text, lang, b.fn, b.level, b.flags, b.group, 'clean');
    emit(withNoise(b.text, data, rnd), lang, b.fn, b.level, b.flags, b.group, 'noisy');
    if (rnd() < 0.35) emit(withNoise(b.text, data, rnd), lang, b.fn, b.level, b.flags, b.group, 'noisy');
    if (rnd() < 0.15) {
      const t = typo(b.text, rnd);
      if (t) emit(t, lang, b.fn, b.level, b.flags, b.group, 'typo');
    }
    const r = rnd();
    if (r < 0.06 && b.level !== 'intern' && !b.flags.notBuyer) {
      // Not the current role: no function, no level, no persona.
      emit(pick(PAST, rnd).replace('{T}', b.text).replace('{Co}', pick(COMPANIES, rnd)), lang, null, null, {}, b.group, 'past', null);
    } else if (r < 0.12 && b.level !== 'intern') {
      // A past role after the current one changes nothing.
      const other = pick(chosen, rnd);
      emit(`${b.text} | Former ${other.text}`, lang, b.fn, b.level, b.flags, b.group, 'past');
    }
  }
}

generate('en', 1, 2600);
generate('de', 2, 520);
generate('fr', 3, 420);
generate('es', 4, 480);
generate('pt', 5, 420);
generate('nl', 6, 330);
generate('it', 7, 520);
generate('sv', 8, 380);

// Hand-written hard titles: several roles, segments, clipped forms, vocabulary the tables miss.
const here = fileURLToPath(new URL('./', import.meta.url));
for (const line of readFileSync(`${here}hard.jsonl`, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const h = JSON.parse(line) as { input: string; lang: Lang; function: FunctionId | null; seniority: Level | null; persona: string | null; group?: string };
  emit(h.input, h.lang, h.function, h.seniority, {}, h.group ?? `${h.lang}|hard|${h.input}`, 'hard', h.persona);
}

// Titles written with the lexicon's long-tail vocabulary, to exercise it: tuned split only (split.ts).
for (const line of readFileSync(`${here}vocabulary.tsv`, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [input, lang, fn, level, flag] = line.split('\t') as [string, Lang, FunctionId, Level, string | undefined];
  const flags: PersonaFlags = flag === 'notBuyer' ? { notBuyer: true } : flag === 'account' ? { account: true } : {};
  emit(input, lang, fn, level, flags, `${lang}|vocabulary|${input}`, 'vocabulary');
}

const out = rows.map(({ input, lang, function: fn, seniority, persona, split, kind, group }) => JSON.stringify({ input, lang, function: fn, seniority, persona, split, kind, group })).join('\n');
writeFileSync(`${here}../corpus.jsonl`, `${out}\n`);
const count = (pred: (r: Row) => boolean) => rows.filter(pred).length;
console.log(`${rows.length} titles (${count((r) => r.split === 'locked')} locked); ${Object.keys(LANGS).map((l) => `${l} ${count((r) => r.lang === l)}`).join(', ')}`);
