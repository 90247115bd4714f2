/**
 * Matches detected contacts against the installed packs. The packs are compiled once into
 * the engine's index and reused for every page until they change (install, sync, rollback).
 */
import type { DetectedContact } from '../contracts/contact';
import type { MatchedContact } from '../contracts/tab-state';
import type { Pack, Persona } from '../pack/schema';
import type { PersonaLookup } from './badge';
import { compilePacks, type CompiledPack } from '../titles/compile';
import { matchTitle } from '../titles/match';

interface Compiled {
  index: CompiledPack;
  personas: Map<string, Persona>;
}

export class PersonaMatcher {
  private compiled: Promise<Compiled> | null = null;

  /**
   * `prepare` runs before the first compile, alongside loading the packs: the worker installs its
   * prebuilt lexicon there (./worker-lexicon.ts).
   */
  constructor(
    private readonly loadPacks: () => Promise<Pack[]>,
    private readonly prepare: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /**
   * Loads and compiles the packs now, so the first match finds them ready: the worker calls it at
   * start, and the page report that woke it arrives while the packs and the lexicon are read.
   * A failed load is retried, and reported, by the first match.
   */
  preload(): void {
    this.load().catch(() => undefined);
  }

  /** Call when the installed packs change; the next match recompiles. */
  invalidate(): void {
    this.compiled = null;
  }

  private load(): Promise<Compiled> {
    this.compiled ??= Promise.all([this.loadPacks(), this.prepare()]).then(
      ([packs]) => ({
        index: compilePacks(packs),
        personas: new Map(packs.flatMap((pack) => pack.personas.map((p) => [`${pack.id}/${p.id}`, p] as const))),
      }),
      (error: unknown) => {
        this.compiled = null; // a failed load must not stick: retry on the next page
        throw error;
      },
    );
    return this.compiled;
  }

  async matchContacts(contacts: DetectedContact[]): Promise<MatchedContact[]> {
    const { index } = await this.load();
    return contacts.map((contact) => ({ contact, match: matchTitle(contact.title?.value ?? '', index) }));
  }

  /** Finds the persona behind a match (for the badge label). */
  async personaLookup(): Promise<PersonaLookup> {
    const { personas } = await this.load();
    return (packId, personaId) => personas.get(`${packId}/${personaId}`);
  }
}
