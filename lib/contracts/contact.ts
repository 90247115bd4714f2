/** A person found on a page, with where each field came from (docs/pages.md: stability layers). */

/** Most to least stable. */
export type FieldSource = 'url' | 'document-title' | 'aria' | 'data-attribute' | 'json' | 'structure' | 'class' | 'selection' | 'custom' | 'patch';

export interface ContactField {
  value: string;
  source: FieldSource;
  /** 0..1: how sure the adapter is of this value. */
  confidence: number;
}

export interface DetectedContact {
  /** The adapter that found it, e.g. `linkedin-profile`, `salesforce-record`, `custom:pipedrive-person`. */
  adapter: string;
  /** Stable identity for de-duplication and local history: canonical profile URL or CRM record id. */
  key: string;
  name: ContactField | null;
  /** The raw title or headline as shown; the engine extracts the role part. */
  title: ContactField | null;
  company: ContactField | null;
  profileUrl: ContactField | null;
}
