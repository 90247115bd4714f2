import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/storage/csv';
import { usageToCsv } from '../../../lib/storage/usage-csv';

describe('the CSV writer of the exports', () => {
  it('guards a formula whose cell goes on after a line break (papaparse 5.7 escapeFormulae misses it)', () => {
    const csv = toCsv(['title'], [['=HYPERLINK("https://evil")\nHead of Sales']]);
    expect(csv).toBe(`title\r\n"'=HYPERLINK(""https://evil"")\nHead of Sales"\r\n`);
    expect(Papa.parse<string[]>(csv.trim()).data[1]![0]).toBe(`'=HYPERLINK("https://evil")\nHead of Sales`);
  });

  it('guards every formula start, including tab and CR, and leaves numbers and booleans as they read', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [['\tcmd', '\rcmd', '-2+3', 42, false]])).toBe(`a,b,c,d,e\r\n'\tcmd,"'\rcmd",'-2+3,42,false\r\n`);
  });

  it('exports only the header line when there is nothing counted (no blank line after it)', () => {
    expect(usageToCsv([])).toBe('event,pack,id,persona,name,count,last_at\r\n');
  });
});
