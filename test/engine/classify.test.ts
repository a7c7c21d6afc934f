import { describe, expect, it } from 'vitest';
import { classifyByName, sniffJson } from '../../src/engine/classify.js';

describe('classifyByName', () => {
  it.each([
    ['infra/main.bicep', 'bicep'],
    ['infra/main.bicepparam', 'bicepparam'],
    ['main.tf', 'terraform'],
    ['main.tf.json', 'terraform-json'],
    ['prod.tfvars', 'tfvars'],
    ['prod.auto.tfvars', 'tfvars'],
    ['prod.tfvars.json', 'tfvars-json'],
    ['azuredeploy.json', 'json'],
    ['MAIN.BICEP', 'bicep'],
    ['README.md', undefined],
    ['main.tf.bak', undefined],
  ])('%s → %s', (path, kind) => {
    expect(classifyByName(path)).toBe(kind);
  });
});

describe('sniffJson', () => {
  it.each([
    ['{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}', 'arm-template'],
    ['{ "$schema" : "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#" }', 'arm-template'],
    ['{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}', 'arm-parameters'],
    ['{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{}}', 'terraform-plan'],
    ['{"name": "x", "version": "1.0.0"}', undefined],
    ['{"format_version": "1.0"}', undefined],
    ['', undefined],
  ])('%s', (head, kind) => {
    expect(sniffJson(head)).toBe(kind);
  });
});
