/**
 * Synthetic prose for the benchmark corpus: words drawn by Zipf's law from a vocabulary of common words,
 * digital-government terms and a long tail of invented names, so a search index sees a realistic spread of
 * terms. Plain Markdown only: letters, spaces, commas, full stops, `## ` headings and `- ` lists; never a
 * brace or an angle bracket, so the text is safe as MDX.
 */
import { zipfSampler, createRng, type Rng } from './prng.ts';

/** The most frequent English words, most common first. */
const COMMON = (
  'the of and to in a is that for it as with was on be by this are from or at which an have not has ' +
  'its their more also can were been they all new but other into than these such between through over ' +
  'each who most under about both after while well so where when only many how first may during those'
).split(' ');

/** Words of the field, roughly from most to least used. */
const DOMAIN = (
  'government digital public service services data citizens users agency ministry platform national ' +
  'online access open information system systems policy strategy law programme project local agencies ' +
  'identity portal register registry standards standard design delivery support business businesses ' +
  'management technology infrastructure security privacy trust interoperability records administration ' +
  'application applications procurement skills training cloud network networks software source code ' +
  'sector officials staff teams team community communities municipalities regions region cities city ' +
  'health tax social benefits education justice transport environment energy housing employment welfare ' +
  'payments payment notification notifications messages mailbox signature authentication login account ' +
  'accounts consent permissions catalogue datasets dataset statistics analytics evaluation indicators ' +
  'outcomes results impact costs savings budget funding investment procurement contracts suppliers ' +
  'vendors partnership partners collaboration coordination governance oversight accountability ' +
  'transparency participation consultation feedback research testing pilot prototype scale adoption ' +
  'uptake usage satisfaction accessibility inclusion language languages mobile app apps website websites ' +
  'channel channels counter offices paper forms form process processes workflow automation rules ' +
  'eligibility decisions appeals complaints requests licences permits inspections reporting compliance ' +
  'regulation regulations legislation framework frameworks principles guidelines guidance handbook ' +
  'toolkit methods method practice practices lessons learned review reviews assessment audit audits ' +
  'risk risks resilience continuity incident incidents response cyber threats protection safeguards ' +
  'algorithm algorithms artificial intelligence machine learning models transparency fairness bias ' +
  'explanation documentation publication release version versions reuse sharing exchange layer api apis ' +
  'interface interfaces integration migration legacy modernisation architecture components component ' +
  'building blocks common shared once only principle default by design user centred needs journeys ' +
  'life events birth marriage retirement moving company start families students patients doctors ' +
  'hospitals schools courts police customs border tax returns invoices electronic invoicing archive ' +
  'archives preservation geospatial maps addresses land property vehicles driving licence passport ' +
  'residence permit voting elections census survey surveys panel panels experts advisory board council ' +
  'parliament cabinet office unit lab innovation challenge fund competition startups govtech market ' +
  'ecosystem developers community documentation repository license licensing reuse citizens residents ' +
  'migrants visitors elderly youth disability disabilities rural remote connectivity broadband skills ' +
  'literacy awareness campaign trust confidence wellbeing productivity efficiency quality speed time ' +
  'waiting reduced increased improved simplified faster cheaper safer clearer secure reliable available ' +
  'free voluntary mandatory statutory cross border european regional federal municipal central state ' +
  'provincial county district annual monthly weekly daily real time continuous agile iterative modular'
).split(' ');

const ONSETS = 'b c d f g h j k l m n p r s t v w z br dr fr gr kr pr tr st sk sl sn sp ch sh th'.split(' ');
const VOWELS = 'a e i o u ai ea io ou ia'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'x', 'nd', 'rt', 'st'];

/** Invented words (names of systems, places, organisations), distinct and lower case. */
function inventedWords(count: number, rng: Rng): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    for (let s = rng.int(1, 3); s > 0; s -= 1) w += rng.pick(ONSETS) + rng.pick(VOWELS);
    out.add(w + rng.pick(CODAS));
  }
  return [...out];
}

/** A vocabulary and the Zipf sampler over it: common words first, then field terms, then invented names. */
export interface Vocabulary {
  words: readonly string[];
  draw: (rng: Rng) => string;
}

/** Builds the vocabulary; it depends only on `tail` (the number of invented words), not on the corpus seed. */
export function createVocabulary(tail = 20_000): Vocabulary {
  const seen = new Set<string>();
  const words = [...COMMON, ...DOMAIN, ...inventedWords(tail, createRng(0x5eed))].filter((w) => !seen.has(w) && seen.add(w));
  const rank = zipfSampler(words.length);
  return { words, draw: (rng) => words[rank(rng)]! };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence of 8 to 22 words with a capital and a full stop, sometimes with a comma. */
export function sentence(v: Vocabulary, rng: Rng): string {
  const n = rng.int(8, 22);
  const words = Array.from({ length: n }, () => v.draw(rng));
  if (n > 12 && rng.chance(0.5)) words[rng.int(4, n - 4)] += ',';
  return `${capitalise(words.join(' '))}.`;
}

/** Sentences until at least `minWords` words are written. */
export function prose(v: Vocabulary, rng: Rng, minWords: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < minWords) {
    const s = sentence(v, rng);
    out.push(s);
    count += s.split(' ').length;
  }
  return out;
}

/** A short title-like phrase of `n` field terms and invented names. */
export function phrase(v: Vocabulary, rng: Rng, n: number): string {
  return capitalise(Array.from({ length: n }, () => (rng.chance(0.7) ? rng.pick(DOMAIN) : v.draw(rng))).join(' '));
}

/** Number of words in a Markdown text (runs of letters and digits). */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * A Markdown body of about `words` words (within a sentence): paragraphs of 2-5 sentences, one `## `
 * heading, and sometimes a short list.
 */
export function markdownBody(v: Vocabulary, rng: Rng, words: number): string {
  const sentences = prose(v, rng, words);
  const blocks: string[] = [];
  const headingAt = rng.int(1, 3);
  for (let i = 0, p = 0; i < sentences.length; p += 1) {
    if (p === headingAt) blocks.push(`## ${phrase(v, rng, rng.int(2, 4))}`);
    const take = rng.int(2, 5);
    const chunk = sentences.slice(i, i + take);
    i += take;
    blocks.push(p === headingAt + 1 && chunk.length >= 3 && rng.chance(0.4) ? chunk.map((s) => `- ${s}`).join('\n') : chunk.join(' '));
  }
  return `${blocks.join('\n\n')}\n`;
}
