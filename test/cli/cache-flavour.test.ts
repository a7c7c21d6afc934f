import { describe, expect, it } from 'vitest';
import { cacheFlavourOf } from '../../src/cli/cache-flavour.js';

describe('the kind of a lint run for the code cache', () => {
  it.each([
    [['main.bicep'], 'bicep'],
    [['infra/main.bicep', 'infra/main.bicepparam', 'MODULES/SITE.BICEP'], 'bicep'],
    [['azuredeploy.json'], 'arm'],
    [['azuredeploy.json', 'azuredeploy.parameters.json', 'template.jsonc'], 'arm'],
    [['main.tf'], 'terraform'],
    [['main.tf', 'prod.tfvars', 'override.tf.json', 'x.tfvars.json'], 'terraform'],
    [['plan.json'], 'arm'],
  ] as const)('files of one format: %j is a %s run', (paths, kind) => {
    expect(cacheFlavourOf(paths)).toBe(kind);
  });

  it.each([[[]], [['.']], [['infra']], [['main.bicep', 'main.tf']], [['azuredeploy.json', 'main.bicep']], [['main.tf', 'README.md']], [['main.bicep', 'infra/']]])(
    'a directory, another file or files of several formats: no kind (%j)',
    (paths) => {
      expect(cacheFlavourOf(paths)).toBeUndefined();
    },
  );
});
