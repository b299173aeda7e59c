/**
 * Stops `astro build` and `astro dev` before anything is compiled when content/ has a problem,
 * listing every problem with file, line, field and fix (see src/checks/content-check.ts).
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../checks/content-check.ts';
import { userError } from './user-error.ts';

/** The content check as an Astro integration. */
export function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'hub:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const problems = checkContent(contentDir);
        if (problems.length) {
          // The list is the whole message: no stack trace around it (user-error.ts).
          throw userError(
            `content/ has ${problems.length} problem(s); nothing was built:\n` +
              problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
          );
        }
        // The benchmark reads this time (scripts/lib/bench/phases.ts).
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms: no problems`);
      },
    },
  };
}
