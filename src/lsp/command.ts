import { packageVersion } from '../cli/version.js';
import type { CliIO } from '../cli/io.js';

/** `mtlslint lsp [--stdio]`: serves until the client ends the session (stdout is the protocol's). */
export async function lspCommand(_io: CliIO): Promise<number> {
  const { runLanguageServer } = await import('./server.js');
  await runLanguageServer({ version: packageVersion() });
  return 0;
}
