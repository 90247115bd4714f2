/**
 * Sellers' corrections of the engine: "this contact is really persona X" (remembered for that
 * contact) and "wrong match". Stored locally; admins get them as CSV from the options page to
 * fix their match rules. One correction per contact key, the latest wins (the store:
 * ./correction-store.ts; this module adds the CSV export, for the options page).
 *
 * The export is pseudonymous by default: the title and the personas, not who the person is (the
 * contact key is a profile or record URL). "No contact data leaves the browser" holds for what a
 * seller sends the admin too, unless the seller opts in to include the contact keys.
 */
import { toCsv } from './csv';
import { CorrectionStore } from './correction-store';
import type { Correction, PersonaMapDb } from './db';

const CORRECTION_CSV_COLUMNS = ['title', 'matched_persona', 'chosen_persona', 'pack', 'wrong_match', 'corrected_at'] as const;
/** Only when the seller opts in: the contact key (a profile or CRM record URL) first. */
const CONTACT_KEY_COLUMN = 'contact_key';

export interface CorrectionExportOptions {
  /** Add who each correction is about (contact keys). Off by default. */
  includeContacts?: boolean;
}

export { CorrectionStore } from './correction-store';

/** One cell as the export writes it; its hostile-input test checks the formula guard. */
export { csvCell } from './csv';

export function correctionsToCsv(rows: readonly Correction[], options: CorrectionExportOptions = {}): string {
  const contacts = options.includeContacts === true;
  const cells = (row: Correction) => [row.title, row.matchedPersona, row.chosenPersona, row.pack, row.wrongMatch, new Date(row.at).toISOString()];
  return toCsv(
    contacts ? [CONTACT_KEY_COLUMN, ...CORRECTION_CSV_COLUMNS] : CORRECTION_CSV_COLUMNS,
    rows.map((row) => (contacts ? [row.key, ...cells(row)] : cells(row))),
  );
}

/** For the options page button: the CSV of every correction in the database. */
export async function exportCorrectionsCsv(db: PersonaMapDb, options: CorrectionExportOptions = {}): Promise<string> {
  return correctionsToCsv(await new CorrectionStore(db).list(), options);
}
