import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = (name: string) => readFileSync(`.github/workflows/${name}`, 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The npm scripts a workflow runs. */
const runs = (text: string) => [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);

describe('the GitHub workflows', () => {
  it('run only commands the tests run too: check-data, and the build within its budgets', () => {
    for (const name of readdirSync('.github/workflows')) {
      for (const script of runs(workflow(name)))
        expect(scripts[script], `${name}: npm run ${script}`).toBeDefined();
    }
    expect(runs(workflow('check-data.yml'))).toEqual(['check-data', 'check:build']);
    expect(runs(workflow('publish.yml'))).toEqual(['check-data', 'check:build']);
    // npm test builds through the same script, and checks every workflow file.
    expect(scripts['test:e2e']).toContain('npm run -s check:build');
    expect(scripts.lint).toContain('lint:workflows');
  });

  it('compare a pull request with its base branch, and let history go only with the reviewer’s label', () => {
    const check = workflow('check-data.yml');
    expect(check).toContain('--previous-dir "$RUNNER_TEMP/base/public/data"');
    expect(check).toContain("contains(github.event.pull_request.labels.*.name, 'corrects-history')");
    expect(check).toContain('--format github');
    // The base branch's name reaches the shell as data, not as code.
    expect(check).not.toMatch(/run:.*\$\{\{/);
  });

  it('publish the build of the main branch to GitHub Pages', () => {
    const publish = workflow('publish.yml');
    expect(publish).toMatch(/branches: \[main\]/);
    expect(publish).toContain('actions/upload-pages-artifact@v3');
    expect(publish).toContain('path: dist');
    expect(publish).toContain('actions/deploy-pages@v4');
  });
});
