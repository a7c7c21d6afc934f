/**
 * What the bundle's loader hands every chunk as its `__mtlslintChunks` parameter (see
 * chunk-loader.ts, which implements it): one shape for the loader and the modules that call it.
 */
export interface ChunksApi {
  /** The kind of run, for the caches of the chunks loaded from then on (see ChunkLoader's `flavour`). */
  cacheFlavour(flavour: string): void;
  /** Runs chunk `name` again, for exports of its own (the Terraform grammar's runtime after a failure). */
  fresh(name: string): unknown;
  /** Sets V8 flags that change no compiled code; answers how to set them back (see ChunkLoader's `neutralFlags`). */
  neutralFlags(set: string, undo: string): () => void;
}

/** A parameter of every chunk; undeclared elsewhere (the sources under test, the Action's single-file bundle). */
declare const __mtlslintChunks: Partial<ChunksApi> | undefined;

/** The loader's API where this code runs as a chunk of the bundled CLI; undefined where it runs from sources. */
export function bundleChunks(): Partial<ChunksApi> | undefined {
  return typeof __mtlslintChunks === 'undefined' ? undefined : (__mtlslintChunks ?? undefined);
}
