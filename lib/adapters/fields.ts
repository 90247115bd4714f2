/**
 * Choosing each field's value from several layers (docs/pages.md, "Stability"), and the
 * canonical URLs contacts are keyed on. Shared by every adapter; no DOM access here.
 */
import type { ContactField, DetectedContact, FieldSource } from '../contracts/contact';

export interface Candidate {
  value: string | null | undefined;
  source: FieldSource;
  confidence: number;
}

export const candidate = (value: string | null | undefined, source: FieldSource, confidence: number): Candidate => ({
  value,
  source,
  confidence,
});

const normalize = (value: string) => value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The value most layers agree on. Candidates come most stable first; agreement raises
 * confidence, so two DOM layers outvote a stale document title after a single-page navigation.
 */
export function pickField(candidates: Candidate[]): ContactField | null {
  const groups = new Map<string, { field: ContactField; best: number; count: number }>();
  for (const { value, source, confidence } of candidates) {
    const text = value?.trim();
    if (!text) continue;
    const key = normalize(text);
    const group = groups.get(key);
    if (group) {
      group.best = Math.max(group.best, confidence);
      group.count++;
    } else groups.set(key, { field: { value: text, source, confidence }, best: confidence, count: 1 });
  }
  let winner: ContactField | null = null;
  for (const { field, best, count } of groups.values()) {
    const score = Math.min(0.99, Math.round((best + 0.05 * (count - 1)) * 100) / 100);
    if (!winner || score > winner.confidence) winner = { ...field, confidence: score };
  }
  return winner;
}

export function contact(adapter: string, key: string, fields: Omit<DetectedContact, 'adapter' | 'key'>): DetectedContact {
  return { adapter, key, ...fields };
}

/** Keeps the first contact per key: the same person can appear twice on a page (duplicates, repeated cards). */
export function uniqueByKey(contacts: DetectedContact[]): DetectedContact[] {
  const seen = new Set<string>();
  return contacts.filter((c) => !seen.has(c.key) && !!seen.add(c.key));
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const isLinkedInHost = (host: string) => host === 'linkedin.com' || host.endsWith('.linkedin.com');

/** The `/in/<slug>` of a LinkedIn URL, decoded; null for any other URL. */
export function linkedinSlug(url: URL): string | null {
  if (!isLinkedInHost(url.hostname)) return null;
  const match = /^\/in\/([^/]+)/.exec(url.pathname);
  if (!match) return null;
  return slugCase(decode(match[1]!).trim());
}

/** A decoded slug as keys spell it: lowercase, but member ids (`ACoAAB…`), which stand in for slugs in some search links, are case-sensitive. */
export const slugCase = (slug: string) => (/^ACoA[\w-]{20,}$/.test(slug) ? slug : slug.toLowerCase());

/** `https://www.linkedin.com/in/<slug>/`: lowercase, decoded, no query. */
export function canonicalLinkedInProfile(url: URL): string | null {
  const slug = linkedinSlug(url);
  return slug && slug !== 'me' ? `https://www.linkedin.com/in/${slug}/` : null;
}

/** Sales Navigator lead id: the first comma-separated part of `/sales/lead/<id>,NAME_SEARCH,<x>`. */
export function salesLeadId(url: URL): string | null {
  if (!isLinkedInHost(url.hostname)) return null;
  const match = /^\/sales\/(?:lead|people)\/([^/,]+)/.exec(url.pathname);
  return match ? decode(match[1]!) : null;
}

export const canonicalSalesLead = (id: string) => `https://www.linkedin.com/sales/lead/${id}`;

/** "(3) Jane Doe | LinkedIn" → "Jane Doe"; public pages read "Jane Doe - Title - Company | LinkedIn". */
export function nameFromLinkedInTitle(title: string): string | null {
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*(?:LinkedIn|Sales Navigator)\s*$/.exec(title.trim());
  if (!match) return null;
  const name = match[1]!.split(' - ')[0]!.trim();
  return name || null;
}

/**
 * The company a headline names ("Head of RevOps @ Acme", "RSSI chez Lumière"), as a last-resort
 * company for list cards; the rules engine does the real title analysis.
 */
export function companyFromHeadline(headline: string | null | undefined): string | null {
  if (!headline) return null;
  const first = headline.split(/\s+[|•·]\s+|\s+[-–]\s+/)[0]!;
  // The last "at" wins: "Director of Data at Scale at Contoso" names Contoso.
  const match = /^.+\s(?:at|@|chez|bei|en|bij)\s+(.+)$/i.exec(first) ?? /^.+?@\s?(.+)$/.exec(first);
  const company = match?.[1]?.trim();
  return company || null;
}

/** "Current: Director of Security at Contoso" → "Contoso". */
export function companyFromCurrentLine(line: string): string | null {
  const match = /^Current:\s*(.+)$/i.exec(line);
  return match ? companyFromHeadline(match[1]) : null;
}
