import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Follows the README's "Install into your repository" commands in a fresh project, offline:
 * the package comes from `npm pack` of this checkout instead of the Git URL the README names
 * (the same files npm takes from Git: the package has no build step and no dependencies).
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const README = readFileSync(resolve(PROJECT, 'README.md'), 'utf8');
const GIT_SPEC = /github:mtlslint\/mtlslint#v\d+\.\d+\.\d+/;

/** The shell commands of the first `sh` block under the install heading. */
function installCommands(): string[] {
  const section = README.slice(README.indexOf('## Install into your repository'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

const BAD = `resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: 'westeurope'
  properties: {
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Required'
  }
}
`;

describe('README install instructions', () => {
  it('install, init and lint work in a fresh project, with nothing else installed', { timeout: 180_000 }, () => {
    const commands = installCommands();
    expect(commands).toEqual(['npm install --save-dev github:mtlslint/mtlslint#v0.1.0', 'npx mtlslint init', 'npx mtlslint lint infra']);

    const packDir = mkdtempSync(join(tmpdir(), 'mtlslint-pack-'));
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: PROJECT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(packDir, (JSON.parse(pack.stdout) as { filename: string }[])[0]?.filename ?? '');

    const project = mkdtempSync(join(tmpdir(), 'mtlslint-readme-'));
    writeFileSync(join(project, 'package.json'), '{ "name": "my-infra", "private": true }\n');
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, 'infra'));
    writeFileSync(join(project, 'infra/app.bicep'), BAD);

    // Offline: a package with dependencies (or one fetched from the registry) fails here.
    const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
    const results = commands.map((command) => {
      const [cmd = '', ...args] = command.replace(GIT_SPEC, tarball).split(' ');
      return spawnSync(cmd, args, { cwd: project, encoding: 'utf8', env });
    });
    const [install, init, lint] = results;

    expect(install?.status, install?.stderr).toBe(0);
    // Nothing but mtlslint itself was installed.
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['mtlslint']);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))).toMatchObject({ devDependencies: { mtlslint: expect.any(String) } });

    expect(init?.status, init?.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'mtlslint.config.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''))).toBeTypeOf('object');

    expect(lint?.status, `${lint?.stdout}${lint?.stderr}`).toBe(1);
    expect(lint?.stdout).toMatch(/infra\/app\.bicep\n\s+5:16\s+error\s+https-only\s+/);
  });
});
