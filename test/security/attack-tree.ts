import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Markers that must never appear in any output: each sits only in a file outside the linted tree (or in `.git`). */
export const SECRETS = {
  gitConfig: 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX1NFQ1JFVA==',
  outside: 'OUTSIDE-SECRET-7f3a',
  outsideModule: 'outside-module-secret-91c2',
} as const;

export interface AttackTree {
  /** The directory holding the checkout and the files outside it. */
  base: string;
  /** The checkout (repository root, with `.git/config`). */
  repo: string;
  outside: string;
}

const SITE = (name: string, extra = '') => `resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: ${name}
  location: 'westeurope'
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Optional'${extra}
  }
}
`;

/** Every site here has a finding (optional client certificates), so that its name is quoted in a message. */
/**
 * A checkout as actions/checkout leaves it (`.git/config` with the job's authorization header) and a
 * pull request that tries every way to read a file outside the tree, each in its own directory
 * (one per file: the line each path is named on is asserted), plus a clean site whose finding must survive.
 */
export function attackTree(): AttackTree {
  const base = mkdtempSync(join(tmpdir(), 'mtlslint-attack-'));
  const repo = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(join(repo, '.git'), { recursive: true });
  writeFileSync(join(repo, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = ${SECRETS.gitConfig}\n`);
  mkdirSync(join(outside, 'module'), { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), SECRETS.outside);
  writeFileSync(join(outside, 'secret.json'), JSON.stringify({ name: SECRETS.outside }));
  writeFileSync(join(outside, 'vars.bicep'), `@export()\nvar name = '${SECRETS.outside}'\n`);
  writeFileSync(join(outside, 'main.bicep'), `param p string\n${SITE(`'${SECRETS.outside}'`)}`);
  writeFileSync(join(outside, 'module', 'main.tf'), `resource "azurerm_linux_web_app" "x" {\n  name = "${SECRETS.outsideModule}"\n  https_only = false\n}\n`);
  writeFileSync(join(outside, 'module', 'variables.tf'), `variable "v" {\n  default = "${SECRETS.outsideModule}"\n}\n`);

  const pr = join(repo, 'infra');
  const file = (rel: string, text: string) => {
    mkdirSync(join(pr, rel, '..'), { recursive: true });
    writeFileSync(join(pr, rel), text);
  };
  const abs = (p: string) => p.replace(/\\/g, '/');
  // Relative traversal, absolute paths, .git inside the tree, JSON, imports, modules, `using`.
  file('load-relative/main.bicep', SITE(`loadTextContent('../../../outside/secret.txt')`));
  file('load-absolute/main.bicep', SITE(`loadTextContent('${abs(join(outside, 'secret.txt'))}')`));
  file('load-git/main.bicep', SITE(`loadTextContent('../../.git/config')`));
  file('load-json/main.bicep', SITE(`loadJsonContent('../../../outside/secret.json').name`));
  file('import/main.bicep', `import { name } from '${abs(join(outside, 'vars.bicep'))}'\n${SITE('name')}`);
  file('import-git/main.bicep', `import { name } from '../../.git/config'\n${SITE('name')}`);
  file('module-git/main.bicep', `module m '../../.git/config' = {\n  name: 'm'\n}\n`);
  file('module-outside/main.bicep', `module m '../../../outside/main.bicep' = {\n  name: 'm'\n  params: { p: 'x' }\n}\n`);
  file('using/main.bicepparam', `using '../../../outside/main.bicep'\nparam p = 'x'\n`);
  file('terraform/main.tf', `module "m" {\n  source = "../../../outside/module"\n}\n\nresource "azurerm_linux_web_app" "ok" {\n  name = filebase64("${abs(join(repo, '.git', 'config'))}")\n}\n`);
  file('terraform-git/main.tf', `module "g" {\n  source = "../../.git"\n}\n`);
  // Symlinks inside the tree that point out of it (and into .git).
  mkdirSync(join(pr, 'links'), { recursive: true });
  symlinkSync(join(outside, 'main.bicep'), join(pr, 'links', 'evil.bicep'));
  symlinkSync(join(repo, '.git', 'config'), join(pr, 'links', 'config.bicep'));
  symlinkSync(join(outside, 'module'), join(pr, 'links', 'dir'));
  symlinkSync(join(outside, 'secret.json'), join(pr, 'links', 'secret.json'));
  // A finding that must survive beside all of it.
  file('clean/main.bicep', SITE(`'ok-site'`));
  return { base, repo, outside };
}
