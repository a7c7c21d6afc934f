import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/engine/classify.js';
import { diskReader } from '../../src/engine/reader.js';
import { partitionUnits } from '../../src/engine/units.js';
import type { ClassifiedFile } from '../../src/model/index.js';

const ARM = '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }';
const ARM_PARAMS = '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {} }';
const PLAN = '{ "format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {} }';

interface Case {
  name: string;
  /** Files on disk (relative path → text). */
  tree: Record<string, string>;
  /** The files of the run (the rest of the tree is only read through references). */
  run: string[];
  /** The expected units, each a list of run files in run order. */
  units: string[][];
  single?: boolean;
}

const cases: Case[] = [
  {
    name: 'Terraform: a root module and the local module it calls are one unit; an unrelated root is apart',
    tree: {
      'app/main.tf': 'module "site" {\n  source = "./modules/site"\n}\n',
      'app/modules/site/main.tf': 'resource "azurerm_linux_web_app" "a" {}\n',
      'other/main.tf': 'resource "azurerm_linux_web_app" "b" {}\n',
    },
    run: ['app/main.tf', 'app/modules/site/main.tf', 'other/main.tf'],
    units: [['app/main.tf', 'app/modules/site/main.tf'], ['other/main.tf']],
  },
  {
    name: 'Terraform: two roots calling the same module outside the run are one unit',
    tree: {
      'a/main.tf': 'module "s" { source = "../shared" }\n',
      'b/main.tf': 'module "s" {\n  source = "../shared/"\n}\n',
      'shared/main.tf': 'resource "azurerm_linux_web_app" "a" {}\n',
      'c/main.tf': '',
    },
    run: ['a/main.tf', 'b/main.tf', 'c/main.tf'],
    units: [['a/main.tf', 'b/main.tf'], ['c/main.tf']],
  },
  {
    name: 'Terraform: a call through a module outside the run joins the directory it reaches',
    tree: {
      'a/main.tf': 'module "m" { source = "../mid" }\n',
      'mid/main.tf': 'module "x" { source = "../leaf" }\n',
      'leaf/main.tf': '',
      'z/main.tf': '',
    },
    run: ['a/main.tf', 'leaf/main.tf', 'z/main.tf'],
    units: [['a/main.tf', 'leaf/main.tf'], ['z/main.tf']],
  },
  {
    name: 'Terraform: a module call in a file of the directory that is not in the run still counts',
    tree: {
      'a/main.tf': '',
      'a/modules.tf': 'module "m" { source = "../b" }\n',
      'b/main.tf': '',
    },
    run: ['a/main.tf', 'b/main.tf'],
    units: [['a/main.tf', 'b/main.tf']],
  },
  {
    name: 'Terraform: .tf.json module sources, variable files with their directory, plans on their own',
    tree: {
      'j/main.tf.json': '{ "module": { "m": { "source": "../k" } } }',
      'j/terraform.tfvars': 'x = 1\n',
      'k/main.tf': '',
      'plan.json': PLAN,
      'plan2.json': PLAN,
    },
    run: ['j/main.tf.json', 'j/terraform.tfvars', 'k/main.tf', 'plan.json', 'plan2.json'],
    units: [['j/main.tf.json', 'j/terraform.tfvars', 'k/main.tf'], ['plan.json'], ['plan2.json']],
  },
  {
    name: 'Bicep: a .bicepparam in another directory joins the template it uses; modules and imports join their callers',
    tree: {
      'params/prod.bicepparam': "using '../main/main.bicep'\n",
      'main/main.bicep': "module site '../modules/site.bicep' = {\n  name: 'x'\n}\n",
      'modules/site.bicep': "import { t } from '../types/types.bicep'\n",
      'types/types.bicep': '',
      'lone/app.bicep': "module m 'br:contoso.azurecr.io/site:1' = {}\n",
    },
    run: ['params/prod.bicepparam', 'main/main.bicep', 'modules/site.bicep', 'types/types.bicep', 'lone/app.bicep'],
    units: [['params/prod.bicepparam', 'main/main.bicep', 'modules/site.bicep', 'types/types.bicep'], ['lone/app.bicep']],
  },
  {
    name: 'Bicep: module paths without ./ and loadJsonContent count; registry modules do not',
    tree: {
      'root/main.bicep': "module a 'modules/site.bicep' = {}\nvar c = loadJsonContent('../config/settings.json')\nmodule r 'br/public:avm/res/web/site:0.3.0' = {}\n",
      'root/modules/site.bicep': '',
      'config/settings.json': '{}',
      'config/app.bicep': '',
      'avm/res/web/x.bicep': '',
    },
    run: ['root/main.bicep', 'root/modules/site.bicep', 'config/app.bicep', 'avm/res/web/x.bicep'],
    units: [['root/main.bicep', 'root/modules/site.bicep', 'config/app.bicep'], ['avm/res/web/x.bicep']],
  },
  {
    name: 'Terraform JSON: an escaped slash in a module source still counts',
    tree: {
      'p/main.tf.json': '{ "module": { "m": { "source": "..\\/q" } } }',
      'q/main.tf': '',
    },
    run: ['p/main.tf.json', 'q/main.tf'],
    units: [['p/main.tf.json', 'q/main.tf']],
  },
  {
    name: 'Bicep: extends joins the base file',
    tree: {
      'x/dev.bicepparam': "using 'main.bicep'\nextends '../base/base.bicepparam'\n",
      'x/main.bicep': '',
      'base/base.bicepparam': "using none\n",
    },
    run: ['x/dev.bicepparam', 'x/main.bicep', 'base/base.bicepparam'],
    units: [['x/dev.bicepparam', 'x/main.bicep', 'base/base.bicepparam']],
  },
  {
    name: 'ARM: a template with its sibling parameter file; other templates of the directory apart',
    tree: {
      'arm/azuredeploy.json': ARM,
      'arm/azuredeploy.parameters.json': ARM_PARAMS,
      'arm/storage.json': ARM,
      'arm2/web.json': ARM,
    },
    run: ['arm/azuredeploy.json', 'arm/azuredeploy.parameters.json', 'arm/storage.json', 'arm2/web.json'],
    units: [['arm/azuredeploy.json', 'arm/azuredeploy.parameters.json'], ['arm/storage.json'], ['arm2/web.json']],
  },
  {
    name: 'ARM and Bicep: a Bicep module that is an ARM template joins the directory of the template',
    tree: {
      'b/main.bicep': "module legacy '../arm/site.json' = {}\n",
      'arm/site.json': ARM,
      'arm/other.json': ARM,
      'c/solo.json': ARM,
    },
    run: ['b/main.bicep', 'arm/site.json', 'arm/other.json', 'c/solo.json'],
    units: [['b/main.bicep', 'arm/site.json', 'arm/other.json'], ['c/solo.json']],
  },
  {
    name: 'everything in one unit when asked (run-wide settings)',
    tree: { 'a/main.tf': '', 'b/web.json': ARM },
    run: ['a/main.tf', 'b/web.json'],
    units: [['a/main.tf', 'b/web.json']],
    single: true,
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('partitionUnits', () => {
  it.each(cases)('$name', ({ tree, run, units, single }) => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-units-'));
    dirs.push(dir);
    for (const [rel, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    const reader = diskReader();
    const files: ClassifiedFile[] = run.map((rel) => {
      const path = join(dir, rel);
      const kind = classify(path, reader);
      if (!kind) throw new Error(`fixture ${rel} is not classified`);
      return { path, kind };
    });
    const got = partitionUnits(files, reader, single ? { single } : {}).map((u) => u.files.map((f) => f.path.slice(dir.length + 1)));
    expect(got).toEqual(units);
  });

  it('an empty run has no units', () => {
    expect(partitionUnits([], diskReader())).toEqual([]);
  });

  it('tells its units which Bicep and Terraform files it read cannot matter on their own (they are not read again)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-units-'));
    dirs.push(dir);
    const tree: Record<string, string> = {
      'tf/main.tf': 'resource "azurerm_storage_account" "s" {}\n',
      'tf/variables.tf': 'variable "x" {}\n',
      'tf/site.tf': 'resource "azurerm_linux_web_app" "a" {}\n',
      'tf/prod.tfvars': 'x = 1\n',
      'bicep/storage.bicep': "resource s 'Microsoft.Storage/storageAccounts@2023-01-01' = {}\n",
      'bicep/main.bicep': "module m 'storage.bicep' = {}\n",
      'bicep/utf16.bicep': '',
      'arm/azuredeploy.json': ARM,
    };
    for (const [rel, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    // Not text: read by the unit, which reports it.
    writeFileSync(join(dir, 'bicep/utf16.bicep'), Buffer.from([0xff, 0xfe, 0x61, 0x00]));
    const reader = diskReader();
    const files: ClassifiedFile[] = Object.keys(tree).map((rel) => ({ path: join(dir, rel), kind: classify(join(dir, rel), reader) as ClassifiedFile['kind'] }));
    const inert = partitionUnits(files, reader).flatMap((u) => [...(u.inert ?? [])].map((p) => p.slice(dir.length + 1)));
    expect(inert.sort()).toEqual(['bicep/storage.bicep', 'tf/main.tf', 'tf/variables.tf']);
    // Every inert file is a file of its own unit.
    for (const u of partitionUnits(files, reader)) for (const p of u.inert ?? []) expect(u.files.map((f) => f.path)).toContain(p);
  });
});
