import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The files the server lints (it ignores JSON that is not an ARM template or parameter file) and its config. */
const DOCUMENTS = ['**/*.{bicep,bicepparam,tf,tfvars}', '**/*.{json,jsonc}'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('mtlslint.enable') || e.affectsConfiguration('mtlslint.path')) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}

/** The bundled server (`server/mtlslint.cjs lsp`, run on VS Code's own Node), or the `mtlslint.path` executable. */
function serverOptions(context: vscode.ExtensionContext, path: string): ServerOptions {
  if (path) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const command = isAbsolute(path) || !folder ? path : join(folder, path);
    return { command, args: ['lsp'], transport: TransportKind.stdio };
  }
  const module = context.asAbsolutePath(join('server', 'mtlslint.cjs'));
  return { module, args: ['lsp'], transport: TransportKind.stdio };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('mtlslint');
  if (!config.get<boolean>('enable', true)) return;
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENTS.map((pattern) => ({ scheme: 'file', pattern })),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{mtlslint.config.json,*.bicep,*.bicepparam,*.tf,*.tfvars,*.json,*.jsonc}') },
  };
  client = new LanguageClient('mtlslint', 'mtlslint', serverOptions(context, config.get<string>('path', '').trim()), clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
