import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { LintSession } from './session.js';

/** The files whose change on disk can change a finding: inputs, and the config. */
const WATCHED = ['**/mtlslint.config.json', '**/*.{bicep,bicepparam,tf,tfvars,json,jsonc}'];

export interface ServerOptions {
  version: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/**
 * `mtlslint lsp`: a Language Server Protocol server over stdio. It publishes the findings of the
 * open documents (their in-memory texts, the rest of the workspace from disk) and offers quick
 * fixes and suppressions as code actions. Resolves when the client ends the session.
 */
export function runLanguageServer(options: ServerOptions): Promise<void> {
  const connection: Connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  const documents = new TextDocuments(TextDocument);
  const session = new LintSession({
    documents: () => documents.all(),
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, diagnostics, version }),
    log: (message) => connection.console.error(message),
  });
  let watchDynamically = false;

  connection.onInitialize((params) => {
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'mtlslint', version: options.version },
    };
  });
  connection.onInitialized(() => {
    if (watchDynamically) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
  });

  // Opening and saving lint at once (saving changes what other files read from disk); typing is debounced.
  documents.onDidOpen(() => session.schedule(0));
  documents.onDidChangeContent(() => session.schedule());
  documents.onDidSave(() => session.schedule(0));
  documents.onDidClose((e) => {
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    session.schedule(0);
  });
  connection.onDidChangeWatchedFiles(() => session.schedule(0));
  connection.onNotification(DidChangeConfigurationNotification.type, () => session.schedule(0));
  connection.onCodeAction((params) => codeActions(session, params));
  connection.onShutdown(() => session.dispose());

  documents.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    connection.listen();
  });
}
