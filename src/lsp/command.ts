import type { CliIO } from '../cli/main.js';

/** `mtlslint lsp [--stdio]`: serves until the client ends the session. */
export async function lspCommand(args: readonly string[], io: Pick<CliIO, 'stderr'>, version: string): Promise<number> {
  // `--stdio` is what LSP clients pass for this transport, the only one served.
  const unknown = args.filter((a) => a !== '--stdio');
  if (unknown.length) {
    io.stderr(`mtlslint: lsp: unknown argument ${unknown.join(' ')} (the server speaks LSP over stdio: mtlslint lsp [--stdio])\n`);
    return 2;
  }
  const { runLanguageServer } = await import('./server.js');
  await runLanguageServer({ version });
  return 0;
}
