/** The date of this build, YYYY-MM-DD (UTC): "retrieved from the E-Leaders hub, <date>". `BUILD_DATE` overrides it for reproducible builds. */
const today = new Date().toISOString().slice(0, 10);

/** The build's date, the same for every page of one build. */
export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && !/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE "${fixed}" is not a date: write it YYYY-MM-DD, e.g. 2026-12-01`);
  return fixed ?? today;
}
