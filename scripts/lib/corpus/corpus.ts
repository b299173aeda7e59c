/**
 * A deterministic synthetic corpus for the benchmarks: N practices (about 400 words each) spread over
 * countries, principles, dimensions, statuses and years, plus statements and reviews in proportion.
 * Pure: the ids it may reference are given, and it returns files as text; scripts/generate-corpus.ts
 * writes them. Every entry is valid against src/schemas, so the hub builds it like real content.
 */
import { stringify } from 'yaml';
import { MODELS } from '../../../src/schemas/models.ts';
import { PRACTICE_STATUSES } from '../../../src/schemas/practice.ts';
import { PRIORITIES, RATINGS, REVIEW_STATUSES } from '../../../src/schemas/review.ts';
import { createRng, type Rng } from './prng.ts';
import { createVocabulary, markdownBody, phrase, prose, type Vocabulary } from './corpus-text.ts';
import { slugify } from '../../../src/lib/slug.ts';

/** The ids the corpus may point at, read from the real content/ (see scripts/generate-corpus.ts). */
export interface CorpusRefs {
  countries: readonly { id: string; oecd: boolean }[];
  principles: readonly string[];
  dimensions: readonly string[];
  meetings: readonly { id: string; year: number; date?: string }[];
}

/** How big a corpus to make. Statements and reviews default to the ratios of the real content (1/20, 1/6). */
export interface CorpusOptions {
  practices: number;
  seed: number;
  statements?: number;
  reviews?: number;
  /** Words in a practice body (about). */
  words?: number;
}

/** One file of the corpus, with its path relative to the content folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** The number of statements and reviews a corpus of `practices` practices gets by default. */
export function proportions(practices: number): { statements: number; reviews: number } {
  return { statements: Math.max(1, Math.round(practices / 20)), reviews: Math.max(1, Math.round(practices / 6)) };
}

const withFrontmatter = (data: object, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
/** Where an entry of a model goes, with the extension its model declares (`.mdx` today). */
const entryPath = (model: 'practices' | 'statements' | 'reviews', id: string) => `${MODELS[model].path}/${id}.${MODELS[model].extension}`;
const pad = (i: number) => String(i).padStart(5, '0');
const link = (kind: string, id: string) => [{ label: 'Source', url: `https://www.example.org/${kind}/${id}` }];

/** Practices lean to the OECD members (85 %), as on the hub; the rest spread over every other country. */
function pickCountry(refs: CorpusRefs, rng: Rng): string {
  const oecd = refs.countries.filter((c) => c.oecd);
  return rng.pick(oecd.length && rng.chance(0.85) ? oecd : refs.countries).id;
}

const STATUS_WEIGHTS = [0.08, 0.17, 0.5, 0.18, 0.07] as const;

function weighted<T>(values: readonly T[], weights: readonly number[], rng: Rng): T {
  let x = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i += 1) if ((x -= weights[i]!) < 0) return values[i]!;
  return values[values.length - 1]!;
}

interface PracticeStub {
  id: string;
  country: string;
  /** Principle ids the practice is filed under: a review of it may assess only these. */
  principles: string[];
}

function practice(i: number, refs: CorpusRefs, v: Vocabulary, rng: Rng, words: number): CorpusFile & PracticeStub {
  const country = pickCountry(refs, rng);
  const title = phrase(v, rng, rng.int(2, 5));
  const id = `${country.toLowerCase()}-${slugify(title).slice(0, 40).replace(/-+$/, '')}-${pad(i)}`;
  const principles = rng.sample(refs.principles, rng.int(1, 4));
  const data = {
    title,
    country,
    organisation: `${phrase(v, rng, rng.int(1, 3))} ${rng.pick(['Agency', 'Ministry', 'Office', 'Authority', 'Service'])}`,
    startYear: rng.int(1995, 2025),
    status: weighted(PRACTICE_STATUSES.map((s) => s.value), STATUS_WEIGHTS, rng),
    principles: principles.map(Number),
    dimensions: rng.sample(refs.dimensions, rng.int(1, 3)),
    summary: prose(v, rng, 35).join(' '),
    ...(rng.chance(0.3) ? { outcomes: prose(v, rng, rng.int(10, 30)) } : {}),
    links: link('practice', id),
  };
  return { id, country, principles, path: entryPath('practices', id), text: withFrontmatter(data, markdownBody(v, rng, words)) };
}

function statement(i: number, refs: CorpusRefs, v: Vocabulary, rng: Rng): CorpusFile {
  const meeting = rng.pick(refs.meetings);
  const id = `${meeting.id}-${pad(i)}`;
  const principles = rng.sample(refs.principles, rng.int(2, 6));
  const data = {
    title: `E-Leaders ${meeting.year}: ${phrase(v, rng, rng.int(3, 6))}`,
    kind: 'statement',
    meeting: meeting.id,
    date: meeting.date ?? `${meeting.year}-06-15`,
    summary: prose(v, rng, 30).join(' '),
    principles: principles.map(Number),
    commitments: Array.from({ length: rng.int(2, 5) }, () => ({
      text: prose(v, rng, 20).join(' '),
      principles: rng.sample(principles, rng.int(1, 2)).map(Number),
    })),
    source: `https://www.example.org/statement/${id}`,
  };
  return { path: entryPath('statements', id), text: withFrontmatter(data, markdownBody(v, rng, 400)) };
}

function review(i: number, refs: CorpusRefs, practices: readonly PracticeStub[], v: Vocabulary, rng: Rng): CorpusFile {
  const of = rng.chance(0.5) ? rng.pick(practices) : undefined;
  const country = of?.country ?? pickCountry(refs, rng);
  const id = `${country.toLowerCase()}-review-${pad(i)}`;
  const status = weighted(REVIEW_STATUSES.map((s) => s.value), [0.15, 0.15, 0.7], rng);
  // The review rules (src/schemas/review-rules.ts): findings only once published; a practice review
  // assesses only the practice's principles; every recommendation has an id and a priority.
  const assessable = of?.principles ?? refs.principles;
  const findings = status !== 'published' ? {} : {
    assessment: rng.sample(assessable, rng.int(1, Math.min(4, assessable.length))).map((p) => ({
      principle: Number(p),
      rating: rng.pick(RATINGS).value,
      comment: prose(v, rng, 15).join(' '),
    })),
    recommendations: Array.from({ length: rng.int(1, 4) }, (_, n) => ({
      id: `R${n + 1}`,
      text: prose(v, rng, 15).join(' '),
      principle: Number(rng.pick(refs.principles)),
      priority: rng.pick(PRIORITIES).value,
    })),
  };
  const data = {
    title: `Peer review: ${phrase(v, rng, rng.int(3, 6))}`,
    country,
    ...(of ? { practice: of.id } : {}),
    reviewers: rng.sample(refs.countries.filter((c) => c.id !== country), rng.int(1, 3)).map((c) => c.id),
    bodies: ['OECD Secretariat'],
    status,
    year: rng.int(2005, 2025),
    ...findings,
    links: link('review', id),
  };
  return { path: entryPath('reviews', id), text: withFrontmatter(data, markdownBody(v, rng, 250)) };
}

/** The generated files (practices, statements, reviews) of a corpus; the same options give the same files. */
export function generateCorpusFiles(options: CorpusOptions, refs: CorpusRefs): CorpusFile[] {
  if (!Number.isInteger(options.practices) || options.practices < 1) throw new Error(`practices must be a whole number of at least 1, not ${options.practices}`);
  if (!refs.countries.length || !refs.principles.length || !refs.dimensions.length || !refs.meetings.length) {
    throw new Error('the corpus needs at least one country, principle, dimension and meeting to refer to');
  }
  const rng = createRng(options.seed);
  const v = createVocabulary();
  const p = proportions(options.practices);
  const counts = { statements: options.statements ?? p.statements, reviews: options.reviews ?? p.reviews };
  const practices = Array.from({ length: options.practices }, (_, i) => practice(i + 1, refs, v, rng, options.words ?? 400));
  const statements = Array.from({ length: counts.statements }, (_, i) => statement(i + 1, refs, v, rng));
  const reviews = Array.from({ length: counts.reviews }, (_, i) => review(i + 1, refs, practices, v, rng));
  return [...practices.map(({ path, text }) => ({ path, text })), ...statements, ...reviews];
}
