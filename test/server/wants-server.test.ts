import { describe, expect, it } from 'vitest';
import { USE_SERVER_ENV, wantsServer } from '../../src/server/wants-server.js';

describe('whether a command line lints through the server', () => {
  it.each([
    [['lint', '--use-server'], {}, true],
    [['lint', 'infra', '--use-server', '-f', 'json'], {}, true],
    [['lint', 'infra'], { [USE_SERVER_ENV]: '1' }, true],
    [['lint', 'infra'], { [USE_SERVER_ENV]: 'true' }, true],
    [['lint', 'infra'], {}, false],
    [['lint', 'infra'], { [USE_SERVER_ENV]: '0' }, false],
    [['lint', 'infra', '--no-use-server'], { [USE_SERVER_ENV]: '1' }, false],
    [['lint', '--use-server', '--no-use-server'], {}, false],
    // Standard input is not sent: such a run lints in its own process.
    [['lint', '--use-server', '--stdin', '--stdin-filename', 'main.bicep'], {}, false],
    // After `--`, a path named like the option.
    [['lint', '--', '--use-server'], {}, false],
    // Only lint.
    [['rules', '--use-server'], {}, false],
    [['server', 'status'], { [USE_SERVER_ENV]: '1' }, false],
    [[], { [USE_SERVER_ENV]: '1' }, false],
  ] as const)('%j with %j: %s', (argv, env, expected) => {
    expect(wantsServer(argv, env)).toBe(expected);
  });
});
