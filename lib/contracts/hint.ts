/** What the background tells a content script about one reported contact (inline chips, lib/content/chips.ts). */
export interface ContactHint {
  key: string;
  /** Short label, as on the badge ("SG"). */
  label: string;
  /** "Security Gatekeeper", or null when nothing matched. */
  personaName: string | null;
  kind: 'primary' | 'secondary' | 'negative' | null;
  /** What the chip says, in the UI language: the worker says it (lib/background/badge.ts, chipText), the content script shows it. */
  text: string;
}
