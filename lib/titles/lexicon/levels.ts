import type { Level } from '../../pack/schema';
import { LEVELS } from '../../pack/vocabulary';

export const levelIndex = (level: Level): number => LEVELS.indexOf(level);

export function maxLevel(levels: readonly Level[]): Level | undefined {
  let best: Level | undefined;
  for (const level of levels) if (!best || levelIndex(level) > levelIndex(best)) best = level;
  return best;
}
