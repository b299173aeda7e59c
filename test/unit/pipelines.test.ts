/**
 * The pipelines: .github/workflows/ (tests on every pull request, Pages from main) and .gitlab-ci.yml
 * (tests on merge requests, Pages from the default branch) validate against their published JSON
 * schemas (test/support/ci-schemas.ts) with ajv, and run what the README says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { githubWorkflowSchema, gitlabCiSchema } from '../support/ci-schemas.ts';

/** A validator for `schema`; its errors as readable lines. */
function validator(schema: Record<string, unknown>): (data: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate: ValidateFunction = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
}

const yaml = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, any>;
const WORKFLOWS = readdirSync('.github/workflows').filter((f) => f.endsWith('.yml')).map((f) => `.github/workflows/${f}`);

describe('GitHub Actions', () => {
  const check = validator(githubWorkflowSchema());

  it.each(WORKFLOWS)('%s validates against the published workflow schema', (file) => {
    expect(check(yaml(file)), file).toEqual([]);
  });

  it('the validator refuses a broken workflow (the schema is really applied)', () => {
    expect(check({ on: 'push', jobs: { test: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4', run: 'x' }] } } })).not.toEqual([]);
    expect(check({ on: 'push' })).not.toEqual([]);
  });

  it('tests every pull request with the README\'s test command, and publishes dist/ to Pages from main', () => {
    const test = yaml('.github/workflows/test.yml');
    expect(Object.keys(test.on)).toContain('pull_request');
    expect(JSON.stringify(test.jobs)).toContain('bash .ci/run');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/npm install[^\n]*\n[\s\S]*npm test/);
    const pages = yaml('.github/workflows/pages.yml');
    expect(pages.on.push.branches).toEqual(['main']);
    const steps = JSON.stringify(pages.jobs);
    expect(steps).toContain('npm run build');
    expect(steps).toContain('actions/upload-pages-artifact');
    expect(steps).toContain('actions/deploy-pages');
  });
});

describe('GitLab CI', () => {
  const check = validator(gitlabCiSchema());
  const ci = yaml('.gitlab-ci.yml');

  it('.gitlab-ci.yml validates against GitLab\'s published CI schema', () => {
    expect(check(ci)).toEqual([]);
  });

  it('the validator refuses a broken pipeline (the schema is really applied)', () => {
    expect(check({ test: { script: 'x', when: 'sometimes' } })).not.toEqual([]);
  });

  it('tests merge requests and publishes Pages from the default branch', () => {
    expect(JSON.stringify(ci.test.rules)).toContain('merge_request_event');
    expect(ci.test.script).toContain('bash .ci/run');
    expect(JSON.stringify(ci.pages.rules)).toContain('$CI_DEFAULT_BRANCH');
    expect(ci.pages.script).toContain('npm run build');
    expect(ci.pages.artifacts.paths).toEqual(['public']);
  });
});
