/**
 * The tables of the spreadsheet form (CSV files or workbook sheets) and their columns. Documented
 * for admins in test/fixtures/csv-pack/README.md; keep the two in step.
 */
export type CellKind = 'text' | 'list' | 'int' | 'insights' | 'date' | 'date-time';
export interface Column {
  /** The documented header, snake_case. Headers match ignoring case, spaces, `_` and `-`. */
  name: string;
  /** Where the value goes in the object the row builds. */
  target: string[];
  kind: CellKind;
  required?: boolean;
}
export const col = (name: string, target: string, kind: CellKind = 'text', required = false): Column => ({
  name,
  target: target.split('.'),
  kind,
  required,
});

/** The files of the CSV form; `pack.yaml` may replace `pack.csv`. */
export const CSV_TABLES = {
  pack: [
    col('format', 'format'),
    col('id', 'id'),
    col('name', 'name'),
    col('version', 'version'),
    col('published_at', 'publishedAt', 'date-time'),
    col('review_by', 'reviewBy', 'date'),
    col('owner', 'owner'),
    col('stages', 'stages', 'list'),
  ],
  personas: [
    col('id', 'id', 'text', true),
    col('name', 'name', 'text', true),
    col('summary', 'summary'),
    col('badge', 'badge'),
    col('kind', 'kind'),
    col('role', 'role'),
    col('match_titles', 'match.titles', 'list'),
    col('match_keywords_any', 'match.keywords.any', 'list'),
    col('match_keywords_all', 'match.keywords.all', 'list'),
    col('match_functions', 'match.functions', 'list'),
    col('match_seniority_min', 'match.seniority.min'),
    col('match_seniority_max', 'match.seniority.max'),
    col('match_exclude', 'match.exclude', 'list'),
    col('match_priority', 'match.priority', 'int'),
    col('goals', 'goals', 'insights'),
    col('metrics', 'metrics', 'insights'),
    col('pain_points', 'painPoints', 'insights'),
    col('triggers', 'triggers', 'insights'),
    col('decision_criteria', 'decisionCriteria', 'insights'),
    col('channels', 'channels', 'list'),
    col('talk_track', 'talkTrack'),
  ],
  insights: [
    col('persona', 'persona', 'list', true),
    col('type', 'type', 'text', true),
    col('text', 'text', 'text', true),
    col('evidence', 'evidence'),
    col('source', 'source'),
  ],
  objections: [
    col('persona', 'persona', 'list', true),
    col('id', 'id', 'text', true),
    col('text', 'text', 'text', true),
    col('response', 'response', 'text', true),
    col('proof', 'proof', 'list'),
    col('stage', 'stage'),
    col('evidence', 'evidence'),
  ],
  questions: [col('persona', 'persona', 'list', true), col('text', 'text', 'text', true), col('stage', 'stage'), col('purpose', 'purpose')],
  messages: [col('persona', 'persona', 'list', true), col('stage', 'stage', 'text', true), col('text', 'text', 'text', true), col('cta', 'cta')],
  assets: [
    col('id', 'id', 'text', true),
    col('title', 'title', 'text', true),
    col('type', 'type', 'text', true),
    col('url', 'url', 'text', true),
    col('summary', 'summary'),
    col('stages', 'stages', 'list'),
    col('personas', 'personas', 'list'),
    col('tags', 'tags', 'list'),
    col('updated_at', 'updatedAt', 'date'),
  ],
} satisfies Record<string, Column[]>;
export type Table = keyof typeof CSV_TABLES;

/** insights.csv `type` values and the persona field each fills. */
export const INSIGHT_TYPES: Record<string, string> = {
  goal: 'goals',
  metric: 'metrics',
  'pain-point': 'painPoints',
  trigger: 'triggers',
  'decision-criterion': 'decisionCriteria',
};

export const CSV_FILE_NAMES = [...Object.keys(CSV_TABLES).map((t) => `${t}.csv`), 'pack.yaml', 'pack.yml'];

/** Headers match ignoring case, spaces, `_` and `-`. */
export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
