import { describe, expect, it } from 'vitest';
import { AZURERM_CERTIFICATE_TYPE, AZURERM_SITE_TYPES } from '../../../parsers/terraform/azurerm-catalog.js';
import { terraformFileCanMatter } from '../../../parsers/terraform/relevance.js';

/** The prefilter sees the bytes read from disk, and texts elsewhere: both answer alike. */
function canMatter(text: string): boolean {
  const byText = terraformFileCanMatter(text);
  expect(terraformFileCanMatter(Buffer.from(text, 'utf8')), 'the same answer from the bytes').toBe(byText);
  return byText;
}

describe('terraformFileCanMatter', () => {
  // The catalog is the one place that lists the types the parser maps: the prefilter must keep each.
  it.each([...Object.keys(AZURERM_SITE_TYPES), AZURERM_CERTIFICATE_TYPE])('keeps a file with a %s resource', (type) => {
    expect(canMatter(`resource "${type}" "x" {\n  name = "x"\n}\n`)).toBe(true);
    expect(canMatter(JSON.stringify({ resource: { [type]: { x: { name: 'x' } } } }))).toBe(true);
  });

  it.each([
    ['an azapi resource (its type may come from a variable)', 'resource "azapi_resource" "s" {\n  type = var.type\n}\n'],
    ['an azapi update of a site config', 'resource "azapi_update_resource" "c" {\n  type = "Microsoft.Web/sites/config@2023-12-01"\n}\n'],
    ['a local module', 'module "site" {\n  source = "./site"\n}\n'],
    ['a registry module', 'module "site" {\n  source  = "Azure/avm-res-web-site/azurerm"\n  version = "0.1.0"\n}\n'],
    ['a module in JSON syntax', '{"module": {"site": {"source": "./site"}}}'],
    ['a directive', '# mtlslint-disable-next-line https-only -- reason\nlocals {}\n'],
    ['an escape', 'resource "azurerm_linux_web\\u005fapp" "x" {}\n'],
    ['broken, naming a site', 'resource "azurerm_linux_web_app" "x" {\n  name = \n'],
  ])('keeps %s', (_label, text) => {
    expect(canMatter(text)).toBe(true);
  });

  it.each([
    ['a storage account', 'resource "azurerm_storage_account" "st" {\n  name = "st"\n  account_replication_type = "LRS"\n}\n'],
    ['variables only', 'variable "https_only" {\n  type    = bool\n  default = false\n}\n'],
    ['a service plan', 'resource "azurerm_service_plan" "p" {\n  os_type = "Linux"\n}\n'],
    ['broken syntax', 'resource "azurerm_storage_account" {{{\n'],
  ])('skips %s', (_label, text) => {
    expect(canMatter(text)).toBe(false);
  });
});
