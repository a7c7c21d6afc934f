import { describe, expect, it } from 'vitest';
import { NeedsGrammar, type HclReader } from '../../../parsers/terraform/hcl/tree-sitter.js';
import { Workspace } from '../../../parsers/terraform/workspace.js';
import { virtualInput } from './helpers.js';

/** A reader whose every text needs the grammar, not loaded yet (see NeedsGrammar). */
const waiting: HclReader = {
  parse: () => {
    throw new NeedsGrammar();
  },
  parseExpression: () => {
    throw new NeedsGrammar();
  },
  ready: async () => undefined,
};

describe('Workspace.load of a text that needs the grammar before it is loaded', () => {
  it('throws for the caller to wait, and keeps nothing, when the caller may wait', () => {
    const ws = new Workspace(virtualInput({ '/v/main.tf': 'a = = 1\n' }), waiting);
    expect(() => ws.load('/v/main.tf', true)).toThrow(NeedsGrammar);
    expect(() => ws.load('/v/main.tf', true)).toThrow(NeedsGrammar);
  });

  it('else reports the file as not analysed, at its start, saying why', () => {
    const ws = new Workspace(virtualInput({ '/v/main.tf': 'a = = 1\n', '/v/x.tf.json': '{"locals": {"a": "${b}"}}' }), waiting);
    for (const path of ['/v/main.tf', '/v/x.tf.json']) {
      const errors = ws.load(path)?.doc.errors;
      expect(errors).toEqual([{ message: expect.stringContaining('not analysed: this file needs the full Terraform grammar'), span: { start: 0, end: 1 }, cut: true }]);
    }
  });
});
