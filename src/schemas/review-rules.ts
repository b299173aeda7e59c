/**
 * The rules of a review that span several fields or entries. Each problem names its field and the fix;
 * the content check prefixes the file and line.
 */
import type { Refs, RuleIssue, Rules } from './fields.ts';
import { rawStrings, repeats } from './rule-helpers.ts';
import { REVIEW_STATUSES, type ReviewEntry, type reviewFields } from './review.ts';

const issue = (path: RuleIssue['path'], message: string): RuleIssue => ({ path, message });

function subjectRules(r: ReviewEntry, refs: Refs): RuleIssue[] {
  if (!r.practice) return [];
  const owner = refs.practices.entries?.get(r.practice)?.country;
  if (typeof owner !== 'string' || owner === r.country) return [];
  return [issue(['country'], `is "${r.country}" but the reviewed practice "${r.practice}" belongs to ${owner}: set country: ${owner}`)];
}

/** The practices a report discusses are other than the one it reviews. */
function discussesRules(r: ReviewEntry): RuleIssue[] {
  const list = r.discusses ?? [];
  return list.flatMap((id, i) => (id === r.practice
    ? [issue(['discusses', i], `"${id}" is the reviewed practice itself: remove it from discusses (the review page already shows it)`)]
    : []));
}

function reviewerRules(r: ReviewEntry): RuleIssue[] {
  const reviewers = r.reviewers ?? [];
  const bodies = r.bodies ?? [];
  const out: RuleIssue[] = [];
  if (!reviewers.length && !bodies.length) {
    out.push(issue(['reviewers'], 'a review needs at least one reviewer: list peer countries in "reviewers", a reviewing body in "bodies" (e.g. OECD Secretariat), or both'));
  }
  const subject = r.practice ? `the country of the reviewed practice "${r.practice}"` : 'the reviewed country';
  reviewers.forEach((c, i) => {
    if (c === r.country) out.push(issue(['reviewers', i], `"${c}" is ${subject}, and a country never peer-reviews itself: remove it`));
  });
  for (const i of repeats(bodies, (b) => b)) out.push(issue(['bodies', i], `"${bodies[i]}" is listed twice: keep one`));
  if (r.lead && !reviewers.includes(r.lead) && !bodies.includes(r.lead)) {
    const allowed = [...reviewers, ...bodies];
    out.push(issue(['lead'], `"${r.lead}" is neither a peer-reviewer country nor a reviewing body of this review: ${allowed.length ? `use one of ${allowed.join(', ')}` : 'add it to reviewers or bodies first'}`));
  }
  return out;
}

function dateRules(r: ReviewEntry): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (r.requested && r.completed && r.completed < r.requested) {
    out.push(issue(['completed'], `${r.completed} is before the request (${r.requested}): a review is completed after it is requested`));
  }
  if (r.completed && r.status !== 'published') {
    out.push(issue(['completed'], `a review with status ${r.status} has no completion date: remove it, or set status: published`));
  }
  if (r.completed && Number(r.completed.slice(0, 4)) !== r.year) {
    out.push(issue(['year'], `is ${r.year} but the review was completed on ${r.completed}: set year: ${r.completed.slice(0, 4)}`));
  }
  if (r.requested && Number(r.requested.slice(0, 4)) > r.year) {
    out.push(issue(['requested'], `${r.requested} is after the review's year (${r.year}): correct the date or the year`));
  }
  return out;
}

/** The fields that hold findings, which exist only once a review is published. */
const FINDINGS = ['assessment', 'strengths', 'recommendations', 'recommendationsRecorded', 'recommendationsComplete', 'recommendationsNote', 'response', 'followUp'] as const;

function isSet(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== undefined;
}

function findingsRules(r: ReviewEntry): RuleIssue[] {
  if (r.status !== 'published') {
    const status = REVIEW_STATUSES.find((s) => s.value === r.status)?.label.toLowerCase();
    return FINDINGS.filter((f) => isSet(r[f])).map((f) =>
      issue([f], `a review that is ${status} has no findings yet: remove "${f}" until it is published, or set status: published`),
    );
  }
  const recs = r.recommendations ?? [];
  const out: RuleIssue[] = [];
  if (!recs.length && r.recommendationsRecorded !== false) {
    out.push(issue(['recommendations'], 'a published review lists its recommendations: add them (id, text, principle, priority), or, if the hub does not record them, set recommendationsRecorded: false and say where they are in recommendationsNote'));
  }
  if (recs.length && r.recommendationsRecorded === false) {
    out.push(issue(['recommendationsRecorded'], `is false but ${recs.length} recommendation(s) are listed: remove recommendationsRecorded, or empty the list`));
  }
  if (r.recommendationsRecorded === false && !r.recommendationsNote) {
    out.push(issue(['recommendationsRecorded'], 'is false, so recommendationsNote must say where readers find the recommendations: add it, e.g. recommendationsNote: "They are in the report; the hub has not transcribed them."'));
  }
  return [...out, ...partialRules(r, recs.length)];
}

/** A partial list says which part it is and where the rest is; a note explains only a missing or partial list. */
function partialRules(r: ReviewEntry, listed: number): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (r.recommendationsComplete === false && !listed) {
    out.push(issue(['recommendationsComplete'], 'is false but no recommendation is listed: list the ones recorded, or use recommendationsRecorded: false'));
  }
  if (r.recommendationsComplete === false && !r.recommendationsNote) {
    out.push(issue(['recommendationsComplete'], 'is false, so recommendationsNote must say which recommendations are listed and where the rest are, e.g. "From the executive summary; the full list is in chapter 1."'));
  }
  if (r.recommendationsNote && r.recommendationsRecorded !== false && r.recommendationsComplete !== false) {
    out.push(issue(['recommendationsNote'], 'only explains recommendationsRecorded: false or recommendationsComplete: false: remove it, or set one of them'));
  }
  return out;
}

function assessmentRules(r: ReviewEntry, refs: Refs): RuleIssue[] {
  const list = r.assessment ?? [];
  const out = repeats(list, (a) => a.principle).map((i) =>
    issue(['assessment', i, 'principle'], `principle ${list[i]!.principle} is assessed twice: keep one rating per principle`),
  );
  const practice = r.practice ? refs.practices.entries?.get(r.practice) : undefined;
  if (!practice) return out;
  const concerned = rawStrings(practice.principles);
  list.forEach((a, i) => {
    if (!concerned.includes(a.principle)) {
      out.push(issue(['assessment', i, 'principle'], `principle ${a.principle} is not one the practice "${r.practice}" is filed under (${concerned.join(', ')}): assess one of those, or add ${a.principle} to the practice`));
    }
  });
  return out;
}

function recommendationRules(r: ReviewEntry): RuleIssue[] {
  const recs = r.recommendations ?? [];
  return repeats(recs, (x) => x.id).map((i) =>
    issue(['recommendations', i, 'id'], `"${recs[i]!.id}" is the reference of another recommendation: give each its own, e.g. R${i + 1}`),
  );
}

function followUpRules(r: ReviewEntry): RuleIssue[] {
  const ids = (r.recommendations ?? []).map((x) => x.id);
  const list = r.followUp ?? [];
  const start = r.completed ?? `${r.year}-01-01`;
  const since = r.completed ? `the review was completed (${r.completed})` : `the review's year (${r.year})`;
  const out: RuleIssue[] = [];
  list.forEach((f, i) => {
    if (!ids.includes(f.recommendation)) {
      const fix = ids.length ? `use one of ${ids.join(', ')}` : 'this review lists no recommendation to follow up';
      out.push(issue(['followUp', i, 'recommendation'], `no recommendation has the reference "${f.recommendation}": ${fix}`));
    }
    if (f.date < start) out.push(issue(['followUp', i, 'date'], `${f.date} is before ${since}: a follow-up comes after the review`));
  });
  for (const i of repeats(list, (f) => `${f.recommendation} ${f.date}`)) {
    out.push(issue(['followUp', i], `recommendation "${list[i]!.recommendation}" already has a follow-up dated ${list[i]!.date}: merge the two`));
  }
  return out;
}

/** Every rule of a review, in the order a person fixes them. */
export const reviewRules: Rules<typeof reviewFields> = (r, refs) => [
  ...subjectRules(r, refs),
  ...discussesRules(r),
  ...reviewerRules(r),
  ...dateRules(r),
  ...findingsRules(r),
  ...assessmentRules(r, refs),
  ...recommendationRules(r),
  ...followUpRules(r),
];
