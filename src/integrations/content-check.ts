/**
 * Stops `astro build` and `astro dev` before anything is compiled when content/ has a problem,
 * listing every problem with file, line, field and fix (see src/checks/content-check.ts).
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../checks/content-check.ts';

/** The content check as an Astro integration. */
export function contentCheck(contentDir = 'content'): AstroIntegration {
  return {
    name: 'hub:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent(contentDir);
        if (problems.length) {
          // The list is the whole message: a stack trace around it would only hide it.
          logger.error(`content/ has ${problems.length} problem(s); nothing was built:\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n'));
          process.exit(1);
        }
        logger.info('content checked: no problems');
      },
    },
  };
}
