import { describe, expect, test } from 'vitest';
import { providerEra } from '../../../parsers/terraform/provider-version.js';

describe('azurerm version constraints', () => {
  test.each([
    [['~> 5.0'], 'v5'],
    [['5.2.1'], 'v5'],
    [['>= 5.0.0'], 'v5'],
    [['> 5.0.0'], 'v5'],
    [['> 4.99.99'], undefined],
    [['~> 4.0'], 'pre-v5'],
    [['~> 4'], 'pre-v5'],
    [['~> 4.10.1'], 'pre-v5'],
    [['< 5.0'], 'pre-v5'],
    [['<= 4.50'], 'pre-v5'],
    [['>= 3.0, < 5.0'], 'pre-v5'],
    [['>= 4.0', '< 5.0'], 'pre-v5'],
    [['>= 4.0'], undefined],
    [['<= 5.0'], undefined],
    [['!= 4.1'], undefined],
    [[], undefined],
    [['latest'], undefined],
  ])('%j → %s', (constraints, era) => {
    expect(providerEra(constraints)).toBe(era);
  });
});
