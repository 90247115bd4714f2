/**
 * The sellers' corrections in the local database, one per contact key (the latest wins). Apart
 * from their CSV export (./corrections.ts) so that the side panel, which only reads and saves
 * them, does not load papaparse.
 */
import type { Correction, PersonaMapDb } from './db';

export class CorrectionStore {
  constructor(private readonly db: PersonaMapDb) {}

  async get(key: string): Promise<Correction | undefined> {
    return this.db.corrections.get(key);
  }

  /** Newest first. */
  async list(): Promise<Correction[]> {
    return this.db.corrections.orderBy('at').reverse().toArray();
  }

  async save(correction: Correction): Promise<void> {
    await this.db.corrections.put(correction);
  }

  /** The seller picked another persona for this contact. */
  async choosePersona(input: Omit<Correction, 'chosenPersona' | 'wrongMatch' | 'at'> & { chosenPersona: string; at?: number }): Promise<Correction> {
    const correction: Correction = { ...input, wrongMatch: input.matchedPersona !== input.chosenPersona, at: input.at ?? Date.now() };
    await this.save(correction);
    return correction;
  }

  /** "Wrong match" without a pick: the contact keeps no persona override. */
  async markWrongMatch(input: Omit<Correction, 'chosenPersona' | 'wrongMatch' | 'at'> & { at?: number }): Promise<Correction> {
    const correction: Correction = { ...input, chosenPersona: null, wrongMatch: true, at: input.at ?? Date.now() };
    await this.save(correction);
    return correction;
  }

  async remove(key: string): Promise<void> {
    await this.db.corrections.delete(key);
  }
}
